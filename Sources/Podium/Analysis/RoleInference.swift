/// Gives each participant a role: from the label's words when they say, else from what the person does.
enum RoleInference {
    static func roles(for registry: ParticipantRegistry, turns: [Segmenter.DraftTurn]) -> [Role] {
        let entries = registry.entries
        let labelledReporters = Set(entries.indices.filter { isLabelledReporter(entries[$0]) })
        return entries.enumerated().map { index, entry in
            let own = turns.filter { $0.speaker == index }
            // A spokesperson's title does not make them an official when all they do is host.
            if entry.name != nil, entry.labelRole == .official || entry.labelRole == nil, !own.isEmpty, isModerator(own) {
                return .moderator
            }
            if let hint = entry.labelRole, hint != .unknown { return hint.role }
            if entry.outlet != nil { return .reporter }
            guard !own.isEmpty else { return .unknown }
            // Where reporters are labelled as such, a named speaker is one of the people answering.
            if !labelledReporters.isEmpty { return .official }
            if asksQuestions(own) && turns.first?.speaker != index { return .reporter }
            return .official
        }
    }

    private static func isLabelledReporter(_ entry: ParticipantRegistry.Entry) -> Bool {
        entry.outlet != nil || entry.labelRole == .reporter || entry.labelRole == .followUp
    }

    /// Someone who only opens, hands over and closes: most of their turns are short moderation.
    private static func isModerator(_ turns: [Segmenter.DraftTurn]) -> Bool {
        let moderating = turns.filter { isModeration($0.paragraphs) }
        return moderating.count * 3 >= turns.count * 2
    }

    static func isModeration(_ paragraphs: [String], limit: Int = 600) -> Bool {
        let text = paragraphs.joined()
        return text.count < limit && DiscourseLexicon.moderationPhrases.contains { text.contains($0) }
    }

    private static func asksQuestions(_ turns: [Segmenter.DraftTurn]) -> Bool {
        let asking = turns.filter { turn in
            let text = turn.paragraphs.joined()
            return text.contains("？") || text.contains("?")
        }
        return asking.count * 2 > turns.count && turns.count >= 1
    }
}

/// Reporters who introduce themselves in their first turn: `Chris Rugaber, Associated Press.`
enum SelfIntroduction {
    static func assignOutlets(_ segments: inout Segmenter.Result) {
        for (index, entry) in segments.registry.entries.enumerated() where entry.outlet == nil {
            guard let name = entry.name, name.contains(" "), entry.labelRole == nil,
                let outlet = segments.turns.lazy.filter({ $0.speaker == index }).prefix(2).compactMap({
                    OutletLexicon.selfIntroducedOutlet(name: name, in: $0.paragraphs.joined(separator: " "))
                }).first
            else { continue }
            segments.registry.setOutlet(outlet, at: index)
        }
    }
}
