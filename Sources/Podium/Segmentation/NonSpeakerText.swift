/// Text a label's place can hold that the lexicon knows is never a speaker: `DATE`, 「出席議員」 (a list's heading),
/// 「…動議的修正案如下」 (a motion read out), 「编者按」 (an editor's note), 「…表示」 (a reported-speech verb).
///
/// Both readers of a line's label ask this, the lexicon's (`LabelParser`) and the shapes' (`CandidateReader`), so a
/// word added to ``SpeakerLexicon``'s non-speaker lists turns a label down whichever of them reads it.
enum NonSpeakerText {
    /// Whether `text`, read as a label, names no speaker.
    static func matches(_ text: String) -> Bool {
        text.isEmpty || SpeakerLexicon.nonSpeakers.contains(text)
            || (text.utf8.first.map { (0x41...0x5A).contains($0) } == true
                && SpeakerLexicon.nonSpeakers.contains(text.prefix(1) + text.dropFirst().lowercased()))
            || SpeakerLexicon.nonSpeakerPrefixes.contains(where: { text.hasCharacterPrefix($0) })
            || SpeakerLexicon.nonSpeakerPhrases.contains(where: { text.containsLiteral($0) })
            || SpeakerLexicon.nonSpeakerEndings.contains(where: { text.hasCharacterSuffix($0) })
            || SpeakerLexicon.speechVerbEndings.contains(where: { text.hasCharacterSuffix($0) && text.count > $0.count })
    }
}
