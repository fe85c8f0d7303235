/// A run of `KEY: value` lines that describe the record (`INTERVIEWEE: Allison Okamura`, `INTERVIEWER: Peter
/// Asaro`, `DATE: 16 September 2014`, `PLACE: Chicago, IL`): fields, not turns, though a role word opens one.
enum MetadataLines {
    /// The blocks in such runs: two or more field lines in a row, one of them a field the lexicon knows.
    static func fields(in blocks: [LabeledBlock]) -> [Int] {
        var result: [Int] = []
        var run: [Int] = []
        var hasKnownKey = false
        func close() {
            if run.count >= Thresholds.MetadataLines.shortestRun, hasKnownKey { result += run }
            run = []
            hasKnownKey = false
        }
        for (index, block) in blocks.enumerated() {
            guard let key = fieldKey(block.block.text) else {
                close()
                continue
            }
            run.append(index)
            if SpeakerLexicon.metadataKeys.contains(key.uppercased()) { hasKnownKey = true }
        }
        close()
        return result
    }

    /// 「公司董事会秘书：邵明远」: a label that prints an office and no name, over a Chinese name alone on its line; or
    /// 「主持人：教育部新闻办公室主任、新闻发言人 曲雅文」, a part and the office of someone the document labels by
    /// name (`labelledNames`, the Chinese names of its labels), with no sentence; or a part and a Latin name alone
    /// (``namesAPartsHolder(_:)``).
    static func namesAnOfficeHolder(_ block: LabeledBlock, labelledNames: Set<String>) -> Bool {
        if namesAPartsHolder(block) { return true }
        // Most such labels open a turn whose words end a sentence: told on the last character before any line is cut.
        guard let label = block.label, label.name == nil, label.outlet == nil, let last = block.text.last,
            label.title != nil || !sentenceEnds.contains(last),
            let line = block.text.split(separator: "\n", maxSplits: 1).first.map({ $0.trimmingCharacters(in: " \u{3000}") })
        else { return false }
        if label.title != nil, LabelParser.isChineseName(line), let surname = line.first {
            return SpeakerLexicon.chineseSurnames.contains(surname)
        }
        guard !labelledNames.isEmpty, line.utf8.count <= Thresholds.MetadataLines.longestLine * 4,
            line.hasLength(atMost: Thresholds.MetadataLines.longestLine), !line.contains(where: { "，,；;".contains($0) || sentenceEnds.contains($0) })
        else { return false }
        return labelledNames.contains { $0.count < line.count && line.hasSuffix($0) }
    }

    /// `IN THE CHAIR: Katarina ANDERSSON`, `Moderator: Jane Doe`: a part the lexicon knows (``SpeakerLexicon/roleLabel(_:)``,
    /// ``SpeakerLexicon/presidingLineKeys``) and a person's name of two words or more alone on one line, which nobody says.
    private static func namesAPartsHolder(_ block: LabeledBlock) -> Bool {
        // A Latin name ends on a letter: most turns end on a mark.
        guard let last = block.block.text.utf8.last, (0x41...0x5A).contains(last) || (0x61...0x7A).contains(last),
            !block.block.text.contains("\n")
        else { return false }
        let part: String
        let words: String
        if let label = block.label, label.outlet == nil {
            (part, words) = (label.text, block.text)
        } else if let candidate = block.candidate {
            (part, words) = (candidate.text, candidate.rest)
        } else {
            return false
        }
        let line = words.trimmingCharacters(in: " ")
        let namesAPart = block.label?.roleHint != nil || CandidateReading.isLexiconRole(part)
            || SpeakerLexicon.presidingLineKeys.contains(part.uppercased())
        return namesAPart && line.split(separator: " ").count >= 2 && LabelParser.isLatinName(line)
    }

    /// 「主席兼行政總裁　鄺志軒先生」 / 「執行董事兼首席財務官　麥嘉慧女士」 under 「出席管理層：」: the lines of a roster
    /// under an attendance heading, read as a label over words, name who attends and say nothing.
    static func listsUnderAttendanceHeading(_ block: LabeledBlock, previous: LabeledBlock) -> Bool {
        // Told first on the heading's last byte: `:` (3A) or the last of `：` (EF BC 9A).
        guard let lastByte = previous.block.text.utf8.last, lastByte == 0x3A || lastByte == 0x9A,
            block.label != nil || block.candidate != nil, let last = previous.block.text.last, last == "：" || last == ":",
            SpeakerLexicon.nonSpeakerPrefixes.contains(where: { previous.block.text.hasPrefix($0) }),
            previous.block.text.hasLength(atMost: Thresholds.MetadataLines.longestLine),
            block.block.text.hasLength(atMost: Thresholds.MetadataLines.longestLine * 4)
        else { return false }
        return !block.block.text.contains { sentenceEnds.contains($0) }
    }

    /// `智能章节:` / `00:00:03 开场介绍` / `00:09:45 媒体提问`: the chapters a recording's export lists under their
    /// heading, each a clock time and a title, which name no speaker.
    static func chapterLines(in blocks: [LabeledBlock]) -> [Int] {
        var lines: [Int] = []
        var underHeading = false
        for (index, block) in blocks.enumerated() {
            let text = block.block.text
            if underHeading, text.hasLength(atMost: Thresholds.MetadataLines.longestLine), let (_, title) = Timestamp.leadingClock(Substring(text)),
                !title.isEmpty, !title.contains(where: { sentenceEnds.contains($0) })
            {
                lines.append(index)
                continue
            }
            underHeading = false
            guard let last = text.last, last == ":" || last == "：", text.hasLength(atMost: Thresholds.MetadataLines.longestLine) else { continue }
            underHeading = SpeakerLexicon.chapterHeadings.contains(String(text.dropLast()).trimmingCharacters(in: " "))
        }
        return lines
    }

    /// The key of a short `KEY: value` line whose value is no sentence.
    ///
    /// Most lines that get this far are a label alone (「唐鳳：」) or a turn's opening line (「唐鳳：我們…。」): the text's
    /// last character turns them down before the colon is sought on characters and both sides are trimmed. A colon
    /// there leaves no value when it is the text's only colon scalar. ``fieldKeyReference(_:)`` reads every line in
    /// full, and `FastPathTests` holds the two equal.
    static func fieldKey(_ text: String) -> String? {
        guard text.utf8.count <= Thresholds.MetadataLines.longestLine * 4 else { return nil }
        if let last = text.last(where: { $0 != " " }), last.unicodeScalars.count == 1, let scalar = last.unicodeScalars.first {
            if sentenceEnds.unicodeScalars.contains(scalar) { return nil }
            if scalar == ":" || scalar == "：", colonCount(text.utf8) == 1 { return nil }
        }
        return fieldKeyReference(text)
    }

    /// The marks a field's value never ends with.
    private static let sentenceEnds = ".?!。？！"

    /// How many colon scalars the bytes hold: `:` is byte 3A and `：` bytes EF BC 9A, which no other scalar holds.
    private static func colonCount(_ bytes: String.UTF8View) -> Int {
        var count = 0
        var wide = 0
        for byte in bytes {
            if byte == 0x3A { count += 1 }
            // How far into EF BC 9A the bytes read.
            switch (wide, byte) {
            case (_, 0xEF): wide = 1
            case (1, 0xBC): wide = 2
            case (2, 0x9A): count += 1; wide = 0
            default: wide = 0
            }
        }
        return count
    }

    /// ``fieldKey(_:)`` on every line: the plain version of the rule.
    static func fieldKeyReference(_ text: String) -> String? {
        // A key is a few words: its colon comes within the first bytes.
        guard text.utf8.count <= Thresholds.MetadataLines.longestLine * 4,
            ColonProbe.hasColon(inFirst: Thresholds.MetadataLines.longestKeyBytes, bytesOf: text.utf8),
            text.hasLength(atMost: Thresholds.MetadataLines.longestLine),
            let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" })
        else { return nil }
        let key = text[..<colon].trimmingCharacters(in: " ")
        let value = text[text.index(after: colon)...].trimmingCharacters(in: " ")
        guard !key.isEmpty, !value.isEmpty, key.split(separator: " ").count <= 3,
            key.first.map({ $0.isUppercase || $0.unicodeScalars.first?.properties.isIdeographic == true }) == true,
            let last = value.last, !sentenceEnds.contains(last)
        else { return nil }
        return key
    }
}
