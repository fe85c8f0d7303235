/// Splits blocks at the speaker labels that open them, or that open one of their lines,
/// and confirms tentative labels (bare names) against the rest of the document.
enum BlockLabeler {
    /// The blocks' labels as the document's evidence decides them.
    static func label(_ blocks: [Block]) -> [LabeledBlock] {
        LabelEvidence.decide(read(blocks)).blocks
    }

    /// Each block's label or label candidate, read one reading unit at a time, before the evidence of the
    /// whole document is weighed.
    static func read(_ blocks: [Block]) -> [LabeledBlock] {
        // Captions that mark a change of speaker and name nobody: who speaks is read from the words first.
        let blocks = CaptionSpeakers.attributed(blocks)
        // Units by where they start, so a large document's blocks are not copied to be shared out.
        var starts: [Int] = []
        var affiliations: [Int: SpeakerLabel] = [:]
        var joinedBlocks: [Int: Block] = [:]
        var index = 0
        while index < blocks.count {
            starts.append(index)
            let unit = Unit(block: blocks[index], following: index + 1 < blocks.count ? blocks[index + 1] : nil)
            affiliations[index] = unit.affiliation
            if unit.joinsFollowing { joinedBlocks[index] = unit.block }
            index += unit.takesFollowing ? 2 : 1
        }
        let (pairs, joined) = (affiliations, joinedBlocks)
        let labeled = SharedWork.flatMap(starts) { index in
            if let block = joined[index] { return label(unit: Unit(block: block, affiliationLine: nil, affiliation: nil)) }
            let affiliation = pairs[index]
            return label(unit: Unit(block: blocks[index], affiliationLine: affiliation.map { _ in blocks[index + 1] }, affiliation: affiliation))
        }
        return labeled
    }

    /// `（内閣広報官）` over `　それでは、皆様から…`: a bracketed line over words in kana is read as one paragraph, the
    /// bracket its first line, for ``CandidateReader/bracketedLine(_:)`` to weigh; `nil` where the blocks are not those
    /// two.
    static func bracketOverWords(_ label: Block, _ words: Block) -> Block? {
        guard label.kind == .paragraph, words.kind == .paragraph, label.speaker == nil, words.speaker == nil, label.lines.count <= 1,
            CandidateReader.isBracketLine(label.text), words.text.unicodeScalars.contains(where: { ScriptLexicon.kana.contains($0.value) })
        else { return nil }
        let lines = [label.text] + (words.lines.isEmpty ? [words.text] : words.lines)
        return Block(kind: .paragraph, text: TextNormalization.joinWrapped(lines), lines: lines)
    }

    /// `THE MINISTER OF STATE IN THE MINISTRY OF AGRICULTURE AND FARMERS` over `WELFARE (SHRIMATI REKHA DESAI): Sir, …`,
    /// each a block of its own: one label wrapped over two lines (``opensWrappedLabel(_:before:)``), read as one block;
    /// `nil` where the blocks are not those two.
    static func wrappedLabelOverWords(_ label: Block, _ words: Block) -> Block? {
        // Cheapest first: a Latin capital opens the office, as it opens few of a Chinese page's blocks.
        guard let first = label.text.utf8.first, (0x41...0x5A).contains(first),
            label.kind == .paragraph, words.kind == .paragraph, label.speaker == nil, words.speaker == nil, label.lines.count <= 1,
            let line = words.lines.first ?? Optional(words.text), opensWrappedLabel(label.text, before: line)
        else { return nil }
        let lines = [label.text] + (words.lines.isEmpty ? [words.text] : words.lines)
        return Block(kind: .paragraph, text: label.text + " " + words.text, lines: lines)
    }

    /// `“撤销专业不是否定学科”`, `"Not a flood"`: words that are one quotation, marks and all.
    static func isOneQuotation(_ words: String) -> Bool {
        guard let open = words.first, let close = words.last, words.count > 2, let expected = quotationPairs[open], close == expected else {
            return false
        }
        return !words.dropFirst().dropLast().contains(close)
    }

    private static let quotationPairs: [Character: Character] = ["“": "”", "「": "」", "『": "』", "\"": "\"", "‘": "’", "《": "》"]

    /// `Rebecca Thornton` over `00:00:40`: a name alone and a clock alone under it are one name line (`Rebecca Thornton
    /// 00:00:40`), as a web page's speaker and time elements print them; `nil` where the blocks are not those two.
    static func clockUnderName(_ name: Block, _ clock: Block) -> Block? {
        guard name.kind != .aside, clock.kind != .aside, name.speaker == nil, clock.speaker == nil,
            Timestamp.clockAlone(clock.text) != nil, name.text.hasLength(atMost: Thresholds.LabelCandidate.longestLabel),
            CandidateReader.nameAlone(Substring(name.text)) != nil
        else { return nil }
        // The clock as printed, brackets and all, so that the name line reads as `Name  [00:00:40]` would.
        return Block(kind: name.kind, text: name.text + "  " + clock.text.trimmingCharacters(in: " "), strongPrefix: name.strongPrefix)
    }

    /// A unit of reading: a name line and its affiliation line read as one (their label given), every
    /// other block on its own.
    struct Unit: Sendable {
        let block: Block
        /// The block after, when it is this one's affiliation line.
        let affiliationLine: Block?
        let affiliation: SpeakerLabel?
        /// Whether `block` is a label joined with the block under it: a name and its clock
        /// (``BlockLabeler/clockUnderName(_:_:)``), a bracketed label and its words (``BlockLabeler/bracketOverWords(_:_:)``).
        private(set) var joinsFollowing = false

        /// Whether the unit holds the block after its first as well.
        var takesFollowing: Bool { affiliation != nil || joinsFollowing }

        init(block: Block, affiliationLine: Block?, affiliation: SpeakerLabel?) {
            self.block = block
            self.affiliationLine = affiliationLine
            self.affiliation = affiliation
        }

        /// The unit that starts with `block`, `following` being the next block of the document.
        init(block: Block, following: Block?) {
            // A heading after a line is a section's, never the line's affiliation (`Press Releases` / `# Department Press
            // Briefing – April 16, 2024`).
            if let following, block.kind != .aside, following.kind != .aside, !following.kind.isHeading, block.speaker == nil,
                following.speaker == nil,
                let label = AffiliationLine.label(name: block.text, affiliation: following.text)
            {
                self.init(block: block, affiliationLine: following, affiliation: label)
            } else if let following,
                let line = BlockLabeler.clockUnderName(block, following) ?? BlockLabeler.bracketOverWords(block, following)
                    ?? BlockLabeler.wrappedLabelOverWords(block, following)
            {
                self.init(block: line, affiliationLine: nil, affiliation: nil)
                joinsFollowing = true
            } else {
                self.init(block: block, affiliationLine: nil, affiliation: nil)
            }
        }
    }

    /// A unit's labelled pieces, before tentative labels are confirmed against the whole document.
    static func label(unit: Unit) -> [LabeledBlock] {
        if unit.block.kind == .aside { return [LabeledBlock(label: nil, text: unit.block.text, block: unit.block)] }
        if let speaker = unit.block.speaker { return [labeled(unit.block, speaker: speaker)] }
        guard let label = unit.affiliation, let line = unit.affiliationLine else {
            if let signed = splitAtSignatures(unit.block) { return signed }
            return splitAtLabelledLines(unit.block).flatMap { piece, atCandidate in
                var labeled = splitAtInlineLabels(piece)
                if atCandidate, !labeled.isEmpty { labeled[0].continuesPrevious = true }
                return labeled
            }
        }
        let merged = Block(kind: unit.block.kind, text: unit.block.text + "\n" + line.text)
        return [LabeledBlock(label: label, text: "", block: merged)]
    }

    /// A block whose format names its speaker (a table's speaker cell): the name is read as a label's words are, and is
    /// certain.
    private static func labeled(_ block: Block, speaker: String) -> LabeledBlock {
        let form = LabelForm(
            wrapper: .plain, script: CandidateReader.script(ofLabel: Substring(speaker)) ?? .latin, hasColon: true,
            standsAlone: block.text.isEmpty, hasTimestamp: block.startTime != nil, isNumbered: false, isQuoted: false)
        var label = CandidateReading.label(for: LabelCandidate(text: speaker, form: form, rest: block.text))
        // `Jane Smith, Moderator`, `LIEUTENANT GRACE OKAFOR, MODERATOR` (``CaptionSpeakers``): a name and a host's role
        // word is the host, as a call transcript's name and title line is read.
        if let comma = speaker.literalRange(of: ", "), case let name = String(speaker[..<comma.lowerBound]), LabelParser.isLatinName(name),
            case let host = AffiliationLine.label(titleLine: String(speaker[comma.upperBound...]), name: name), host.roleHint == .moderator
        {
            label = host
        }
        label.isTentative = false
        var labeled = LabeledBlock(label: label, text: block.text, block: block)
        labeled.time = block.startTime
        return labeled
    }

    /// `[00:00:25] 罗局长：…` → (`00:00:25`, `罗局长：…`): a bracketed clock, then words that open with a wide scalar.
    private static func bracketedClockBeforeChineseLabel(_ text: String) -> (clock: Substring, rest: Substring)? {
        guard text.utf8.first == UInt8(ascii: "["), let (clock, rest) = Timestamp.leadingBracketedClock(Substring(text)),
            let first = rest.unicodeScalars.first, TextNormalization.isWide(first)
        else { return nil }
        return (clock, rest)
    }

    private static func labelOf(_ block: Block) -> LabeledBlock {
        // `Q1. [905318]` under a member's name numbers the question, not a speaker: a note.
        if PageFurniture.isQuestionReference(block.text) {
            return LabeledBlock.aside(block.text)
        }
        // Role labels are a few words: hashing every long paragraph to look it up is the slow way to learn that.
        if let length = block.text.length(atMost: SpeakerLexicon.longestRoleLabel), length > 1,
            let role = SpeakerLexicon.roleLabel(block.text)
        {
            return LabeledBlock(label: SpeakerLabel(text: block.text, roleHint: role), text: "", block: block)
        }
        // `[00:22:41]  :`: a clock and a colon with no name between them is a speaker the transcriber did not name.
        if block.text.utf8.count <= Thresholds.LabelCandidate.longestUnnamedLabel, let (clock, after) = Timestamp.leadingClock(Substring(block.text)),
            case let mark = after.trimmingCharacters(in: " "), mark == ":" || mark == "："
        {
            var labeled = LabeledBlock(label: SpeakerLabel(text: "", roleHint: .unknown), text: "", block: block)
            labeled.time = String(clock)
            return labeled
        }
        // `记者提问  0:00`, `Q    [2]`: a name line with a clock or turn number is read as one, before the clock's
        // colon can be taken for a label's.
        if let candidate = Self.nameLine(block.text, of: block) {
            return LabeledBlock(label: nil, text: block.text, block: block, candidate: candidate)
        }
        // `1 Mr Daniel Koh Wei Ming asked the Minister for Manpower…`: an order paper's question is the member's.
        if let (printed, member, question) = OrderPaperQuestion.split(block.text) {
            var label = LabelParser.parseEnglish(member)
            // The number stays in the label as printed.
            label.text = printed
            label.roleHint = .reporter
            label.isTentative = false
            return LabeledBlock(label: label, text: question, block: block)
        }
        // `1. SAM PRENTICE (National—Whangaparāoa) to the Minister of Finance: What…?`: the member asks.
        if let (printed, member, question) = OrderPaperQuestion.oralQuestion(block.text),
            let (reading, _) = LabelParser.latinLabelWithNotes(member + ":")
        {
            var label = reading
            label.text = printed
            label.roleHint = .reporter
            label.isTentative = false
            return LabeledBlock(label: label, text: question, block: block)
        }
        // `Presidente.- Habrá presupuestos…`: the label is read as if a colon closed it; the block keeps its words.
        let readable = PeriodDashLabel.readAsColon(block.text) ?? block.text
        // `【10:04】韩刚：…`: a live text's entry opens with its time, then the label. The candidate reader reads the time
        // itself.
        // `[00:00:25] 罗局长：`, a recorder's export: a bracketed time before a Chinese label (English ones read their own).
        let entryTime = Timestamp.leadingLenticularClock(Substring(readable)) ?? Self.bracketedClockBeforeChineseLabel(readable)
        if let (label, rest) = LabelParser.split(entryTime.map { String($0.rest) } ?? readable, strongPrefix: block.strongPrefix) {
            // `## 谈专业：“撤销专业不是否定学科”`: a section's heading quoting what the speaker says under it.
            if block.isHeading, Self.isOneQuotation(rest) { return LabeledBlock(label: nil, text: block.text, block: block) }
            var label = label
            // `**Gloria Zhao:** 00:00:10`, `Tom Baker: [00:00:05] Welcome…`: the clock time printed with the label is
            // the turn's time.
            var clock = Timestamp.leadingClock(Substring(rest)).flatMap { $0.rest.allSatisfy { $0 == " " } ? String($0.clock) : nil }
            var words = clock == nil ? rest : ""
            if clock == nil, let (bracketed, after) = Timestamp.leadingBracketedClock(Substring(rest)) {
                clock = String(bracketed)
                words = String(after)
            }
            // A heading that is a label alone (`### 主持人：`) names a speaker; one with words after the label
            // (`# Interview: "We need 12,000 more teachers"`) is a headline unless the evidence says otherwise.
            if words.isEmpty { label.isTentative = false }
            var labeled = LabeledBlock(label: label, text: words, block: block)
            labeled.time = entryTime.map { String($0.clock) } ?? clock ?? label.time
            return labeled
        }
        // `### cheers：`: a heading that is nothing but a name and a colon is a label whatever the name.
        if block.isHeading, block.text.hasLength(atMost: 30), let last = block.text.last, last == "：" || last == ":" {
            let name = String(block.text.dropLast()).trimmingCharacters(in: " ")
            if !name.isEmpty, !SpeakerLexicon.nonSpeakers.contains(name) {
                let outlet = OutletLexicon.isOutlet(name) || OutletLexicon.names.contains(name.uppercased())
                return LabeledBlock(
                    label: SpeakerLabel(text: name, roleHint: outlet ? .reporter : nil, name: outlet ? nil : name, outlet: outlet ? name : nil),
                    text: "", block: block)
            }
        }
        let candidate = CandidateReader.candidate(in: readable, strongPrefix: block.strongPrefix, kind: block.kind)
        return LabeledBlock(label: nil, text: block.text, block: block, candidate: candidate ?? CandidateReader.bracketedLine(block))
    }

    /// The candidate of a line that is a name and its clock time or turn number (`Don Lemmon  0:05`, `**阿晨**  00:00:06`,
    /// `记者提问  0:00`): a block of its own, or the first line of one.
    private static func nameLine(_ line: String, of block: Block) -> LabelCandidate? {
        guard NameLine.endsWithMark(line), let candidate = CandidateReader.candidate(in: line, strongPrefix: block.strongPrefix, kind: block.kind),
            candidate.form.hasTimestamp
        else { return nil }
        return candidate
    }

    /// Hard-wrapped or Markdown paragraphs may hold several speakers, one per line group: a piece starts at
    /// each line a certain label or a label candidate opens, and says whether a candidate opened it (the
    /// evidence may turn it down, and the piece then joins the one before again).
    private static func splitAtLabelledLines(_ block: Block) -> [(Block, atCandidate: Bool)] {
        guard block.lines.count > 1 else { return [(block, false)] }
        // The groups of lines are joined into blocks only once the block is known to split: most do not.
        var groups: [(lines: [String], atCandidate: Bool)] = []
        var group: [String] = []
        var groupAtCandidate = false
        func flush() {
            guard !group.isEmpty else { return }
            groups.append((group, groupAtCandidate))
            group = []
        }
        for (offset, line) in block.lines.enumerated() {
            if offset == 1, Self.nameLine(group[0], of: block) != nil {
                // `**阿晨**  00:00:06` over its words, joined by Markdown into one paragraph: the name line stands alone.
                flush()
                groupAtCandidate = false
            } else if offset > 0 {
                if let (label, _) = LabelParser.split(line, strongPrefix: nil), !label.isTentative {
                    // `THE MINISTER OF STATE IN THE MINISTRY OF AGRICULTURE AND FARMERS` over `WELFARE (SHRIMATI REKHA
                    // DESAI): Sir, …`: a label wrapped over two lines opens on the line before.
                    let carried = group.last.map { Self.opensWrappedLabel($0, before: line) } == true ? group.popLast() : nil
                    flush()
                    groupAtCandidate = false
                    if let carried { group.append(carried) }
                } else if group.contains(where: Self.hasWords),
                    CandidateReader.candidate(in: line, strongPrefix: nil, kind: block.kind, isLine: true) != nil
                {
                    flush()
                    groupAtCandidate = true
                }
            }
            group.append(line)
        }
        flush()
        if groups.count == 1 { return [(block, false)] }
        var pieces: [(Block, atCandidate: Bool)] = []
        var groupStart = 0
        for (lines, atCandidate) in groups {
            let text = TextNormalization.joinWrapped(lines)
            let strong = pieces.isEmpty ? block.strongPrefix : nil
            let times = Array(block.lineTimes.dropFirst(groupStart).prefix(lines.count))
            pieces.append((Block(kind: block.kind, text: text, strongPrefix: strong, lines: lines, lineTimes: times), atCandidate))
            groupStart += lines.count
        }
        return pieces
    }

    /// Whether `previous`, a line in capitals that ends no sentence, is the first line of the label `line` goes on with:
    /// the two read as one line are a label too.
    static func opensWrappedLabel(_ previous: String, before line: String) -> Bool {
        // Latin capitals and blanks only: a Chinese heading has no small letters either. Told on the first byte first.
        guard let first = previous.utf8.first, (0x41...0x5A).contains(first),
            previous.utf8.count <= LabelParser.longestNotedLabelBytes, previous.utf8.contains(0x20),
            previous.utf8.allSatisfy({ (0x41...0x5A).contains($0) || $0 == 0x20 || $0 == 0x2C || $0 == 0x2D || $0 == 0x27 }),
            let last = previous.last, last.isLetter || last == ","
        else { return false }
        // The line goes on with the office and names its holder in the note before the colon (`WELFARE (SHRIMATI REKHA
        // DESAI):`); read as one, the lines are an office and its holder.
        guard let close = line.firstIndex(of: ")"), line[line.index(after: close)...].hasPrefix(":"),
            let (label, _) = LabelParser.split(previous + " " + line, strongPrefix: nil)
        else { return false }
        return !label.isTentative && label.roleHint == .official && label.name != nil
    }

    /// `…等等 [name=kiang]`: a signature closing a line gives the lines before it, back to the last
    /// signature, to the one who signed. `nil` when no line of the block is signed.
    private static func splitAtSignatures(_ block: Block) -> [LabeledBlock]? {
        let lines = block.lines.isEmpty ? [block.text] : block.lines
        guard lines.contains(where: { SignatureTag.trailing($0) != nil }) else { return nil }
        var pieces: [LabeledBlock] = []
        var group: [String] = []
        var printed: [String] = []
        for line in lines {
            printed.append(line)
            guard let (words, name) = SignatureTag.trailing(line) else {
                group.append(line)
                continue
            }
            if !words.isEmpty { group.append(words) }
            let text = TextNormalization.joinWrapped(group)
            // The block keeps the lines as printed, signature included, in case the evidence turns it down.
            let piece = Block(kind: block.kind, text: TextNormalization.joinWrapped(printed), lines: printed.count > 1 ? printed : [])
            printed = []
            let form = LabelForm(
                wrapper: .signature, script: CandidateReader.script(ofLabel: Substring(name)) ?? .latin, hasColon: false,
                standsAlone: text.isEmpty, hasTimestamp: false, isNumbered: false, isQuoted: block.kind == .quote)
            let candidate = LabelCandidate(text: SignatureTag.printed(name), form: form, rest: text)
            pieces.append(LabeledBlock(label: nil, text: text, block: piece, candidate: candidate))
            group = []
        }
        if !group.isEmpty {
            let text = TextNormalization.joinWrapped(group)
            pieces.append(LabeledBlock(label: nil, text: text, block: Block(kind: block.kind, text: text, lines: group)))
        }
        return pieces
    }

    /// Whether a line holds a letter or a digit: a line of markup alone (`**`) opens what follows.
    private static func hasWords(_ line: String) -> Bool {
        line.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// 「…有哪些注意事项？『市人大常委会法制工作室副主任何修冬』：《条例》…」: a label after a sentence end.
    private static func splitAtInlineLabels(_ block: Block) -> [LabeledBlock] {
        let first = labelOf(block)
        let text = first.text
        let scalars = text.unicodeScalars
        let utf8 = text.utf8
        var cuts: [(start: String.Index, label: SpeakerLabel, end: String.Index)] = []
        var resume = 0
        for offset in sentenceEnds.occurrences(in: text).map(\.upperBound) where offset >= resume && offset < utf8.count {
            let position = utf8.index(utf8.startIndex, offsetBy: offset)
            guard scalars[position] != "”", LabelParser.mayOpenLabel(at: position, in: scalars),
                let (label, end) = inlineLabel(in: text, at: position, after: first.label)
            else { continue }
            cuts.append((position, label, end))
            resume = utf8.distance(from: utf8.startIndex, to: end)
        }
        guard !cuts.isEmpty else { return [first] }
        var pieces: [LabeledBlock] = []
        var start = text.startIndex
        var currentLabel = first.label
        for cut in cuts {
            let piece = String(Substring(scalars[start..<cut.start])).trimmingCharacters(in: " ")
            pieces.append(LabeledBlock(label: currentLabel, text: piece, block: block))
            currentLabel = cut.label
            start = cut.end
        }
        pieces.append(LabeledBlock(label: currentLabel, text: String(Substring(scalars[start...])).trimmingCharacters(in: " "), block: block))
        return pieces
    }

    /// An inline label follows the end of a sentence.
    private static let sentenceEnds = ScalarSet("。？！?!”")

    /// A strong label opening the text at `position`, and where the words after it start.
    private static func inlineLabel(in text: String, at position: String.Index, after opening: SpeakerLabel?) -> (SpeakerLabel, String.Index)? {
        let rest = Substring(text.unicodeScalars[position...])
        let windowEnd = rest.index(rest.startIndex, offsetBy: LabelParser.maximumChineseLabelLength + 2, limitedBy: rest.endIndex)
        let window = rest[..<(windowEnd ?? rest.endIndex)]
        guard let (label, words) = LabelParser.split(String(window), strongPrefix: nil), isStrongInline(label, after: opening) else { return nil }
        // The words are the window's tail with blanks trimmed on both sides: they start at their last
        // occurrence, since only blanks may follow them.
        guard !words.isEmpty, let found = window.literalRange(of: words, backwards: true) else { return (label, window.endIndex) }
        return (label, found.lowerBound)
    }

    /// Inside a paragraph only unmistakable labels count: a reporter, a bracketed or titled name, Q&A words.
    private static func isStrongInline(_ label: SpeakerLabel, after opening: SpeakerLabel?) -> Bool {
        // 「…我们收到不少网友留言。网友“江城老周”问：…」: inside a paragraph, a handle in quotation marks is a host relaying
        // what a viewer asked.
        if label.isTentative || label.text.contains("“") { return false }
        // 「问：…？答：…。」, `Q: …? A: …`: a paragraph that opens with the asker's role word holds the answer's, and the
        // next question's, after a sentence.
        if let opening, opening.roleHint == .reporter, SpeakerLexicon.roleLabel(opening.text) != nil,
            SpeakerLexicon.roleLabel(label.text) != nil
        {
            return true
        }
        if label.text.hasPrefix("『") || label.text.hasPrefix("【") { return true }
        if label.roleHint == .reporter && label.text.count >= 2 && label.text != "Q" { return true }
        return label.title != nil && label.name != nil
    }
}
