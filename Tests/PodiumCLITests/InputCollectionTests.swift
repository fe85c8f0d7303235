import Foundation
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// Which files a corpus run reads, and in what order: named files always, walked directories in path
/// order without hidden files, project files or Podium's own outputs; `--glob` chooses instead.
@Suite("Corpus input: which files a run reads, in what order")
struct InputCollectionTests {
    private func paths(_ arguments: [String], glob: String? = nil) throws -> [String] {
        try InputCollection(paths: arguments, selection: .init(glob: glob)).entries.map(\.path)
    }

    @Test func directoriesAreWalkedInPathOrderWithoutHiddenFiles() throws {
        let corpus = try Corpora.small()
        #expect(try paths([corpus.url.path]) == ["a.txt", "b.txt", "d.md", "sub/c.txt"].map(corpus.path))
        // A trailing slash names the same folder.
        #expect(try paths([corpus.url.path + "/"]) == ["a.txt", "b.txt", "d.md", "sub/c.txt"].map(corpus.path))
    }

    /// Files named on the command line are read in the order given, whatever their name (a hidden one too).
    @Test func namedFilesAreReadAsGiven() throws {
        let corpus = try Corpora.small()
        let named = ["sub/c.txt", ".hidden.txt", "a.txt"].map(corpus.path)
        #expect(try paths(named) == named)
        let collection = try InputCollection(paths: named, selection: .transcripts)
        #expect(collection.entries.first == .file(path: corpus.path("sub/c.txt"), size: Corpora.transcript(outlet: "新华社", name: "王强").utf8.count, name: "c.txt"))
        let missing = try #require(throws: CommandFailure.self) { try paths([corpus.path("a.txt"), corpus.path("none.txt")]) }
        #expect(missing.code == .noInput)
        #expect(missing.description == "podium: \(corpus.path("none.txt")): no such file")
    }

    @Test func globFiltersTheWalkedFiles() throws {
        let corpus = try Corpora.small()
        #expect(try paths([corpus.url.path], glob: "*.md") == [corpus.path("d.md")])
        #expect(try paths([corpus.url.path], glob: "sub/*.txt") == [corpus.path("sub/c.txt")])
    }

    /// A walk reads transcript-like extensions only, without README/LICENSE/CHANGELOG files (`podium parse
    /// Samples --format jsonl` used to fail on Samples/README.md); `--glob` chooses instead.
    @Test func aWalkReadsTranscriptsOnly() throws {
        let corpus = try Corpora.small()
        let transcript = Corpora.transcript(outlet: "新华社", name: "张明远")
        for name in ["e.HTML", "f.markdown", "g.text", "h.xhtml", "i.htm", "j.srt", "k.VTT"] { try corpus.write(name, transcript) }
        try corpus.write("README.md", "# Archive\n\nWhat this folder holds.\n")
        try corpus.write("LICENSE.txt", "Public domain.\n")
        try corpus.write("CHANGELOG.md", "- first\n")
        for name in ["notes.json", "rows.csv", "out.jsonl", "podium.ass", "no-extension"] { try corpus.write(name, transcript) }
        #expect(try paths([corpus.url.path]) == ["a.txt", "b.txt", "d.md", "e.HTML", "f.markdown", "g.text", "h.xhtml", "i.htm", "j.srt", "k.VTT", "sub/c.txt"].map(corpus.path))
        let everything = try paths([corpus.url.path], glob: "*")
        #expect(everything.contains(corpus.path("README.md")) && everything.contains(corpus.path("no-extension")))
        #expect(!everything.contains(corpus.path(".hidden.txt")))
        // Read, README.md is not a transcript: the run goes on and ends with 65.
        #expect(CommandRun(["parse", corpus.url.path, "--glob", "*", "--format", "jsonl", "-o", corpus.path("out.jsonl")]).status == 65)
    }

    /// The samples folder parses as a corpus: its README is left out.
    @Test func theSamplesFolderParses() throws {
        let folder = try TemporaryFolder()
        let run = CommandRun(["parse", TestSupport.samples.path, "--format", "jsonl", "-o", folder.path("out.jsonl")])
        #expect(run.status == 0, "\(run.message)")
        #expect(try JSONOutput.lines(folder.text("out.jsonl")).count == TestSupport.sampleNames.count)
    }

    /// A folder holding Podium's marker (`brief -o DIR` wrote it) is left out of walks.
    @Test func aFolderPodiumWroteIsNotWalked() throws {
        let corpus = try Corpora.small()
        try corpus.write("sub/" + InputCollection.outputMarker, "")
        #expect(try paths([corpus.url.path]) == ["a.txt", "b.txt", "d.md"].map(corpus.path))
    }

    @Test func anEmptyWalkHasNoFilesToRead() throws {
        let folder = try TemporaryFolder()
        let corpus = try CorpusOptions.parse([])
        let failure = try #require(throws: CommandFailure.self) { try corpus.collect([folder.url.path]) }
        #expect(failure.code == .noInput)
        #expect(failure.reason == "no files to read")
    }

    /// One output per document (`brief -o DIR`) is named after the file's path under the walked folder,
    /// with a number added where two would be the same or one is reserved.
    @Test func outputNamesAreUnique() throws {
        let corpus = try Corpora.small()
        try corpus.write("a.md", Corpora.transcript(outlet: "新华社", name: "张明远"))
        try corpus.write("index.txt", Corpora.transcript(outlet: "新华社", name: "张明远"))
        let collection = try InputCollection(paths: [corpus.url.path], selection: .transcripts)
        #expect(collection.outputNames(extension: ".md", reserving: ["index.md"]) == ["a.md", "a-2.md", "b.md", "d.md", "index-2.md", "sub/c.md"])
    }
}
