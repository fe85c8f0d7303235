import Foundation
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// No run of `podium` loses a file: an output that is one of the inputs is refused before anything is
/// written, an output is put in place only when the run ends well, and a walk never reads the run's own
/// output. (Standard output redirected by the shell and an interrupted run are the end-to-end suite's.)
@Suite("Outputs: never over an input, in place only when the run ends well")
struct OutputSafetyTests {
    /// How the output names an input: the same path, a symbolic link, a hard link.
    enum Alias: String, CaseIterable {
        case samePath, symbolicLink, hardLink
    }

    /// `podium parse a.txt -o a.txt`, and the same through links, with a directory beside it
    /// (`podium parse a.html b/ -o a.html`) or for the other commands: refused, exit code 73, nothing written.
    @Test(arguments: Alias.allCases, [["parse"], ["parse", "--format", "jsonl"], ["brief"], ["qa", "--format", "csv"], ["speakers"]])
    func anOutputThatIsAnInputIsRefused(alias: Alias, command: [String]) throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("a.txt", TestTexts.transcript)
        let output = folder.path("out.txt")
        switch alias {
        case .samePath: break
        case .symbolicLink: try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: input)
        case .hardLink: try FileManager.default.linkItem(atPath: input, toPath: output)
        }
        let target = alias == .samePath ? input : output
        let alone = CommandRun(command + [input, "-o", target])
        #expect(alone.status == 73, "\(alone.message)")
        let alias = alias == .samePath ? "" : " (as \(output))"
        #expect(alone.message == "podium: \(input): is also the output\(alias); podium never writes over a file it reads, choose another output")
        #expect(try folder.text("a.txt") == TestTexts.transcript)
        guard command.first == "parse" else { return }
        let subfolder = try folder.folder("b")
        try folder.write("b/c.txt", TestTexts.transcript)
        let withFolder = CommandRun(command + [input, subfolder, "-o", target])
        #expect(withFolder.status == 73, "\(withFolder.message)")
        #expect(try folder.text("a.txt") == TestTexts.transcript)
    }

    /// The check is made on the output `InputOptions` and `InputCollection` are given, before reading.
    @Test func theInputReadersRefuseTheOutput() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("a.txt", TestTexts.transcript)
        let one = try #require(throws: CommandFailure.self) { try InputOptions.read(input, writingTo: OutputTarget(input)) }
        #expect(one.code == .cannotCreate)
        let many = try #require(throws: CommandFailure.self) {
            try InputCollection(paths: [input], selection: .transcripts, output: OutputTarget(input))
        }
        #expect(many.code == .cannotCreate)
        // `-` and no `-o` are standard output: reading the file is fine.
        #expect(OutputTarget("-").path == nil)
        #expect(try InputOptions.read(input, writingTo: OutputTarget(folder.path("other.json"))).count == TestTexts.transcript.utf8.count)
    }

    /// A run that succeeds replaces the old output and keeps its permissions; a run that fails leaves it
    /// as it was. Neither leaves a temporary file behind.
    @Test func anOutputIsReplacedOnlyWhenTheRunSucceeds() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", TestTexts.transcript)
        let empty = try folder.write("empty.txt", "")
        let output = try folder.write("out.json", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: output)
        #expect(CommandRun(["parse", empty, "-o", output]).status == 65)
        #expect(try folder.text("out.json") == "old\n")
        #expect(CommandRun(["parse", good, "-o", output]).status == 0)
        #expect(try folder.text("out.json").hasPrefix("{"))
        let permissions = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        #expect(permissions == 0o640, "a replaced file keeps its permissions")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["empty.txt", "good.txt", "out.json"])
    }

    /// A sink dropped before `finish()` (a run that stops halfway) leaves the destination untouched and
    /// removes its temporary file.
    @Test func aSinkDroppedUnfinishedLeavesNoTrace() throws {
        let folder = try TemporaryFolder()
        let output = try folder.write("out.jsonl", "old\n")
        do {
            let sink = try OutputSink(path: output)
            try sink.write("new\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).count == 2, "the temporary file")
        }
        #expect(try folder.text("out.jsonl") == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.jsonl"])
        let fresh = try OutputSink(path: folder.path("new.txt"))
        try fresh.write("new\n")
        try fresh.finish()
        #expect(try folder.text("new.txt") == "new\n")
        let directory = try #require(throws: CommandFailure.self) { try OutputSink(path: folder.url.path) }
        #expect(directory.code == .cannotCreate)
    }

    /// `podium parse DIR -o DIR/out.md` twice: the second walk does not read the first run's output.
    @Test func aWalkNeverReadsItsOwnOutput() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", TestTexts.transcript)
        try folder.write("b.md", TestTexts.transcript)
        let output = folder.path("out.md")
        #expect(CommandRun(["parse", folder.url.path, "--format", "markdown", "-o", output]).status == 0)
        let firstOutput = try folder.text("out.md")
        let collection = try InputCollection(paths: [folder.url.path], selection: .transcripts, output: OutputTarget(output))
        #expect(collection.entries.map(\.path) == [folder.path("a.txt"), folder.path("b.md")])
        #expect(CommandRun(["parse", folder.url.path, "--format", "markdown", "-o", output]).status == 0)
        #expect(try folder.text("out.md") == firstOutput)
    }

    /// A folder a command fills (`brief -o DIR`, `export convokit -o DIR`) must be new, empty or Podium's.
    @Test func anOutputFolderOfOtherFilesIsRefused() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", TestTexts.transcript)
        let others = try #require(throws: CommandFailure.self) { try OutputFolder(folder.url.path) }
        #expect(others.code == .cannotCreate)
        #expect(others.reason.contains("did not write"))
        let notAFolder = try #require(throws: CommandFailure.self) { try OutputFolder(file) }
        #expect(notAFolder.code == .cannotCreate)
        let new = try OutputFolder(folder.path("new/"))
        #expect(new.path == folder.path("new"))
        try new.create(by: "brief")
        #expect(FileManager.default.fileExists(atPath: folder.path("new/\(InputCollection.outputMarker)")))
        _ = try OutputFolder(folder.path("new"))
    }

    /// `podium stats missing.md`: exit code 66 before anything is counted or printed, even beside a good file.
    @Test func statsOnAMissingFile() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("missing.md")
        let alone = CommandRun(["stats", missing])
        #expect(alone.status == 66)
        #expect(alone.message == "podium: \(missing): no such file")
        let good = try folder.write("good.txt", TestTexts.transcript)
        #expect(CommandRun(["stats", good, missing, "--format", "json"]).status == 66)
    }
}
