import Foundation
import Podium
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// `qa`, `speakers` and `brief` over several files and directories: `podium qa bulk/mfa` used to answer
/// "is a directory, not a file" and `podium brief a.txt b.txt` "give one transcript".
@Suite("qa, speakers and brief over several documents")
struct ListingCommandTests {
    @Test func qaListsThePairsOfADirectory() throws {
        let archive = try Corpora.datedArchive()
        let csv = try CommandRun.written(["qa", archive.url.path, "--format", "csv"])
        #expect(csv.status == 65, "notes.txt is not a transcript")
        let rows = CSVReader.records(csv.text)
        #expect(rows.first == ["file", "title", "date", "url", "language", "index", "asker", "outlet", "question", "answerers", "answer", "status", "parts"])
        #expect(rows.dropFirst().map { $0[0] } == ["2023-05-01.md", "2024/2024-02-10.md", "2024/2024-09-30.md", "undated.txt"].map(archive.path))
        #expect(rows.dropFirst().map { $0[2] } == ["2023-05-01", "2024-02-10", "2024-09-30", ""])
        #expect(rows.dropFirst().allSatisfy { $0.count == 13 && $0[5] == "1" })

        let objects = try JSONOutput.array(CommandRun.written(["qa", archive.url.path, "--format", "json"]).text)
        #expect(objects.count == 4)
        #expect(objects.first?["title"] as? String == "发布会 2023-05-01")
        #expect((objects.first?["answers"] as? [[String: Any]])?.first?["name"] as? String == "张明远")
        let lines = try CommandRun.written(["qa", archive.path("2023-05-01.md"), archive.path("undated.txt"), "--format", "jsonl"])
        #expect(lines.status == 0)
        #expect(try JSONOutput.lines(lines.text).compactMap { $0["file"] as? String } == [archive.path("2023-05-01.md"), archive.path("undated.txt")])
        let markdown = try CommandRun.written(["qa", archive.url.path, "--format", "markdown", "--glob", "*.md"])
        #expect(markdown.status == 0)
        #expect(markdown.text.components(separatedBy: "\n# ").count == 3)
        #expect(markdown.text.contains(archive.path("2024/2024-02-10.md").replacingOccurrences(of: "_", with: "\\_")))
    }

    /// Filters: who asks or answers, the asker's outlet, a role, the text, the document's date.
    @Test(arguments: [
        (["--outlet", "新华社"], 2), (["--speaker", "李华"], 1), (["--role", "reporter"], 4), (["--role", "moderator"], 0),
        (["--grep", "关税|出口"], 2), (["--grep", "NOTHING"], 0), (["--since", "2024"], 2), (["--until", "2024-02"], 2),
        (["--since", "2024-01-01", "--until", "2024-06-30"], 1), (["--outlet", "新华社", "--since", "2024"], 1),
    ])
    func qaFilters(_ arguments: [String], _ expected: Int) throws {
        let archive = try Corpora.datedArchive()
        let result = try CommandRun.written(["qa", archive.url.path, "--format", "jsonl"] + arguments)
        #expect(result.status == 65)
        #expect(try JSONOutput.lines(result.text).count == expected, "\(arguments)")
    }

    @Test func speakersListsTheStatementsOfADirectory() throws {
        let archive = try Corpora.datedArchive()
        let csv = try CommandRun.written(["speakers", archive.url.path, "--format", "csv", "--glob", "*.md"])
        #expect(csv.status == 0)
        let rows = CSVReader.records(csv.text)
        #expect(rows.first?.prefix(8) == ["file", "title", "date", "url", "language", "speaker", "name", "role"])
        #expect(rows.count == 1 + 3 * 3)
        let reporters = try JSONOutput.array(CommandRun.written(["speakers", archive.url.path, "--format", "json", "--role", "reporter", "--glob", "*.md"]).text)
        #expect(reporters.count == 3)
        #expect(reporters.allSatisfy { $0["role"] as? String == "reporter" && $0["file"] is String && $0["speakerTitle"] != nil })
        let grep = try JSONOutput.lines(CommandRun.written(["speakers", archive.url.path, "--format", "jsonl", "--grep", "关税", "--glob", "*.md"]).text)
        #expect(grep.count == 1)
        #expect(grep.first?["name"] as? String == "李华")
        let one = try CommandRun.written(["speakers", archive.path("2023-05-01.md"), archive.path("undated.txt"), "--speaker", "赵敏", "--format", "jsonl"])
        #expect(one.status == 0)
        #expect(try JSONOutput.lines(one.text).count == 1)
    }

    @Test func briefWritesOneBriefingPerDocumentAndAnIndex() throws {
        let archive = try Corpora.datedArchive()
        let noFolder = CommandRun(["brief", archive.path("2023-05-01.md"), archive.path("undated.txt")])
        #expect(noFolder.status == 64)
        #expect(noFolder.message.contains("-o DIR"))
        let out = archive.url.appendingPathComponent("briefings")
        #expect(CommandRun(["brief", archive.url.path, "-o", out.path]).status == 65)
        let written = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        #expect(written == [".podium-output", "2023-05-01.md", "2024", "2024/2024-02-10.md", "2024/2024-09-30.md", "index.md", "undated.md"])
        let expected = try Transcript(parsing: Data(contentsOf: URL(fileURLWithPath: archive.path("2023-05-01.md")))).briefing()
        #expect(try String(contentsOf: out.appendingPathComponent("2023-05-01.md"), encoding: .utf8) == expected)
        let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.contains("[发布会 2024-02-10](2024/2024-02-10.md)"))
        #expect(index.contains("notes.txt"))
        // A second run into the same folder is allowed; a walk of the archive leaves the briefings out.
        #expect(try InputCollection(paths: [archive.url.path], selection: .transcripts).entries.count == 5)
        #expect(CommandRun(["brief", archive.url.path, "-o", out.path, "--since", "2024"]).status == 65)
        #expect(try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8).contains("2 documents"))
        // A folder of other files is refused before anything is written.
        let refused = CommandRun(["brief", archive.path("2023-05-01.md"), archive.path("undated.txt"), "-o", archive.url.path])
        #expect(refused.status == 73)
        #expect(!FileManager.default.fileExists(atPath: archive.path(".podium-output")))
    }

    /// Over the real `bulk/mfa` archive: one CSV row per exchange that `parse` finds.
    @Test(.enabled(if: TestSupport.hasCorpus, "needs ../shared/corpus"))
    func qaOverTheMFAArchive() throws {
        let folder = try #require(TestSupport.corpus).appendingPathComponent("bulk/mfa").path
        let qa = try CommandRun.written(["qa", folder, "--format", "csv"])
        #expect(qa.status == 0)
        let parsed = try CommandRun.written(["parse", folder, "--format", "jsonl"])
        let exchanges = try JSONOutput.lines(parsed.text).reduce(0) { $0 + (($1["exchanges"] as? [Any])?.count ?? 0) }
        #expect(exchanges > 100)
        #expect(CSVReader.records(qa.text).count == exchanges + 1)
    }
}
