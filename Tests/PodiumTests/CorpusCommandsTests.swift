import Foundation
import Testing

@testable import Podium

/// `qa`, `speakers` and `brief` over several files and directories: `podium qa bulk/mfa` used
/// to answer "is a directory, not a file" and `podium brief a.txt b.txt` "give one transcript".
@Suite(.enabled(if: PodiumExecutable.isBuilt, "the podium binary is not built"))
struct CorpusCommandsTests {
    /// Three dated documents (front matter), one undated, and a file that is not a transcript.
    final class Archive {
        let folder: BadInputFolder
        var url: URL { folder.url }

        init() throws {
            folder = try BadInputFolder()
            try FileManager.default.createDirectory(at: url.appendingPathComponent("2024"), withIntermediateDirectories: true)
            try write("2023-05-01.md", date: "2023-05-01", outlet: "新华社", name: "张明远", answer: "我们一是加快建设，二是优化服务。")
            try write("2024/2024-02-10.md", date: "2024-02-10", outlet: "人民日报", name: "李华", answer: "关税政策保持稳定。")
            try write("2024/2024-09-30.md", date: "2024-09-30", outlet: "新华社", name: "王强", answer: "出口增长较快。")
            try write("undated.txt", date: nil, outlet: "中新社", name: "赵敏", answer: "我们会继续努力。")
            _ = try folder.write("notes.txt", Data("没有任何标签。\n".utf8))
        }

        func write(_ name: String, date: String?, outlet: String, name person: String, answer: String) throws {
            let frontMatter = date.map { "---\ntitle: 发布会 \($0)\ndate: \($0)\n---\n\n" } ?? ""
            let text = frontMatter + "主持人：欢迎大家。\n\n\(outlet)记者：请问进展如何？\n\n发言人\(person)：谢谢提问。\(answer)\n"
            _ = try folder.write(name, Data(text.utf8))
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    static func csv(_ text: String) -> [[String]] { CSVReader.records(text) }

    static func objects(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func qaListsThePairsOfADirectory() throws {
        let archive = try Archive()
        let csv = try PodiumExecutable.run(["qa", archive.url.path, "--format", "csv"])
        #expect(csv.status == 65, "notes.txt is not a transcript: \(csv.stderr)")
        #expect(csv.stderr.contains("5 files, 4 parsed, 1 failed"))
        let rows = Self.csv(csv.stdout)
        #expect(rows.first == ["file", "title", "date", "url", "language", "index", "asker", "outlet", "question", "answerers", "answer", "status", "parts"])
        #expect(rows.dropFirst().map { $0[0] } == ["2023-05-01.md", "2024/2024-02-10.md", "2024/2024-09-30.md", "undated.txt"].map(archive.path))
        #expect(rows.dropFirst().map { $0[2] } == ["2023-05-01", "2024-02-10", "2024-09-30", ""])
        #expect(rows.dropFirst().allSatisfy { $0.count == 13 && $0[5] == "1" })

        let json = try PodiumExecutable.run(["qa", archive.url.path, "--format", "json"])
        let objects = try Self.objects(json.stdout)
        #expect(objects.count == 4)
        #expect(objects.first?["title"] as? String == "发布会 2023-05-01")
        #expect((objects.first?["answers"] as? [[String: Any]])?.first?["name"] as? String == "张明远")
        let lines = try PodiumExecutable.run(["qa", archive.path("2023-05-01.md"), archive.path("undated.txt"), "--format", "jsonl"])
        #expect(lines.status == 0)
        #expect(try CorpusModeTests.jsonLines(lines.stdout).compactMap { $0["file"] as? String } == [archive.path("2023-05-01.md"), archive.path("undated.txt")])
        let markdown = try PodiumExecutable.run(["qa", archive.url.path, "--format", "markdown", "--glob", "*.md"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.components(separatedBy: "\n# ").count == 3)
        #expect(markdown.stdout.contains(archive.path("2024/2024-02-10.md").replacingOccurrences(of: "_", with: "\\_")))
    }

    /// Filters: who asks or answers, the asker's outlet, a role, the text, the document's date.
    @Test(arguments: [
        (["--outlet", "新华社"], 2), (["--speaker", "李华"], 1), (["--role", "reporter"], 4), (["--role", "moderator"], 0),
        (["--grep", "关税|出口"], 2), (["--grep", "NOTHING"], 0), (["--since", "2024"], 2), (["--until", "2024-02"], 2),
        (["--since", "2024-01-01", "--until", "2024-06-30"], 1), (["--outlet", "新华社", "--since", "2024"], 1),
    ])
    func qaFilters(_ arguments: [String], _ expected: Int) throws {
        let archive = try Archive()
        let result = try PodiumExecutable.run(["qa", archive.url.path, "--format", "jsonl"] + arguments)
        #expect(result.status == 65)
        #expect(try CorpusModeTests.jsonLines(result.stdout).count == expected, "\(arguments)")
    }

    @Test func badFilterValuesAreUsageErrors() throws {
        let archive = try Archive()
        for arguments in [["--grep", "("], ["--since", "2024/01"], ["--until", "soon"], ["--role", "chair"]] {
            let result = try PodiumExecutable.run(["qa", archive.url.path] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func speakersListsTheStatementsOfADirectory() throws {
        let archive = try Archive()
        let csv = try PodiumExecutable.run(["speakers", archive.url.path, "--format", "csv", "--glob", "*.md"])
        #expect(csv.status == 0, "stderr: \(csv.stderr)")
        let rows = Self.csv(csv.stdout)
        #expect(rows.first?.prefix(8) == ["file", "title", "date", "url", "language", "speaker", "name", "role"])
        #expect(rows.count == 1 + 3 * 3)
        let reporters = try PodiumExecutable.run(["speakers", archive.url.path, "--format", "json", "--role", "reporter", "--glob", "*.md"])
        let objects = try Self.objects(reporters.stdout)
        #expect(objects.count == 3)
        #expect(objects.allSatisfy { $0["role"] as? String == "reporter" && $0["file"] is String && $0["speakerTitle"] != nil })
        let grep = try PodiumExecutable.run(["speakers", archive.url.path, "--format", "jsonl", "--grep", "关税", "--glob", "*.md"])
        let lines = try CorpusModeTests.jsonLines(grep.stdout)
        #expect(lines.count == 1)
        #expect(lines.first?["name"] as? String == "李华")
        let one = try PodiumExecutable.run(["speakers", archive.path("2023-05-01.md"), archive.path("undated.txt"), "--speaker", "赵敏", "--format", "jsonl"])
        #expect(one.status == 0)
        #expect(try CorpusModeTests.jsonLines(one.stdout).count == 1)
    }

    @Test func briefWritesOneBriefingPerDocumentAndAnIndex() throws {
        let archive = try Archive()
        let noFolder = try PodiumExecutable.run(["brief", archive.path("2023-05-01.md"), archive.path("undated.txt")])
        #expect(noFolder.status == 64)
        #expect(noFolder.stderr.contains("-o DIR"))
        let out = archive.url.appendingPathComponent("briefings")
        let result = try PodiumExecutable.run(["brief", archive.url.path, "-o", out.path])
        #expect(result.status == 65, "stderr: \(result.stderr)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        #expect(written == [".podium-output", "2023-05-01.md", "2024", "2024/2024-02-10.md", "2024/2024-09-30.md", "index.md", "undated.md"])
        let expected = try Transcript(parsing: Data(contentsOf: URL(fileURLWithPath: archive.path("2023-05-01.md")))).briefing()
        #expect(try String(contentsOf: out.appendingPathComponent("2023-05-01.md"), encoding: .utf8) == expected)
        let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.contains("[发布会 2024-02-10](2024/2024-02-10.md)"))
        #expect(index.contains("notes.txt"))
        // A second run into the same folder is allowed; a walk of the archive leaves the briefings out.
        let again = try PodiumExecutable.run(["brief", archive.url.path, "-o", out.path, "--since", "2024"])
        #expect(again.stderr.contains("5 files"), "stderr: \(again.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8).contains("2 documents"))
        // A folder of other files is refused before anything is written.
        let refused = try PodiumExecutable.run(["brief", archive.path("2023-05-01.md"), archive.path("undated.txt"), "-o", archive.url.path])
        #expect(refused.status == 73)
        #expect(!FileManager.default.fileExists(atPath: archive.path(".podium-output")))
    }

    /// Over the real `bulk/mfa` archive: one CSV row per exchange that `parse` finds.
    @Test(.enabled(if: TestSupport.hasCorpus, "needs ../shared/corpus"))
    func qaOverTheMFAArchive() throws {
        let folder = try #require(TestSupport.corpus).appendingPathComponent("bulk/mfa").path
        let qa = try PodiumExecutable.run(["qa", folder, "--format", "csv"])
        #expect(qa.status == 0, "stderr: \(qa.stderr)")
        let parsed = try PodiumExecutable.run(["parse", folder, "--format", "jsonl"])
        let exchanges = try CorpusModeTests.jsonLines(parsed.stdout).reduce(0) { $0 + (($1["exchanges"] as? [Any])?.count ?? 0) }
        #expect(exchanges > 100)
        #expect(Self.csv(qa.stdout).count == exchanges + 1)
    }
}
