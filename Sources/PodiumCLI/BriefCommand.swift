import ArgumentParser
import Podium

/// `podium brief`: the Markdown briefing.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Print a Markdown briefing: participants, opening statements, Q1…Qn, key figures.",
        discussion: """
            The briefing has a title and a line with date, event, source link and origin; a table of \
            participants (name, role, title/organisation or outlet, turns, share of words); the opening \
            statements as nested lists of numbered points; every question quoted with its asker and each \
            answerer's point headlines; and the sentences that carry figures with units. Headings follow \
            the transcript's language unless --lang forces one.
            """
    )

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "Add every answer's full text after its points.")
    var full = false

    @Option(name: .long, help: "Language of headings and labels: zh, zh-Hant or en (default: the transcript's).")
    var lang: BriefingLanguage?

    @Option(name: .long, help: "List at most N key figures (default: all).")
    var figures: Int?

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    func validate() throws {
        try input.requireOneTranscript()
        if let figures, figures < 0 { throw ValidationError("--figures must be 0 or more") }
    }

    func run() throws {
        let target = OutputTarget(output)
        let transcript = try input.parse(try input.load(writingTo: target))
        let options = BriefingOptions(language: lang, includesFullAnswers: full, keyFigureLimit: figures)
        let sink = try OutputSink(path: target.path)
        try sink.write(transcript.briefing(options))
        try sink.finish()
    }
}

extension BriefingLanguage: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
