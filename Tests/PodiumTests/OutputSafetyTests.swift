import Foundation
import Testing

/// No run of `podium` loses a file: an output that is one of the inputs is refused before
/// anything is written, an output is put in place only when the run ends well, and a walk never reads
/// the run's own output.
@Suite(.enabled(if: PodiumExecutable.isBuilt, "the podium binary is not built"))
struct OutputSafetyTests {
    static let transcript = "主持人：欢迎大家。\n\n新华社记者：请问进展如何？\n\n张明远：谢谢提问。我们一是加快建设，二是优化服务。\n"

    /// How the output names an input: the same path, a symbolic link, a hard link.
    enum Alias: String, CaseIterable {
        case samePath, symbolicLink, hardLink
    }

    /// `podium parse a.txt -o a.txt`, and the same through links, with a directory beside it
    /// (`podium parse a.html b/ -o a.html`) or for the other commands: refused, exit code 73, nothing written.
    @Test(arguments: Alias.allCases, [["parse"], ["parse", "--format", "jsonl"], ["brief"], ["qa", "--format", "csv"], ["speakers"]])
    func anOutputThatIsAnInputIsRefused(alias: Alias, command: [String]) throws {
        let folder = try BadInputFolder()
        let input = try folder.write("a.txt", Data(Self.transcript.utf8))
        let output = folder.url.appendingPathComponent("out.txt").path
        switch alias {
        case .samePath: break
        case .symbolicLink: try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: input)
        case .hardLink: try FileManager.default.linkItem(atPath: input, toPath: output)
        }
        let target = alias == .samePath ? input : output
        let alone = try PodiumExecutable.run(command + [input, "-o", target])
        #expect(alone.status == 73, "stderr: \(alone.stderr)")
        #expect(alone.stderr.contains("podium: \(input): is also the output"), "stderr: \(alone.stderr)")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.transcript)
        guard command.first == "parse" else { return }
        let subfolder = folder.url.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
        try Data(Self.transcript.utf8).write(to: subfolder.appendingPathComponent("c.txt"))
        let withFolder = try PodiumExecutable.run(command + [input, subfolder.path, "-o", target])
        #expect(withFolder.status == 73, "stderr: \(withFolder.stderr)")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.transcript)
        #expect(withFolder.stdout.isEmpty)
    }

    /// A run that fails leaves the old output as it was, and no temporary file behind.
    @Test func anOutputIsReplacedOnlyWhenTheRunSucceeds() throws {
        let folder = try BadInputFolder()
        let good = try folder.write("good.txt", Data(Self.transcript.utf8))
        let output = try folder.write("out.json", Data("old\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: output)
        let written = try PodiumExecutable.run(["parse", good, "-o", output])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("{"))
        let permissions = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        #expect(permissions == 0o640, "a replaced file keeps its permissions")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["good.txt", "out.json"])
    }

    /// Interrupted while it waits for input, `podium parse --stdin-jsonl -o FILE` leaves FILE as it was
    /// (before, the file was emptied as soon as the run started) and removes its temporary file.
    @Test func anInterruptedRunLeavesTheOldFile() throws {
        let folder = try BadInputFolder()
        let output = try folder.write("out.jsonl", Data("old\n".utf8))
        let process = Process()
        process.executableURL = try #require(PodiumExecutable.url)
        process.arguments = ["parse", "--stdin-jsonl", "-o", output]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the run has opened its output: a temporary file appears, or (before) the file is emptied.
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            let size = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            if names.count > 1 || size == 0 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.interrupt()
        // A child that never sees the signal must not hold the suite up: it is killed after a while.
        let patience = Date().addingTimeInterval(5)
        while process.isRunning, Date() < patience { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.jsonl"])
    }

    /// `podium parse DIR -o DIR/out.md` twice: the second walk does not read the first run's output.
    @Test func aWalkNeverReadsItsOwnOutput() throws {
        let folder = try BadInputFolder()
        _ = try folder.write("a.txt", Data(Self.transcript.utf8))
        _ = try folder.write("b.md", Data(Self.transcript.utf8))
        let output = folder.url.appendingPathComponent("out.md").path
        let first = try PodiumExecutable.run(["parse", folder.url.path, "--format", "markdown", "-o", output])
        #expect(first.status == 0)
        #expect(first.stderr.contains("2 files, 2 parsed"), "stderr: \(first.stderr)")
        let firstOutput = try String(contentsOfFile: output, encoding: .utf8)
        let second = try PodiumExecutable.run(["parse", folder.url.path, "--format", "markdown", "-o", output])
        #expect(second.status == 0)
        #expect(second.stderr.contains("2 files, 2 parsed"), "stderr: \(second.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == firstOutput)
    }

    /// Standard output redirected into the folder that is walked (`podium parse DIR > DIR/all.md`) is the
    /// output too: the walk leaves it out. Appended to an input (`>> a.txt`), the run is refused.
    @Test func standardOutputRedirectedToAFileIsTheOutput() throws {
        let folder = try BadInputFolder()
        let input = try folder.write("a.txt", Data(Self.transcript.utf8))
        _ = try folder.write("b.md", Data(Self.transcript.utf8))
        let all = try folder.write("all.md", Data())
        func run(_ arguments: [String], appendingTo path: String) throws -> (status: Int32, stderr: String) {
            let process = Process()
            process.executableURL = try #require(PodiumExecutable.url)
            process.arguments = arguments
            let handle = try #require(FileHandle(forUpdatingAtPath: path))
            handle.seekToEndOfFile()
            process.standardOutput = handle
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try handle.close()
            return (process.terminationStatus, stderr)
        }
        for _ in 0..<2 {
            let walked = try run(["parse", folder.url.path, "--format", "markdown"], appendingTo: all)
            #expect(walked.status == 0)
            #expect(walked.stderr.contains("2 files, 2 parsed"), "stderr: \(walked.stderr)")
        }
        let appended = try run(["parse", input, folder.url.appendingPathComponent("b.md").path], appendingTo: input)
        #expect(appended.status == 73)
        #expect(appended.stderr.contains("is also the output"))
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.transcript)
    }

    /// `podium stats missing.md`: exit code 66, the reason on standard error, and no table.
    @Test func statsOnAMissingFile() throws {
        let folder = try BadInputFolder()
        let missing = folder.url.appendingPathComponent("missing.md").path
        let result = try PodiumExecutable.run(["stats", missing])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "podium: \(missing): no such file\n")
        let good = try folder.write("good.txt", Data(Self.transcript.utf8))
        let mixed = try PodiumExecutable.run(["stats", good, missing, "--format", "json"])
        #expect(mixed.status == 66)
        #expect(mixed.stdout.isEmpty)
    }
}
