import Foundation
import Testing

/// Corpus mode of the `podium` binary: order, jobs, glob, per-file failures, `--stdin-jsonl` and `stats`.
/// Skipped when the binary has not been built beside the tests.
@Suite(.enabled(if: PodiumExecutable.isBuilt, "\(PodiumExecutable.missing)"))
struct CorpusModeTests {
    /// A folder of small transcripts: names out of order, a subfolder, a hidden file and a Markdown file.
    final class Corpus {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("podium-corpus-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try write("b.txt", Self.transcript(outlet: "新华社", name: "张明远"))
            try write("a.txt", Self.transcript(outlet: "人民日报", name: "李华"))
            try write("sub/c.txt", Self.transcript(outlet: "新华社", name: "王强"))
            try write("d.md", "# 发布会\n\n" + Self.transcript(outlet: "中新社", name: "赵敏"))
            try write(".hidden.txt", Self.transcript(outlet: "路透社", name: "刘洋"))
        }

        deinit {
            try? FileManager.default.removeItem(at: url)
        }

        static func transcript(outlet: String, name: String) -> String {
            "主持人：欢迎大家。\n\n\(outlet)记者：请问进展如何？\n\n\(name)：谢谢提问。我们一是加快建设，二是优化服务。\n"
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func directoriesAreWalkedInPathOrderWithoutHiddenFiles() throws {
        let corpus = try Corpus()
        let result = try PodiumExecutable.run(["parse", corpus.url.path, "--format", "jsonl", "--with-path"])
        #expect(result.status == 0)
        let paths = try Self.jsonLines(result.stdout).compactMap { $0["path"] as? String }
        #expect(paths == ["a.txt", "b.txt", "d.md", "sub/c.txt"].map(corpus.path))
        #expect(result.stderr.contains("4 files, 4 parsed, 0 failed"))
    }

    @Test func outputKeepsInputOrderWhateverTheJobs() throws {
        let corpus = try Corpus()
        for index in 0..<24 { try corpus.write("many-\(index).txt", Corpus.transcript(outlet: "新华社", name: "张明远")) }
        let single = try PodiumExecutable.run(["parse", corpus.url.path, "--format", "jsonl", "--with-path", "--jobs", "1"])
        let several = try PodiumExecutable.run(["parse", corpus.url.path, "--format", "jsonl", "--with-path", "--jobs", "4"])
        #expect(single.status == 0 && several.status == 0)
        #expect(single.stdout == several.stdout)
        #expect(try Self.jsonLines(single.stdout).count == 28)
    }

    @Test func globFiltersTheWalkedFiles() throws {
        let corpus = try Corpus()
        let byName = try PodiumExecutable.run(["parse", corpus.url.path, "--format", "jsonl", "--with-path", "--glob", "*.md"])
        #expect(try Self.jsonLines(byName.stdout).compactMap { $0["path"] as? String } == [corpus.path("d.md")])
        let byPath = try PodiumExecutable.run(["parse", corpus.url.path, "--format", "jsonl", "--with-path", "--glob", "sub/*.txt"])
        #expect(try Self.jsonLines(byPath.stdout).compactMap { $0["path"] as? String } == [corpus.path("sub/c.txt")])
    }

    /// A walk reads transcript-like extensions only, without README/LICENSE/CHANGELOG files (`podium parse
    /// Samples --format jsonl` used to fail on Samples/README.md); `--glob` chooses instead.
    @Test func aWalkReadsTranscriptsOnly() throws {
        let corpus = try Corpus()
        let transcript = Corpus.transcript(outlet: "新华社", name: "张明远")
        for name in ["e.HTML", "f.markdown", "g.text", "h.xhtml", "i.htm", "j.srt", "k.VTT"] { try corpus.write(name, transcript) }
        try corpus.write("README.md", "# Archive\n\nWhat this folder holds.\n")
        try corpus.write("LICENSE.txt", "Public domain.\n")
        try corpus.write("CHANGELOG.md", "- first\n")
        for name in ["notes.json", "rows.csv", "out.jsonl", "podium.ass", "no-extension"] { try corpus.write(name, transcript) }
        let result = try PodiumExecutable.run(["parse", corpus.url.path, "--format", "jsonl", "--with-path"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let paths = try Self.jsonLines(result.stdout).compactMap { $0["path"] as? String }
        #expect(paths == ["a.txt", "b.txt", "d.md", "e.HTML", "f.markdown", "g.text", "h.xhtml", "i.htm", "j.srt", "k.VTT", "sub/c.txt"].map(corpus.path))
        let everything = try PodiumExecutable.run(["parse", corpus.url.path, "--format", "jsonl", "--with-path", "--glob", "*"])
        #expect(everything.status == 65)
        let globbed = try Self.jsonLines(everything.stdout).compactMap { $0["path"] as? String }
        #expect(globbed.contains(corpus.path("README.md")) && globbed.contains(corpus.path("no-extension")))
        let samples = try PodiumExecutable.run(["parse", TestSupport.samples.path, "--format", "jsonl"])
        #expect(samples.status == 0, "stderr: \(samples.stderr)")
    }

    /// Several documents as `--format json` are one JSON array, written as the documents come; one file
    /// stays one object.
    @Test func severalDocumentsAsJSONAreOneArray() throws {
        let corpus = try Corpus()
        for arguments in [[], ["--compact"], ["--with-path"], ["--jobs", "2"]] {
            let result = try PodiumExecutable.run(["parse", corpus.url.path] + arguments)
            #expect(result.status == 0)
            let array = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(arguments)")
            #expect(array.count == 4, "\(arguments)")
        }
        let empty = try Corpus()
        try FileManager.default.removeItem(at: empty.url.appendingPathComponent("sub"))
        for name in ["a.txt", "b.txt", "d.md"] { try empty.write(name, "no labels here\n") }
        let failed = try PodiumExecutable.run(["parse", empty.url.path, "--format", "json"])
        #expect(failed.status == 65)
        #expect(failed.stdout == "[]\n")
        let one = try PodiumExecutable.run(["parse", corpus.path("a.txt")])
        #expect(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) is [String: Any])
    }

    @Test func aBadFileIsReportedAndTheRunGoesOn() throws {
        let corpus = try Corpus()
        try corpus.write("c-empty.txt", "   \n")
        let result = try PodiumExecutable.run(["parse", corpus.path("a.txt"), corpus.path("c-empty.txt"), corpus.path("b.txt"), "--format", "jsonl"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("podium: \(corpus.path("c-empty.txt")): the document is empty"))
        #expect(result.stderr.contains("3 files, 2 parsed, 1 failed"))
        let lines = try Self.jsonLines(result.stdout)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0["schemaVersion"] as? Int == 3 })
    }

    @Test func oneFileBehavesAsBefore() throws {
        let corpus = try Corpus()
        let good = try PodiumExecutable.run(["parse", corpus.path("a.txt")])
        #expect(good.status == 0)
        #expect(good.stdout.hasPrefix("{\n  \"schemaVersion\": 3,"))
        #expect(good.stderr.isEmpty)
        try corpus.write("empty.txt", "")
        let bad = try PodiumExecutable.run(["parse", corpus.path("empty.txt")])
        #expect(bad.status == 65)
        #expect(bad.stderr == "podium: \(corpus.path("empty.txt")): the document is empty\n")
        let missing = try PodiumExecutable.run(["parse", corpus.path("missing.txt")])
        #expect(missing.status == 66)
    }

    @Test func stdinJSONLinesGetOneResultLineEach() throws {
        let inputs: [[String: Any]] = [
            ["id": "a", "content": Corpus.transcript(outlet: "新华社", name: "张明远")],
            ["id": 7, "content_base64": Data(Corpus.transcript(outlet: "中新社", name: "李华").utf8).base64EncodedString()],
            ["id": "empty", "content": ""],
            ["id": "none"],
        ]
        var input = try inputs.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
            .joined(separator: "\n")
        input += "\nnot json\n"
        let result = try PodiumExecutable.run(["parse", "--stdin-jsonl", "--jobs", "2"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let lines = try Self.jsonLines(result.stdout)
        #expect(lines.count == 5)
        guard lines.count == 5 else { return }
        #expect(lines[0]["id"] as? String == "a" && lines[0]["transcript"] != nil)
        #expect(lines[1]["id"] as? Int == 7 && lines[1]["transcript"] != nil)
        #expect(lines[2]["id"] as? String == "empty" && lines[2]["error"] as? String == "the document is empty")
        #expect(lines[3]["id"] as? String == "none" && lines[3]["error"] != nil)
        #expect(lines[4]["id"] is NSNull && lines[4]["error"] != nil)
    }

    /// Options that `--stdin-jsonl` would ignore are refused rather than accepted silently.
    @Test(arguments: [["--glob", "*.md"], ["--with-path"], ["--format", "markdown"]])
    func stdinJSONLinesRefusesOptionsItIgnores(_ arguments: [String]) throws {
        let result = try PodiumExecutable.run(["parse", "--stdin-jsonl"] + arguments, stdin: Data())
        #expect(result.status == 64, "stderr: \(result.stderr)")
    }

    @Test func statsCountsTheCorpus() throws {
        let corpus = try Corpus()
        let result = try PodiumExecutable.run(["stats", corpus.url.path, "--format", "json"])
        #expect(result.status == 0)
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(stats["documents"] as? Int == 4)
        #expect(stats["questions"] as? Int == 4)
        let outlets = try #require(stats["questionsPerOutlet"] as? [[String: Any]])
        #expect(outlets.first?["outlet"] as? String == "新华社")
        #expect(outlets.first?["questions"] as? Int == 2)
        let table = try PodiumExecutable.run(["stats", corpus.url.path])
        #expect(table.stdout.contains("questions per outlet"))
        #expect(table.stdout.contains("most active speakers"))
    }
}
