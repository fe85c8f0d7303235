/// Finds the parts of a question that asks several things — 「第一个问题，…第二个问题，…」, "I have two questions.
/// First, … And secondly, …" — and the answer paragraphs that take each part up (「关于第一个问题，…」, "On your
/// second question, …").
///
/// A question is split only when it shows at least ``Thresholds/QuestionParts/minimumParts`` parts: markers for a
/// first and a second item; or a marker for the second after an announced count ("two questions", 「两个问题」) or
/// after a question already asked ("…doorstep? And then, secondly, …", 「…有何评论？第二个问题，…」), the words
/// before it being the first part. A single "first", "the first time", or a count with no marker leave the question
/// whole; a count larger than the markers found adds no part.
enum QuestionParts {
    /// A part marker found in the question.
    struct Marker {
        /// 1-based; 0 for a closing word (最后, Finally) that continues the parts before it.
        var ordinal: Int
        var marker: String
        var paragraph: Int
        var start: String.Index
        /// Where the part's own words start: after the marker, its noun and punctuation.
        var contentStart: String.Index
        /// The marker ends its sentence and names what came before it: 「…怎麼樣？這個是第一個問題。」, "That was my
        /// first question."
        var closesSentence = false
    }

    /// An announced count of questions and where the sentence announcing it ends.
    struct Announcement {
        var count: Int
        var paragraph: Int
        /// Where the text after the announcing sentence or clause starts.
        var end: String.Index
    }

    /// The parts of `question`, each linked to the paragraphs of `answers` that take it up; empty when the
    /// question shows fewer than two parts.
    static func parts(question: Turn, answers: [Turn]) -> [QuestionPart] {
        let paragraphs = question.paragraphs
        let announcement = announcedCount(in: paragraphs)
        let markers = questionMarkers(in: paragraphs, counted: announcement != nil)
        guard !markers.isEmpty else { return [] }
        let chosen = series(markers, announcement: announcement, paragraphs: paragraphs)
        guard chosen.count >= Thresholds.QuestionParts.minimumParts else { return [] }
        // A part that is only its marker ("I have a follow-up — second question.", "a second question as well.",
        // the question asked in a later turn) leaves the question unsplit rather than give it an empty part.
        for (offset, marker) in chosen.enumerated() where !marker.closesSentence {
            let next = offset + 1 < chosen.count ? chosen[offset + 1] : nil
            if !hasWords(paragraphs, from: marker, to: next) { return [] }
        }
        var parts: [QuestionPart] = chosen.enumerated().map { offset, marker in
            let next = offset + 1 < chosen.count ? chosen[offset + 1] : nil
            return QuestionPart(
                ordinal: offset + 1, marker: marker.marker, paragraph: marker.paragraph,
                text: text(of: paragraphs, from: marker, to: next))
        }
        link(&parts, answers: answers)
        return parts
    }

    // MARK: - The question

    /// The markers in reading order that may mark a part: 「第一个问题」 anywhere; 「第二，」, 首先/其次, `First,`,
    /// `Secondly,`, "The first is" where a clause starts (after an optional "And", "So", "Just"); "my first
    /// question", "the second question", "a second follow-up" anywhere.
    ///
    /// A paragraph whose every scalar is a character of its own (``Unicode/Scalar/isWholeCharacter``: English with
    /// curly quotes and dashes, Chinese) is read scalar by scalar, without finding character boundaries;
    /// ``questionMarkersReference(in:counted:)`` reads every paragraph on characters, and `FastPathTests` holds the
    /// two equal.
    static func questionMarkers(in paragraphs: [String], counted: Bool) -> [Marker] {
        var found: [Marker] = []
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            if paragraph.isWholeCharactersOnly {
                readMarkers(inScalarsOf: paragraph, paragraphIndex: paragraphIndex, counted: counted, into: &found)
            } else {
                readMarkers(in: paragraph, paragraphIndex: paragraphIndex, counted: counted, shortcuts: true, into: &found)
            }
        }
        return found
    }

    /// ``questionMarkers(in:counted:)`` read on characters throughout, every opening asked for a marker: the rule
    /// the scalar reading and the first-word shortcut keep to.
    static func questionMarkersReference(in paragraphs: [String], counted: Bool) -> [Marker] {
        var found: [Marker] = []
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            readMarkers(in: paragraph, paragraphIndex: paragraphIndex, counted: counted, shortcuts: false, into: &found)
        }
        return found
    }

    /// The markers of one paragraph, read a character at a time.
    private static func readMarkers(in paragraph: String, paragraphIndex: Int, counted: Bool, shortcuts: Bool, into found: inout [Marker]) {
        var position = paragraph.startIndex
        var clauseStart = true
        var previousIsLetter = false
        while position < paragraph.endIndex {
            let character = paragraph[position]
            let ascii = character.asciiValue
            if isWhitespace(character, ascii: ascii) {
                previousIsLetter = false
                position = paragraph.index(after: position)
                continue
            }
            let rest = paragraph[position...]
            if !previousIsLetter, let scalar = character.unicodeScalars.first,
                let end = takeMarker(
                    at: position, opening: scalar, in: paragraph, paragraphIndex: paragraphIndex, clauseStart: &clauseStart,
                    counted: counted, shortcuts: shortcuts, into: &found)
            {
                position = end
                continue
            }
            if clauseStart, !previousIsLetter, isASCIILetter(ascii) {
                // "And secondly, …", "Just first, …": a lead-in keeps the clause open.
                let word = rest.prefix { $0.isLetter }
                if QuestionPartLexicon.englishLeadIns.contains(word.lowercased()) {
                    position = paragraph.index(position, offsetBy: word.count)
                    previousIsLetter = false
                    continue
                }
            }
            clauseStart = isClausePunctuation(character, ascii: ascii)
            // Latin words need a boundary before a marker; 「想請問第一個問題」 none.
            previousIsLetter = isASCIILetter(ascii)
            position = paragraph.index(after: position)
        }
    }

    /// The markers of one paragraph whose scalars are its characters (``Unicode/Scalar/isWholeCharacter``): the reading on
    /// characters, a scalar at a time.
    private static func readMarkers(inScalarsOf paragraph: String, paragraphIndex: Int, counted: Bool, into found: inout [Marker]) {
        let scalars = paragraph.unicodeScalars
        // The bytes, for the first-word test: read from an array rather than through the string's view.
        let bytes = Array(paragraph.utf8)
        var position = scalars.startIndex
        var clauseStart = true
        var previousIsLetter = false
        while position < scalars.endIndex {
            let scalar = scalars[position]
            let ascii: UInt8? = scalar.isASCII ? UInt8(truncatingIfNeeded: scalar.value) : nil
            if scalar.isWhitespaceCharacter {
                previousIsLetter = false
                position = scalars.index(after: position)
                continue
            }
            // A word of ASCII letters that opens no marker reading is turned down on its bytes, as `OrdinalMarkers.match`
            // turns it down; none of them opens "First one" or "The first one" either.
            if !previousIsLetter,
                !(ascii?.isASCIILetter == true
                    && OrdinalMarkers.turnsDown(bytes[paragraph.utf8.distance(from: paragraph.utf8.startIndex, to: position)...])),
                let end = takeMarker(
                    at: position, opening: scalar, in: paragraph, paragraphIndex: paragraphIndex, clauseStart: &clauseStart,
                    counted: counted, shortcuts: true, into: &found)
            {
                position = end
                continue
            }
            if clauseStart, !previousIsLetter, let ascii, ascii.isASCIILetter {
                // The word is the run of letters; one that goes on past ASCII is no lead-in, all of which are ASCII.
                var wordEnd = scalars.index(after: position)
                while wordEnd < scalars.endIndex, scalars[wordEnd].isASCII, UInt8(truncatingIfNeeded: scalars[wordEnd].value).isASCIILetter {
                    wordEnd = scalars.index(after: wordEnd)
                }
                let goesOn = wordEnd < scalars.endIndex && Character(scalars[wordEnd]).isLetter
                if !goesOn, paragraph.utf8.distance(from: position, to: wordEnd) <= longestLeadIn,
                    QuestionPartLexicon.englishLeadIns.contains(paragraph[position..<wordEnd].lowercased())
                {
                    position = wordEnd
                    previousIsLetter = false
                    continue
                }
            }
            clauseStart = clausePunctuation.contains(wholeCharacter: scalar)
            previousIsLetter = ascii?.isASCIILetter ?? false
            position = scalars.index(after: position)
        }
    }

    private static let longestLeadIn = QuestionPartLexicon.englishLeadIns.map(\.utf8.count).max() ?? 0

    /// Where the reading goes on after the part marker that starts at `position`, whose first scalar is `opening`,
    /// once it is appended to `found` and the clause it opened is no longer at its start; `nil` where none starts.
    /// After a marker no letter precedes, as after a space.
    private static func takeMarker(
        at position: String.Index, opening: Unicode.Scalar, in paragraph: String, paragraphIndex: Int, clauseStart: inout Bool,
        counted: Bool, shortcuts: Bool, into found: inout [Marker]
    ) -> String.Index? {
        guard OrdinalMarkers.mayStart(withScalar: opening),
            let (marker, end) = marker(
                at: position, in: paragraph, paragraphIndex: paragraphIndex, clauseStart: clauseStart, counted: counted,
                shortcuts: shortcuts)
        else { return nil }
        found.append(marker)
        clauseStart = false
        return end
    }

    /// The part marker that starts at `position`, and where the reading goes on after it.
    private static func marker(
        at position: String.Index, in paragraph: String, paragraphIndex: Int, clauseStart: Bool, counted: Bool, shortcuts: Bool
    ) -> (Marker, end: String.Index)? {
        guard let (ordinal, marker, length) = partMarker(paragraph[position...], clauseStart: clauseStart, counted: counted, shortcuts: shortcuts)
        else { return nil }
        let end = paragraph.index(position, offsetBy: length, limitedBy: paragraph.endIndex) ?? paragraph.endIndex
        // 「這個是第一個問題。」, "That was my first question.": the words before the marker are the part.
        var content = paragraph[end...].drop { $0 == " " }
        let noun = content.prefix { $0.isLetter && $0.isASCII || $0 == "-" }
        if QuestionPartLexicon.englishPartNouns.contains(noun.lowercased()) { content = content.dropFirst(noun.count) }
        let closes = ordinal == 1 && content.first.map(sentenceEnds.contains) == true
        let found = Marker(
            ordinal: ordinal, marker: marker, paragraph: paragraphIndex, start: position, contentStart: content.startIndex,
            closesSentence: closes && !isCJKMarkerWithPunctuation(paragraph[position..<end]))
        return (found, end)
    }

    private static let sentenceEnds: Set<Character> = ["。", "？", "！", ".", "?", "!"]

    /// 「第一，」: a marker that ends in its own comma opens its part.
    private static func isCJKMarkerWithPunctuation(_ marker: Substring) -> Bool {
        marker.last.map { "，、：,:".contains($0) } ?? false
    }

    /// Whether a part has at least ``Thresholds/QuestionParts/fewestLettersInAPart`` letters after its marker (an
    /// ideograph counting two): "a second question as well." asks nothing yet.
    private static func hasWords(_ paragraphs: [String], from marker: Marker, to next: Marker?) -> Bool {
        var letters = 0
        let lastParagraph = next?.paragraph ?? paragraphs.count - 1
        for index in marker.paragraph...max(marker.paragraph, lastParagraph) where paragraphs.indices.contains(index) {
            let paragraph = paragraphs[index]
            let start = index == marker.paragraph ? marker.contentStart : paragraph.startIndex
            let end = next.map { index == $0.paragraph ? $0.start : paragraph.endIndex } ?? paragraph.endIndex
            guard start < end else { continue }
            // An ideograph says about as much as two Latin letters.
            for character in paragraph[start..<end] where character.isLetter {
                letters += character.isASCII ? 1 : 2
            }
            if letters >= Thresholds.QuestionParts.fewestLettersInAPart { return true }
        }
        return false
    }

    /// Punctuation after which a clause starts.
    static let clausePunctuation = CharacterClass("。？！；：，.?!;:,—–…")

    // The questions are read a character at a time: these answer an ASCII character from its byte (`ascii`, the
    // character's `asciiValue`, read once), the rest as `Character` does.

    /// `character.isMember(of: clausePunctuation)`.
    static func isClausePunctuation(_ character: Character, ascii: UInt8?) -> Bool {
        guard let ascii else { return character.isMember(of: clausePunctuation) }
        return clausePunctuation.contains(asciiByte: ascii)
    }

    /// `character.isWhitespace`: tab to carriage return and the blank in ASCII.
    static func isWhitespace(_ character: Character, ascii: UInt8?) -> Bool {
        guard let ascii else { return character.isWhitespace }
        return ascii == 0x20 || (0x09...0x0D).contains(ascii)
    }

    /// `character.isASCII && character.isLetter`.
    static func isASCIILetter(_ ascii: UInt8?) -> Bool {
        ascii?.isASCIILetter ?? false
    }

    /// The ordinal, marker and length of a part marker at the start of `text`, read by ``OrdinalMarkers``.
    private static func partMarker(_ text: Substring, clauseStart: Bool, counted: Bool, shortcuts: Bool) -> (Int, String, Int)? {
        guard let match = OrdinalMarkers.match(text) else {
            // "First one on …", "The first one is more logistical": an ordinal before `one` where a clause starts.
            guard clauseStart, let first = text.first, first.isASCII, first.isLetter else { return nil }
            // Most clauses open with another word: told from its ASCII letters, packed, before any is compared.
            if shortcuts, !(PackedWords.pack(text.utf8).map(ordinalOneOpeners.contains) ?? false) { return nil }
            let determiner = OrdinalLexicon.englishDeterminers.first { text.hasPrefix($0) } ?? ""
            let word = text.dropFirst(determiner.count).prefix { $0.isLetter }
            guard let offset = OrdinalLexicon.englishOrdinals.prefix(5).firstIndex(where: { $0 == word.capitalized }),
                case let after = text.dropFirst(determiner.count + word.count), after.hasPrefix(" one"),
                after.dropFirst(4).first.map({ !$0.isLetter }) ?? true
            else { return nil }
            return (offset + 1, String(word), determiner.count + word.count + 4)
        }
        let accepted: Bool
        switch match.family {
        case .di:
            // 「第一个问题」 names a part wherever it stands; 「第二，」 only where a clause starts.
            accepted = QuestionPartLexicon.chinesePartNouns.contains { match.marker.hasSuffix($0) }
                || (clauseStart && (match.punctuated || match.marker.hasSuffix("个") || match.marker.hasSuffix("個")))
        case .sequence:
            accepted = clauseStart
        case .english, .englishArticle:
            switch match.form {
            // "two questions — the first about marijuana and the second about …": after a count, "the first" and
            // "the second" before `about`, `is` stand for parts wherever they are.
            case .standalone: accepted = clauseStart || (counted && match.family == .englishArticle)
            case .itemNoun: accepted = QuestionPartLexicon.englishPartNouns.contains(noun(after: text.dropFirst(match.length)))
            case .numberWord: accepted = clauseStart && counted
            case .qualifying, .runOn: accepted = false
            }
        case .shi, .enumerationComma, .arabic, .keycap, .parenthesised:
            // 一是…二是…, 1. 2. in a question list what is asked about, not separate questions.
            accepted = false
        }
        return accepted ? (match.ordinal, match.marker, match.length) : nil
    }

    /// The first words of "First one", "The first one": a determiner or one of the first five ordinals (case aside).
    private static let ordinalOneOpeners = PackedWords(OrdinalLexicon.englishDeterminers + OrdinalLexicon.englishOrdinals.prefix(5))

    /// The word after an ordinal, in lower case: `question` of "second question is".
    private static func noun(after text: Substring) -> String {
        text.drop { $0 == " " }.prefix { $0.isLetter || $0 == "-" }.lowercased()
    }

    /// The markers that make the question's parts: 1, 2, 3… in order (a closing word continues them); a series
    /// whose first part is unmarked starts at its second marker only when a count was announced before it.
    static func series(_ markers: [Marker], announcement: Announcement?, paragraphs: [String]) -> [Marker] {
        var chosen: [Marker] = []
        // A second marker that opened nothing ("And the second question, … And secondly, …" after an earlier
        // turn) leaves any later one ambiguous.
        var passedSecond = false
        for var marker in markers {
            if marker.ordinal == chosen.count + 1 || (marker.ordinal == 0 && !chosen.isEmpty) {
                if chosen.isEmpty && marker.closesSentence {
                    // "… That was my first question.": the part starts with the question, after any announcement.
                    if let announcement, announcement.paragraph < marker.paragraph
                        || (announcement.paragraph == marker.paragraph && announcement.end <= marker.start)
                    {
                        marker.paragraph = announcement.paragraph
                        marker.start = announcement.end
                    } else {
                        marker.paragraph = 0
                        marker.start = paragraphs.first?.startIndex ?? marker.start
                    }
                }
                chosen.append(marker)
            } else if chosen.isEmpty, marker.ordinal == 2, !passedSecond {
                passedSecond = true
                // "I have two questions. As the digital minister, … The second question is, …": a count announced
                // before the second marker; or "Are U.S. missiles on Russia's doorstep? And then, secondly, …",
                // 「…中方对此有何评论？第二个问题，…」: a question asked before it.
                var startParagraph = 0
                var start = paragraphs.first?.startIndex ?? marker.start
                if let announcement, announcement.count >= 2,
                    announcement.paragraph < marker.paragraph
                        || (announcement.paragraph == marker.paragraph && announcement.end <= marker.start)
                {
                    startParagraph = announcement.paragraph
                    start = announcement.end
                    if paragraphs[startParagraph][start...].allSatisfy(\.isWhitespace), startParagraph + 1 < paragraphs.count {
                        startParagraph += 1
                        start = paragraphs[startParagraph].startIndex
                    }
                } else if !asksBefore(marker, in: paragraphs) {
                    continue
                } else if paragraphs.indices.contains(startParagraph) {
                    start = afterCourtesies(paragraphs[startParagraph], from: start, before: startParagraph == marker.paragraph ? marker.start : nil)
                }
                chosen.append(Marker(ordinal: 1, marker: "", paragraph: startParagraph, start: start, contentStart: start))
                chosen.append(marker)
            }
        }
        return chosen
    }

    /// Where an unmarked first part starts: after the sentences that only greet or thank ("Hi, Jim, thanks for doing
    /// this."), short ones, that open the question; never at or past `limit`.
    static func afterCourtesies(_ paragraph: String, from start: String.Index, before limit: String.Index?) -> String.Index {
        var position = start
        while true {
            let rest = paragraph[position...].drop(while: \.isWhitespace)
            guard let end = rest.firstIndex(where: { ".!。！".contains($0) }) else { return position }
            let sentence = rest[...end]
            let lowered = sentence.lowercasedByScalar()
            // A word, not the start of one: "Hi," but not "History".
            let courteous = DiscourseLexicon.courtesyOpenings.contains { opening in
                lowered.hasPrefix(opening) && !(lowered.dropFirst(opening.count).first?.isLetter ?? false && opening.first?.isASCII == true)
            }
            let next = paragraph.index(after: end)
            guard courteous, sentence.count <= Thresholds.QuestionParts.longestCourtesy, next < (limit ?? paragraph.endIndex),
                !paragraph[next...].allSatisfy(\.isWhitespace)
            else { return position }
            position = paragraph[next...].firstIndex { !$0.isWhitespace } ?? next
        }
    }

    /// Whether the question asks something (a question mark) before `marker`.
    private static func asksBefore(_ marker: Marker, in paragraphs: [String]) -> Bool {
        for index in 0...marker.paragraph where paragraphs.indices.contains(index) {
            let paragraph = paragraphs[index]
            let text = index == marker.paragraph ? paragraph[..<marker.start] : paragraph[...]
            if text.containsQuestionMark() { return true }
        }
        return false
    }

    /// The question's text from `marker` to the next part's marker, paragraphs joined by a line break, with a
    /// trailing lead-in ("And") left to the next part.
    private static func text(of paragraphs: [String], from marker: Marker, to next: Marker?) -> String {
        var pieces: [Substring] = []
        let lastParagraph = next?.paragraph ?? paragraphs.count - 1
        for index in marker.paragraph...max(marker.paragraph, lastParagraph) where paragraphs.indices.contains(index) {
            let paragraph = paragraphs[index]
            let start = index == marker.paragraph ? marker.start : paragraph.startIndex
            let end = next.map { index == $0.paragraph ? $0.start : paragraph.endIndex } ?? paragraph.endIndex
            guard start <= end else { continue }
            let piece = paragraph[start..<end].trimmingCharacters(in: " \u{3000}")
            if !piece.isEmpty { pieces.append(Substring(piece)) }
        }
        var text = pieces.joined(separator: "\n")
        while let lastWord = text.split(whereSeparator: \.isWhitespace).last, QuestionPartLexicon.englishLeadIns.contains(lastWord.lowercased()) {
            text = String(text.dropLast(lastWord.count)).trimmingCharacters(in: " \n")
        }
        return text
    }

    /// The first announced count of questions: 「两个问题」, "two questions", "two quick follow-ups".
    ///
    /// An English paragraph is split into words only where one of the count nouns and one of the count words stand in
    /// it, in any case; ``announcedCountReference(in:)`` splits every paragraph, and `FastPathTests` holds the two equal.
    static func announcedCount(in paragraphs: [String]) -> Announcement? {
        announcedCount(in: paragraphs, readsEveryParagraph: false)
    }

    /// ``announcedCount(in:)`` with every paragraph split into words: the rule the noun search keeps to.
    static func announcedCountReference(in paragraphs: [String]) -> Announcement? {
        announcedCount(in: paragraphs, readsEveryParagraph: true)
    }

    private static func announcedCount(in paragraphs: [String], readsEveryParagraph: Bool) -> Announcement? {
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            let mayCount = readsEveryParagraph || QuestionPartLexicon.chineseCountNouns.contains(where: paragraph.containsLiteral)
            for (phrase, count) in QuestionPartLexicon.chineseCounts where mayCount {
                if let range = paragraph.literalRange(of: phrase) {
                    return Announcement(count: count, paragraph: paragraphIndex, end: clauseEnd(in: paragraph, after: range.upperBound))
                }
            }
            guard paragraph.containsByte(0x20) else { continue }
            // A word lower-cased is a count noun only where the noun's letters stand in the text in some case: no
            // letter outside ASCII lower-cases to one of theirs.
            guard readsEveryParagraph
                || (QuestionPartLexicon.englishCountNouns.contains(where: { paragraph.containsIgnoringASCIICase($0) })
                    && englishCountWords.contains(where: { paragraph.containsIgnoringASCIICase($0) }))
            else { continue }
            var words: [(word: String, end: String.Index)] = []
            var position = paragraph.startIndex
            while position < paragraph.endIndex {
                guard paragraph[position].isLetter else {
                    position = paragraph.index(after: position)
                    continue
                }
                let word = paragraph[position...].prefix { $0.isLetter || $0 == "-" }
                words.append((word.lowercased(), word.endIndex))
                position = word.endIndex
            }
            for (index, entry) in words.enumerated() {
                guard let count = DiscourseLexicon.englishCountWords[entry.word] else { continue }
                let following = words.dropFirst(index + 1).prefix(Thresholds.QuestionParts.wordsBetweenCountAndNoun + 1)
                if let noun = following.first(where: { QuestionPartLexicon.englishCountNouns.contains($0.word) }) {
                    return Announcement(count: count, paragraph: paragraphIndex, end: clauseEnd(in: paragraph, after: noun.end))
                }
            }
        }
        return nil
    }

    /// The count words of ``DiscourseLexicon/englishCountWords``, in lower case as the search for them takes them.
    private static let englishCountWords = DiscourseLexicon.englishCountWords.keys.map { $0.lowercased() }

    /// Where the text after the announcing clause starts: past the next sentence end, colon or dash.
    private static func clauseEnd(in paragraph: String, after position: String.Index) -> String.Index {
        guard let end = paragraph[position...].firstIndex(where: { announcementEnds.contains($0) }) else { return paragraph.endIndex }
        return paragraph.index(after: end)
    }

    private static let announcementEnds: Set<Character> = ["。", "？", "！", "：", "，", ".", "?", "!", ":", "—", "–"]

    // MARK: - The answers

    /// Links every answer paragraph that takes a part up, by its number or its place (「前面的部分」, "the latter"),
    /// and the paragraphs after it in the same turn up to the next that takes up another, to that part.
    static func link(_ parts: inout [QuestionPart], answers: [Turn]) {
        for turn in answers {
            var current: Int?
            for (index, paragraph) in turn.paragraphs.enumerated() {
                var taken: [Int] = []
                for ordinal in answerOrdinals(in: paragraph) where parts.indices.contains(ordinal - 1) && !taken.contains(ordinal) {
                    taken.append(ordinal)
                }
                if taken.isEmpty, let ordinal = placeReference(paragraph, parts: parts.count) { taken = [ordinal] }
                for ordinal in taken.isEmpty ? current.map({ [$0] }) ?? [] : taken {
                    parts[ordinal - 1].answers.append(QuestionPart.Passage(turn: turn.index, paragraph: index))
                }
                if let last = taken.last { current = last }
            }
        }
    }

    /// The ordinal of the part the paragraph's first clause takes up by its place
    /// (``QuestionPartLexicon/positionalReferences``): the first, the last, or the middle one of three.
    static func placeReference(_ paragraph: String, parts: Int) -> Int? {
        let clause = paragraph.prefix { !clauseEnds.contains($0) }.prefix(Thresholds.QuestionParts.longestReferringClause)
        let lower = clause.lowercasedByScalar()
        guard parts >= 2, let place = QuestionPartLexicon.positionalReferences.first(where: { lower.containsLiteral($0.phrase) })?.place
        else { return nil }
        switch place {
        case .first: return 1
        case .last: return parts
        case .middle: return parts == 3 ? 2 : nil
        }
    }

    private static let clauseEnds: Set<Character> = ["，", "。", "？", "！", "：", ",", ".", "?", "!", ":"]

    /// The ordinals of the parts a paragraph of an answer takes up: 「关于第一个问题」, 「第二个问题，」 where a clause
    /// starts, "On your second question", "As for the first, …".
    static func answerOrdinals(in paragraph: String) -> [Int] {
        var ordinals: [Int] = []
        for range in paragraph.literalRanges(of: "第") {
            guard let match = OrdinalMarkers.match(paragraph[range.lowerBound...]), match.family == .di,
                QuestionPartLexicon.chinesePartNouns.contains(where: { match.marker.hasSuffix($0) })
            else { continue }
            let before = paragraph[..<range.lowerBound].trimmingCharacters(in: " \u{3000}")
            if before.isEmpty || before.last.map({ $0.isMember(of: clausePunctuation) }) == true
                || QuestionPartLexicon.chineseAnswerLeadIns.contains(where: { before.hasSuffix($0) })
            {
                ordinals.append(match.ordinal)
            }
        }
        guard paragraph.containsByte(0x20) else { return ordinals }
        let lower = paragraph.lowercasedByScalar()
        var english: [(String.Index, Int)] = []
        for leadIn in QuestionPartLexicon.englishAnswerLeadIns {
            for range in lower.literalRanges(of: leadIn) {
                if range.lowerBound > lower.startIndex, lower[lower.index(before: range.lowerBound)].isLetter { continue }
                let rest = lower[range.upperBound...]
                for (offset, word) in OrdinalLexicon.englishOrdinals.prefix(5).enumerated() where rest.hasPrefix(word.lowercased()) {
                    let after = rest.dropFirst(word.count)
                    if after.hasPrefix(",") || QuestionPartLexicon.englishPartNouns.contains(noun(after: after)) {
                        english.append((range.upperBound, offset + 1))
                    }
                }
            }
        }
        // "as for your second question" is read by "for your " too: one ordinal per position.
        var positions = Set<String.Index>()
        return ordinals + english.sorted { $0.0 < $1.0 }.filter { positions.insert($0.0).inserted }.map(\.1)
    }
}
