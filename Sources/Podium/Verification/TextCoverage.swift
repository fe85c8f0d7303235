#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Whether every sentence of a document's body ends up, in order, in exactly one place of the
/// transcript made from it: the summary, the lead, a turn's paragraphs, a note, or the trailing lines.
///
/// Sentences are compared by their letters and digits only, so spacing, punctuation and markup
/// do not matter; a speaker label that opens a sentence may be left out, since it becomes the
/// turn's speaker. Text in the result that no sentence of the body accounts for, such as a sentence
/// given twice, is reported as ``unexpected``.
///
/// ```swift
/// let coverage = try TextCoverage(checking: data)
/// for sentence in coverage.missing { print("missing:", sentence) }
/// ```
public struct TextCoverage: Hashable, Sendable {
    /// Text of the result that the body does not account for, with where it was found.
    public struct Unexpected: Hashable, Sendable {
        /// `summary`, `lead`, `turn 3`, `note`, `trailing`.
        public var place: String
        /// The text, as it stands in the result.
        public var text: String
    }

    /// How many sentences the body has, markup removed.
    public var sentenceCount: Int
    /// Sentences of the body found nowhere in the result, or not where the order says they belong.
    public var missing: [String]
    /// Text in the result that is not in the body, or that is there a second time.
    public var unexpected: [Unexpected]
    /// The transcript that was checked.
    public var transcript: Transcript

    init(sentenceCount: Int, missing: [String], unexpected: [Unexpected], transcript: Transcript) {
        self.sentenceCount = sentenceCount
        self.missing = missing
        self.unexpected = unexpected
        self.transcript = transcript
    }

    /// Nothing is missing and nothing is there twice.
    public var isComplete: Bool { missing.isEmpty && unexpected.isEmpty }

    /// Decodes and parses a document (accepting one without speaker turns) and checks the result.
    ///
    /// - Throws: ``PodiumError`` when the bytes are empty, binary or undecodable.
    public init(
        checking data: Data, format: InputFormat? = nil, encoding: TextEncoding? = nil, options: ParseOptions = []
    ) throws(PodiumError) {
        let decoded = try TextDecoder.decode(data, forcing: encoding)
        let parser = TranscriptParser(options: options.union(.allowEmptyTranscript))
        let transcript = try parser.parse(text: decoded.text, format: format, encoding: decoded.encoding.rawValue)
        self = Self.check(text: decoded.text, transcript: transcript)
    }

    /// Parses text that is already decoded (accepting one without speaker turns) and checks the result.
    public init(checking text: String, format: InputFormat? = nil, options: ParseOptions = []) throws(PodiumError) {
        let parser = TranscriptParser(options: options.union(.allowEmptyTranscript))
        let transcript = try parser.parse(text: text, format: format, encoding: "utf-8")
        self = Self.check(text: text, transcript: transcript)
    }

    /// A thread's post header as the parser keeps it, the account and the post's age: `Posted by` and `OP` are the
    /// site's words around the account, not the poster's.
    static func withoutThreadWords(_ sentence: String) -> String {
        guard let post = AccountName.postHeader(Substring(sentence)) else { return sentence }
        return (AccountName.account(inPrinted: post.printed) ?? post.printed) + " " + post.age
    }

    /// Checks a transcript against the decoded text it was parsed from.
    public static func check(text: String, transcript: Transcript) -> TextCoverage {
        let format = transcript.source.format.flatMap(InputFormat.init(rawValue:)) ?? .text
        let body = BodyText.lines(of: text, format: format)
        let sentences = body.lines.flatMap(CoverageSentences.sentences).map(Self.withoutThreadWords)
        var matcher = CoverageMatcher(transcript: transcript, cueTimes: body.cueTimes)
        var missing: [String] = []
        var counted = 0
        for sentence in sentences {
            let key = CoverageKey(sentence)
            guard !key.scalars.isEmpty else { continue }
            counted += 1
            if !matcher.consume(key.scalars) { missing.append(sentence.trimmingCharacters(in: " \t\u{3000}\u{A0}")) }
        }
        let unexpected = matcher.leftovers()
        return TextCoverage(sentenceCount: counted, missing: missing, unexpected: unexpected, transcript: transcript)
    }
}

/// The letters and digits of a text, which is all the check compares.
struct CoverageKey {
    var scalars: [Unicode.Scalar]
    /// For each kept scalar, its offset among the text's scalars.
    var offsets: [Int]

    init(_ text: String) {
        scalars = []
        offsets = []
        for (offset, scalar) in text.unicodeScalars.enumerated() where Self.counts(scalar) {
            scalars.append(scalar)
            offsets.append(offset)
        }
    }

    static func counts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// Splits a line of body text into sentences: after 。！？；, `?`, `!`, `;`, and after a period that
/// closes a lower-case word before a capital and no abbreviation (so `MS. PSAKI`, `Mrs. Smith`, `U.S.` and `Inc. - CFO` stay
/// whole).
enum CoverageSentences {
    static func sentences(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var word = ""
        let characters = Array(line)
        // `Question (Dainik Jagran) [in Hindi; English rendering]:`: a semicolon inside brackets ends no sentence.
        var brackets = 0
        for (index, character) in characters.enumerated() {
            current.append(character)
            if "([（【".contains(character) { brackets += 1 } else if ")]）】".contains(character) { brackets = max(0, brackets - 1) }
            var ends = "。！？?!…".contains(character) || ("；;".contains(character) && brackets == 0)
            if character == ".", index + 1 < characters.count, characters[index + 1] == " " {
                let next = characters[(index + 1)...].first { !$0.isWhitespace }
                // `Mrs. Castellanos`, `Gov. Reyes`: an abbreviation's period ends no sentence.
                ends = word.filter(\.isLowercase).count >= Thresholds.Coverage.fewestLowerCaseLettersBeforeAPeriod
                    && next.map { $0.isUppercase || "“\"‘'(".contains($0) } ?? true
                    && !NewsLexicon.abbreviations.contains(word.drop { !$0.isLetter }.lowercased())
            }
            if character.isWhitespace { word = "" } else if character != "." { word.append(character) }
            if ends {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}

/// Walks the result in reading order, consuming the body's sentences one after another.
struct CoverageMatcher {
    private struct Piece {
        var place: String
        var text: String
        var key: CoverageKey
    }

    /// How far ahead a sentence may be found when what stands at the cursor is not it.
    static let lookahead = 4_000

    private var pieces: [Piece] = []
    /// The main stream: every letter of summary, lead, turns and trailing lines, with its piece.
    private var stream: [Unicode.Scalar] = []
    private var origin: [(piece: Int, offset: Int)] = []
    private var covered: [Bool] = []
    private var cursor = 0
    private var notes: [Unicode.Scalar] = []
    private var noteOrigin: [(piece: Int, offset: Int)] = []
    private var noteCovered: [Bool] = []
    private var noteCursor = 0
    /// Where each note starts among the notes' letters, and how many letters it has.
    private var noteLengths: [Int: Int] = [:]
    /// Label forms, longest first, that a sentence may open with.
    private var labels: [[Unicode.Scalar]] = []
    /// Signatures that close the words they label (`[name=kiang]`), longest first.
    private var signatures: [[Unicode.Scalar]] = []

    init(transcript: Transcript, cueTimes: Set<String> = []) {
        var main: [(String, String)] = []
        if let summary = transcript.summary { main.append(("summary", summary)) }
        main += transcript.lead.map { ("lead", $0) }
        for turn in transcript.turns {
            if let time = turn.time, !cueTimes.contains(time) { main.append(("turn \(turn.index)", time)) }
            main += turn.paragraphs.map { ("turn \(turn.index)", $0) }
        }
        main += transcript.trailing.map { ("trailing", $0) }
        for (place, text) in main { add(place: place, text: text, toNotes: false) }
        // A cue's time kept as a note beside a turn that goes on is layout too.
        for note in transcript.notes where !cueTimes.contains(note.text) { add(place: "note", text: note.text, toNotes: true) }
        covered = Array(repeating: false, count: stream.count)
        noteCovered = Array(repeating: false, count: notes.count)
        var forms = Set<[Unicode.Scalar]>()
        for participant in transcript.participants {
            // A call transcript prints a name line, then `Organization - Title`: both are the label.
            var affiliation: [String] = []
            if participant.name != nil, let place = participant.organization ?? participant.outlet,
                Self.isPlausibleAffiliation(place: place, title: participant.title ?? "")
            {
                affiliation.append(place + (participant.title ?? ""))
                // FactSet's `Analyst, JPMorgan Securities LLC`: the title before the company.
                if let title = participant.title { affiliation.append(title + place) }
            }
            // `Jane Smith, Mayor:`, `Official Spokesperson, Shri Randhir Jaiswal:`: the title printed beside the name.
            if participant.name != nil, let title = participant.title, Self.isPlausibleAffiliation(place: "", title: title) {
                affiliation.append(title)
            }
            for form in [participant.label] + participant.aliases where SignatureTag.name(inPrinted: form) != nil {
                signatures.append(CoverageKey(form).scalars)
            }
            for form in [participant.label] + participant.aliases + affiliation {
                let key = CoverageKey(form).scalars
                if !key.isEmpty { forms.insert(key) }
            }
        }
        labels = forms.sorted { $0.count > $1.count }
        signatures.sort { $0.count > $1.count }
    }

    /// `Equinix, Inc. - CFO` is an affiliation; `MS. PSAKI: — and ISIS is providing…?` taken for one is a
    /// sentence the parser lost, and must not be excused as a label.
    static func isPlausibleAffiliation(place: String, title: String) -> Bool {
        let text = place + " " + title
        return text.count <= Thresholds.Coverage.longestAffiliation && !text.contains(where: { ":：?？!！。".contains($0) })
    }

    private mutating func add(place: String, text: String, toNotes: Bool) {
        let key = CoverageKey(text)
        let index = pieces.count
        pieces.append(Piece(place: place, text: text, key: key))
        if toNotes {
            if !key.scalars.isEmpty { noteLengths[notes.count] = key.scalars.count }
            notes += key.scalars
            noteOrigin += key.offsets.map { (index, $0) }
        } else {
            stream += key.scalars
            origin += key.offsets.map { (index, $0) }
        }
    }

    /// Marks the next `count` letters of the notes found, from the notes' cursor.
    private mutating func consumeNotes(_ count: Int) {
        mark(&noteCovered, from: noteCursor, count: count)
        noteCursor += count
    }

    /// Marks the next `count` letters of the result found, from the cursor.
    private mutating func consumeStream(_ count: Int) {
        mark(&covered, from: cursor, count: count)
        cursor += count
    }

    /// Finds the sentence where the result should have it; returns whether it was found.
    mutating func consume(_ sentence: [Unicode.Scalar]) -> Bool {
        var candidates = [sentence[...]]
        var closesWithTurnLetter = false
        for label in labels where sentence.starts(with: label) {
            let rest = sentence.dropFirst(label.count)
            candidates.append(rest)
            if label.count > 1, rest.count == 1, let letter = rest.first, SpeakerLexicon.turnMarkerLetters.contains(String(letter)) {
                closesWithTurnLetter = true
            }
            // A header line prints the name, then the affiliation: `Sam Ortiz,  Acme Corp - CEO    [2]`.
            for affiliation in labels where affiliation != label && rest.starts(with: affiliation) {
                candidates.append(rest.dropFirst(affiliation.count))
            }
        }
        // A clock time before the label: `[00:09:25] Patrick O'Donnell:`.
        var clockLength = sentence.prefix { ("0"..."9").contains($0) }.count
        // A chat export's date and time of twelve hours: `[11/14/2025 5:58 PM] kettle.host`.
        if clockLength > 0, case let meridiem = Array(sentence.dropFirst(clockLength).prefix(2)).map(Character.init),
            ["AM", "PM", "am", "pm"].contains(String(meridiem))
        {
            clockLength += 2
        }
        // A committee's question number: `Q12 Chair:`.
        if clockLength == 0, sentence.first == "Q" {
            let digits = sentence.dropFirst().prefix { ("0"..."9").contains($0) }.count
            if digits > 0 { clockLength = 1 + digits }
        }
        if clockLength > 0 {
            // `[00:01:05] Samuel Okonkwo: And honestly…` going on with the same speaker's words: the clock went to the
            // notes, the words to the turn.
            if Self.matches(sentence.prefix(clockLength), in: notes, at: noteCursor) {
                for label in labels where sentence.dropFirst(clockLength).starts(with: label) {
                    let rest = sentence.dropFirst(clockLength + label.count)
                    if rest.isEmpty || Self.matches(rest, in: stream, at: cursor) {
                        consumeNotes(clockLength)
                        consumeStream(rest.count)
                        return true
                    }
                    // `[00:00:41] 簡志遠：（畫面切換…）大家可以看到…`: a direction opening the words is the note after the clock.
                    let clockNote = noteCursor
                    consumeNotes(clockLength)
                    if consumeAcrossNotes(rest) { return true }
                    for index in clockNote..<min(noteCovered.count, clockNote + clockLength) { noteCovered[index] = false }
                    noteCursor = clockNote
                }
            }
            // A question's number before the label (`1、《某报》…：`) is numbering, as a list's is.
            for label in labels where sentence.dropFirst(clockLength).starts(with: label) {
                candidates.append(sentence.prefix(clockLength) + sentence.dropFirst(clockLength + label.count))
                candidates.append(sentence.dropFirst(clockLength + label.count))
            }
        }
        // A signature closes the words it labels: `…等等 [name=kiang]`.
        for label in signatures where sentence.count > label.count && sentence.reversed().starts(with: label.reversed()) {
            candidates.append(sentence.dropLast(label.count))
        }
        // FactSet's title line closes with the turn's `Q` or `A` (`Analyst, Barclays Capital, Inc.      Q`), which says
        // who asks, as the label does: excused before the letter can be taken for the first of the turn's words, unless
        // the letter is all a turn says (`HANNITY: A...`).
        if closesWithTurnLetter, cursor >= origin.count || pieces[origin[cursor].piece].key.scalars.count > 1 { return true }
        for candidate in candidates where !candidate.isEmpty && Self.matches(candidate, in: stream, at: cursor) {
            consumeStream(candidate.count)
            return true
        }
        // A label alone, or with a call transcript's turn number (`Operator    [1]`): it became the speaker.
        let isTurnNumber = { (rest: ArraySlice<Unicode.Scalar>) in
            rest.count <= Thresholds.Coverage.mostDigitsInATurnNumber && rest.allSatisfy { ("0"..."9").contains($0) }
        }
        // A header's field that prints the same words as a later label (「主持人：…陶建峰」 over 「主持人 …陶建峰：」) is the
        // next note, whole, before it is a label.
        if candidates.dropFirst().contains(where: \.isEmpty), Self.matches(sentence[...], in: notes, at: noteCursor) {
            consumeNotes(sentence.count)
            return true
        }
        if candidates.dropFirst().contains(where: { $0.isEmpty || isTurnNumber($0) }) {
            // `Mayor Patricia Lowell (01:02):` over more of the same speaker's words: the clock went to the notes.
            if let clock = candidates.dropFirst().first(where: { !$0.isEmpty && isTurnNumber($0) }),
                Self.matches(clock, in: notes, at: noteCursor)
            {
                consumeNotes(clock.count)
            }
            return true
        }
        // The next note, whole: a thread's `level 1` over a post whose age starts with the same digit is that note, not
        // the start of a later `level 2` and the age.
        for candidate in candidates where !candidate.isEmpty {
            if Self.matches(candidate, in: notes, at: noteCursor) {
                consumeNotes(candidate.count)
                return true
            }
        }
        // A stage direction opening a turn went to the notes and the words after it to the turn.
        for candidate in candidates where !candidate.isEmpty {
            for start in notes.indices where !noteCovered[start] && notes[start] == candidate.first {
                var split = 0
                while split < candidate.count, start + split < notes.count,
                    noteOrigin[start + split].piece == noteOrigin[start].piece,
                    notes[start + split] == candidate[candidate.startIndex + split]
                {
                    split += 1
                }
                let rest = candidate.dropFirst(split)
                if !rest.isEmpty, Self.matches(rest, in: stream, at: cursor) {
                    // Other notes may sit before this one: move on only past notes already found.
                    mark(&noteCovered, from: start, count: split)
                    while noteCursor < notes.count, noteCovered[noteCursor] { noteCursor += 1 }
                    consumeStream(rest.count)
                    return true
                }
            }
        }
        // A stage direction taken out of the sentence into the notes: 「（笑）很好？」, `Q (Inaudible) vaccine…`.
        for candidate in candidates where !candidate.isEmpty {
            if consumeAcrossNotes(candidate) { return true }
        }
        // Not at the cursor: a little further on (what was skipped is reported as unexpected),
        // or among the notes. Short sentences are too common to be looked for far away.
        for candidate in candidates where candidate.count >= Thresholds.Coverage.shortestSentenceSoughtAhead {
            if let found = Self.find(candidate, in: stream, from: cursor, within: Self.lookahead) {
                mark(&covered, from: found, count: candidate.count)
                cursor = found + candidate.count
                return true
            }
            // Notes are searched from the first one not yet found: a note split off a turn's start
            // may have been found out of order.
            let firstOpen = min(noteCursor, noteCovered.firstIndex(of: false) ?? notes.count)
            if let found = Self.find(candidate, in: notes, from: firstOpen, within: notes.count) {
                mark(&noteCovered, from: found, count: candidate.count)
                noteCursor = found + candidate.count
                return true
            }
        }
        return false
    }

    /// Matches a sentence from the stream at the cursor, taking whole notes from the notes at their
    /// cursor where the stream does not go on with the sentence.
    private mutating func consumeAcrossNotes(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        var position = sentence.startIndex
        var streamIndex = cursor
        var noteIndex = noteCursor
        var streamSpans: [(Int, Int)] = []
        var noteSpans: [(Int, Int)] = []
        var usedNote = false
        while position < sentence.endIndex {
            if streamIndex < stream.count, stream[streamIndex] == sentence[position] {
                let start = streamIndex
                while position < sentence.endIndex, streamIndex < stream.count, stream[streamIndex] == sentence[position] {
                    position += 1
                    streamIndex += 1
                }
                streamSpans.append((start, streamIndex - start))
                continue
            }
            guard let length = noteLengths[noteIndex], length <= sentence.endIndex - position,
                Self.matches(sentence[position..<(position + length)], in: notes, at: noteIndex)
            else { return false }
            noteSpans.append((noteIndex, length))
            position += length
            noteIndex += length
            usedNote = true
        }
        guard usedNote else { return false }
        for (start, count) in streamSpans { mark(&covered, from: start, count: count) }
        for (start, count) in noteSpans { mark(&noteCovered, from: start, count: count) }
        cursor = streamIndex
        noteCursor = noteIndex
        return true
    }

    private func mark(_ flags: inout [Bool], from start: Int, count: Int) {
        for index in start..<min(flags.count, start + count) { flags[index] = true }
    }

    private static func matches(_ needle: ArraySlice<Unicode.Scalar>, in haystack: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + needle.count <= haystack.count else { return false }
        var index = start
        for scalar in needle {
            if haystack[index] != scalar { return false }
            index += 1
        }
        return true
    }

    private static func find(
        _ needle: ArraySlice<Unicode.Scalar>, in haystack: [Unicode.Scalar], from start: Int, within limit: Int
    ) -> Int? {
        guard let first = needle.first else { return nil }
        let last = min(haystack.count - needle.count, start + limit)
        guard start <= last else { return nil }
        for position in start...last where haystack[position] == first && matches(needle, in: haystack, at: position) {
            return position
        }
        return nil
    }

    /// Runs of the result no sentence accounted for, in the words of the result.
    func leftovers() -> [TextCoverage.Unexpected] {
        runs(covered, origin) + runs(noteCovered, noteOrigin)
    }

    private func runs(_ flags: [Bool], _ origins: [(piece: Int, offset: Int)]) -> [TextCoverage.Unexpected] {
        var result: [TextCoverage.Unexpected] = []
        var index = 0
        while index < flags.count {
            guard !flags[index] else {
                index += 1
                continue
            }
            let piece = origins[index].piece
            let start = origins[index].offset
            var end = start
            while index < flags.count, !flags[index], origins[index].piece == piece {
                end = origins[index].offset
                index += 1
            }
            let scalars = Array(pieces[piece].text.unicodeScalars)
            let text = String(String.UnicodeScalarView(scalars[start...min(end, scalars.count - 1)]))
            result.append(TextCoverage.Unexpected(place: pieces[piece].place, text: text))
        }
        return result
    }
}
