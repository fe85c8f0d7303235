import ArgumentParser
import Podium

/// `podium export convokit FILES|DIRS -o DIR`: a corpus that ConvoKit loads with `Corpus(filename: DIR)`.
struct ExportConvoKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convokit",
        abstract: "Write the documents as a ConvoKit corpus (utterances.jsonl, speakers.json, conversations.json, corpus.json, index.json).",
        discussion: """
            Each document is a conversation, each turn an utterance, each participant who speaks a speaker; ids \
            start with the document's path under the walked folder (or its file name), without its extension: \
            mfa/2016-01-04-华春莹/3 is that document's fourth turn, mfa/2016-01-04-华春莹/p2 a participant. An \
            answer replies to its exchange's question, any other turn to the turn before it; the timestamp is \
            the turn's index. Utterance metadata: kind, turn, exchange; speaker metadata: document, name, label, \
            role, title, organization, outlet; conversation metadata: file, title, date, url, language, origin. \
            Load it in Python with convokit.Corpus(filename="DIR"). DIR must be new, empty or written by podium \
            before; a file that is not a transcript is reported and left out (exit code 65).
            """
    )

    @Argument(help: "The transcripts to export: files or directories.")
    var files: [String]

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var corpus: CorpusOptions

    @Option(name: [.short, .long], help: "The folder to write the corpus to.")
    var output: String

    @Option(name: .long, help: "The corpus's name in corpus.json (default: the folder's name).")
    var name: String?

    func run() throws {
        let folder = try OutputFolder(output)
        let collection = try corpus.collect(files)
        let keys = collection.outputNames(extension: "")
        let fileNames = ["utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json"]
        try folder.refuseOverwriting(collection, names: fileNames)
        try folder.create(by: "export convokit")
        let utterances = try RecordStream(OutputSink(path: folder.file("utterances.jsonl")), framing: .lines)
        let speakers = try RecordStream(OutputSink(path: folder.file("speakers.json")), framing: .jsonObject)
        let conversations = try RecordStream(OutputSink(path: folder.file("conversations.json")), framing: .jsonObject)
        var position = 0
        let runner = CorpusRunner(reading: reading, jobs: corpus.runnerJobs)
        let summary = try runner.run(collection, transform: { transcript, path in (transcript, path) }) {
            outcome throws(CommandFailure) in
            defer { position += 1 }
            guard case .parsed(let path, let parsed, _, _, _) = outcome, let key = keys[position] else { return }
            let document = ConvoKitDocument(parsed.0, key: key, file: path)
            for line in document.utterances { try utterances.write(line) }
            for speaker in document.speakers { try speakers.write(JSONLiteral.string(speaker.id) + ": " + speaker.json) }
            try conversations.write(JSONLiteral.string(document.conversationID) + ": " + document.conversation)
        }
        try utterances.finish()
        try speakers.finish()
        try conversations.finish()
        for (file, text) in [
            ("corpus.json", ConvoKitDocument.corpusMetadata(name: name ?? OutputSink.lastComponent(of: folder.path))),
            ("index.json", ConvoKitDocument.index),
        ] {
            let sink = try OutputSink(path: folder.file(file))
            try sink.write(text)
            try sink.finish()
        }
        StandardError.write(summary.line + "; ConvoKit corpus in \(folder.path)\n")
        if summary.failed > 0 { throw ExitCode(CommandFailure.Code.dataError.rawValue) }
    }
}
