#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard error unbuffered, one `write` per message, so lines from threads never mix.
enum StandardError {
    static func write(_ text: String) {
        writeAll(text, to: 2)
    }

    static var isTerminal: Bool { isatty(2) == 1 }
}
