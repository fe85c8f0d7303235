import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Podium

/// The document to read and how to read it; shared by every subcommand.
struct InputOptions: ParsableArguments {
    @Argument(help: "The transcript to read; - or nothing reads standard input. Several files or a directory read a corpus.")
    var files: [String] = []

    /// The single document of the classic one-file mode.
    var file: String? { files.first }

    @OptionGroup var reading: ReadingOptions

    struct Document {
        var name: String
        var data: Data
    }

    /// The one document of a single-file run; it is refused when it is also `output`.
    func load(writingTo output: OutputTarget) throws -> Document {
        let path = file ?? "-"
        return Document(name: path == "-" ? "<stdin>" : path, data: try Self.read(path, writingTo: output))
    }

    /// Reads a file, or standard input for `-`, failing with the messages and exit code `--help` lists.
    static func read(_ file: String, writingTo output: OutputTarget = .standardOutput) throws -> Data {
        if file == "-" { return try DescriptorReader.standardInput.readToEnd() }
        guard let status = FileStatus(path: file) else {
            throw CommandFailure(file: file, reason: "no such file", code: .noInput)
        }
        if status.kind == .directory {
            throw CommandFailure(file: file, reason: "is a directory, not a file", code: .noInput)
        }
        try output.refuse(input: file, status)
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file), options: .mappedIfSafe)
        } catch {
            throw CommandFailure(file: file, reason: "cannot be read", code: .noInput)
        }
    }

    /// Takes the document, so its bytes are freed as soon as they are decoded.
    func parse(_ document: consuming Document) throws -> Transcript {
        let name = document.name
        let data = document.data
        _ = consume document
        do {
            return try reading.parse(consume data)
        } catch {
            throw CommandFailure(file: name, reason: error.message, code: .dataError)
        }
    }
}

