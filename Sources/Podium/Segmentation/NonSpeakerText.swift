/// Text a label's place can hold that the lexicon knows is never a speaker: `DATE`, 「出席議員」 (a list's heading),
/// 「…動議的修正案如下」 (a motion read out), 「编者按」 (an editor's note), 「…表示」 (a reported-speech verb).
///
/// Both readers of a line's label ask this, the lexicon's (`LabelParser`) and the shapes' (`CandidateReader`), so a
/// word added to ``SpeakerLexicon``'s non-speaker lists turns a label down whichever of them reads it.
enum NonSpeakerText {
    /// Whether `text`, read as a label, names no speaker.
    ///
    /// An ASCII text is searched only for the phrases it may hold (``Phrases/findableInASCII``);
    /// ``matchesReference(_:)`` searches every text for every phrase, and `FastPathTests` holds the two equal.
    static func matches(_ text: String) -> Bool {
        matches(text, searchingFor: text.utf8.allSatisfy { $0 < 0x80 } ? .findableInASCII : .all)
    }

    /// ``matches(_:)`` searching for every phrase.
    static func matchesReference(_ text: String) -> Bool {
        matches(text, searchingFor: .all)
    }

    private static func matches(_ text: String, searchingFor phrases: Phrases) -> Bool {
        guard !text.isEmpty else { return true }
        // `Prepared Remarks:`, `Q&A:`: a call transcript's section heading printed as a label is.
        if text.utf8.count <= SectionHeading.longestHeadingBytes, SectionHeading.isNamedHeading(text) { return true }
        if opensWithHeadlineTag(text) || endsWithStoryTag(text) { return true }
        if SpeakerLexicon.nonSpeakers.contains(text)
            || (text.utf8.first.map { (0x41...0x5A).contains($0) } == true
                && SpeakerLexicon.nonSpeakers.contains(text.prefix(1) + text.dropFirst().lowercased()))
        {
            return true
        }
        return phrases.prefixes.contains(where: { text.hasCharacterPrefix($0) })
            || phrases.inside.contains(where: { text.containsLiteral($0) })
            || phrases.endings.contains(where: { text.hasCharacterSuffix($0) })
            || phrases.speechVerbEndings.contains(where: { text.hasCharacterSuffix($0) && text.count > $0.count })
    }

    /// `MNI TRANSCRIPT`: a newswire's story tag (``SpeakerLexicon/storyTags``) ends the text. The tags are ASCII, a
    /// blank and capitals, which no scalar joins into a character with another: their bytes at the text's end are the
    /// tag, and comparing bytes tells what comparing characters would, without the characters' work for every label.
    static func endsWithStoryTag(_ text: String) -> Bool {
        SpeakerLexicon.storyTags.contains { tag in text.utf8.reversed().starts(with: tag.utf8.reversed()) }
    }

    /// ``endsWithStoryTag(_:)`` on characters.
    static func endsWithStoryTagReference(_ text: String) -> Bool {
        SpeakerLexicon.storyTags.contains(where: text.hasSuffix)
    }

    /// 「【专访】…」, `[独家]…`, 「对话｜…」: a column tag (``NewsLexicon/headlineTags``) in brackets or before a bar opens a
    /// headline. Read on the first four scalars, after one byte turns down a text that opens in ASCII other than `[`.
    static func opensWithHeadlineTag(_ text: String) -> Bool {
        guard let byte = text.utf8.first, byte >= 0x80 || byte == 0x5B else { return false }
        let head = Array(text.unicodeScalars.prefix(4))
        guard let first = head.first else { return false }
        if first == "【" || first == "[" {
            guard let close = head.firstIndex(where: { $0 == "】" || $0 == "]" }) else { return false }
            return NewsLexicon.headlineTags.contains(String(String.UnicodeScalarView(head[1..<close])))
        }
        guard let bar = head.firstIndex(where: { $0 == "｜" || $0 == "|" }) else { return false }
        return NewsLexicon.headlineTags.contains(String(String.UnicodeScalarView(head[..<bar])))
    }

    /// The lexicon's phrase lists a label is searched for.
    struct Phrases {
        var prefixes = SpeakerLexicon.nonSpeakerPrefixes
        var inside = SpeakerLexicon.nonSpeakerPhrases
        var endings = SpeakerLexicon.nonSpeakerEndings
        var speechVerbEndings = SpeakerLexicon.speechVerbEndings

        static let all = Phrases()

        /// The phrases an ASCII text may hold. A phrase of scalars that are not ASCII and equal only themselves
        /// (``Unicode/Scalar/hasNoCanonicalEquivalent``: the lexicon's Chinese) is equal to nothing in ASCII, so the
        /// English labels are not searched for it.
        static let findableInASCII: Phrases = {
            var phrases = Phrases()
            phrases.prefixes = phrases.prefixes.filter(isFindableInASCII)
            phrases.inside = phrases.inside.filter(isFindableInASCII)
            phrases.endings = phrases.endings.filter(isFindableInASCII)
            phrases.speechVerbEndings = phrases.speechVerbEndings.filter(isFindableInASCII)
            return phrases
        }()

        /// Whether an ASCII text may hold `phrase`: it has a scalar that is ASCII or may equal another (`K`, the
        /// Kelvin sign, equals `K`).
        static func isFindableInASCII(_ phrase: String) -> Bool {
            !phrase.unicodeScalars.allSatisfy { !$0.isASCII && $0.hasNoCanonicalEquivalent }
        }
    }
}
