/// The title of a call transcript whose first line is a section heading (`CORPORATE PARTICIPANTS`): the
/// call's name from the operator's welcome (`welcome to the Equinix Third Quarter Earnings Conference
/// Call`), what it meets to discuss, or the officials' company with the lexicon's word for a call.
enum CallTitle {
    static func title(of transcript: Transcript, lexicon: BriefingLexicon) -> String? {
        let title = transcript.source.title?.trimmingCharacters(in: " ") ?? ""
        guard title.isEmpty || BriefingLexicon.sectionHeadings.contains(title.uppercased()) else { return nil }
        let opening = transcript.turns.prefix(3).flatMap(\.paragraphs).flatMap(SentenceSplitter.sentences)
        let welcome = #/(?i:welcome to )(?:the |today's |our )?(?<name>[A-Z][^.,;]{3,80}(?i:call|webcast|conference|meeting))(?=[.,;!]|\s*$)/#
        for sentence in opening {
            if let match = sentence.firstMatch(of: welcome) {
                let name = String(match.output.name)
                if name.split(separator: " ").dropLast().contains(where: { $0.first?.isUppercase ?? false }) { return name }
            }
        }
        let discuss = #/(?i:call|conference|webcast) to discuss (?<what>[^.;]{8,120})/#
        for sentence in opening {
            if let match = sentence.firstMatch(of: discuss) {
                return lexicon.callTitle + String(match.output.what).trimmingCharacters(in: " ,")
            }
        }
        let companies = Set(transcript.participants.filter { $0.role == .official }.compactMap(\.organization))
        if companies.count == 1, let company = companies.first { return company + lexicon.callSuffix }
        return title.isEmpty ? nil : lexicon.untitled
    }
}
