#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes a command's whole output to standard output (`nil` or `-`) or to a file.
enum OutputWriter {
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else { return try OutputSink(path: nil).write(text) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(file: path, reason: "cannot be written", code: .cannotCreate)
        }
    }
}
