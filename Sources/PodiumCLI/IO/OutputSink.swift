#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Podium

/// Where a command's output goes: standard output or a file, written as it comes (a corpus run's lines,
/// a transcript's JSON in pieces) or whole (a briefing).
///
/// A file is never written in place: the output goes to a hidden temporary file in the same folder
/// (`.NAME.podium-XXXXXX`), which ``finish()`` renames over the destination. A run that fails or is
/// interrupted before then leaves the old file as it was; the temporary file is removed when the sink is
/// dropped unfinished, and by ``PendingOutputs`` when a signal ends the process.
final class OutputSink {
    private var descriptor: Int32
    private let name: String
    private let owned: Bool
    /// The temporary file and where it goes; `nil` for standard output and for devices and pipes,
    /// which are written directly.
    private var pending: Pending?

    private struct Pending {
        var temporary: String
        var destination: String
        var permissions: mode_t
        var slot: Int?
    }

    /// Prepares to write `path`; `nil` or `-` is standard output.
    ///
    /// An existing symbolic link is followed, so the file it points to is the one replaced.
    init(path: String?) throws(CommandFailure) {
        guard let path, path != "-" else {
            descriptor = 1
            name = "<stdout>"
            owned = false
            return
        }
        name = path
        owned = true
        let destination = Self.resolvingLinks(path)
        let existing = FileStatus(path: destination)
        if let existing, existing.kind == .directory {
            throw CommandFailure(file: path, reason: "is a directory, not a file", code: .cannotCreate)
        }
        if let existing, existing.kind == .other {
            // A device or a pipe (/dev/null, a named pipe) cannot be renamed over: it is written as it is.
            descriptor = open(destination, O_WRONLY | O_TRUNC)
            guard descriptor >= 0 else { throw CommandFailure(file: path, reason: "cannot be written", code: .cannotCreate) }
            return
        }
        let folder = Self.folder(of: destination)
        var template = Array((folder + "/." + Self.lastComponent(of: destination) + ".podium-XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw CommandFailure(file: path, reason: "cannot be written", code: .cannotCreate) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        pending = Pending(
            temporary: temporary, destination: destination,
            permissions: existing.map { mode_t($0.permissions) } ?? Self.newFilePermissions,
            slot: PendingOutputs.add(temporary))
    }

    deinit {
        if owned, descriptor >= 0 { close(descriptor) }
        if let pending { Self.discard(pending) }
    }

    func write(_ text: String) throws(CommandFailure) {
        guard writeAll(text, to: descriptor) else { throw failure }
    }

    /// The transcript's JSON and a line break, written piece by piece as it is produced.
    func writeJSON(_ transcript: Transcript, pretty: Bool) throws(CommandFailure) {
        var failed = false
        transcript.writeJSON(pretty: pretty) { bytes in
            if !failed, !writeAll(bytes, to: descriptor) { failed = true }
        }
        if failed || !writeAll("\n", to: descriptor) { throw failure }
    }

    /// Puts the written file in place of the destination. Until this is called the destination is
    /// untouched; a sink dropped without it leaves no trace.
    func finish() throws(CommandFailure) {
        guard let pending else { return }
        self.pending = nil
        let closed = close(descriptor) == 0
        descriptor = -1
        guard closed, chmod(pending.temporary, pending.permissions) == 0,
            rename(pending.temporary, pending.destination) == 0
        else {
            Self.discard(pending)
            throw failure
        }
        if let slot = pending.slot { PendingOutputs.remove(slot) }
    }

    private var failure: CommandFailure { CommandFailure(file: name, reason: "cannot be written", code: .cannotCreate) }

    private static func discard(_ pending: Pending) {
        unlink(pending.temporary)
        if let slot = pending.slot { PendingOutputs.remove(slot) }
    }

    /// What `open(path, O_CREAT, 0666)` would have given a new file: 0666 less the process's umask.
    private static let newFilePermissions: mode_t = {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }()

    /// The file a path leads to through symbolic links, or the path itself when it does not exist yet.
    private static func resolvingLinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
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
