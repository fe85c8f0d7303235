import Foundation
import Podium
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// Corpus mode of `podium parse` and `stats`: every document, in input order whatever the threads, one JSON
/// array for `--format json`, a file that fails reported while the run goes on (exit code 65).
@Suite("Corpus mode: every document, in input order, failures reported")
struct CorpusRunTests {
    @Test func withPathNamesEachDocument() throws {
        let corpus = try Corpora.small()
        let run = CommandRun(["parse", corpus.url.path, "--format", "jsonl", "--with-path", "-o", corpus.path("out.jsonl")])
        #expect(run.status == 0)
        let paths = try JSONOutput.lines(corpus.text("out.jsonl")).compactMap { $0["path"] as? String }
        #expect(paths == ["a.txt", "b.txt", "d.md", "sub/c.txt"].map(corpus.path))
    }

    @Test func outputKeepsInputOrderWhateverTheJobs() throws {
        let corpus = try Corpora.small()
        for index in 0..<24 { try corpus.write("many-\(index).txt", Corpora.transcript(outlet: "新华社", name: "张明远")) }
        let results = try TemporaryFolder()
        for jobs in ["1", "4"] {
            let run = CommandRun(["parse", corpus.url.path, "--format", "jsonl", "--with-path", "--jobs", jobs, "-o", results.path("\(jobs).jsonl")])
            #expect(run.status == 0)
        }
        #expect(try results.text("1.jsonl") == results.text("4.jsonl"))
        #expect(try JSONOutput.lines(results.text("1.jsonl")).count == 28)
    }

    /// Several documents as `--format json` are one JSON array, written as the documents come; one file
    /// stays one object; a run where every file fails is an empty array.
    @Test func severalDocumentsAsJSONAreOneArray() throws {
        let corpus = try Corpora.small()
        let results = try TemporaryFolder()
        for arguments in [[], ["--compact"], ["--with-path"], ["--jobs", "2"]] {
            #expect(CommandRun(["parse", corpus.url.path, "-o", results.path("out.json")] + arguments).status == 0)
            #expect(try JSONOutput.array(results.text("out.json")).count == 4, "\(arguments)")
        }
        let unlabelled = try TemporaryFolder()
        for name in ["a.txt", "b.txt", "d.md"] { try unlabelled.write(name, "no labels here\n") }
        #expect(CommandRun(["parse", unlabelled.url.path, "--format", "json", "-o", results.path("failed.json")]).status == 65)
        #expect(try results.text("failed.json") == "[]\n")
        #expect(CommandRun(["parse", corpus.path("a.txt"), "-o", results.path("one.json")]).status == 0)
        #expect(try JSONOutput.object(results.text("one.json"))["schemaVersion"] as? Int == 3)
    }

    /// The runner hands each file's outcome on in input order; a file that fails is one outcome among
    /// the others, and the summary line counts it.
    @Test func aBadFileIsReportedAndTheRunGoesOn() throws {
        let corpus = try Corpora.small()
        try corpus.write("c-empty.txt", "   \n")
        let files = [corpus.path("a.txt"), corpus.path("c-empty.txt"), corpus.path("b.txt")]
        let collection = try InputCollection(paths: files, selection: .transcripts)
        let reading = try ReadingOptions.parse([])
        var outcomes: [String] = []
        let summary = try CorpusRunner(reading: reading, jobs: 2).run(collection, transform: { transcript, _ in transcript.turns.count }) { outcome in
            switch outcome {
            case .parsed(let path, let turns, _, _, _): outcomes.append("\(path): \(turns) turns")
            case .failed(let path, let reason, _): outcomes.append("\(path): \(reason)")
            }
        }
        #expect(outcomes == ["\(files[0]): 3 turns", "\(files[1]): the document is empty", "\(files[2]): 3 turns"])
        #expect((summary.files, summary.parsed, summary.failed, summary.turns) == (3, 2, 1, 6))
        #expect(summary.line.hasPrefix("podium: 3 files, 2 parsed, 1 failed; 6 turns, 2 exchanges; "))
        // Through the command: the good files are written, and the exit code says one failed.
        let run = CommandRun(["parse"] + files + ["--format", "jsonl", "-o", corpus.path("out.jsonl")])
        #expect(run.status == 65)
        let lines = try JSONOutput.lines(corpus.text("out.jsonl"))
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0["schemaVersion"] as? Int == 3 })
    }

    @Test func oneFileBehavesAsBefore() throws {
        let corpus = try Corpora.small()
        #expect(CommandRun(["parse", corpus.path("a.txt"), "-o", corpus.path("a.json")]).status == 0)
        #expect(try corpus.text("a.json").hasPrefix("{\n  \"schemaVersion\": 3,"))
        try corpus.write("empty.txt", "")
        let empty = CommandRun(["parse", corpus.path("empty.txt")])
        #expect(empty.status == 65)
        #expect(empty.message == "podium: \(corpus.path("empty.txt")): the document is empty")
        #expect(CommandRun(["parse", corpus.path("missing.txt")]).status == 66)
    }

    /// `podium stats`: the counts each document adds, and the table and JSON they print.
    @Test func statsCountsTheCorpus() throws {
        let corpus = try Corpora.small()
        var totals = CorpusStats()
        for name in ["a.txt", "b.txt", "d.md", "sub/c.txt"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: corpus.path(name)))
            totals.add(DocumentStats(try Transcript(parsing: data)), bytes: data.count)
        }
        totals.addFailure(bytes: 3)
        let stats = try JSONOutput.object(totals.json(top: 15))
        #expect(stats["documents"] as? Int == 4)
        #expect(stats["failed"] as? Int == 1)
        #expect(stats["questions"] as? Int == 4)
        let outlets = try #require(stats["questionsPerOutlet"] as? [[String: Any]])
        #expect(outlets.first?["outlet"] as? String == "新华社")
        #expect(outlets.first?["questions"] as? Int == 2)
        let table = totals.table(top: 15)
        #expect(table.hasPrefix("documents     4  (1 failed)\n"))
        #expect(table.contains("questions per outlet"))
        #expect(table.contains("most active speakers"))
        #expect(totals.table(top: 0).contains("questions per outlet") == false)
    }

    /// Table columns are padded to their display width: a Chinese character takes two cells.
    @Test func statsColumnsAlignChineseNames() {
        let rows = CorpusStats.format([["speaker", "turns"], ["张明远", "3"], ["Li", "12"]], rightAligned: [1])
        #expect(rows == ["speaker  turns", "张明远       3", "Li          12"])
    }
}
