// mkstemp, chmod, rename, unlink, realpath and umask: swift-system 1.8.1 offers none of them.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Podium
import SystemPackage

/// Where a command's output goes: standard output or a file, written as it comes (a corpus run's lines,
/// a transcript's JSON in pieces) or whole (a briefing).
///
/// A file is never written in place: the output goes to a hidden temporary file in the same folder
/// (`.NAME.podium-` and a random suffix), which ``finish()`` renames over the destination. A run that fails or is
/// interrupted before then leaves the old file as it was; the temporary file is removed when the sink is
/// dropped unfinished, and by ``PendingOutputs`` when a signal ends the process.
final class OutputSink {
    private let descriptor: FileDescriptor
    private let name: String
    /// Whether the sink opened the descriptor and has yet to close it.
    private var isOpen: Bool
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
            descriptor = .standardOutput
            name = "<stdout>"
            isOpen = false
            return
        }
        name = path
        let destination = Self.resolvingLinks(path)
        let existing = FileStatus(path: destination)
        if let existing, existing.kind == .directory {
            throw CommandFailure(file: path, reason: "is a directory, not a file", code: .cannotCreate)
        }
        if let existing, existing.kind == .other {
            // A device or a pipe (/dev/null, a named pipe) cannot be renamed over: it is written as it is.
            do {
                descriptor = try destination.withCString { try FileDescriptor.open($0, .writeOnly, options: .truncate) }
            } catch {
                throw CommandFailure(file: path, reason: "cannot be written", code: .cannotCreate)
            }
            isOpen = true
            return
        }
        // The temporary file's name is chosen and remembered before the file is created, so that an interrupt at
        // any moment (on any thread) finds it among the pending outputs: `mkstemp` would name it only once it exists.
        let stem = Self.folder(of: destination) + "/." + Self.lastComponent(of: destination) + ".podium-"
        for _ in 0..<Self.temporaryNameAttempts {
            let temporary = stem + String(UInt64.random(in: 0...UInt64(UInt32.max)), radix: 36)
            let slot = PendingOutputs.add(temporary)
            let created = try? temporary.withCString {
                try FileDescriptor.open($0, .writeOnly, options: [.create, .exclusiveCreate], permissions: [.ownerReadWrite])
            }
            guard let created else {
                if let slot { PendingOutputs.remove(slot) }
                continue
            }
            descriptor = created
            isOpen = true
            pending = Pending(
                temporary: temporary, destination: destination,
                permissions: existing.map { $0.permissions.rawValue } ?? Self.newFilePermissions, slot: slot)
            return
        }
        throw CommandFailure(file: path, reason: "cannot be written", code: .cannotCreate)
    }

    /// Names tried for a temporary file before the output is given up as unwritable: another process may hold a
    /// name, but never eight in a row.
    private static let temporaryNameAttempts = 8

    deinit {
        if isOpen { try? descriptor.close() }
        if let pending { Self.discard(pending) }
    }

    func write(_ text: String) throws(CommandFailure) {
        do {
            try descriptor.writeAll(text.utf8)
        } catch {
            throw failure
        }
    }

    /// The transcript's JSON and a line break, written piece by piece as it is produced.
    func writeJSON(_ transcript: Transcript, pretty: Bool) throws(CommandFailure) {
        var failed = false
        let descriptor = descriptor
        transcript.writeJSON(pretty: pretty) { bytes in
            guard !failed else { return }
            do { try descriptor.writeAll(bytes) } catch { failed = true }
        }
        guard !failed else { throw failure }
        try write("\n")
    }

    /// Puts the written file in place of the destination. Until this is called the destination is
    /// untouched; a sink dropped without it leaves no trace.
    func finish() throws(CommandFailure) {
        guard let pending else { return }
        self.pending = nil
        isOpen = false
        let closed = (try? descriptor.close()) != nil
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
