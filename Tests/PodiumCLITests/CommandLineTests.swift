import ArgumentParser
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// What the command line means before anything is read: the subcommand, the options, and the usage
/// errors (exit code 64) for values and combinations a command refuses.
@Suite("Command line: subcommands, options and usage errors")
struct CommandLineTests {
    @Test func helpListsTheExitCodesAndTheSubcommands() {
        let help = PodiumCommand.helpMessage(columns: 80)
        for code in ["64", "65", "66", "73"] { #expect(help.contains(code)) }
        for command in ["parse", "check", "stats", "brief", "speakers", "qa", "export"] { #expect(help.contains(command)) }
    }

    /// `podium FILE` is `podium parse FILE`.
    @Test func parseIsTheDefaultSubcommand() throws {
        let command = try PodiumCommand.parseAsRoot(["a.txt", "--compact"])
        let parse = try #require(command as? ParseCommand)
        #expect(parse.input.files == ["a.txt"])
        #expect(parse.compact)
        #expect(try PodiumCommand.parseAsRoot(["qa", "a.txt"]) is QACommand)
        #expect(try PodiumCommand.parseAsRoot(["export", "convokit", "a.txt", "-o", "out"]) is ExportConvoKitCommand)
    }

    /// Every command's help, so that a change to what it lists is made on purpose. 80 columns, as the
    /// binary prints it into a pipe; a terminal's width would change the wrapping.
    @Test(arguments: [
        ("brief", BriefCommand.self as ParsableCommand.Type), ("speakers", SpeakersCommand.self), ("qa", QACommand.self),
        ("parse", ParseCommand.self), ("check", CheckCommand.self), ("stats", StatsCommand.self),
        ("export", ExportCommand.self), ("export-convokit", ExportConvoKitCommand.self),
    ])
    func helpMatchesSnapshot(name: String, command: ParsableCommand.Type) {
        Snapshots.cli.expect(PodiumCommand.helpMessage(for: command, columns: 80) + "\n", matches: "help/\(name).txt")
    }

    /// Values and combinations refused before any file is read: exit code 64 and a message naming the option.
    @Test(arguments: [
        (["brief", "a.md", "--sentences", "0"], "--sentences"),
        (["brief", "a.md", "--figures", "-1"], "--figures"),
        (["brief", "a.md", "--format", "pdf"], "pdf"),
        (["brief", "a.md", "--lang", "fr"], "fr"),
        // Several briefings need a folder to go to.
        (["brief", "a.md", "b.md"], "-o DIR"),
        (["brief", "a.md", "b.md", "-o", "-"], "-o DIR"),
        (["qa", "dir", "--grep", "("], "--grep"),
        (["qa", "dir", "--since", "2024/01"], "--since"),
        (["qa", "dir", "--until", "soon"], "--until"),
        (["qa", "dir", "--role", "chair"], "chair"),
        (["parse", "dir", "--jobs", "0"], "--jobs"),
        (["stats", "dir", "--top", "-1"], "--top"),
        // Options that `--stdin-jsonl` would ignore are refused rather than accepted silently.
        (["parse", "--stdin-jsonl", "--glob", "*.md"], "--glob"),
        (["parse", "--stdin-jsonl", "--with-path"], "--with-path"),
        (["parse", "--stdin-jsonl", "--format", "markdown"], "markdown"),
        (["parse", "--stdin-jsonl", "a.txt"], "FILE"),
    ])
    func usageErrors(_ arguments: [String], _ named: String) {
        let run = CommandRun(arguments)
        #expect(run.status == 64, "\(arguments): \(run.message)")
        #expect(run.message.contains(named), "\(arguments): \(run.message)")
    }

    @Test func optionsThatAreAcceptedParse() throws {
        let brief = try #require(try PodiumCommand.parseAsRoot(["brief", "a.md", "--sentences", "1", "--lang", "zh-Hant", "--format", "html"]) as? BriefCommand)
        #expect(brief.sentences == 1 && brief.lang == .traditionalChinese && brief.format == .html)
        let qa = try #require(try PodiumCommand.parseAsRoot(["qa", "dir", "--role", "reporter", "--since", "2024-01", "--grep", "关税|出口"]) as? QACommand)
        #expect(qa.filters.role == .reporter && qa.filters.dates.since == "2024-01")
    }

    /// Several paths, `--glob` or `--jobs` switch to corpus mode; one file, or standard input, does not.
    @Test func corpusModeIsChosenByTheArguments() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", TestTexts.transcript)
        let corpus = try CorpusOptions.parse([])
        #expect(!corpus.isCorpus([file]) && !corpus.isCorpus(["-"]) && !corpus.isCorpus([]))
        #expect(corpus.isCorpus([file, file]))
        #expect(corpus.isCorpus([folder.url.path]))
        let globbed = try #require(try PodiumCommand.parseAsRoot(["qa", file, "--glob", "*.md"]) as? QACommand)
        #expect(globbed.corpus.isCorpus([file]))
        let jobs = try #require(try PodiumCommand.parseAsRoot(["qa", file, "--jobs", "2"]) as? QACommand)
        #expect(jobs.corpus.isCorpus([file]) && jobs.corpus.runnerJobs == 2)
    }
}
