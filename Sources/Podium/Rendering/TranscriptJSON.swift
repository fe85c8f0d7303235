/// Writes a transcript in the field order of the JSON contract (docs/transcript.schema.json).
enum TranscriptJSON {
    static func render(_ transcript: Transcript, pretty: Bool) -> String {
        var writer = JSONWriter(pretty: pretty)
        write(transcript, to: &writer)
        return writer.output
    }

    static func write(_ transcript: Transcript, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("schemaVersion")
        writer.int(transcript.schemaVersion)
        writer.key("source")
        write(transcript.source, to: &writer)
        writer.key("summary")
        writer.string(transcript.summary)
        writer.key("lead")
        writer.strings(transcript.lead)
        writer.key("participants")
        writer.beginArray()
        for participant in transcript.participants { write(participant, to: &writer) }
        writer.endArray()
        writer.key("turns")
        writer.beginArray()
        writer.elements(transcript.turns) { turn, writer in write(turn, to: &writer) }
        writer.endArray()
        writer.key("exchanges")
        writer.beginArray()
        for exchange in transcript.exchanges { write(exchange, to: &writer) }
        writer.endArray()
        writer.key("trailing")
        writer.strings(transcript.trailing)
        writer.key("notes")
        writer.beginArray()
        for note in transcript.notes {
            writer.beginObject()
            writer.key("turn")
            writer.int(note.turn)
            writer.key("text")
            writer.string(note.text)
            writer.endObject()
        }
        writer.endArray()
        writer.key("diagnostics")
        writer.beginArray()
        for diagnostic in transcript.diagnostics {
            writer.beginObject()
            writer.key("severity")
            writer.string(diagnostic.severity.rawValue)
            writer.key("code")
            writer.string(diagnostic.code)
            writer.key("message")
            writer.string(diagnostic.message)
            writer.key("turn")
            writer.int(diagnostic.turn)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    private static func write(_ source: Source, to writer: inout JSONWriter) {
        writer.beginObject()
        for (key, value) in [("title", source.title), ("date", source.date), ("url", source.url), ("origin", source.origin)] {
            writer.key(key)
            writer.string(value)
        }
        writer.key("tags")
        writer.strings(source.tags)
        writer.key("categories")
        writer.strings(source.categories)
        for (key, value) in [("format", source.format), ("encoding", source.encoding), ("language", source.language)] {
            writer.key(key)
            writer.string(value)
        }
        writer.endObject()
    }

    private static func write(_ participant: Participant, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.members([
            "id": participant.id, "name": participant.name, "role": participant.role.rawValue,
            "title": participant.title, "organization": participant.organization, "outlet": participant.outlet,
            "label": participant.label,
        ])
        writer.key("aliases")
        writer.strings(participant.aliases)
        writer.endObject()
    }

    private static func write(_ turn: Turn, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("index")
        writer.int(turn.index)
        writer.key("speaker")
        writer.string(turn.speaker)
        writer.key("kind")
        writer.string(turn.kind.rawValue)
        writer.key("time")
        writer.string(turn.time)
        writer.key("paragraphs")
        writer.strings(turn.paragraphs)
        writer.key("points")
        writePoints(turn.points, to: &writer)
        writer.endObject()
    }

    private static func writePoints(_ points: [Point], to writer: inout JSONWriter) {
        writer.beginArray()
        for point in points {
            writer.beginObject()
            writer.key("marker")
            writer.string(point.marker)
            writer.key("ordinal")
            writer.int(point.ordinal)
            writer.key("text")
            writer.string(point.text)
            writer.key("headline")
            writer.string(point.headline)
            writer.key("children")
            writePoints(point.children, to: &writer)
            writer.endObject()
        }
        writer.endArray()
    }

    private static func write(_ exchange: Exchange, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("index")
        writer.int(exchange.index)
        writer.key("question")
        writer.int(exchange.question)
        writer.key("answers")
        writer.ints(exchange.answers)
        writer.key("asker")
        writer.string(exchange.asker)
        writer.key("answerers")
        writer.strings(exchange.answerers)
        writer.key("status")
        writer.string(exchange.status.rawValue)
        // Only for a question of several parts, so that other exchanges keep their layout.
        if !exchange.parts.isEmpty {
            writer.key("parts")
            writeParts(exchange.parts, to: &writer)
        }
        writer.endObject()
    }

    /// The parts of a question: ordinal, marker, question paragraph, text, and the answer paragraphs that take
    /// each up as `{turn, paragraph}`.
    static func writeParts(_ parts: [QuestionPart], to writer: inout JSONWriter) {
        writer.beginArray()
        for part in parts {
            writer.beginObject()
            writer.key("ordinal")
            writer.int(part.ordinal)
            writer.key("marker")
            writer.string(part.marker)
            writer.key("paragraph")
            writer.int(part.paragraph)
            writer.key("text")
            writer.string(part.text)
            writer.key("answers")
            writer.beginArray()
            for passage in part.answers {
                writer.beginObject()
                writer.key("turn")
                writer.int(passage.turn)
                writer.key("paragraph")
                writer.int(passage.paragraph)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
    }
}

extension Transcript {
    /// The transcript as JSON in the contract's field order: pretty (two-space indent) or on one line.
    public func jsonString(pretty: Bool = true) -> String {
        TranscriptJSON.render(self, pretty: pretty)
    }
}
