#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        StandardError.write(description + "\n")
        #if canImport(Glibc)
        Glibc.exit(code.rawValue)
        #else
        Darwin.exit(code.rawValue)
        #endif
    }
}
