import SystemPackage

/// The file named by `-o`, or the file standard output is redirected to, looked at before any input is read.
///
/// An output that is one of the inputs (the same file by any path, symbolic or hard link: same device and
/// inode) is refused before anything is read or written, with exit code 73; a directory walk passes over it
/// without a word, so a second run into `DIR/out.jsonl` (or `> DIR/out.jsonl`) does not read the first run's
/// output, nor a run its own.
struct OutputTarget {
    var path: String?
    /// The existing file's device and inode; `nil` for a file not yet created, or for standard output
    /// that is a terminal or a pipe.
    var identity: FileStatus.Identity?

    /// `nil` or `-` is standard output.
    init(_ path: String?) {
        self.path = path == "-" ? nil : path
        if let path = self.path {
            identity = FileStatus(path: path)?.identity
        } else if let status = FileStatus(descriptor: .standardOutput), status.kind == .regularFile {
            // `podium parse DIR > DIR/all.jsonl`: the shell has created the file before podium starts.
            identity = status.identity
        }
    }

    static let standardOutput = OutputTarget(nil)

    /// Whether `status` is this output's file.
    func isSameFile(as status: FileStatus) -> Bool {
        identity != nil && identity == status.identity
    }

    /// Fails when the input `path` is the output file.
    func refuse(input path: String, _ status: FileStatus) throws(CommandFailure) {
        guard isSameFile(as: status) else { return }
        throw Self.refusal(input: path, output: self.path ?? "standard output")
    }

    /// The message for an input that would be written over.
    static func refusal(input: String, output: String) -> CommandFailure {
        let alias = input == output ? "" : " (as \(output))"
        return CommandFailure(
            file: input, reason: "is also the output\(alias); podium never writes over a file it reads, choose another output",
            code: .cannotCreate)
    }
}
