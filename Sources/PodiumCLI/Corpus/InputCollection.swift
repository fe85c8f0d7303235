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
/// A walk reads only what looks like a transcript (see ``FileSelection``), never a hidden file or folder (a
/// name starting with `.`, which is also what Podium's temporary outputs are), never a folder that Podium
/// wrote (one holding ``outputMarker``) and never the run's own output file. Files named on the command line
/// are always read; one that does not exist fails the run before anything is read (exit code 66), and one
/// that is the output is refused (exit code 73).
struct InputCollection {
    /// One entry per file to parse, or per folder that could not be listed.
    enum Entry: Equatable, Sendable {
        /// `name` is the path under the walked directory, or the last component of a path named alone:
        /// what an output written per document is named after (`brief -o DIR`).
        case file(path: String, size: Int, name: String)
        /// A folder met in a walk that cannot be listed.
        case missing(path: String, reason: String)

        var path: String {
            switch self {
            case .file(let path, _, _), .missing(let path, _): return path
            }
        }
    }

    /// Which files of a walked directory are read.
    enum FileSelection {
        /// Transcript-like extensions, without README, LICENSE or CHANGELOG files.
        case transcripts
        /// The files whose name (or path under the directory, for a pattern with `/`) matches a shell pattern.
        case glob(String)

        init(glob: String?) {
            self = glob.map(FileSelection.glob) ?? .transcripts
        }

        /// The extensions read by default, compared without regard to case: Markdown, plain text, HTML, and the
        /// subtitle files (SubRip, WebVTT) meeting and podcast tools export.
        static let extensions: Set<String> = ["md", "markdown", "txt", "text", "htm", "html", "xhtml", "srt", "vtt"]

        /// File names (up to the first dot, any case) that describe a folder rather than hold a transcript.
        static let projectFiles: Set<String> = ["readme", "license", "licence", "changelog", "changes", "copying"]

        func includes(name: String, relative: String) -> Bool {
            switch self {
            case .glob(let pattern):
                return InputCollection.matches(pattern, relative: relative, name: name)
            case .transcripts:
                let lowered = name.lowercased()
                guard let dot = lowered.lastIndex(of: ".") else { return false }
                let stem = lowered[..<(lowered.firstIndex(of: ".") ?? dot)]
                return Self.extensions.contains(String(lowered[lowered.index(after: dot)...]))
                    && !Self.projectFiles.contains(String(stem))
            }
        }
    }

    /// The name of the hidden file Podium leaves in a folder it writes (`brief -o DIR`, `export convokit`),
    /// so that walks know the folder holds Podium's output, not transcripts.
    static let outputMarker = ".podium-output"

    var entries: [Entry] = []
    /// The device and inode of every file, to check outputs written later against (`brief -o DIR`).
    private(set) var identities: Set<FileStatus.Identity> = []

    var totalBytes: Int {
        entries.reduce(0) { total, entry in
            if case .file(_, let size, _) = entry { return total + size }
            return total
        }
    }

    init(paths: [String], selection: FileSelection, output: OutputTarget = .standardOutput) throws(CommandFailure) {
        for path in paths {
            guard let status = FileStatus(path: path) else {
                throw CommandFailure(file: path, reason: "no such file", code: .noInput)
            }
            if status.kind == .directory {
                walk(path, selection: selection, output: output)
            } else {
                try output.refuse(input: path, status)
                entries.append(.file(path: path, size: status.size, name: OutputSink.lastComponent(of: path)))
                identities.insert(status.identity)
            }
        }
    }

    /// Whether `path` names a file this collection reads.
    func holds(_ path: String) -> Bool {
        FileStatus(path: path).map { identities.contains($0.identity) } ?? false
    }

    /// Appends the regular files under `root`, sorted by path.
    private mutating func walk(_ root: String, selection: FileSelection, output: OutputTarget) {
        let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        var found: [(path: String, relative: String, status: FileStatus)] = []
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
            if names.contains(Self.outputMarker) { continue }
            for name in names where !name.hasPrefix(".") {
                let path = directory + "/" + name
                guard let status = FileStatus(path: path) else { continue }
                switch status.kind {
                case .directory:
                    pending.append(path)
                case .regularFile:
                    let relative = String(path.dropFirst(base.count + 1))
                    guard selection.includes(name: name, relative: relative), !output.isSameFile(as: status) else { continue }
                    found.append((path, relative, status))
                case .other:
                    continue
                }
            }
        }
        found.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        for file in found {
            entries.append(.file(path: file.path, size: file.status.size, name: file.relative))
            identities.insert(file.status.identity)
        }
        entries += unreadable
    }

    /// What each entry's output is named when a command writes one per document: its `name` (the path
    /// under the walked folder, or the file's name) with `fileExtension` in place of its own, `-2`, `-3`…
    /// added when two would be the same or one is `reserved`; `nil` for a folder that could not be listed.
    func outputNames(extension fileExtension: String, reserving reserved: Set<String> = []) -> [String?] {
        var taken = reserved
        return entries.map { entry in
            guard case .file(_, _, let name) = entry else { return nil }
            let last = OutputSink.lastComponent(of: name)
            let extensionLength = last.lastIndex(of: ".").map { last.distance(from: $0, to: last.endIndex) } ?? 0
            let stem = extensionLength < last.count ? String(name.dropLast(extensionLength)) : name
            var candidate = stem + fileExtension
            var number = 2
            while taken.contains(candidate) {
                candidate = stem + "-\(number)" + fileExtension
                number += 1
            }
            taken.insert(candidate)
            return candidate
        }
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
