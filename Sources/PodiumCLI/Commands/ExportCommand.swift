import ArgumentParser

/// `podium export`: a corpus in another tool's format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a corpus in another tool's format.",
        subcommands: [ExportConvoKitCommand.self]
    )
}
