import ArgumentParser

@main
struct PodiumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "podium",
        abstract: "Turn press-conference transcripts into speakers, Q&A pairs and numbered points.",
        discussion: """
            Reads an HTML page, a Markdown or Jekyll/Hexo post, or plain text (a file, or standard input \
            when FILE is - or missing) and writes structured output.

            EXIT CODES
              0   success
              64  usage error (unknown option, bad value)
              65  the input is not a transcript: empty, binary, undecodable, or without speaker labels
              66  the input file is missing, unreadable or a directory
              73  the output file could not be written, or it is one of the inputs (a file that is
                  read is never written over: nothing is written then)
            """,
        version: "0.1.0",
        subcommands: [ParseCommand.self, CheckCommand.self, StatsCommand.self, BriefCommand.self, SpeakersCommand.self, QACommand.self, ExportCommand.self],
        defaultSubcommand: ParseCommand.self
    )

    /// Runs the command, turning a ``CommandFailure`` into its one-line message and exit code.
    static func main() {
        MemoryReturn.keepThresholdsFixed()
        MemoryReturn.shareOneHeap()
        PendingOutputs.installHandlers()
        do {
            try execute()
        } catch let failure as CommandFailure {
            failure.exit()
        } catch {
            exit(withError: error)
        }
    }

    /// Parses `arguments` (the process's own when `nil`) as the root command does and runs the subcommand they
    /// name; what `main` and the in-process tests run.
    static func execute(_ arguments: [String]? = nil) throws {
        var command = try parseAsRoot(arguments)
        try command.run()
    }

    /// The exit code and the message a run that threw `error` ends with: a ``CommandFailure``'s own, or
    /// ArgumentParser's for anything else (64 for a usage error).
    static func ending(for error: Error) -> (code: Int32, message: String) {
        if let failure = error as? CommandFailure { return (failure.code.rawValue, failure.description) }
        return (exitCode(for: error).rawValue, message(for: error))
    }
}
