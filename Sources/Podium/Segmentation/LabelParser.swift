#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds and reads the speaker label that opens a paragraph.
enum LabelParser {
    static let maximumChineseLabelLength = Thresholds.LabelReading.longestChineseLabel
    static let maximumEnglishLabelLength = Thresholds.LabelReading.longestEnglishLabel

    /// Characters that never occur in a Chinese label: a sentence has started.
    private static let sentencePunctuationMarks = "。？！；，?!;,“”‘’\"…—"
    private static let sentencePunctuation = Set(sentencePunctuationMarks)

    /// Splits `LABEL：rest` or `LABEL: rest`; returns `nil` when the paragraph does not open with a label.
    static func split(_ text: String, strongPrefix: String?) -> (SpeakerLabel, rest: String)? {
        if strongPrefix == nil, !mayOpenLabel(text) { return nil }
        if let strong = strongPrefix, let bold = boldCapitalsLabel(strong, in: text) { return bold }
        if let english = englishLabel(text) { return english }
        // `Mr. Ivanov (Russian Federation):`, `ANA REYES/ABS-CBN:`: read only where an ASCII capital or digit opens the
        // text and a colon comes soon enough, as in most paragraphs none does.
        if let first = text.utf8.first, (0x41...0x5A).contains(first) || (0x31...0x39).contains(first),
            let colon = text.utf8.prefix(longestNotedLabelBytes).firstIndex(of: UInt8(ascii: ":"))
        {
            if let noted = latinLabelWithNotes(text, colon: colon) { return noted }
            if let asker = nameSlashOutlet(text, colon: colon) { return asker }
            // `Senator O'DOWD (New South Wales—Minister for Resources) (14:03):`: the first colon tells the time in a note.
            if let outside = firstColonOutsideBrackets(text.utf8.prefix(longestNotedLabelBytes)), outside != colon,
                let noted = latinLabelWithNotes(text, colon: outside)
            {
                return noted
            }
        }
        return chineseLabel(text, isStrong: strongPrefix.map { isLabelShaped($0) } ?? false)
    }

    /// A cheap test run before the readers below, which most sentences fail: without a bold prefix, a label
    /// opens with an ASCII capital (English labels) or a digit (numbered ones), or holds a colon (Chinese labels).
    /// Conservative: `FastPathTests` checks on every line of the corpus and on generated text that it never turns
    /// down a line `englishLabel` or `chineseLabel` reads as a label.
    static func mayOpenLabel(_ text: String) -> Bool {
        mayOpenLabel(at: text.startIndex, in: text.unicodeScalars)
    }

    /// Whether the text starting at `start` may open a label (``mayOpenLabel(_:)`` for a window inside a
    /// paragraph), read on scalars: it opens with an ASCII capital, or a colon comes before the label's
    /// length runs out or a sentence goes on. Conservative: where a scalar may join the one before it into
    /// one character, it says yes.
    ///
    /// Read on the UTF-8 bytes, a scalar decoded from its bytes; ``mayOpenLabelReference(at:in:)`` reads the scalar
    /// view, and `FastPathTests` holds the two equal.
    static func mayOpenLabel(at start: String.Index, in scalars: String.UnicodeScalarView) -> Bool {
        guard start < scalars.endIndex else { return false }
        let utf8 = String(scalars).utf8
        // Looked up once, not at every scalar.
        let (brackets, sentenceMarks) = (bracketOpenerScalars, sentencePunctuationScalars)
        let decided: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            var offset = utf8.distance(from: utf8.startIndex, to: start)
            if (0x41...0x5A).contains(bytes[offset]) || opensWithANumberedName(bytes[offset...]) { return true }
            var scanned = 0
            var bracketSeen = false
            var allSimple = true
            while offset < bytes.count {
                let lead = bytes[offset]
                let (scalar, length) = lead < 0x80 ? (Unicode.Scalar(lead), 1) : UTF8Decoding.scalar(in: bytes, at: offset)
                if scalar == ":" || scalar == "：" { return true }
                if !scalar.isWholeCharacter { allSimple = false }
                if brackets.contains(scalar) { bracketSeen = true }
                offset += length
                scanned += 1
                if !bracketSeen, sentenceMarks.contains(scalar),
                    offset == bytes.count || UTF8Decoding.scalar(in: bytes, at: offset).scalar.isWholeCharacter
                {
                    return false
                }
                if scanned > maximumChineseLabelLength {
                    return !allSimple && scanned <= maximumChineseLabelLength * Thresholds.LabelReading.mostScalarsPerCharacter
                }
            }
            return false
        }
        return decided ?? mayOpenLabelReference(at: start, in: scalars)
    }

    /// Whether the bytes open with a question's number before a capital (`12. M`): a numbered English label may.
    private static func opensWithANumberedName(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let digits = bytes.prefix { (0x30...0x39).contains($0) }
        guard (1...Thresholds.LabelReading.mostDigitsInAQuestionNumber).contains(digits.count) else { return false }
        let after = bytes[digits.endIndex...].prefix(3)
        return after.count == 3 && after[after.startIndex] == 0x2E && after[after.startIndex + 1] == 0x20
            && (0x41...0x5A).contains(after[after.startIndex + 2])
    }

    /// ``mayOpenLabel(at:in:)`` read on the scalar view: the rule the byte reading keeps to.
    static func mayOpenLabelReference(at start: String.Index, in scalars: String.UnicodeScalarView) -> Bool {
        guard start < scalars.endIndex else { return false }
        // A capital opens an English label; a number, a period, a blank and a capital a numbered one (`12. Mrs Fiona
        // Reyes (Taunton Deane, LD):`).
        if (0x41...0x5A).contains(scalars[start].value) { return true }
        let digits = scalars[start...].prefix { (0x30...0x39).contains($0.value) }
        if (1...Thresholds.LabelReading.mostDigitsInAQuestionNumber).contains(digits.count) {
            let after = scalars[digits.endIndex...].prefix(3).map(\.value)
            if after.count == 3, after[0] == 0x2E, after[1] == 0x20, (0x41...0x5A).contains(after[2]) { return true }
        }
        var position = start
        var scanned = 0
        var bracketSeen = false
        var allSimple = true
        while position < scalars.endIndex {
            let scalar = scalars[position]
            if scalar == ":" || scalar == "：" { return true }
            if !scalar.isWholeCharacter { allSimple = false }
            if isBracketOpener(scalar) { bracketSeen = true }
            scalars.formIndex(after: &position)
            scanned += 1
            // A sentence has started outside brackets: `chineseLabel` stops here, unless a mark joins this
            // scalar to the next one.
            if !bracketSeen, isSentencePunctuation(scalar),
                position == scalars.endIndex || scalars[position].isWholeCharacter
            {
                return false
            }
            if scanned > maximumChineseLabelLength {
                return !allSimple && scanned <= maximumChineseLabelLength * Thresholds.LabelReading.mostScalarsPerCharacter
            }
        }
        return false
    }

    /// Brackets a label may hold (「李华（市生态环境局局长）：」, `Tom Baker [00:00:05]:`), and quotation marks around a
    /// handle (「连麦用户“阿杰”：」): a colon inside them ends nothing, and the closing mark no sentence.
    private static let bracketOpeners = "（(『【[“"
    private static let bracketClosers = "）)』】]”"

    static let bracketOpenerScalars = ScalarList(bracketOpeners)
    static let bracketCloserScalars = ScalarList(bracketClosers)

    private static func isBracketOpener(_ scalar: Unicode.Scalar) -> Bool {
        bracketOpenerScalars.contains(scalar)
    }

    private static func isBracketCloser(_ scalar: Unicode.Scalar) -> Bool {
        bracketCloserScalars.contains(scalar)
    }

    /// ``sentencePunctuation`` for one scalar, compared in turn rather than hashed: it runs on every scalar.
    private static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        sentencePunctuationScalars.contains(scalar)
    }

    static let sentencePunctuationScalars = ScalarList(sentencePunctuationMarks)

    private static func isLabelShaped(_ strong: String) -> Bool {
        strong.hasSuffix("：") || strong.hasSuffix(":")
    }

    // MARK: Chinese

    private static func chineseLabel(_ text: String, isStrong: Bool) -> (SpeakerLabel, rest: String)? {
        guard let (candidate, consumed) = chineseLabelCandidate(text), !isClockColon(after: candidate, in: text) else { return nil }
        let label = withoutBullet(candidate).trimmingCharacters(in: " \u{3000}\u{A0}*")
        guard var parsed = parseChinese(label) else { return nil }
        if isStrong { parsed.isTentative = false }
        // A closing `*` is the other half of emphasis markup around the words, not text.
        let rest = text.dropFirst(consumed).trimming(leading: " \u{3000}\u{A0}*", trailing: " \u{3000}\u{A0}*")
        return (parsed, rest)
    }

    /// Whether the colon after `candidate` stands between two digits: `Mr Speaker 10:05 a.m.` prints a clock, no label.
    private static func isClockColon(after candidate: Substring, in text: String) -> Bool {
        guard let before = candidate.utf8.last, (0x30...0x39).contains(before) else { return false }
        let after = text.utf8[candidate.endIndex...].dropFirst().first
        return after.map { (0x30...0x39).contains($0) } ?? false
    }

    /// The words before the label's colon (outside brackets) and how many characters the colon ends, when a
    /// colon comes within ``maximumChineseLabelLength`` characters and no sentence punctuation before it.
    ///
    /// Read on scalars while each is a character by itself (``Unicode/Scalar/isWholeCharacter``), which is
    /// every label of the corpus; from the first scalar that may join its neighbour, on characters.
    static func chineseLabelCandidate(_ text: String) -> (candidate: Substring, consumed: Int)? {
        if case .decided(let reading) = chineseLabelCandidateOnASCII(text) { return reading }
        let scalars = text.unicodeScalars
        var bracketDepth = 0
        var consumed = 0
        var position = scalars.startIndex
        while position < scalars.endIndex, consumed <= maximumChineseLabelLength {
            let scalar = scalars[position]
            let next = scalars.index(after: position)
            guard scalar.isWholeCharacter, next == scalars.endIndex || scalars[next].isWholeCharacter else {
                return chineseLabelCandidateOnCharacters(text)
            }
            consumed += 1
            if isBracketOpener(scalar) { bracketDepth += 1 }
            if isBracketCloser(scalar) { bracketDepth -= 1 }
            if bracketDepth == 0 && (scalar == "：" || scalar == ":") {
                return (Substring(scalars[..<position]), consumed)
            }
            if bracketDepth == 0 && !isBracketCloser(scalar) && isSentencePunctuation(scalar) { return nil }
            position = next
        }
        return nil
    }

    /// What a reading on bytes found: the reading, or that a byte it read may not be a character of its own.
    private enum ASCIIReading {
        case decided((candidate: Substring, consumed: Int)?)
        case undecided
    }

    /// For each ASCII byte, what ``chineseLabelCandidate(_:)`` makes of it (bit 0 a bracket opening, bit 1 one closing,
    /// bit 2 a sentence's punctuation): read off the scalar lists once.
    private static let asciiLabelClasses: [UInt8] = (0..<128).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return (isBracketOpener(scalar) ? 1 : 0) | (isBracketCloser(scalar) ? 2 : 0) | (isSentencePunctuation(scalar) ? 4 : 0)
    }

    /// ``chineseLabelCandidate(_:)`` on bytes, as long as each byte read is ASCII and a character of its own: not CR,
    /// and no byte outside ASCII after it, which could be a mark joining it. An English paragraph is read a byte at a
    /// time up to its first sentence mark, without the scalar view and three list lookups a scalar.
    private static func chineseLabelCandidateOnASCII(_ text: String) -> ASCIIReading {
        let classes = asciiLabelClasses
        let reading: ASCIIReading? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var bracketDepth = 0
            var consumed = 0
            var index = 0
            while index < bytes.count, consumed <= maximumChineseLabelLength {
                let byte = bytes[index]
                guard byte < 0x80, byte != 0x0D, index + 1 == bytes.count || bytes[index + 1] < 0x80 else { return .undecided }
                consumed += 1
                let kind = classes[Int(byte)]
                if kind & 1 != 0 { bracketDepth += 1 }
                if kind & 2 != 0 { bracketDepth -= 1 }
                if bracketDepth == 0 && byte == UInt8(ascii: ":") {
                    return .decided((text[..<text.utf8.index(text.utf8.startIndex, offsetBy: index)], consumed))
                }
                if bracketDepth == 0 && kind & 4 != 0 { return .decided(nil) }
                index += 1
            }
            return .decided(nil)
        }
        return reading ?? .undecided
    }

    static func chineseLabelCandidateOnCharacters(_ text: String) -> (candidate: Substring, consumed: Int)? {
        var bracketDepth = 0
        var consumed = 0
        var position = text.startIndex
        while position < text.endIndex, consumed <= maximumChineseLabelLength {
            let character = text[position]
            consumed += 1
            if character.isOne(of: bracketOpeners) { bracketDepth += 1 }
            if character.isOne(of: bracketClosers) { bracketDepth -= 1 }
            if bracketDepth == 0 && (character == "：" || character == ":") { return (text[..<position], consumed) }
            if bracketDepth == 0 && !character.isOne(of: bracketClosers) && sentencePunctuation.contains(character) { return nil }
            position = text.index(after: position)
        }
        return nil
    }

    /// Reads a label such as 「工业和信息化部新闻发言人、运行监测协调局局长罗俊杰」 or 「新华社记者」.
    ///
    /// The reading depends on the text alone and the same labels come back turn after turn, so readings
    /// are remembered (a bounded table shared by all threads).
    /// 「記者（普通話）」, 「助理處長（刑事）（粵語）」: a Chinese label and the bracketed note of the language spoken after it
    /// (``SpeakerLexicon/chineseLanguageNotes``), or `nil`.
    static func languageNoted(_ text: String) -> (label: String, note: String)? {
        guard text.last == "）", let open = text.lastIndex(of: "（"), open > text.startIndex,
            SpeakerLexicon.chineseLanguageNotes.contains(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        else { return nil }
        return (String(text[..<open]), String(text[open...]))
    }

    /// A handle an online asker posts under, after the asker's word: a few characters and no sentence's mark.
    private static func isAskersHandle(_ handle: String) -> Bool {
        !handle.isEmpty && handle.count <= Thresholds.LabelReading.longestHandle && !handle.contains(where: { sentencePunctuation.contains($0) })
    }

    /// 「文旅局宣传科小吴」 → 小吴 of 文旅局宣传科: a familiar name (小 or 老 and a surname) after a unit the lexicon's last
    /// characters name (``SpeakerLexicon/chineseUnitSuffixes``).
    private static func unitMember(_ label: String, raw: String) -> SpeakerLabel? {
        guard label.count >= 4, !label.contains(" "), case let name = String(label.suffix(2)), let prefix = name.first, let surname = name.last,
            SpeakerLexicon.familiarNamePrefixes.contains(prefix), SpeakerLexicon.chineseSurnames.contains(surname)
        else { return nil }
        let unit = String(label.dropLast(2))
        guard SpeakerLexicon.chineseUnitSuffixes.contains(where: { unit.hasSuffix($0) }) else { return nil }
        return SpeakerLabel(text: raw, name: name, organization: unit)
    }

    static func parseChinese(_ raw: String) -> SpeakerLabel? {
        if let known = LabelMemo.chinese.reading(of: raw) { return known }
        let reading = parseChineseLabel(raw)
        LabelMemo.chinese.remember(reading, for: raw)
        return reading
    }

    private static func parseChineseLabel(_ raw: String) -> SpeakerLabel? {
        // `Jane Doe (00:01:10)`, `Jane Doe [00:01:10]`: the time printed in the label is the turn's, not part of
        // the label or a title.
        if let (printed, clock) = Timestamp.trailingBracketedClock(raw), var reading = parseChineseLabel(printed) {
            reading.time = clock
            return reading
        }
        var label = raw
        for (open, close) in [("『", "』"), ("【", "】"), ("[", "]"), ("「", "」")] where label.hasPrefix(open) && label.hasSuffix(close) {
            label = String(label.dropFirst().dropLast())
        }
        // A role word the lexicon knows is a speaker, whatever else it reads like: 「解说」 ends as 「他说」 does.
        if let role = SpeakerLexicon.roleLabel(label) {
            return SpeakerLabel(text: label, roleHint: role)
        }
        guard !NonSpeakerText.matches(label), label.contains(where: { $0.isLetter }) else { return nil }
        // 「2號候選人蔡宛庭」: a debate's or a contest's ballot number before the person it numbers.
        if let numbered = withoutBallotNumber(label), var reading = parseChineseLabel(numbered) {
            reading.text = raw
            return reading
        }
        if let first = label.unicodeScalars.first, first.properties.numericType != nil || first == "（" || first == "(",
            !isOutletOpeningWithDigits(label)
        {
            return nil
        }
        if OrdinalMarkers.startsWithMarker(label) { return nil }
        // 「觀眾A」, 「观众2」: a role word, then the letter or number that tells its holders apart.
        let identifier = label.reversed().prefix { $0.isASCII && ($0.isNumber || $0.isUppercase) }
        // 「发言人3：」, 「说话人 1：」: a recorder's placeholder for one person, whose words say what part they play.
        if !identifier.isEmpty, SpeakerLexicon.isDiarizationLabel(label) { return SpeakerLabel(text: label, name: label) }
        if (1...Thresholds.LabelReading.mostDigitsInAQuestionNumber).contains(identifier.count),
            let role = SpeakerLexicon.roleLabel(String(label.dropLast(identifier.count)).trimmingCharacters(in: " "))
        {
            return SpeakerLabel(text: label, roleHint: role)
        }
        // 「问题1」, 「問題 12」: a numbered question of an investor relations record, asked by someone it does not name.
        let number = label.reversed().prefix { $0.isASCII && $0.isNumber }
        if (1...Thresholds.LabelReading.mostDigitsInAQuestionNumber).contains(number.count),
            SpeakerLexicon.numberedQuestionWords.contains(String(label.dropLast(number.count)).trimmingCharacters(in: " "))
        {
            return SpeakerLabel(text: label, roleHint: .reporter)
        }
        // 「董秘」: the short form of an office, whose holder the header names in full (「公司董事会秘书：邵明远」).
        if let office = SpeakerLexicon.chineseOfficeAbbreviations[label] {
            return SpeakerLabel(text: label, roleHint: .official, title: office)
        }
        // 「王明答」, 「部長答」, 「记者问」, 「董秘回复」: who speaks, then the verb of the turn; the verb says the role when
        // the words before it do not. Read before a handle, so that 「网友提问」 is no handle 「提问」.
        if let (verb, verbRole) = SpeakerLexicon.turnVerbsLongestFirst.first(where: { label.utf8.reversed().starts(with: $0.key.utf8.reversed()) }),
            label.count > verb.count, case let speaker = String(label.dropLast(verb.count)), var reading = parseChineseLabel(speaker),
            // The verb follows a role, a title or a person's name only.
            !reading.isTentative || (speaker.first.map(SpeakerLexicon.chineseSurnames.contains) == true && isChineseName(speaker))
        {
            reading.text = raw
            reading.roleHint = reading.roleHint ?? verbRole
            return reading
        }
        // 「【网友提问】豆豆妈」: a live stream's tag for an asker's word, then the handle the viewer posts under.
        if label.hasPrefix("【"), let close = label.firstIndex(of: "】"), case let tag = String(label[label.index(after: label.startIndex)..<close]),
            SpeakerLexicon.roleLabel(tag) == .reporter,
            // 「【弹幕】@山里的风」: the handle as the stream prints it, after `@`.
            case let handle = label[label.index(after: close)...].trimmingCharacters(in: " \u{3000}").trimmingCharacters(in: "@＠"),
            isAskersHandle(handle)
        {
            return SpeakerLabel(text: raw, roleHint: .reporter, name: handle)
        }
        // 「投资者 老张看盘」, 「网友 ASD2021」, 「网友“城南老街坊”」: an asker's word, then the handle they post under.
        if let word = SpeakerLexicon.handleAskerWords.first(where: { label.utf8.starts(with: $0.utf8) }), case let handle = label.dropFirst(word.count)
            .trimmingCharacters(in: " \u{3000}").trimmingCharacters(in: "“”「」\""), isAskersHandle(handle)
        {
            return SpeakerLabel(text: raw, roleHint: .reporter, name: handle)
        }
        // A parenthesised note after a name: 「李华（市生态环境局局长）」; or the outlet of the one who asks:
        // 「记者（新华社）」, 「问（人民日报记者）」, `JANE DOE (CNN)`.
        var note: String?
        var noteOutlet: String?
        if let open = label.firstIndex(where: { $0 == "（" || $0 == "(" }), label.last == "）" || label.last == ")" {
            note = String(label[label.index(after: open)..<label.index(before: label.endIndex)])
            label = String(label[..<open]).trimmingCharacters(in: " ")
            if let outlet = note.flatMap(outletNamed) {
                noteOutlet = outlet
                note = nil
            }
            if let role = SpeakerLexicon.roleLabel(label) {
                // `MODERATOR (Jane Doe)`, `A (Minister Lee)`, 「主持人（张明）」: the note names who holds the role.
                if let person = note.flatMap(personNamed) {
                    return SpeakerLabel(text: raw, roleHint: role, name: person.name, title: person.title)
                }
                // 「答（曾）」: a surname alone is no title; the opening names who holds it (``TitleHolder``).
                if let surname = note, surname.count == 1, surname.first.map(SpeakerLexicon.chineseSurnames.contains) == true {
                    note = nil
                }
                return SpeakerLabel(text: raw, roleHint: noteOutlet != nil ? .reporter : role, title: note, outlet: noteOutlet)
            }
        }

        if let reporter = reporterLabel(label, raw: raw) { return reporter }
        // 「文旅局宣传科小吴」: an office's unit, then the familiar name its staff go by.
        if let unitMember = unitMember(label, raw: raw) { return unitMember }
        // 「中央社 蘇思云」: an outlet, a space, the reporter's name; 「宁川日报-孙晓」, as a chat group's nickname joins them.
        let parts = label.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || SpeakerLexicon.nicknameJoiners.contains($0) })
            .map(String.init)
        if parts.count == 2, OutletLexicon.isOutlet(parts[0]) || OutletLexicon.names.contains(parts[0]),
            isChineseName(parts[1]) || isLatinName(parts[1])
        {
            return SpeakerLabel(text: raw, roleHint: .reporter, name: parts[1], title: note, outlet: parts[0])
        }
        // 「自由時報」: a whole outlet name is not an outlet's short name and a reporter's.
        if OutletLexicon.isOutlet(label) {
            return SpeakerLabel(text: raw, roleHint: .reporter, title: note, outlet: label)
        }
        // The same with the space lost to line joining: 「中央社蘇思云」.
        let outlets = Thresholds.Outlets.self
        for length in stride(
            from: min(label.count - Thresholds.LabelReading.shortestChineseName, outlets.longestChineseOutlet),
            through: outlets.shortestChineseOutlet, by: -1)
        {
            let name = String(label.dropFirst(length))
            // Cheapest first: the name must open with a Chinese surname, which no English label has.
            guard let surname = name.first, SpeakerLexicon.chineseSurnames.contains(surname), isChineseName(name) else { continue }
            let outlet = String(label.prefix(length))
            guard OutletLexicon.names.contains(outlet) || OutletLexicon.isOutlet(outlet) else { continue }
            return SpeakerLabel(text: raw, roleHint: .reporter, name: name, title: note, outlet: outlet)
        }

        // A name followed by a title: 「盧偉國議員」, 「王局長」.
        if let (titleEnd, printedTitle) = lastTitle(in: label), titleEnd == label.endIndex {
            var before = String(label[..<label.index(titleEnd, offsetBy: -printedTitle.count)])
            var titleWord = printedTitle
            // 「林副市長」: the deputy's title, not 林副 the 市長.
            if before.count >= 2, let prefix = before.last, SpeakerLexicon.chineseTitlePrefixes.contains(prefix) {
                before.removeLast()
                titleWord = String(prefix) + titleWord
            }
            let name = stripHonorific(before)
            // 「林部長」: a surname and a title name the person as well as a full name does; 「公司董事会秘书」 names no 公司.
            let isSurnameOnly = name.count == 1 && name.first.map { SpeakerLexicon.chineseSurnames.contains($0) } == true
            if isSurnameOnly || isChineseName(name), let surname = name.first, SpeakerLexicon.chineseSurnames.contains(surname),
                !SpeakerLexicon.chineseOrganisationWords.contains(name)
            {
                let roleHint = titleRole(titleWord)
                return SpeakerLabel(text: raw, roleHint: roleHint, name: name, title: note ?? titleWord)
            }
        }

        // Titles followed by a name.
        if let (titleEnd, titleWord) = lastTitle(in: label) {
            let titlePart = String(label[..<titleEnd])
            var name = String(label[titleEnd...]).trimmingCharacters(in: " \u{3000}、")
            name = stripHonorific(name)
            guard name.count <= Thresholds.LabelReading.longestNameAfterTitle, !name.contains(where: { sentencePunctuation.contains($0) }),
                // 「跟球员们说了几点」: words after a title that no surname opens are a clause, not a name.
                !(name.count > Thresholds.LabelReading.shortestSureChineseName && name.unicodeScalars.first?.properties.isIdeographic == true
                    && name.first.map(SpeakerLexicon.chineseSurnames.contains) == false)
            else { return nil }
            let roleHint = titleRole(titleWord)
            // 「林委員志明」, 「王部長國棟」, 「蕭副總裁美均」: the surname, the title, then the given name, as Taiwan's legislature
            // and press print them.
            if let surname = titlePart.first, SpeakerLexicon.chineseSurnames.contains(surname),
                case let office = titlePart.dropFirst(),
                office == Substring(titleWord) || (office.count == titleWord.count + 1 && office.hasSuffix(titleWord)
                    && office.first.map(SpeakerLexicon.chineseTitlePrefixes.contains) == true),
                (1...2).contains(name.count), isChineseName(String(surname) + name)
            {
                return SpeakerLabel(text: raw, roleHint: roleHint, name: String(surname) + name, title: note ?? String(office))
            }
            let (organization, title) = splitOrganization(titlePart)
            guard label.count <= maximumChineseLabelLength else { return nil }
            // One who asks is printed with the firm or outlet they ask for: 「分析师 王磊（中信证券）」.
            if roleHint == .reporter {
                return SpeakerLabel(
                    text: raw, roleHint: roleHint, name: name.isEmpty ? nil : name, title: title,
                    organization: organization, outlet: noteOutlet ?? note)
            }
            return SpeakerLabel(
                text: raw, roleHint: roleHint, name: name.isEmpty ? nil : name, title: note ?? title,
                organization: organization)
        }

        // A bare name: Chinese names are two to four characters; a Latin name is a few capitalised words.
        let name = stripHonorific(label)
        let hasNote = note != nil || noteOutlet != nil
        if isChineseName(name) {
            let surname = name.first.map { SpeakerLexicon.chineseSurnames.contains($0) } ?? false
            return SpeakerLabel(
                text: raw, roleHint: noteOutlet.map { _ in .reporter }, name: name, title: note, outlet: noteOutlet,
                isTentative: !hasNote && !(surname && name.count >= Thresholds.LabelReading.shortestSureChineseName))
        }
        if isLatinName(name) {
            // `Governor Dana Whitfield`: the title before the full name is the speaker's.
            let person = titledName(name)
            return SpeakerLabel(
                text: raw, roleHint: noteOutlet.map { _ in .reporter }, name: person?.name ?? name, title: note ?? person?.title,
                outlet: noteOutlet, isTentative: !hasNote)
        }
        return nil
    }

    /// The part a Chinese title's holder plays: the host's and the analyst's title say it, a legislator's does not
    /// (``SpeakerLexicon/legislatorTitles``, ``SpeakerLexicon/benchTitles``), and any other is an official's.
    private static func titleRole(_ titleWord: String) -> LabelRole? {
        if let role = SpeakerLexicon.chineseTitleRoles[titleWord] { return role }
        return SpeakerLexicon.legislatorTitles.contains(titleWord) || SpeakerLexicon.benchTitles.contains(titleWord) ? nil : .official
    }

    /// `Governor Dana Whitfield` → `Dana Whitfield` and `Governor`: the title words before a full name in small
    /// letters, the name kept as printed. `nil` when no title opens it, when an honorific does (`Dr. Marcus Lee`,
    /// `Mr. Griffiths`, printed so), when a surname alone follows (`Mayor Lee`, `Press Secretary OHTAKA`), or for a name in capitals.
    static func titledName(_ name: String) -> (name: String, title: String)? {
        var words = name.split(separator: " ")[...]
        var titleWords: [Substring] = []
        while words.count > Thresholds.Affiliations.fewestWordsInAName, let first = words.first,
            case let word = first.trimmingCharacters(in: ".").uppercased(), !SpeakerLexicon.englishHonorifics.contains(word),
            isTitleWord(word)
        {
            titleWords.append(first)
            words = words.dropFirst()
        }
        // `Press Secretary OHTAKA`: title words up to a surname, whatever the count, are no full name.
        guard !titleWords.isEmpty, words.contains(where: { $0.contains(where: \.isLowercase) }),
            let nameOpening = words.first, !isTitleWord(nameOpening.trimmingCharacters(in: ".").uppercased())
        else { return nil }
        return (words.joined(separator: " "), titleWords.joined(separator: " "))
    }

    /// A word of an office (``SpeakerLexicon/englishTitles``, upper-cased), not one of the small words between them
    /// (`of`, `the`, `and`).
    private static func isTitleWord(_ upperCased: String) -> Bool {
        SpeakerLexicon.englishTitles.contains(upperCased) && !SpeakerLexicon.lowercaseTitleWords.contains(upperCased.lowercased())
    }

    /// 「2號候選人蔡宛庭」 → 「候選人蔡宛庭」: the words after a ballot number (``SpeakerLexicon/ballotNumberMarks``), where
    /// more than a bare word follows it.
    private static func withoutBallotNumber(_ label: String) -> String? {
        let digits = label.prefix { $0.isASCII && $0.isNumber }
        guard (1...Thresholds.LabelReading.mostDigitsInAQuestionNumber).contains(digits.count),
            let mark = label.dropFirst(digits.count).first, SpeakerLexicon.ballotNumberMarks.contains(mark)
        else { return nil }
        let rest = label.dropFirst(digits.count + 1).trimmingCharacters(in: " \u{3000}")
        return rest.count >= 2 ? rest : nil
    }

    /// 「21世纪经济报道记者」: an outlet whose name opens with digits, then ideographs, before a reporter's word; 「1、记者」
    /// and 「2024年记者」 open a list's item and a date.
    private static func isOutletOpeningWithDigits(_ label: String) -> Bool {
        let afterDigits = label.drop { $0.isASCII && $0.isNumber }
        guard afterDigits.count < label.count, let next = afterDigits.first, next != "年", next != "月", next != "日",
            next.unicodeScalars.first?.properties.isIdeographic == true
        else { return false }
        return SpeakerLexicon.reporterWords.contains(where: label.hasSuffix)
    }

    private static func reporterLabel(_ label: String, raw: String) -> SpeakerLabel? {
        for word in SpeakerLexicon.reporterWords {
            guard let range = label.literalRange(of: word, backwards: true) else { continue }
            var outlet = String(label[..<range.lowerBound]).trimmingCharacters(in: " \u{3000}的")
            let name = String(label[range.upperBound...]).trimmingCharacters(in: " \u{3000}")
            guard !SpeakerLexicon.reporterWordCompounds.contains(where: name.hasPrefix) else { return nil }
            let limits = Thresholds.LabelReading.self
            guard name.count <= limits.longestChineseName, outlet.count <= limits.longestOutletBeforeReporterWord else { return nil }
            outlet = outlet.replacingLiteral("《", with: "").replacingLiteral("》", with: "")
            if outlet.hasSuffix("提问") || outlet.hasSuffix("提問") { outlet = "" }
            // 「提問人 自由時報記者吳宗翰」: the part the person plays, then their outlet.
            if let part = SpeakerLexicon.askerPartsBeforeAnOutlet.first(where: outlet.hasPrefix) {
                outlet = outlet.dropFirst(part.count).trimmingCharacters(in: " \u{3000}")
            }
            return SpeakerLabel(
                text: raw, roleHint: .reporter, name: name.isEmpty ? nil : name, outlet: outlet.isEmpty ? nil : outlet)
        }
        return nil
    }

    /// `Question 1` → reporter: a role word of one who asks, numbered (``CandidateReading/numberedRole(_:)``).
    private static func numberedAskerRole(_ base: String) -> LabelRole? {
        let words = base.split(separator: " ").map(String.init)
        guard words.count == 2, words[1].count <= Thresholds.LabelReading.mostDigitsInAQuestionNumber,
            CandidateReading.numberedRole(words) == .reporter
        else { return nil }
        return .reporter
    }

    /// `Manoj Verma, Reuters`, `Shri Puneet Kaushal, Chief General Manager`: a note that names a person, then what
    /// they are or whom they ask for.
    private static func nameAndAffiliation(in note: String) -> (name: String, affiliation: String)? {
        guard let comma = note.firstIndex(of: ","), case let name = note[..<comma].trimmingCharacters(in: " "),
            name.split(separator: " ").count >= Thresholds.Affiliations.fewestWordsInAName, isLatinName(name),
            case let affiliation = note[note.index(after: comma)...].trimmingCharacters(in: " "), AffiliationLine.isTitleLine(affiliation[...])
        else { return nil }
        return (name, affiliation)
    }

    /// The person a parenthesised note after a role word names: `Jane Doe`, `Minister Lee` (a title and a name),
    /// `Shri Puneet Kaushal, Chief General Manager` (a name and a title), 「张明」.
    private static func personNamed(by note: String) -> (name: String, title: String?)? {
        if let (name, title) = nameAndAffiliation(in: note), let person = parseEnglish(name).name {
            return (SpeakerLexicon.withoutEnglishHonorifics(person), title)
        }
        if isChineseName(note), let surname = note.first, SpeakerLexicon.chineseSurnames.contains(surname) { return (note, nil) }
        // 「新闻局副局长 袁静」, 「新闻局副局长袁静」: a title the lexicon knows, then the name.
        let compact = note.filter { $0 != " " && $0 != "\u{3000}" }
        for title in SpeakerLexicon.chineseTitles {
            guard let range = compact.literalRange(of: title), case let name = String(compact[range.upperBound...]),
                isChineseName(name), let surname = name.first, SpeakerLexicon.chineseSurnames.contains(surname)
            else { continue }
            return (name, String(compact[..<range.upperBound]))
        }
        guard isLatinName(note) else { return nil }
        let person = parseEnglish(note)
        guard let name = person.name, !name.isEmpty else { return nil }
        return (name, person.title)
    }

    /// The outlet a parenthesised note names: 「新华社」, 「人民日报记者」, `CNN`; `nil` for a title or anything else.
    private static func outletNamed(by note: String) -> String? {
        if let reporter = reporterLabel(note, raw: note), reporter.name == nil, let outlet = reporter.outlet { return outlet }
        let bare = note.replacingLiteral("《", with: "").replacingLiteral("》", with: "").trimmingCharacters(in: " ")
        return OutletLexicon.isOutlet(bare) ? bare : nil
    }

    /// The end of the last title word in the label, so the rest is the name.
    private static func lastTitle(in label: String) -> (String.Index, String)? {
        var best: (String.Index, String)?
        for title in SpeakerLexicon.chineseTitles {
            guard let range = label.literalRange(of: title, backwards: true) else { continue }
            // The title that ends last; of two ending together, the longer (局长助理 over 助理).
            guard let (end, word) = best else {
                best = (range.upperBound, title)
                continue
            }
            if range.upperBound > end || (range.upperBound == end && title.count > word.count) {
                best = (range.upperBound, title)
            }
        }
        return best
    }

    /// 「工业和信息化部新闻发言人、运行监测协调局局长」 → 「工业和信息化部」 and the titles after it.
    private static func splitOrganization(_ titlePart: String) -> (String?, String?) {
        let trimmed = titlePart.trimmingCharacters(in: " 、")
        guard !trimmed.isEmpty else { return (nil, nil) }
        var firstTitle: String.Index?
        for title in SpeakerLexicon.chineseTitles {
            if let range = trimmed.literalRange(of: title), firstTitle == nil || range.lowerBound < firstTitle! {
                firstTitle = range.lowerBound
            }
        }
        guard var split = firstTitle, split > trimmed.startIndex else { return (nil, trimmed) }
        // 「新闻局副局长」: the deputy prefix belongs to the title, the bureau to the organisation.
        if SpeakerLexicon.chineseTitlePrefixes.contains(trimmed[trimmed.index(before: split)]) { split = trimmed.index(before: split) }
        guard split > trimmed.startIndex else { return (nil, trimmed) }
        let organization = String(trimmed[..<split]).trimmingCharacters(in: " 、")
        let title = String(trimmed[split...]).trimmingCharacters(in: " 、")
        return (organization.isEmpty ? nil : organization, title.isEmpty ? nil : title)
    }

    private static func stripHonorific(_ name: String) -> String {
        for suffix in SpeakerLexicon.honorificSuffixes where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    static func isChineseName(_ text: String) -> Bool {
        let limits = Thresholds.LabelReading.self
        return (limits.shortestChineseName...limits.longestChineseName).contains(text.count)
            && text.unicodeScalars.allSatisfy { TextNormalization.isWide($0) && $0.properties.isIdeographic || $0 == "·" }
    }

    static func isLatinName(_ text: String) -> Bool {
        // The first word opens with a capital, ASCII or an accented Latin one (`Ángel`, `Ó Faoláin`, whose UTF-8 opens with
        // C3 to C5): most texts are turned down without splitting them.
        guard let first = text.utf8.first(where: { $0 != 0x20 }), (0x41...0x5A).contains(first) || (0xC3...0xC5).contains(first) else {
            return false
        }
        // One to four words, each an ASCII capital and letters, periods, hyphens or apostrophes: read word by
        // word, so a sentence stops at its first word in lower case instead of being split whole.
        if let decided = isLatinNameOnBytes(text) { return decided }
        var words = 0
        var inWord = false
        for character in text {
            if character == " " {
                inWord = false
            } else if inWord {
                guard character.isLetter || character == "." || character == "-" || character == "'" else { return false }
            } else {
                inWord = true
                words += 1
                guard words <= Thresholds.LabelReading.mostWordsInALatinName, character.isUppercase, isLatinCapital(character) else { return false }
            }
        }
        return words >= 1
    }

    /// `Mr Daniel Koh Wei Ming` → `Daniel Koh Wei Ming`: the name after an honorific (``SpeakerLexicon/englishHonorifics``),
    /// so that a four-word name with its `Mr` is read as a name.
    private static func withoutHonorific(_ text: String) -> Substring {
        guard let blank = text.firstIndex(of: " "),
            SpeakerLexicon.isEnglishHonorific(text[..<blank])
        else { return Substring(text) }
        return text[text.index(after: blank)...]
    }

    /// A capital of the Latin alphabet, accented ones included (`Ó`, `É`, `Ł`): Latin-1 and Latin Extended-A.
    private static func isLatinCapital(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.isASCII || (0xC0...0x17F).contains(scalar.value)
    }

    /// The word-by-word reading of ``isLatinName(_:)`` on bytes, while each byte read is a character of its own:
    /// printable ASCII before a byte that is ASCII too (none outside ASCII may join it). `nil` where one is not.
    private static func isLatinNameOnBytes(_ text: String) -> Bool? {
        let decided: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var words = 0
            var inWord = false
            for (index, byte) in bytes.enumerated() {
                guard byte >= 0x20, byte < 0x7F, index + 1 == bytes.count || bytes[index + 1] < 0x80 else { return nil }
                if byte == 0x20 {
                    inWord = false
                } else if inWord {
                    guard byte.isASCIILetter || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") else {
                        return false
                    }
                } else {
                    inWord = true
                    words += 1
                    guard words <= Thresholds.LabelReading.mostWordsInALatinName, (0x41...0x5A).contains(byte) else { return false }
                }
            }
            return words >= 1
        }
        return decided ?? nil
    }

    /// ``isLatinName(_:)`` as the words of the whole text: the plain version the word-by-word reading is held to.
    static func isLatinNameReference(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...Thresholds.LabelReading.mostWordsInALatinName).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase, isLatinCapital(first) else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" }
        }
    }

    // MARK: English

    /// `**EDWARD LAWRENCE** Thank you`: a bold name in capitals is a label even without a colon.
    private static func boldCapitalsLabel(_ strong: String, in text: String) -> (SpeakerLabel, rest: String)? {
        // Only capitals qualify, so most bold openings are turned down on their first byte.
        guard let first = strong.utf8.first(where: { $0 != 0x20 && $0 != 0x3A && $0 != 0x2E }),
            (0x41...0x5A).contains(first) || first == 0x27 || first == 0x2D
        else { return nil }
        let raw = strong.trimmingCharacters(in: " :.")
        let limits = Thresholds.LabelReading.self
        guard text.utf8.starts(with: strong.utf8), raw.count >= limits.shortestEnglishLabel, raw.count <= maximumEnglishLabelLength,
            raw.allSatisfy({ ($0.isLetter && !$0.isLowercase && $0.isASCII) || " .'-".contains($0) }),
            raw.filter(\.isLetter).count >= limits.fewestLettersInAnEnglishLabel, !SpeakerLexicon.nonSpeakers.contains(raw),
            !DiscourseLexicon.sectionHeadings.contains(raw)
        else { return nil }
        let rest = text.dropFirst(strong.count).trimming(leading: " :\u{A0}", trailing: " \u{A0}")
        return (parseEnglish(raw), rest)
    }

    /// `Mr. Nebenzia (Russian Federation) (spoke in Russian): …`, `MR. KIRBY [NSC]: …`, `Q [AP]: …`: a Latin name, title
    /// or role word in capitals, then notes in round or square brackets, then the colon. The notes make a label longer
    /// than a Chinese one may be (a United Nations record's delegate, country and language), so the English length holds.
    /// A note says the outlet of the one who asks, or the speaker's title; one that says the language spoken
    /// (``SpeakerLexicon/languageNotes``) says neither.
    static func latinLabelWithNotes(_ text: String) -> (SpeakerLabel, rest: String)? {
        guard let colon = firstColonOutsideBrackets(text.utf8.prefix(longestNotedLabelBytes)) else { return nil }
        return latinLabelWithNotes(text, colon: colon)
    }

    /// The first colon outside brackets: `Senator O'DOWD (New South Wales—Minister for Resources) (14:03):` prints the
    /// time in a note, its colon no label's end.
    private static func firstColonOutsideBrackets(_ bytes: Substring.UTF8View.SubSequence) -> String.Index? {
        var depth = 0
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth = max(0, depth - 1)
            case UInt8(ascii: ":") where depth == 0: return index
            default: continue
            }
        }
        return nil
    }

    /// Bytes, at most, before the colon of a label with notes: an English label's characters and a note's, two bytes
    /// each at most where a name is not in ASCII (`Mr. de Rivière`).
    static let longestNotedLabelBytes = (maximumEnglishLabelLength + Thresholds.LabelReading.longestNoteAfterAName) * 2 + 1

    /// ``latinLabelWithNotes(_:)`` with the text's first colon found.
    private static func latinLabelWithNotes(_ text: String, colon: String.Index) -> (SpeakerLabel, rest: String)? {
        // Cheapest first: an ASCII capital (or a question's number) opens it, and a note's closing bracket comes right
        // before the colon.
        guard let first = text.utf8.first, (0x41...0x5A).contains(first) || (0x31...0x39).contains(first),
            colon > text.utf8.startIndex, case let before = text.utf8[text.utf8.index(before: colon)],
            before == UInt8(ascii: ")") || before == UInt8(ascii: "]")
                || (before.isASCIILetter && text[..<colon].containsLiteral(SpeakerLexicon.answeringOnBehalf))
        else { return nil }
        guard case let printed = String(text[..<colon]),
            printed.count <= maximumEnglishLabelLength + Thresholds.LabelReading.longestNoteAfterAName,
            // `1. Mr Alan Hughes (Leeds Central, Lab):`: the number of a question on the order paper.
            // `Senator O'DOWD (…) (14:03):`: the time the record prints last is the turn's. `Hon DAVID FENWICK (Associate
            // Minister of Health) on behalf of the Minister of Health:`: whom a minister answers for is no part of who speaks.
            case let clocked = Timestamp.trailingBracketedClock(Self.withoutQuestionNumber(printed)),
            case let numbered = clocked?.printed ?? Self.withoutQuestionNumber(printed),
            case let unnumbered = numbered.literalRange(of: SpeakerLexicon.answeringOnBehalf).map { String(numbered[..<$0.lowerBound]) } ?? numbered,
            let notes = BracketedNotes(unnumbered, allowingHonorifics: true)
        else { return nil }
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\u{A0}" || after.first == "\t" else { return nil }
        let said = notes.notes.filter { note in !SpeakerLexicon.languageNotes.contains { note.lowercased().hasPrefix($0) } }
        let base = notes.base
        var label: SpeakerLabel
        if let role = SpeakerLexicon.roleLabel(base) ?? Self.numberedAskerRole(base) {
            label = SpeakerLabel(text: printed, roleHint: role)
            // `MODERATOR (Jane Doe)`: the note names who holds the role; an asker's (`Q (Reuters)`) names the outlet.
            // `The Chair (Mr. Raymond Oduya (Mississauga—Malton, Lib.))`: the member among the notes.
            if role != .reporter, let person = said.lazy.filter({ outletNamed(by: $0) == nil }).compactMap(personNamed).first {
                label.name = person.name
                label.title = person.title
            }
        } else if let office = notes.office, let person = notes.person, AffiliationLine.namesAnOffice(office) {
            // `The Minister of State, Department for Transport (Ms Clare Whitfield)`, `The First Minister (Eilidh Munro)`:
            // the office, its holder in the note.
            var holder = parseEnglish(person)
            holder.title = office
            holder.roleHint = .official
            label = holder
        } else if base.count <= maximumEnglishLabelLength, isLatinName(base) || isLatinName(String(withoutHonorific(base))) {
            // The name's length is bounded as a label's, the notes' by ``Thresholds/LabelReading/longestNoteAfterAName``.
            label = parseEnglish(base)
        } else {
            return nil
        }
        label.text = clocked == nil ? printed : Timestamp.trailingBracketedClock(printed)?.printed ?? printed
        if label.roleHint == .reporter, label.name == nil, let note = said.first {
            // `Q [REUTERS]`, `REPORTER (Bloomberg)`: the note of one who asks names the outlet; `Question 1 (Manoj
            // Verma, Reuters)` the asker first.
            if let (name, outlet) = Self.nameAndAffiliation(in: note) {
                label.name = parseEnglish(name).name ?? name
                label.outlet = outlet
            } else {
                label.outlet = outletNamed(by: note) ?? note
            }
        } else if let outlet = said.lazy.compactMap(outletNamed).first {
            // `JANE DOE (CNN)`: an outlet the lexicon knows is the asker's.
            label.outlet = outlet
            label.roleHint = .reporter
        } else if label.title == nil, let note = said.first {
            label.title = note
            // `LINDA SØRENSEN (MODERATOR)`: a role word in the note is the speaker's part.
            if let role = SpeakerLexicon.roleLabel(note), role == .moderator { label.roleHint = role }
        }
        label.isTentative = false
        if let clock = clocked?.clock { label.time = clock }
        return (label, String(after).trimmingCharacters(in: " \t\u{A0}"))
    }

    /// `Q. Merriman Smith, United Press: Mr. President, …` (the words after `Q.`): the one who asks says who and for
    /// whom, as the American Presidency Project prints its news conferences. `Q: Okay. Secondly, on Ukraine: …` and
    /// `Q: Hi Karine, Fox News: …` name nobody: a name's only periods close its initials (`Jane Q. Public`), and no
    /// greeting or reply word opens it.
    private static func selfNamedAsker(_ rest: String) -> (SpeakerLabel, rest: String)? {
        guard let (name, printedOutlet, words, _) = CandidateReader.nameAndTitleBeforeColon(Substring(rest)),
            CandidateReader.isTitleCaseName(name), name.split(separator: " ").allSatisfy({ !$0.contains(".") || $0.count == 2 }),
            let opening = name.split(separator: " ").first.map({ $0.lowercased() }),
            !DiscourseLexicon.callingOnGreetings.contains(opening), !DiscourseLexicon.replyWords.contains(opening)
        else { return nil }
        let outlet = printedOutlet.trimmingCharacters(in: " ")
        let reporter = SpeakerLabel(text: "Q. " + name + ", " + outlet, roleHint: .reporter, name: String(name), outlet: outlet)
        return (reporter, words.trimmingCharacters(in: " \t\u{A0}"))
    }

    /// `1. Mr Alan Hughes (Leeds Central, Lab)` → `Mr Alan Hughes (Leeds Central, Lab)`; other text as it is.
    private static func withoutQuestionNumber(_ printed: String) -> String {
        let digits = printed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, printed.dropFirst(digits.count).hasPrefix(". ") else { return printed }
        return String(printed.dropFirst(digits.count + 2))
    }

    /// `JOSEPH REYES/ABS-CBN: Good afternoon…`: a reporter's name and outlet joined by a slash, as the Philippine
    /// government's briefings print them.
    static func nameSlashOutlet(_ text: String) -> (SpeakerLabel, rest: String)? {
        guard let colon = text.utf8.prefix(longestNotedLabelBytes).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return nameSlashOutlet(text, colon: colon)
    }

    /// ``nameSlashOutlet(_:)`` with the text's first colon found.
    private static func nameSlashOutlet(_ text: String, colon: String.Index) -> (SpeakerLabel, rest: String)? {
        guard let first = text.utf8.first, (0x41...0x5A).contains(first),
            text.utf8.distance(from: text.utf8.startIndex, to: colon) <= maximumEnglishLabelLength,
            let slash = text.utf8[..<colon].firstIndex(of: UInt8(ascii: "/"))
        else { return nil }
        let name = String(text[..<slash]).trimmingCharacters(in: " ")
        let outlet = String(text[text.index(after: slash)..<colon]).trimmingCharacters(in: " ")
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " ", name.split(separator: " ").count >= 2, isLatinName(name),
            let initial = outlet.first, initial.isUppercase, !outlet.contains("/"),
            outlet.split(separator: " ").count <= Thresholds.LabelReading.mostWordsInALatinName
        else { return nil }
        var label = parseEnglish(name)
        guard label.roleHint == nil, label.name != nil else { return nil }
        label.text = String(text[..<colon])
        label.outlet = outlet
        label.roleHint = .reporter
        label.isTentative = false
        return (label, String(after).trimmingCharacters(in: " \t\u{A0}"))
    }

    /// `MS. PSAKI:  text`, `CHAIR POWELL. text`, `Q    text`, `Q: text`.
    static func englishLabel(_ text: String) -> (SpeakerLabel, rest: String)? {
        guard let firstByte = text.utf8.first, (0x41...0x5A).contains(firstByte) else { return nil }
        let window = maximumEnglishLabelLength + 2
        if let opening = PlainASCII.opening(of: text, characters: window) {
            return englishLabel(text, opening: opening)
        }
        if lowercaseEndsTheLabel(text) { return nil }
        // `MS. PSAKI:\u{A0} Good afternoon`, `Q’s`: where each scalar of the opening is a character, its scalars are read.
        if WholeScalarCharacter.isWhole(text, characters: window) {
            return englishLabel(text, opening: Array(text.unicodeScalars.prefix(window)).map { WholeScalarCharacter($0) })
        }
        return englishLabelReference(text)
    }

    /// Whether the reading on characters would stop at a lowercase letter, told from the bytes, so that its characters
    /// need not be found: the text opens with a capital other than `Q` and `A` (whose readings look further), and a
    /// lowercase ASCII letter that nothing after it joins (plain ASCII follows, or nothing) comes before any colon,
    /// period or CR. Scalars outside ASCII are stepped over: none is a colon or a period, the only characters at which
    /// that reading may find a label, and whatever else they are, it either goes on past them or turns the text down
    /// there. A mark prepended to the letter (U+0600) leaves it a lowercase character. Where unsure, no.
    /// `FastPathTests` holds that the reading on characters finds no label where this says yes.
    static func lowercaseEndsTheLabel(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, (0x41...0x5A).contains(first), first != UInt8(ascii: "Q"), first != UInt8(ascii: "A") else {
            return false
        }
        var position = utf8.startIndex
        while position < utf8.endIndex {
            let byte = utf8[position]
            utf8.formIndex(after: &position)
            guard byte < 0x80 else { continue }
            guard byte != 0x0D, byte != UInt8(ascii: ":"), byte != UInt8(ascii: ".") else { return false }
            if (0x61...0x7A).contains(byte), position == utf8.endIndex || (utf8[position] < 0x80 && utf8[position] != 0x0D) {
                return true
            }
        }
        return false
    }

    /// ``englishLabel(_:)`` on characters, for any text: the plain version the fast path is held to.
    static func englishLabelReference(_ text: String) -> (SpeakerLabel, rest: String)? {
        guard let firstByte = text.utf8.first, (0x41...0x5A).contains(firstByte) else { return nil }
        return englishLabel(text, opening: Array(text.prefix(maximumEnglishLabelLength + 2)))
    }

    /// The rule of ``englishLabel(_:)``, on the text's opening characters.
    private static func englishLabel<C: TextCharacter>(_ text: String, opening scalars: [C]) -> (SpeakerLabel, rest: String)? {
        guard let first = scalars.first, first.isASCII, first.isUppercase else { return nil }
        // Q and A, alone.
        if first == "Q" || first == "A", scalars.count >= 2 {
            let second = scalars[1]
            if second == " " || second == "\t" || second == ":" || second == "." || second == "\u{A0}" {
                if first == "A" && second == " " { return nil }  // "A great day": only `A:` and `A.` are labels.
                // `Q (Reuters): …`, `Q [AP]: …`: a note and a colon after the letter are read with the note.
                if second == " ", scalars.count > 2, scalars[2] == "(" || scalars[2] == "[", scalars.contains(":"),
                    let close = scalars.firstIndex(where: { $0 == ")" || $0 == "]" }), close + 1 < scalars.count, scalars[close + 1] == ":"
                {
                    return nil
                }
                let rest = text.dropFirst(2).trimming(leading: " \t:.\u{A0}", trailing: " \t\u{A0}")
                if first == "Q" && second == "." && rest.first?.isNumber == true { return nil }
                // `Q from @tomas.r: …`: a host relays a question posted in a channel; the host speaks.
                if first == "Q", SocialLexicon.relayedQuestionLinks.contains(where: { rest.hasPrefix($0) }) { return nil }
                if first == "Q", let asker = selfNamedAsker(rest) { return asker }
                return (SpeakerLabel(text: first == "Q" ? "Q" : "A", roleHint: first == "Q" ? .reporter : .official), rest)
            }
            if scalars.count == 1 { return nil }
        }
        var end = 0
        var letters = 0
        while end < scalars.count {
            let character = scalars[end]
            if character == ":" { break }
            if character == "." {
                // A period ends the label unless it closes an abbreviation (MS. U.S.) inside it.
                let word = wordBefore(scalars, end)
                if !(SpeakerLexicon.englishHonorifics.contains(word) || word.count == 1 || SpeakerLexicon.dottedAbbreviations.contains(word)) { break }
            }
            // A label is in capitals: a lowercase letter anywhere before its end turns the text down.
            if character.isLowercase { return nil }
            if character.isLetter { letters += 1 }
            if !(character.isLetter || character == " " || character == "." || character == "-" || character == "'"
                || character == "’" || character == "\u{A0}" || character.isNumber)
            {
                return nil
            }
            end += 1
        }
        let limits = Thresholds.LabelReading.self
        guard end < scalars.count, end >= limits.shortestEnglishLabel, letters >= limits.fewestLettersInAnEnglishLabel else { return nil }
        let terminator = scalars[end]
        let after = end + 1 < scalars.count ? scalars[end + 1] : " "
        // `end + 1 == text.count`, without counting a long paragraph to the end.
        guard after == " " || after == "\u{A0}" || after == "\t" || text.hasLength(atMost: end + 1) else { return nil }
        let raw = C.string(scalars[..<end]).replacingLiteral("\u{A0}", with: " ").trimmingCharacters(in: " ")
        guard raw.contains(where: { $0.isLetter }),
            raw.split(separator: " ").contains(where: { $0.count >= limits.shortestWordInAnEnglishLabel })
        else {
            return nil
        }
        guard !SpeakerLexicon.nonSpeakers.contains(raw), !SpeakerLexicon.eventNames.contains(where: raw.containsLiteral),
            !DiscourseLexicon.transcriptEndMarkers.contains(where: raw.hasPrefix), !NonSpeakerText.endsWithStoryTag(raw),
            !isClauseInCapitals(raw)
        else { return nil }
        let rest = String(text.dropFirst(end + 1)).trimmingCharacters(in: " \t\u{A0}")
        var label = parseEnglish(raw)
        // One capitalised word is usually an acronym opening a sentence ("U.N. Ambassador…", "COVID-19: …"):
        // only a role word, or a word used as a label more than once, is a speaker.
        if raw.split(separator: " ").count == 1 && label.roleHint == nil {
            guard terminator == ":" else { return nil }
            label.isTentative = true
        }
        return (label, rest)
    }

    /// The text after a bullet that opens it (「■主持人」 → 「主持人」, ``SpeakerLexicon/labelBullets``). Every bullet's
    /// UTF-8 opens with byte E2, which no ideograph's or ASCII character's does: most texts are told on that byte.
    static func withoutBullet(_ text: Substring) -> Substring {
        guard text.utf8.first == 0xE2 else { return text }
        return text.drop { SpeakerLexicon.labelBullets.contains($0) }.drop { $0 == " " || $0 == "\u{3000}" }
    }

    /// `THIS IS A RUSH TRANSCRIPT`: capitals that hold a word of a clause (``SpeakerLexicon/clauseWords``). A sentence
    /// has three words at least; most labels have fewer, and are told so by their blanks without being split.
    static func isClauseInCapitals(_ raw: String) -> Bool {
        guard raw.utf8.lazy.filter({ $0 == 0x20 }).count >= 2 else { return false }
        return raw.split(separator: " ").contains { SpeakerLexicon.clauseWords.contains(String($0)) }
    }

    private static func wordBefore<C: TextCharacter>(_ scalars: [C], _ end: Int) -> String {
        var start = end
        while start > 0, scalars[start - 1] != " " { start -= 1 }
        return C.string(scalars[start..<end])
    }

    /// Reads `MS. PSAKI` as a surname with an honorific, `SENIOR ADMINISTRATION OFFICIAL` as an anonymous role.
    ///
    /// As with ``parseChinese(_:)``, the same labels come back turn after turn and readings are remembered;
    /// ``parseEnglishLabel(_:)`` reads afresh.
    static func parseEnglish(_ raw: String) -> SpeakerLabel {
        if let known = LabelMemo.english.reading(of: raw), let label = known { return label }
        let reading = parseEnglishLabel(raw)
        LabelMemo.english.remember(reading, for: raw)
        return reading
    }

    static func parseEnglishLabel(_ raw: String) -> SpeakerLabel {
        if let role = SpeakerLexicon.roleLabel(raw) { return SpeakerLabel(text: raw, roleHint: role) }
        // `REUTERS:`, `KYODO:`: an outlet the lexicon knows asks, where the document shows it is a label (`…of CNBC.
        // Please go ahead.` names the outlet in a sentence).
        if let outlet = OutletLexicon.knownName(raw) {
            var label = SpeakerLabel(text: raw, roleHint: .reporter, outlet: outlet)
            label.isTentative = true
            return label
        }
        let words = raw.split(separator: " ").map(String.init)
        let bare = words.map { $0.trimmingCharacters(in: ".") }
        // `THE PRESIDENT`, `THE VICE PRESIDENT`: a title with its article names the one who holds it, printed so.
        if words.count >= 2, bare[0].uppercased() == "THE" {
            let title = titleCase(words.dropFirst().joined(separator: " "))
            return SpeakerLabel(text: raw, name: "The " + title)
        }
        if bare.contains(where: { SpeakerLexicon.anonymousOfficialWords.contains($0) }) {
            return SpeakerLabel(text: raw, roleHint: .official, title: titleCase(raw))
        }
        // `UNIDENTIFIED REPORTER`: a role word with words that name nobody.
        if bare.count >= 2, let last = bare.last, let role = SpeakerLexicon.roleLabel(last.uppercased()),
            bare.dropLast().allSatisfy({ SpeakerLexicon.unnamedQualifiers.contains($0.uppercased()) })
        {
            return SpeakerLabel(text: raw, roleHint: role)
        }
        // `PRIME MINISTER`, `TREASURER`: an office alone names its holder, who is not called `Minister`.
        if let last = bare.last, SpeakerLexicon.personTitleWords.contains(last.uppercased()), CandidateReading.isTitleAlone(raw),
            !bare.contains(where: { SpeakerLexicon.englishHonorifics.contains($0.uppercased()) })
        {
            return SpeakerLabel(text: raw, roleHint: .official, title: titleCase(raw))
        }
        var nameStart = 0
        while nameStart < bare.count - 1,
            SpeakerLexicon.englishHonorifics.contains(bare[nameStart]) || SpeakerLexicon.englishTitles.contains(bare[nameStart])
        {
            nameStart += 1
        }
        // `PENTAGON PRESS SECRETARY REAR ADMIRAL KAREN FOLEY`, `REAR ADM. FOLEY`: an organisation or a rank the lexicon
        // does not hold opens the titles; the name is what follows their last title or honorific.
        if nameStart == 0, bare.count >= 2,
            let last = bare.indices.dropLast().last(where: { index in
                index > 0 && (SpeakerLexicon.englishHonorifics.contains(bare[index].uppercased()) || isTitleWord(bare[index].uppercased()))
            }),
            (1...Thresholds.LabelReading.mostWordsInANameAfterTitles).contains(bare.count - last - 1),
            !bare[(last + 1)...].contains(where: { SpeakerLexicon.lowercaseTitleWords.contains($0.lowercased()) })
        {
            nameStart = last + 1
        }
        // `SPEAKER 1`, `PANELIST 2`: a numbered participant, not a title before a name.
        if nameStart > 0, bare[nameStart...].allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            return SpeakerLabel(text: raw, name: titleCase(raw))
        }
        let titleWords = words[..<nameStart].filter { !SpeakerLexicon.englishHonorifics.contains($0.trimmingCharacters(in: ".")) }
        let name = titleCase(words[nameStart...].joined(separator: " "))
        return SpeakerLabel(
            text: raw, name: name, title: titleWords.isEmpty ? nil : titleCase(titleWords.joined(separator: " ")))
    }

    /// `NATO Secretary General Henrik Aasland` → `NATO` and the words after it: an acronym opening a label in small
    /// letters, before an office, names the office's organisation.
    static func organizationAcronym(_ words: [String]) -> (organization: String, rest: ArraySlice<String>)? {
        guard words.count >= 2, let first = words.first, (2...Thresholds.LabelReading.longestAcronym).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isUppercase }), words.dropFirst().contains(where: { $0.contains(where: \.isLowercase) }),
            SpeakerLexicon.englishTitles.contains(words[1].uppercased()),
            !SpeakerLexicon.englishHonorifics.contains(first), !SpeakerLexicon.englishTitles.contains(first)
        else { return nil }
        return (first, words.dropFirst())
    }

    private static func titleCase(_ text: String) -> String {
        text.split(separator: " ").map { word -> String in
            let lower = word.lowercased()
            if SpeakerLexicon.lowercaseTitleWords.contains(lower) { return lower }
            if word.count == Thresholds.LabelReading.keptAbbreviationLength && word.contains(".") { return String(word) }
            // `MacLeod`, `DeSantis`: a word printed with its own small letters keeps its capitals as printed.
            if word.dropFirst().contains(where: \.isLowercase), word.dropFirst().contains(where: \.isUppercase) { return String(word) }
            // JEAN-PIERRE → Jean-Pierre, O'BRIEN → O'Brien.
            return lower.split(separator: "-", omittingEmptySubsequences: false).map { part -> String in
                let capitalised = part.prefix(1).uppercased() + part.dropFirst()
                guard part.count > 2, let apostrophe = part.dropFirst().first, apostrophe == "'" || apostrophe == "’" else {
                    return capitalised
                }
                return capitalised.prefix(2) + capitalised.dropFirst(2).prefix(1).uppercased() + capitalised.dropFirst(3)
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}

/// Readings of labels already parsed, one table per reader; cleared when it grows past a few thousand entries.
///
/// The lock is a pthread mutex rather than Synchronization's `Mutex`: ThreadSanitizer (`scripts/sanitize.sh
/// thread`) sees a pthread lock's ordering, and reports a race on every read of a `Mutex`-guarded table.
final class LabelMemo: @unchecked Sendable {
    static let chinese = LabelMemo()
    static let english = LabelMemo()

    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        return mutex
    }()
    private var readings: [String: SpeakerLabel?] = [:]

    /// The remembered reading: `.some(nil)` when the text is known not to be a label, `nil` when unknown.
    func reading(of raw: String) -> SpeakerLabel?? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return readings[raw]
    }

    func remember(_ reading: SpeakerLabel?, for raw: String) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if readings.count >= 4096 { readings.removeAll(keepingCapacity: true) }
        readings[raw] = .some(reading)
    }
}
