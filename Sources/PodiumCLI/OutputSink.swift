#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Podium

/// Where a command's output goes: standard output or a file, written as it comes (a corpus run's lines,
/// a transcript's JSON in pieces) or whole (a briefing).
final class OutputSink {
    private let descriptor: Int32
    private let name: String
    private let owned: Bool

    /// Opens `path` for writing (created or truncated); `nil` or `-` is standard output.
    init(path: String?) throws {
        guard let path, path != "-" else {
            descriptor = 1
            name = "<stdout>"
            owned = false
            return
        }
        let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard opened >= 0 else { throw CommandFailure(file: path, reason: "cannot be written", code: .cannotCreate) }
        descriptor = opened
        name = path
        owned = true
    }

    deinit {
        if owned { close(descriptor) }
    }

    func write(_ text: String) throws {
        guard writeAll(text, to: descriptor) else {
            throw CommandFailure(file: name, reason: "cannot be written", code: .cannotCreate)
        }
    }

    /// The transcript's JSON and a line break, written piece by piece as it is produced.
    func writeJSON(_ transcript: Transcript, pretty: Bool) throws {
        var failed = false
        transcript.writeJSON(pretty: pretty) { bytes in
            if !failed, !writeAll(bytes, to: descriptor) { failed = true }
        }
        if failed || !writeAll("\n", to: descriptor) {
            throw CommandFailure(file: name, reason: "cannot be written", code: .cannotCreate)
        }
    }
}

/// Writes all of `text` to a file descriptor; returns false when the descriptor refuses it.
@discardableResult
func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var text = text
    return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
}

/// Writes all of `bytes` to a file descriptor; returns false when the descriptor refuses them.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, base + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return false }
        offset += written
    }
    return true
}

/// Writes to standard error unbuffered, one `write` per message, so lines from threads never mix.
enum StandardError {
    static func write(_ text: String) {
        writeAll(text, to: 2)
    }

    static var isTerminal: Bool { isatty(2) == 1 }
}
