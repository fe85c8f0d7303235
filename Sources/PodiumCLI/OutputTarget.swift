/// The file named by `-o`, looked at before any input is read.
///
/// An output that is one of the inputs (the same file by any path, symbolic or hard link: same device and
/// inode) is refused before anything is read or written, with exit code 73; a directory walk passes over it
/// without a word, so a second run into `DIR/out.jsonl` does not read the first run's output.
struct OutputTarget {
    var path: String?
    /// The existing file's device and inode; `nil` for standard output or a file not yet created.
    var identity: FileStatus.Identity?

    /// `nil` or `-` is standard output.
    init(_ path: String?) {
        self.path = path == "-" ? nil : path
        identity = self.path.flatMap { FileStatus(path: $0) }?.identity
    }

    static let standardOutput = OutputTarget(nil)

    /// Whether `status` is this output's file.
    func isSameFile(as status: FileStatus) -> Bool {
        identity != nil && identity == status.identity
    }

    /// Fails when the input `path` is the output file.
    func refuse(input path: String, _ status: FileStatus) throws(CommandFailure) {
        guard isSameFile(as: status) else { return }
        throw Self.refusal(input: path, output: self.path ?? "-")
    }

    /// The message for an input that would be written over.
    static func refusal(input: String, output: String) -> CommandFailure {
        let alias = input == output ? "" : " (as \(output))"
        return CommandFailure(
            file: input, reason: "is also the output\(alias); podium never writes over a file it reads, choose another output",
            code: .cannotCreate)
    }
}
