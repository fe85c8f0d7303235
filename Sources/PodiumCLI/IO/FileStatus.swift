#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a path: whether it is a directory or a regular file, its size, and which file
/// it is on the machine.
///
/// The command asks this of every path it is given and of every file it walks. `stat` follows symbolic
/// links, as `FileManager.fileExists(atPath:isDirectory:)` did, without Foundation's `ObjCBool`, which
/// only Foundation (not FoundationEssentials) offers on Linux.
struct FileStatus {
    enum Kind {
        case directory
        case regularFile
        /// A device, socket, pipe or anything else that is neither.
        case other
    }

    /// Device and inode: two paths with the same identity are the same file, whatever links lead to it.
    /// This is how an output that is also an input is recognised (see `OutputTarget`).
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    var kind: Kind
    /// The size in bytes, as `st_size` gives it.
    var size: Int
    var identity: Identity
    /// The permission bits, kept when a file is replaced by a new version of itself.
    var permissions: UInt32

    /// The status of `path`, or `nil` when it does not exist or cannot be examined.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The status of the file an open descriptor refers to (standard output redirected to a file).
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        switch status.st_mode & S_IFMT {
        case S_IFDIR: kind = .directory
        case S_IFREG: kind = .regularFile
        default: kind = .other
        }
        size = Int(status.st_size)
        identity = Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        permissions = UInt32(status.st_mode) & 0o7777
    }

    /// Whether `path` names a directory (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        FileStatus(path: path)?.kind == .directory
    }
}
