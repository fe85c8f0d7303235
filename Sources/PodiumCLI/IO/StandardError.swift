#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// Writes to standard error unbuffered, one `write` per message, so lines from threads never mix.
enum StandardError {
    static func write(_ text: String) {
        // A message that standard error refuses has nowhere else to go.
        _ = try? FileDescriptor.standardError.writeAll(text.utf8)
    }

    /// `isatty`: swift-system 1.8.1 cannot ask whether a descriptor is a terminal.
    static var isTerminal: Bool { isatty(2) == 1 }
}
