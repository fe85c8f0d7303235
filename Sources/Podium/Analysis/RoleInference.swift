/// Gives each participant a role: from the label's words when they say, else from what the person does.
enum RoleInference {
    static func roles(for registry: ParticipantRegistry, turns: [Segmenter.DraftTurn]) -> [Role] {
        registry.entries.enumerated().map { index, entry in
            let own = turns.filter { $0.speaker == index }
            // A spokesperson's title does not make them an official when all they do is host.
            if entry.name != nil, entry.labelRole == .official || entry.labelRole == nil, !own.isEmpty, isModerator(own) {
                return .moderator
            }
            if let hint = entry.labelRole, hint != .unknown { return hint.role }
            if entry.outlet != nil { return .reporter }
            guard !own.isEmpty else { return .unknown }
            if isModerator(own) { return .moderator }
            if asksQuestions(own) && turns.first?.speaker != index { return .reporter }
            return .official
        }
    }

    /// Someone who only opens, hands over and closes: most of their turns are short moderation.
    private static func isModerator(_ turns: [Segmenter.DraftTurn]) -> Bool {
        let moderating = turns.filter { turn in
            let text = turn.paragraphs.joined()
            return text.count < 600 && DiscourseLexicon.moderationPhrases.contains { text.contains($0) }
        }
        return moderating.count * 3 >= turns.count * 2
    }

    private static func asksQuestions(_ turns: [Segmenter.DraftTurn]) -> Bool {
        let asking = turns.filter { turn in
            let text = turn.paragraphs.joined()
            return text.contains("？") || text.contains("?")
        }
        return asking.count * 2 > turns.count && turns.count >= 1
    }
}
