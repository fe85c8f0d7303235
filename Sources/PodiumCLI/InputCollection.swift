import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a corpus run, in the order their results are written.
///
/// Paths are taken in the order given; a directory is walked recursively and its files are sorted by path.
/// Hidden files and folders (a name starting with `.`) are left out of walks. A `--glob` pattern filters the
/// files found in directories; files named on the command line are always read.
struct InputCollection {
    /// One entry per file to parse, or per path that could not be walked.
    enum Entry: Equatable {
        case file(path: String, size: Int)
        /// A path named on the command line that does not exist or cannot be listed.
        case missing(path: String, reason: String)

        var path: String {
            switch self {
            case .file(let path, _), .missing(let path, _): return path
            }
        }
    }

    var entries: [Entry] = []

    var totalBytes: Int {
        entries.reduce(0) { total, entry in
            if case .file(_, let size) = entry { return total + size }
            return total
        }
    }

    /// Whether `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    init(paths: [String], glob: String?) {
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                entries.append(.missing(path: path, reason: "no such file"))
                continue
            }
            if isDirectory.boolValue {
                entries += Self.walk(path, glob: glob)
            } else {
                entries.append(.file(path: path, size: Self.size(of: path)))
            }
        }
    }

    /// Regular files under `root`, sorted by path.
    private static func walk(_ root: String, glob: String?) -> [Entry] {
        let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        var found: [(path: String, size: Int)] = []
        var pending = [base]
        var unreadable: [Entry] = []
        while let directory = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                unreadable.append(.missing(path: directory, reason: "cannot be listed"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = directory + "/" + name
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(path)
                case S_IFREG:
                    let relative = String(path.dropFirst(base.count + 1))
                    if let glob, !matches(glob, relative: relative, name: name) { continue }
                    found.append((path, Int(status.st_size)))
                default:
                    continue
                }
            }
        }
        found.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return found.map { .file(path: $0.path, size: $0.size) } + unreadable
    }

    /// A pattern without `/` matches the file name (`*.md`); one with `/` matches the path under the
    /// directory that was walked (`bulk/*/*.md`). `*`, `?` and `[…]` as in the shell.
    static func matches(_ pattern: String, relative: String, name: String) -> Bool {
        if pattern.contains("/") {
            return fnmatch(pattern, relative, FNM_PATHNAME) == 0
        }
        return fnmatch(pattern, name, 0) == 0
    }

    private static func size(of path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return Int(status.st_size)
    }
}
