/// Notes an anonymous label (`SENIOR ADMINISTRATION OFFICIAL`) that the document shows to be two people or more:
/// its title, lead or host speaks of officials in the plural, or a turn under the label takes up a colleague's answer
/// ("Just to add to what my colleague said"). The turns stay one participant's; the note asks a person to check.
enum SharedLabelCheck {
    static func diagnostics(participants: [Participant], turns: [Turn], title: String?, lead: [String]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for participant in participants where participant.role == .official {
            let label = participant.label
            guard let plural = anonymousPlural(of: label) else { continue }
            let own = turns.filter { $0.speaker == participant.id }
            guard own.count >= 2 else { continue }
            // "… you can refer to them as senior administration officials": the host's words count as the title's.
            let hosts = Set(participants.filter { $0.role == .moderator }.map(\.id))
            let hostWords = turns.filter { hosts.contains($0.speaker) }.prefix(3).flatMap(\.paragraphs)
            let heading = ([title].compactMap { $0 } + lead.prefix(3) + hostWords).joined(separator: " ").lowercasedByScalar()
            let handOver = own.first { turn in
                let text = turn.paragraphs.joined(separator: " ").lowercasedByScalar()
                return DiscourseLexicon.colleagueReferences.contains { text.containsLiteral($0) }
            }
            guard heading.containsLiteral(plural) || handOver != nil else { continue }
            let evidence = handOver.map { "turn \($0.index) takes up a colleague's words" } ?? "the title or the host speaks of \(plural)"
            found.append(
                Diagnostic(
                    severity: .info, code: "shared-anonymous-label",
                    message: "`\(label)` may be several people (\(evidence)); its \(own.count) turns are given to one participant",
                    turn: handOver?.index))
        }
        return found
    }

    /// `senior administration officials` for a label whose last word is one of
    /// ``SpeakerLexicon/anonymousOfficialWords`` in the singular; nil for any other label.
    private static func anonymousPlural(of label: String) -> String? {
        let words = label.split(separator: " ")
        guard let last = words.last, SpeakerLexicon.anonymousOfficialWords.contains(last.uppercased()),
            !last.uppercased().hasSuffix("S")
        else { return nil }
        return words.joined(separator: " ").lowercased() + "s"
    }
}
