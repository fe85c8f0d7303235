import ArgumentParser
import Foundation
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// `podium ARGUMENTS` run in this process: parsed as the root command parses it and run, ending as
/// `PodiumCommand.main` ends a run: a ``CommandFailure`` with its own code and one-line message, any other
/// error with ArgumentParser's code (64 for a usage error) and message.
///
/// Tests give `-o FILE` to every command that would write a result: standard output is the test runner's.
/// A corpus run still prints its summary line on standard error. That the built binary ends the same way
/// (the status, the message on standard error) is checked once, by the end-to-end suite.
struct CommandRun {
    var status: Int32
    /// The message `main` prints on standard error; empty after a success.
    var message: String

    init(_ arguments: [String]) {
        do {
            try PodiumCommand.execute(arguments)
            (status, message) = (0, "")
        } catch {
            (status, message) = PodiumCommand.ending(for: error)
        }
    }

    /// Runs `arguments` with `-o` a file in a folder of its own, and returns the status and what was
    /// written there (empty when nothing was).
    static func written(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let folder = try TemporaryFolder()
        let run = CommandRun(arguments + ["-o", folder.path("out")])
        return (run.status, (try? folder.text("out")) ?? "")
    }
}

/// The built `podium` binary, found beside the test bundle in the build products folder.
enum PodiumExecutable {
    static let url: URL? = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        for folder in candidates {
            let url = folder.appendingPathComponent("podium")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    static var isBuilt: Bool { url != nil }

    static let missing = "the podium binary is not built beside the tests; run swift build"

    /// Whether the end-to-end tests run: when the binary is built, and where it must be (CI), so that
    /// there its absence fails every one of them instead of skipping them.
    static var isExpected: Bool { isBuilt || TestSupport.requiresCorpus }

    /// The binary; a test that needs it fails here when it is missing.
    static func required() throws -> URL {
        try #require(url, "\(missing)")
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> ProcessRun.Result {
        try ProcessRun.run(try required(), arguments, stdin: stdin)
    }
}

/// The JSON the command writes, read back.
enum JSONOutput {
    /// One object a line (JSON Lines).
    static func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// One array of objects.
    static func array(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    /// One object.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

extension Snapshots {
    /// `Tests/PodiumCLITests/Fixtures/Snapshots`: the help of every command.
    static let cli = Snapshots(target: "PodiumCLITests")
}
