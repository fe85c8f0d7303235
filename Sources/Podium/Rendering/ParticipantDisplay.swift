/// How a participant is named in Markdown, CSV and text output.
struct ParticipantDisplay {
    let lexicon: BriefingLexicon

    /// The name, or the label when the label gives no name (「新华社记者」, `Q`), or words saying that no name was printed.
    func name(_ participant: Participant) -> String {
        if let name = participant.name, !name.isEmpty { return name }
        if participant.label.isEmpty { return lexicon.unnamedSpeaker }
        if isBareRoleLabel(participant) {
            // A role word of the call or hearing (`OPERATOR`) is printed as its own name: `Operator`.
            let label = participant.label
            if label.count > 2, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == " ") }) {
                return label.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
            }
            return lexicon.role(participant.role)
        }
        return participant.label
    }

    /// The asker of a question: the name with the outlet, or the label when it already names the outlet.
    func asker(_ participant: Participant) -> String {
        let name = self.name(participant)
        guard let outlet = participant.outlet, !outlet.isEmpty, !name.contains(outlet) else { return name }
        return name + lexicon.openBracket + outlet + lexicon.closeBracket
    }

    /// Titles and organisation for officials and hosts, the outlet for reporters.
    func affiliation(_ participant: Participant) -> String {
        if participant.role == .reporter, let outlet = participant.outlet, !outlet.isEmpty { return outlet }
        let parts = [participant.organization, participant.title].compactMap { $0 }.filter { !$0.isEmpty }
        if !parts.isEmpty {
            return lexicon.spacedSentences ? parts.reversed().joined(separator: ", ") : parts.joined()
        }
        return participant.outlet ?? ""
    }

    /// A label that is only a role word, such as `Q` or 「记者」.
    private func isBareRoleLabel(_ participant: Participant) -> Bool {
        participant.name == nil && participant.outlet == nil && participant.organization == nil
            && participant.title == nil && SpeakerLexicon.roleLabel(participant.label) != nil
    }
}
