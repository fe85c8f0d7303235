/// One transcript in ConvoKit's on-disk corpus format (a folder of `utterances.jsonl`, `speakers.json`,
/// `conversations.json`, `corpus.json` and `index.json`, which `convokit.Corpus(filename:)` loads).
///
/// The document is one conversation, each turn one utterance and each participant who speaks one speaker;
/// ids start with the document's `key`, so documents never share an id (`mfa/2016-01-04/3`, the fourth
/// turn). An answer replies to its exchange's question; every other turn replies to the turn before it,
/// so that each conversation is one reply tree rooted at its first turn, whose id is the conversation's,
/// as ConvoKit expects. The timestamp is the turn's index: transcripts carry no clock, and ConvoKit sorts
/// a conversation's utterances by timestamp.
public struct ConvoKitDocument: Sendable {
    /// The conversation's id: its first utterance's.
    public var conversationID: String
    /// The conversation's entry of `conversations.json`: `{"meta": {file, title, date, url, language,
    /// origin}, "vectors": []}`.
    public var conversation: String
    /// The entries of `speakers.json`: an id and `{"meta": {…}, "vectors": []}` for each participant who speaks.
    public var speakers: [(id: String, json: String)]
    /// The lines of `utterances.jsonl`, one per turn.
    public var utterances: [String]

    /// Converts `transcript`, read from `file`, under the id prefix `key`.
    public init(_ transcript: Transcript, key: String, file: String) {
        let utteranceID = { (turn: Int) in "\(key)/\(turn)" }
        let speakerID = { (participant: String) in "\(key)/\(participant)" }
        let conversationID = utteranceID(transcript.turns.first?.index ?? 0)
        self.conversationID = conversationID

        var exchangeOf: [Int: Int] = [:]
        var questionOf: [Int: Int] = [:]
        for (number, exchange) in transcript.exchanges.enumerated() {
            exchangeOf[exchange.question] = number + 1
            for answer in exchange.answers {
                exchangeOf[answer] = number + 1
                questionOf[answer] = exchange.question
            }
        }

        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.key("meta")
        writer.beginObject()
        let source = transcript.source
        writer.members([
            "file": file, "title": source.title, "date": source.date, "url": source.url, "language": source.language,
            "origin": source.origin,
        ])
        writer.endObject()
        Self.writeNoVectors(&writer)
        writer.endObject()
        conversation = writer.output

        let speaking = Set(transcript.turns.map(\.speaker))
        speakers = transcript.participants.filter { speaking.contains($0.id) }.map { participant in
            var writer = JSONWriter(pretty: false)
            writer.beginObject()
            writer.key("meta")
            writer.beginObject()
            writer.members([
                "document": key, "name": participant.name, "label": participant.label, "role": participant.role.rawValue,
                "title": participant.title, "organization": participant.organization, "outlet": participant.outlet,
            ])
            writer.endObject()
            Self.writeNoVectors(&writer)
            writer.endObject()
            return (speakerID(participant.id), writer.output)
        }

        var previous: Int?
        utterances = transcript.turns.map { turn in
            defer { previous = turn.index }
            var writer = JSONWriter(pretty: false)
            writer.beginObject()
            writer.members([
                "id": utteranceID(turn.index), "conversation_id": conversationID,
                "text": turn.paragraphs.joined(separator: "\n"), "speaker": speakerID(turn.speaker),
            ])
            writer.key("meta")
            writer.beginObject()
            writer.members(["kind": turn.kind.rawValue])
            for (name, value) in [("turn", turn.index), ("exchange", exchangeOf[turn.index])] {
                writer.key(name)
                writer.int(value)
            }
            writer.endObject()
            writer.key("reply-to")
            writer.string((questionOf[turn.index] ?? previous).map(utteranceID))
            writer.key("timestamp")
            writer.int(turn.index)
            Self.writeNoVectors(&writer)
            writer.endObject()
            return writer.output
        }
    }

    private static func writeNoVectors(_ writer: inout JSONWriter) {
        writer.key("vectors")
        writer.beginArray()
        writer.endArray()
    }

    /// `index.json`: the type of every metadata field, as ConvoKit records them.
    public static var index: String {
        func types(_ fields: [(String, String)]) -> String {
            "{" + fields.map { "\"\($0.0)\": [\"<class '\($0.1)'>\"]" }.joined(separator: ", ") + "}"
        }
        let strings = { (names: [String]) in names.map { ($0, "str") } }
        return "{\"utterances-index\": " + types([("kind", "str"), ("turn", "int"), ("exchange", "int")])
            + ", \"speakers-index\": " + types(strings(["document", "name", "label", "role", "title", "organization", "outlet"]))
            + ", \"conversations-index\": " + types(strings(["file", "title", "date", "url", "language", "origin"]))
            + ", \"overall-index\": " + types(strings(["name", "generator"]))
            + ", \"version\": 1, \"vectors\": []}\n"
    }

    /// `corpus.json`: the corpus's own metadata.
    public static func corpusMetadata(name: String) -> String {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.members(["name": name, "generator": "podium export convokit"])
        writer.endObject()
        return writer.output + "\n"
    }
}
