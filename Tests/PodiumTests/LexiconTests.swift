import Testing

@testable import Podium

/// The lexicon lists are data edited by hand: an entry added twice hides which copy a later edit should change.
/// Only ordered lists are checked here; a `Set` literal drops its repeats when it is built, so no test sees them.
struct LexiconTests {
    /// Every ordered word list of the speaker, outlet and discourse lexicons, by name, so a failure says which.
    static let lists: [(name: String, entries: [String])] = [
        ("SpeakerLexicon.chineseTitles", SpeakerLexicon.chineseTitles),
        ("SpeakerLexicon.reporterWords", SpeakerLexicon.reporterWords),
        ("SpeakerLexicon.analystWords", SpeakerLexicon.analystWords),
        ("SpeakerLexicon.interviewerPhrases", SpeakerLexicon.interviewerPhrases),
        ("SpeakerLexicon.intervieweePhrases", SpeakerLexicon.intervieweePhrases),
        ("SpeakerLexicon.honorificSuffixes", SpeakerLexicon.honorificSuffixes),
        ("SpeakerLexicon.speechVerbEndings", SpeakerLexicon.speechVerbEndings),
        ("SpeakerLexicon.nonSpeakerPrefixes", SpeakerLexicon.nonSpeakerPrefixes),
        ("SpeakerLexicon.nonSpeakerPhrases", SpeakerLexicon.nonSpeakerPhrases),
        ("SpeakerLexicon.spokespersonWords", SpeakerLexicon.spokespersonWords),
        ("SpeakerLexicon.possessiveInterviewMarkers", SpeakerLexicon.possessiveInterviewMarkers),
        ("OutletLexicon.suffixes", OutletLexicon.suffixes),
        ("OutletLexicon.englishEndings", OutletLexicon.englishEndings),
        ("OutletLexicon.connectors", OutletLexicon.connectors),
        ("DiscourseLexicon.transcriptStartMarkers", DiscourseLexicon.transcriptStartMarkers),
        ("DiscourseLexicon.moderationPhrases", DiscourseLexicon.moderationPhrases),
        ("DiscourseLexicon.handOverPhrases", DiscourseLexicon.handOverPhrases),
        ("DiscourseLexicon.colleagueReferences", DiscourseLexicon.colleagueReferences),
        ("DiscourseLexicon.askingBackOpenings", DiscourseLexicon.askingBackOpenings),
        ("DiscourseLexicon.deflections", DiscourseLexicon.deflections),
        ("DiscourseLexicon.pushbackOpenings", DiscourseLexicon.pushbackOpenings),
        ("DiscourseLexicon.agreementOpenings", DiscourseLexicon.agreementOpenings),
        ("DiscourseLexicon.callingOnPhrases", DiscourseLexicon.callingOnPhrases),
        ("DiscourseLexicon.selfIntroductionPhrases", DiscourseLexicon.selfIntroductionPhrases),
        ("DiscourseLexicon.openingFillers", DiscourseLexicon.openingFillers),
        ("DiscourseLexicon.thanksPhrases", DiscourseLexicon.thanksPhrases),
        ("DiscourseLexicon.questionCues", DiscourseLexicon.questionCues),
        ("DiscourseLexicon.stageWords", DiscourseLexicon.stageWords),
        ("DiscourseLexicon.liveEventWords", DiscourseLexicon.liveEventWords),
        ("DiscourseLexicon.trailingPrefixes", DiscourseLexicon.trailingPrefixes),
        ("DiscourseLexicon.countNouns", DiscourseLexicon.countNouns),
        ("DiscourseLexicon.transcriptEndMarkers", DiscourseLexicon.transcriptEndMarkers),
        ("DiscourseLexicon.bracketedTrailingWords", DiscourseLexicon.bracketedTrailingWords),
        ("DiscourseLexicon.originKeys", DiscourseLexicon.originKeys),
        ("KeyFigureLexicon.wideUnits", KeyFigureLexicon.wideUnits),
        ("KeyFigureLexicon.latinUnits", KeyFigureLexicon.latinUnits),
    ]

    /// The ordinal markers' shortcut looks a text's first word up among the marker words packed in integers: a
    /// word too long to pack would be turned down before the rule that reads it.
    @Test func everyEnglishMarkerWordPacks() {
        #expect(OrdinalMarkers.englishMarkerWordsPacked.count == OrdinalMarkers.englishMarkerWords.count)
        #expect(OrdinalMarkers.englishMarkerWords.isSuperset(of: ["the", "first", "secondly", "finally", "and", "one", "number"]))
        // After a determiner, the shortcut reads the next word among the article readings' words, packed too.
        #expect(OrdinalMarkers.determinersPacked.count == Set(OrdinalLexicon.englishDeterminers.map { $0.lowercased() }).count)
        #expect(OrdinalMarkers.articleFollowersPacked.count == 6)
    }

    /// The packed words' hash table answers as a set of the packed values does, for the words it holds and for every
    /// word of up to three letters.
    @Test func packedWordsHoldExactlyTheirWords() {
        for words in [Array(OrdinalMarkers.englishMarkerWords), OrdinalLexicon.englishDeterminers, ["a"], []] {
            let packed = PackedWords(words)
            let reference = Set(words.compactMap { PackedWords.pack($0.utf8) })
            #expect(packed.count == reference.count)
            let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
            var candidates = words + ["", "thefirst", "Firstly", "abcdefghijkl", "abcdefghijklm"]
            for first in letters {
                for second in [""] + letters { candidates += ([""] + letters).map { first + second + $0 } }
            }
            for word in candidates {
                guard let value = PackedWords.pack(word.utf8) else { continue }
                #expect(packed.contains(value) == reference.contains(value), "\(word)")
            }
        }
    }

    @Test func noListHoldsAnEntryTwice() {
        for (name, entries) in Self.lists {
            var seen: Set<String> = []
            let repeated = entries.filter { !seen.insert($0).inserted }
            #expect(repeated.isEmpty, "\(name) holds \(repeated) more than once")
        }
    }

    @Test func everyChineseCountEndsWithACountNoun() {
        for (phrase, _) in QuestionPartLexicon.chineseCounts {
            #expect(QuestionPartLexicon.chineseCountNouns.contains { phrase.hasSuffix($0) }, "\(phrase)")
        }
    }
}
