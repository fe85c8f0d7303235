import Foundation
import Podium
import PodiumTestSupport
import Testing

/// What only the built binary shows: its exit status and what goes to standard output and to standard
/// error, standard input and pipes, the shell's redirection, signals. Everything else the command decides
/// is tested in process. Skipped when the binary is not built, unless PODIUM_REQUIRE_CORPUS=1 (CI), where
/// each test then fails.
@Suite("End to end: the built binary", .enabled(if: PodiumExecutable.isExpected, "\(PodiumExecutable.missing)"))
struct EndToEndTests {
    @Test(.enabled(if: TestSupport.requiresCorpus, "PODIUM_REQUIRE_CORPUS is not set: a missing binary only skips tests"))
    func theBinaryIsBuiltWhereRequired() {
        #expect(PodiumExecutable.isBuilt, "\(PodiumExecutable.missing)")
    }

    /// Help goes to standard output with status 0; an error is one line on standard error, with the status
    /// `--help` lists, and nothing on standard output.
    @Test func statusAndTheTwoStreams() throws {
        let help = try PodiumExecutable.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("EXIT CODES") && help.stderr.isEmpty)
        let folder = try TemporaryFolder()
        let missing = folder.path("absent.txt")
        let failed = try PodiumExecutable.run([missing])
        #expect(failed.status == 66)
        #expect(failed.stderr == "podium: \(missing): no such file\n")
        #expect(failed.stdout.isEmpty)
        let usage = try PodiumExecutable.run(["brief", "--sentences", "0", missing])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--sentences must be 1 or more"))
        #expect(usage.stdout.isEmpty)
    }

    /// `-` reads standard input, named `<stdin>` in errors.
    @Test func standardInput() throws {
        let seed = try TestSupport.sample(TestSupport.seedName)
        let brief = try PodiumExecutable.run(["brief", "-"], stdin: seed)
        #expect(brief.status == 0)
        #expect(brief.stdout == (try TestSupport.seed().briefing()))
        for command in [["-"], ["qa", "-"]] {
            let empty = try PodiumExecutable.run(command, stdin: Data())
            #expect(empty.status == 65)
            #expect(empty.stderr == "podium: <stdin>: the document is empty\n")
        }
    }

    /// `--stdin-jsonl` reads a pipe to its end and writes a line per line, in order, exit status 0 even
    /// when a document fails.
    @Test func stdinJSONLinesThroughAPipe() throws {
        let document = try JSONSerialization.data(withJSONObject: ["content": TestTexts.transcript])
        let line = String(decoding: document, as: UTF8.self)
        let input = (0..<20).map { line.replacingOccurrences(of: "{", with: "{\"id\":\($0),") }.joined(separator: "\n") + "\n{\"id\":20}\n"
        let result = try PodiumExecutable.run(["parse", "--stdin-jsonl", "--jobs", "2"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines.enumerated().allSatisfy { $1.hasPrefix("{\"id\":\($0),") })
        #expect(lines.last?.contains("\"error\"") == true)
    }

    /// A corpus run writes its results on standard output and the failures and the summary on standard error.
    @Test func aCorpusRunKeepsResultsAndReportsApart() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", TestTexts.transcript)
        let empty = try folder.write("b.txt", "")
        let result = try PodiumExecutable.run(["parse", folder.url.path, "--format", "jsonl"])
        #expect(result.status == 65)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.hasPrefix("{\"schemaVersion\":3,"))
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.first == "podium: \(empty): the document is empty")
        #expect(errors.last?.hasPrefix("podium: 2 files, 1 parsed, 1 failed;") == true)
    }

    /// `podium check`: results on standard output, a file that cannot be read on standard error, the others
    /// still checked, and the status of the first file that failed.
    @Test func checkReportsUnreadableFilesAndGoesOn() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", TestTexts.conference)
        let missing = folder.path("missing.txt")
        let empty = try folder.write("empty.txt", "")
        let result = try PodiumExecutable.run(["check", good, missing, empty])
        #expect(result.status == 66)
        #expect(result.stdout == "\(good): ok (3 sentences)\n")
        #expect(result.stderr == "podium: \(missing): no such file\npodium: \(empty): the document is empty\n")
    }

    /// Interrupted while it waits for input, `podium parse --stdin-jsonl -o FILE` leaves FILE as it was
    /// (before, the file was emptied as soon as the run started) and removes its temporary file.
    @Test func anInterruptedRunLeavesTheOldFile() throws {
        let folder = try TemporaryFolder()
        let output = try folder.write("out.jsonl", "old\n")
        let process = Process()
        process.executableURL = try PodiumExecutable.required()
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
        #expect(try folder.text("out.jsonl") == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.jsonl"])
    }

    /// Standard output redirected into the folder that is walked (`podium parse DIR > DIR/all.md`) is the
    /// output too: the walk leaves it out. Appended to an input (`>> a.txt`), the run is refused.
    @Test func standardOutputRedirectedToAFileIsTheOutput() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("a.txt", TestTexts.transcript)
        try folder.write("b.md", TestTexts.transcript)
        let all = try folder.write("all.md", "")
        func run(_ arguments: [String], appendingTo path: String) throws -> (status: Int32, stderr: String) {
            let process = Process()
            process.executableURL = try PodiumExecutable.required()
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
        let appended = try run(["parse", input, folder.path("b.md")], appendingTo: input)
        #expect(appended.status == 73)
        #expect(appended.stderr.contains("is also the output"))
        #expect(try folder.text("a.txt") == TestTexts.transcript)
    }
}

/// ConvoKit loads the export of the development corpus and of bulk/mfa, with the counts and reply links of
/// Podium's JSON (scripts/convokit_check.py runs the binary).
@Suite(
    "End to end: ConvoKit loads the export",
    .enabled(if: PodiumExecutable.isExpected, "\(PodiumExecutable.missing)"),
    .enabled(if: TestSupport.hasCorpus, "needs ../shared/corpus"),
    .enabled(if: ConvoKitPython.path != nil,
        "convokit is not installed: python3 -c \"import convokit\" fails (scripts/convokit-check.sh installs it in .venv-convokit)"))
struct ConvoKitLoadTests {
    @Test func convoKitLoadsTheExport() throws {
        let corpus = try #require(TestSupport.corpus)
        let development = TestSupport.files(under: corpus, extensions: ["md", "txt"])
            .filter { $0.deletingLastPathComponent().standardizedFileURL == corpus.standardizedFileURL }
        #expect(development.count >= 5)
        let folder = try TemporaryFolder()
        let result = try ProcessRun.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                try #require(ConvoKitPython.path), TestSupport.packageRoot.appendingPathComponent("scripts/convokit_check.py").path,
                try PodiumExecutable.required().path, folder.url.path,
                "dev=" + development.map(\.path).joined(separator: ","), "mfa=" + corpus.appendingPathComponent("bulk/mfa").path,
            ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.components(separatedBy: ": ok").count == 3, "\(result.stdout)\(result.stderr)")
    }
}

/// A Python that imports convokit: the one scripts/convokit-check.sh installs, or `python3`.
enum ConvoKitPython {
    static let path: String? = {
        let candidates = [TestSupport.packageRoot.appendingPathComponent(".venv-convokit/bin/python").path, "python3"]
        return candidates.first { python in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [python, "-c", "import convokit"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
    }()
}
