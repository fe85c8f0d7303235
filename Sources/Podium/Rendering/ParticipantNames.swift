/// Full names and titles that a document gives its speakers outside their labels: the title line, the
/// lead and the first paragraphs (`Press Briefing by Press Secretary Jen Psaki` gives `MS. PSAKI` the
/// name `Jen Psaki` and the title `Press Secretary`; 「外交部发言人毛宁主持例行记者会」 gives 毛宁 the title
/// 外交部发言人). The reporters who introduce themselves in a question (`Owen Jensen with EWTN`) are named by
/// ``SelfIntroduction`` when the transcript is parsed.
///
/// Rendering reads them for display and for `--speaker`; the parsed ``Participant`` values are left as
/// they are (this belongs in Segmentation's participant building, where it can move).
enum ParticipantNames {
    /// The participants with what the document says of them: a name of one word widened to the full
    /// name written before it, and a missing title filled in.
    static func enriched(_ transcript: Transcript) -> [Participant] {
        let texts = ([transcript.source.title].compactMap { $0 } + [transcript.summary].compactMap { $0 } + transcript.lead
            + transcript.turns.prefix(3).flatMap { $0.paragraphs.prefix(2) })
        return transcript.participants.map { participant in
            guard participant.role != .reporter, let name = participant.name, !name.isEmpty else { return participant }
            var enriched = participant
            if TurnDigest.isWide(name) {
                if participant.title == nil, participant.organization == nil,
                    let title = texts.lazy.compactMap({ chineseTitle(before: name, in: $0) }).first
                {
                    enriched.title = title
                }
                return enriched
            }
            guard !name.contains(" "), let found = texts.lazy.compactMap({ englishName(ending: name, in: $0) }).first else {
                return participant
            }
            enriched.name = found.name
            if enriched.title == nil, let title = found.title { enriched.title = title }
            return enriched
        }
    }

    // MARK: - English

    /// The given names and the title written right before a surname: `Press Secretary Jen Psaki`,
    /// `FEMA Administrator Deanne Criswell`.
    static func englishName(ending surname: String, in text: String) -> (name: String, title: String?)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "_" || $0 == "\\" }).map(String.init)
        for (index, word) in words.enumerated() where index > 0 && word.trimmingCharacters(in: ",.;:!?'’)(\"") == surname {
            var run: [String] = []
            var position = index - 1
            while position >= 0, let first = words[position].first, first.isUppercase,
                !words[position].contains(where: { ",.;:".contains($0) })
            {
                run.insert(words[position], at: 0)
                position -= 1
            }
            var given: [String] = []
            while let last = run.last, !isTitleWord(last), given.count < 2 {
                given.insert(last, at: 0)
                run.removeLast()
            }
            guard !given.isEmpty, given.allSatisfy({ $0.count > 1 && !isAcronym($0) }) else { continue }
            // The title: the title words (and acronyms of bodies) right before the name.
            var title: [String] = []
            while let last = run.last, isTitleWord(last) || isAcronym(last) {
                title.insert(last, at: 0)
                run.removeLast()
            }
            return ((given + [surname]).joined(separator: " "), title.isEmpty ? nil : title.joined(separator: " "))
        }
        return nil
    }

    private static func isTitleWord(_ word: String) -> Bool {
        SpeakerLexicon.englishTitles.contains(word.uppercased()) && !SpeakerLexicon.lowercaseTitleWords.contains(word.lowercased())
    }

    private static func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" } && word.contains(where: \.isLetter)
    }

    // MARK: - Chinese

    /// The title written right before a name: 「外交部发言人毛宁」 gives 「外交部发言人」.
    static func chineseTitle(before name: String, in text: String) -> String? {
        guard let range = text.literalRange(of: name) else { return nil }
        let before = text[text.startIndex..<range.lowerBound].reversed().prefix { character in
            TurnDigest.isWideCharacter(character) && !"年月日，。、：；“”《》（）".contains(character)
        }
        let run = String(before.reversed())
        guard SpeakerLexicon.chineseTitles.contains(where: { run.hasSuffix($0) }) else { return nil }
        return run.isEmpty ? nil : run
    }

}
