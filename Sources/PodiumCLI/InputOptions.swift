import ArgumentParser
import Foundation
import Podium

/// The document to read and how to read it; shared by every subcommand.
struct InputOptions: ParsableArguments {
    @Argument(help: "The transcript to read; - or nothing reads standard input. Several files or a directory parse a corpus.")
    var files: [String] = []

    /// The single document of the classic one-file mode.
    var file: String? { files.first }

    @Option(name: .long, help: "Read the body as html, markdown or text instead of detecting it.")
    var inputFormat: InputFormat?

    @Option(name: .long, help: "Decode with utf-8, utf-16le, utf-16be, gb18030, big5 or iso-8859-1 instead of detecting it.")
    var encoding: TextEncoding?

    struct Document {
        var name: String
        var data: Data
    }

    /// Commands that render one transcript refuse a corpus.
    func requireOneTranscript() throws {
        if files.count > 1 { throw ValidationError("give one transcript (a file, or - for standard input)") }
    }

    func load() throws -> Document {
        guard let file, file != "-" else {
            return Document(name: "<stdin>", data: FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw CommandFailure(file: file, reason: "no such file", code: .noInput)
        }
        if isDirectory.boolValue {
            throw CommandFailure(file: file, reason: "is a directory, not a file", code: .noInput)
        }
        do {
            return Document(name: file, data: try Data(contentsOf: URL(fileURLWithPath: file), options: .mappedIfSafe))
        } catch {
            throw CommandFailure(file: file, reason: "cannot be read", code: .noInput)
        }
    }

    func parse(_ document: Document) throws -> Transcript {
        do {
            return try Transcript(parsing: document.data, format: inputFormat, encoding: encoding)
        } catch {
            throw CommandFailure(file: document.name, reason: error.message, code: .dataError)
        }
    }
}

extension InputFormat: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
