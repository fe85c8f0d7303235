#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

    init(paths: [String], glob: String?) {
        for path in paths {
            guard let status = FileStatus(path: path) else {
                entries.append(.missing(path: path, reason: "no such file"))
                continue
            }
            if status.kind == .directory {
                entries += Self.walk(path, glob: glob)
            } else {
                entries.append(.file(path: path, size: status.size))
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
                guard let status = FileStatus(path: path) else { continue }
                switch status.kind {
                case .directory:
                    pending.append(path)
                case .regularFile:
                    let relative = String(path.dropFirst(base.count + 1))
                    if let glob, !matches(glob, relative: relative, name: name) { continue }
                    found.append((path, status.size))
                case .other:
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
}
