@testable import Podium

/// A readable tree of a transcript, in the spirit of swift-markdown's `debugDescription()`:
/// participants, then turns with their kinds and speakers, with numbered points nested under them.
enum TreeDump {
    static func dump(_ transcript: Transcript, paragraphWidth: Int = 24) -> String {
        var lines: [String] = ["Transcript"]
        if let title = transcript.source.title { lines.append("├─ Title \"\(title)\"") }
        lines.append("├─ Lead (\(transcript.lead.count) paragraphs)")
        lines.append("├─ Participants")
        for (offset, participant) in transcript.participants.enumerated() {
            let branch = offset == transcript.participants.count - 1 ? "│  └─" : "│  ├─"
            var fields = ["\(participant.id)", participant.role.rawValue]
            if let name = participant.name { fields.append("name: \(name)") }
            if let outlet = participant.outlet { fields.append("outlet: \(outlet)") }
            if participant.aliases.count > 1 { fields.append("aliases: \(participant.aliases.joined(separator: " | "))") }
            lines.append("\(branch) Participant \(fields.joined(separator: ", "))")
        }
        lines.append("├─ Turns")
        for (offset, turn) in transcript.turns.enumerated() {
            let last = offset == transcript.turns.count - 1
            let branch = last ? "│  └─" : "│  ├─"
            let indent = last ? "│     " : "│  │  "
            let first = turn.paragraphs.first.map { String($0.prefix(paragraphWidth)) } ?? ""
            lines.append("\(branch) Turn \(turn.index) \(turn.kind.rawValue) by \(turn.speaker): \"\(first)…\" (\(turn.paragraphs.count) ¶)")
            dumpPoints(turn.points, indent: indent, into: &lines)
        }
        lines.append("├─ Exchanges")
        for exchange in transcript.exchanges {
            let answers = exchange.answers.map(String.init).joined(separator: ",")
            lines.append("│  ├─ Exchange \(exchange.index): Q \(exchange.question) by \(exchange.asker) → A [\(answers)] by \(exchange.answerers.joined(separator: ","))")
        }
        lines.append("├─ Notes (\(transcript.notes.count))")
        lines.append("└─ Trailing (\(transcript.trailing.count) lines)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dumpPoints(_ points: [Point], indent: String, into lines: inout [String]) {
        for (offset, point) in points.enumerated() {
            let last = offset == points.count - 1
            lines.append("\(indent)\(last ? "└─" : "├─") Point \(point.marker) #\(point.ordinal): \(point.headline.prefix(20))")
            dumpPoints(point.children, indent: indent + (last ? "   " : "│  "), into: &lines)
        }
    }
}
