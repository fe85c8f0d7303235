import SystemPackage

/// What swift-system's `Stat` says about a path: whether it is a directory or a regular file, its size,
/// and which file it is on the machine; the few facts the command acts on, in its own words.
///
/// The command asks this of every path it is given and of every file it walks. `stat` follows symbolic
/// links, as `FileManager.fileExists(atPath:isDirectory:)` did, without Foundation's `ObjCBool`, which
/// only Foundation (not FoundationEssentials) offers on Linux.
struct FileStatus {
    /// The kinds of file the command tells apart.
    enum Kind {
        case directory
        case regularFile
        /// A device, socket, pipe or anything else that is neither.
        case other
    }

    /// Device and inode: two paths with the same identity are the same file, whatever links lead to it.
    /// This is how an output that is also an input is recognised (see `OutputTarget`).
    struct Identity: Hashable {
        var device: DeviceID
        var inode: Inode
    }

    var kind: Kind
    /// The size in bytes, as `st_size` gives it.
    var size: Int
    var identity: Identity
    /// The permission bits, kept when a file is replaced by a new version of itself.
    var permissions: FilePermissions

    /// The status of `path`, or `nil` when it does not exist or cannot be examined.
    init?(path: String) {
        // The path goes to `stat` as it was given: a `FilePath` would drop a trailing slash, and `file/`
        // must stay "no such file" as it was.
        guard let status = path.withCString({ try? Stat($0, followTargetSymlink: true) }) else { return nil }
        self.init(status)
    }

    /// The status of the file an open descriptor refers to (standard output redirected to a file).
    init?(descriptor: FileDescriptor) {
        guard let status = try? descriptor.stat() else { return nil }
        self.init(status)
    }

    private init(_ status: Stat) {
        switch status.type {
        case .directory: kind = .directory
        case .regular: kind = .regularFile
        default: kind = .other
        }
        size = Int(status.size)
        identity = Identity(device: status.deviceID, inode: status.inode)
        permissions = status.permissions
    }

    /// Whether `path` names a directory (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        FileStatus(path: path)?.kind == .directory
    }
}
