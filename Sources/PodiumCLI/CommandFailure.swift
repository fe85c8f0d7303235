import ArgumentParser
import Foundation

/// A one-line error naming the file, with the exit code `podium --help` documents.
struct CommandFailure: Error, CustomStringConvertible {
    enum Code: Int32 {
        case dataError = 65
        case noInput = 66
        case cannotCreate = 73
    }

    var file: String
    var reason: String
    var code: Code

    var description: String { "podium: \(file): \(reason)" }
}

extension CommandFailure {
    /// Prints the message and leaves with the documented exit code.
    func exit() -> Never {
        FileHandle.standardError.write(Data((description + "\n").utf8))
        Foundation.exit(code.rawValue)
    }
}
