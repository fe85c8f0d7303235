/// Blocks in, the parts of a transcript out: lead, speaker turns, notes and trailing lines.
struct Segmenter {
    var title: String?
    /// The people the front matter lists as speakers (`speakers: [Jihan Wu]`).
    var namedSpeakers: [String] = []
    /// Who the front matter says plays each part (`host: Owen Castellano`).
    var partHolders: [String: String] = [:]

    /// 「孟遥」 where the labels name one reporter by the reporter word (「记者孟遥：」) and none by an outlet: an interview's,
    /// whose 「记者：」 is that reporter. `nil` at a press conference, where reporters come from outlets.
    private static func soleNamedReporter(_ blocks: ArraySlice<LabeledBlock>) -> String? {
        var named = Set<String>()
        for label in blocks.lazy.compactMap(\.label) where label.roleHint == .reporter {
            if label.outlet != nil { return nil }
            // Printed as the word and the name alone: 「记者（普通話）」 notes a language, not a reporter.
            if let name = label.name, SpeakerLexicon.reporterWords.contains(where: { label.text == $0 + name }) { named.insert(name) }
        }
        return named.count == 1 ? named.first : nil
    }

    /// A label as the opening is asked whom it names.
    private struct HolderKey: Hashable {
        var text: String
        var role: LabelRole?
    }

    /// Whether the next block after `position` that is no clock or date alone is labelled, or none is left before `end`.
    private static func labelFollows(_ position: Int, in labeled: [LabeledBlock], end: Int) -> Bool {
        var next = position + 1
        while next < end, labeled[next].label == nil,
            Timestamp.clockAlone(labeled[next].text) != nil || Timestamp.isDatedClockAlone(labeled[next].text)
        {
            next += 1
        }
        return next >= end || labeled[next].label != nil
    }

    /// Labels the blocks and segments them.
    func segment(_ blocks: [Block]) -> SegmentedDocument {
        segment(labeled: BlockLabeler.label(blocks))
    }

    /// Segments blocks whose labels are decided (``LabelEvidence``).
    func segment(labeled: [LabeledBlock]) -> SegmentedDocument {
        var result = SegmentedDocument()
        var labeled = labeled
        if Self.labelsOnlyItsHeadline(labeled) { labeled[0].label = nil }
        if let minuted = MinutedQuestions.labeled(labeled) { labeled = minuted }
        if let examined = WitnessExamination.labeled(labeled) { labeled = examined }
        // `# 对话苏州工业大学校长张明远：大学不能只培养“考试机器”`: a heading that repeats the document's title is its headline,
        // whoever it quotes.
        if let title = title.map(TextNormalization.collapse), !title.isEmpty {
            for index in labeled.indices where labeled[index].block.isHeading && labeled[index].block.text == title && labeled[index].label != nil {
                labeled[index].label = nil
                labeled[index].text = labeled[index].block.text
            }
        }
        // A magazine interview labels nobody; its questions in bold are the interviewer's. A team site's page of quotes
        // prints each speaker's name as a heading over their words.
        if !labeled.contains(where: { $0.label != nil }),
            let unlabelled = BoldQuestions.labeled(labeled, title: title) ?? QuotedSpeakers.labeled(labeled)
        {
            labeled = unlabelled
        }
        // One that labels only its first questions and answers goes on in the same way.
        if let continued = BoldQuestions.continued(labeled) { labeled = continued }
        let hostNaming = HostDetector.naming(title: title, blocks: labeled)
        result.registry.host = hostNaming?.name

        guard let firstLabel = labeled.firstIndex(where: { $0.label != nil }) else {
            result.lead = labeled.map(\.block.text)
            return result
        }
        let start = transcriptStart(labeled, firstLabel: firstLabel)
        let recordEnd = ClosingMark.recordEnd(in: labeled)
        let lastLabel = labeled[..<(recordEnd ?? labeled.count)].lastIndex { $0.label != nil } ?? firstLabel
        let end = min(trailingStart(labeled, after: lastLabel), recordEnd ?? labeled.count)

        // Unlabelled announcements by a named host open the transcript as the host's statement.
        var leadEnd = start
        if start == firstLabel, let hostNaming, firstLabel > 1 {
            leadEnd = Self.hostStatementStart(labeled, firstLabel: firstLabel, host: hostNaming)
        } else if start == firstLabel, result.registry.host == nil, let statement = UnlabelledStatement.opening(labeled, firstLabel: firstLabel) {
            result.registry.host = statement.holder
            leadEnd = statement.start
        }
        result.lead = labeled[..<leadEnd].map(\.block.text)
        if leadEnd < start, let host = result.registry.resolveHost() {
            var paragraphs: [String] = []
            for block in labeled[leadEnd..<start] {
                if StageDirection.isStageDirection(block.text) {
                    result.notes.append(Note(turn: paragraphs.isEmpty ? nil : 0, text: block.text))
                } else if paragraphs.isEmpty && Self.isTrailing(block.text) {
                    result.lead.append(block.text)  // 「原标题：…」 heads a repost, it is not said by anyone
                } else if block.block.kind == .labelKey || block.block.kind == .aside || SectionHeading.isHeading(block.text) {
                    // A key line (「（问：记者；华：华春莹）」), a record's field (「时间：2024年6月13日」) or a section heading
                    // (`Questions and Answers`) is layout, not the host's words.
                    if paragraphs.isEmpty {
                        result.lead.append(block.text)
                    } else {
                        result.notes.append(Note(turn: 0, text: block.text))
                    }
                } else {
                    paragraphs.append(block.text)
                }
            }
            if !paragraphs.isEmpty { result.turns.append(SegmentedDocument.Turn(speaker: host, paragraphs: paragraphs)) }
        }

        let furniture = PageFurniture.lines(in: labeled)
        // `PM:`, 「行政長官：」, `Q:`: the one person the title or the opening names with that title or role.
        let asides = labeled[start...].lazy.filter { $0.block.kind == .aside }.map(\.block.text).filter { $0.hasLength(atMost: Thresholds.MetadataLines.longestLine) }
        // Fields printed before the first label (`出席人员：…董事会秘书 何婧`) open it too, whatever the lead became.
        let fieldsBeforeFirstLabel = labeled[start..<max(start, firstLabel)].lazy.filter { $0.label == nil && $0.block.kind != .aside }.map(\.block.text)
            .filter { $0.hasLength(atMost: Thresholds.MetadataLines.longestLine) }
        let opening = TitleHolder.Opening(
            title: title, lead: labeled[..<start].map(\.block.text) + asides, speakers: namedSpeakers, partHolders: partHolders,
            fields: Array(fieldsBeforeFirstLabel))
        // Keyed by the label and its role: an unlabelled interview's questions and answers both print none.
        var holders: [HolderKey: (name: String, presides: Bool)?] = [:]
        let labelMarksHandOver = LabelRepetition.marksHandOver(labeled[start..<end])
        // Names the labels print, for the headings that announce a speaker (``speakerHeading(_:)``), and the offices
        // those headings give them.
        let labelledNames = Set(labeled[start..<end].lazy.compactMap { $0.label?.name })
        let soleNamedReporter = Self.soleNamedReporter(labeled[start..<end])
        let outletsBeforeDashes = BracketedAsker.outletsOpenQuestions(in: labeled[start..<end])
        var headingOffices: [(name: String, office: String)] = []
        // `00:00:51` / `JO Thank you, Anna.`: a clock alone over a label that prints none is that turn's time.
        var clockOverLabel: String?
        // Whether the answer under way named its respondent in brackets (``BracketedRespondent``), so that a paragraph
        // opening with another name in brackets is that person's turn.
        var respondentsInBrackets = false
        let namedRespondents = BracketedRespondent.named(in: labeled[start..<end], opening: opening.texts)
        if start > 0, leadEnd == start, labeled[start].label != nil, labeled[start].time == nil, labeled[start].block.startTime == nil,
            let clock = Timestamp.clockAlone(labeled[start - 1].text), result.lead.last == labeled[start - 1].block.text
        {
            result.lead.removeLast()
            clockOverLabel = String(clock)
        }
        for position in start..<end {
            let block = labeled[position]
            let clockAbove = clockOverLabel
            clockOverLabel = nil
            if block.block.kind == .aside || block.block.kind == .labelKey {
                result.notes.append(Note(turn: result.turns.isEmpty ? nil : result.turns.count - 1, text: block.text))
                continue
            }
            var text = block.text
            // A stage direction opening a turn is set aside as a note and the words after it are the turn;
            // a labelled direction alone (`Q (Inaudible.)`) is a turn: somebody spoke, and what follows
            // answers it. An unlabelled direction standing alone is a note.
            let opensTurn = block.label != nil || result.turns.last?.paragraphs.isEmpty == true
            // Where the direction's note stands, should the label go on with the turn before.
            var openingDirection: Int?
            if opensTurn, let (direction, rest) = StageDirection.leading(text) {
                openingDirection = result.notes.count
                result.notes.append(Note(turn: result.turns.count, text: direction))
                text = rest
            }
            // `Some Hon. Members: Hear, hear!`: a chamber's chorus in the turn it interrupts, kept as a note of it.
            if let label = block.label, !result.turns.isEmpty, SpeakerLexicon.isChorus(label.text) {
                result.notes.append(Note(turn: result.turns.count - 1, text: block.block.text))
                continue
            }
            if let label = block.label {
                // `Ravi Kapoor` / `Analyst, JPMorgan Securities LLC` / `Q`: a `Q` or `A` alone under a named speaker
                // who has said nothing yet marks that speaker's turn, as 「答：」 does under a post's name line and time.
                if let last = result.turns.last, last.paragraphs.isEmpty, block.time == nil,
                    SpeakerLexicon.turnMarkerLetters.contains(label.text) || (last.time != nil && SpeakerLexicon.entryMarkers.contains(label.text)),
                    result.registry.entries[last.speaker].name != nil
                {
                    result.notes.append(Note(turn: result.turns.count - 1, text: label.text))
                    if !text.isEmpty { result.turns[result.turns.count - 1].paragraphs.append(text) }
                    continue
                }
                // 「**文化和旅游部副部长 韩启东：**」 over `**Han Qidong:**`: a bilingual page prints the label in both
                // languages over the words, the second the first's translation; it is kept as a note.
                if let last = result.turns.last, last.paragraphs.isEmpty, text.isEmpty, block.time == nil,
                    Self.translates(label.text, result.registry.entries[last.speaker].label)
                {
                    result.notes.append(Note(turn: result.turns.count - 1, text: label.text))
                    continue
                }
                var label = label
                // 「助理處長（刑事）（普通話）：」: the language a speaker turns to, noted after the label, is no part of who
                // speaks; the note is kept.
                if let (base, note) = LabelParser.languageNoted(label.text), var reading = LabelParser.parseChinese(base) {
                    reading.time = label.time
                    label = reading
                    result.notes.append(Note(turn: result.turns.count, text: note))
                }
                // The document's named host answers `答：` already (``ParticipantRegistry/host``), not 「答（曾）：」, whose
                // bracket holds a surname, not a title.
                if result.registry.host == nil || label.roleHint != .official || label.title != nil
                    || TitleHolder.bracketedSurname(label.text) != nil
                {
                    let key = HolderKey(text: label.text, role: label.roleHint)
                    // `President. –` under `IN THE CHAIR: …` is the sitting's chair, who presides; any other title the
                    // person the opening names. Decided once per label.
                    let holding = holders[key] ?? TitleHolder.sittingChair(of: label, in: opening).map { (name: $0, presides: true) }
                        ?? TitleHolder.holder(of: label, in: opening).map { (name: $0, presides: false) }
                    holders[key] = holding
                    if let holding {
                        label.name = holding.name
                        if holding.presides {
                            label.roleHint = .moderator
                        } else if let title = SpeakerLexicon.titleOnlyLabels[label.text.uppercased()] {
                            label.title = title.title
                            label.roleHint = label.roleHint ?? .official
                        }
                    }
                }
                // 「记者孟遥：」 then 「记者：」: the one reporter the labels name.
                if label.name == nil, label.outlet == nil, label.roleHint == .reporter, let soleNamedReporter,
                    SpeakerLexicon.reporterWords.contains(label.text)
                {
                    label.name = soleNamedReporter
                }
                // `Q: (Marta Vrijland – De Telegraaf) Ruben, …`: the shared asker's label names this asker in brackets.
                if label.roleHint == .reporter, label.name == nil, label.outlet == nil,
                    let asker = BracketedAsker.leading(text, outletsBeforeDashes: outletsBeforeDashes)
                {
                    label.name = asker.name
                    label.outlet = asker.outlet
                    result.notes.append(Note(turn: result.turns.count, text: asker.printed))
                    text = asker.rest
                    // `Q — (Unidentified): [off mic] Will there be…`: a direction after the asker opens the words too.
                    if let (direction, rest) = StageDirection.leading(text) {
                        result.notes.append(Note(turn: result.turns.count, text: direction))
                        text = rest
                    }
                }
                // `A1. (Kanda) Of the decline…`: the answers' shared label names who answers in brackets.
                // Both the label and the brackets are the respondent's printed forms.
                respondentsInBrackets = false
                if label.roleHint == .official, label.name == nil, label.outlet == nil, let respondent = BracketedRespondent.leading(text),
                    namedRespondents.contains(respondent.name)
                {
                    label = respondent.label(printedUnder: label)
                    text = respondent.rest
                    respondentsInBrackets = true
                    _ = result.registry.resolve(respondent.label(printedUnder: nil))
                }
                let speaker = result.registry.resolve(label)
                // A host's role word (司儀, `Operator`) is one person however often it is printed.
                let entry = result.registry.entries[speaker]
                let isAnonymous = entry.name == nil && entry.outlet == nil && label.roleHint != .moderator
                if let last = result.turns.last, last.speaker == speaker, !label.opensEveryTurn, !(labelMarksHandOver && isAnonymous) {
                    // The turn goes on; a clock time printed again with the label is kept beside it, before the
                    // direction that opened the words (`[00:00:41] 簡志遠：（畫面切換…）大家可以看到`), which is this turn's too.
                    let direction = openingDirection.map { result.notes.remove(at: $0) }
                    if let time = block.time ?? clockAbove { result.notes.append(Note(turn: result.turns.count - 1, text: time)) }
                    if let direction { result.notes.append(Note(turn: result.turns.count - 1, text: direction.text)) }
                    if !text.isEmpty { result.turns[result.turns.count - 1].paragraphs.append(text) }
                } else {
                    if let last = result.turns.last, last.paragraphs.isEmpty { Self.removeEmptyTurn(from: &result) }
                    // A subtitle cue's start time is the turn's when the label prints none.
                    let time = block.time ?? block.block.startTime ?? clockAbove
                    result.turns.append(SegmentedDocument.Turn(speaker: speaker, paragraphs: text.isEmpty ? [] : [text], time: time))
                }
                continue
            }
            // Only short lines are looked up: hashing a whole paragraph to learn it is no heading is slow.
            let isShortLine = text.hasLength(atMost: PageFurniture.longestLine)
            if isShortLine, text.utf8.first == 0xE3, let (name, office) = Self.speakerHeading(text), labelledNames.contains(name) {
                result.notes.append(Note(turn: result.turns.isEmpty ? nil : result.turns.count - 1, text: text))
                headingOffices.append((name, office))
                continue
            }
            // `Dr. Amara Okafor` / `Director, Sahel Water Initiative` / `00:00:47`: a clock alone under a speaker's name,
            // before the words, is the turn's time.
            if let last = result.turns.last, last.paragraphs.isEmpty, last.time == nil, let clock = Timestamp.clockAlone(text) {
                result.turns[result.turns.count - 1].time = String(clock)
                continue
            }
            if position + 1 < end, case let next = labeled[position + 1], next.label != nil, next.time == nil,
                next.block.startTime == nil, let clock = Timestamp.clockAlone(text)
            {
                clockOverLabel = String(clock)
                continue
            }
            // `记者：` / 「（未使用话筒，现场听不清）」 / the next label: a labelled direction alone is the turn, as
            // `Q (Inaudible.)` printed on one line is; one over the speaker's words opens them and is a note.
            let isDirection = StageDirection.isStageDirection(text)
            if let last = result.turns.last, last.paragraphs.isEmpty, isDirection,
                Self.labelFollows(position, in: labeled, end: end)
            {
                result.turns[result.turns.count - 1].paragraphs.append(text)
                continue
            }
            // A section's heading between turns is layout; before the first turn, the page's headings stay in the lead.
            if isDirection || Timestamp.isDatedClockAlone(text) || (SectionHeading.isMarkedUp(block) && !result.turns.isEmpty)
                || (isShortLine && (SectionHeading.isHeading(text) || furniture.contains(text) || PageFurniture.isParagraphNumber(text)))
                || PageFurniture.isNewsPageLine(text)
            {
                result.notes.append(Note(turn: result.turns.isEmpty ? nil : result.turns.count - 1, text: text))
            } else if result.turns.isEmpty {
                result.lead.append(text)
            } else if respondentsInBrackets, let respondent = BracketedRespondent.leading(text), namedRespondents.contains(respondent.name) {
                // `(Moriyama) If I may add…`: another respondent under the same answer.
                let speaker = result.registry.resolve(respondent.label(printedUnder: nil))
                result.turns.append(SegmentedDocument.Turn(speaker: speaker, paragraphs: [respondent.rest], time: block.block.startTime))
            } else {
                result.turns[result.turns.count - 1].paragraphs.append(text)
            }
        }
        if let last = result.turns.last, last.paragraphs.isEmpty { Self.removeEmptyTurn(from: &result) }
        // The first speaker's heading stands before the first label, in the lead, where it stays.
        let leadOffices = result.lead.lazy.filter { $0.hasLength(atMost: PageFurniture.longestLine) }.compactMap(Self.speakerHeading)
        for (name, office) in leadOffices where labelledNames.contains(name) { result.registry.giveOffice(office, toTheOneNamed: name) }
        for (name, office) in headingOffices { result.registry.giveOffice(office, toTheOneNamed: name) }
        result.registry.complete(with: CallRoster(lines: labeled[..<start].flatMap { $0.block.lines.isEmpty ? [$0.block.text] : $0.block.lines }))
        result.registry.nameSurnameOfficeHolders(from: result.lead + result.turns.flatMap(\.paragraphs))
        UnlabelledAnswers.separate(&result)
        result.trailing = labeled[end...].map(\.block.text)
        result.origin = result.trailing.lazy.compactMap(Self.origin).first
        return result
    }

    /// `多地出台措施稳定粮食生产 专家：秋粮丰收有基础`: a news story's headline quoting someone, on its first line, the one
    /// label of the document, with a few words and no sentence's end after it. The story under it is no transcript.
    private static func labelsOnlyItsHeadline(_ blocks: [LabeledBlock]) -> Bool {
        guard blocks.count > 1, blocks[0].label != nil, !blocks.dropFirst().contains(where: { $0.label != nil }) else { return false }
        let words = blocks[0].text
        guard !words.isEmpty, words.hasLength(atMost: Thresholds.Segments.longestHeadlineAfterALabel), let last = words.last else {
            return false
        }
        return !"。！？.!?…".contains(last)
    }

    /// After an explicit marker (以下为发布会实录) when there is one before the first label, else at the first label.
    private func transcriptStart(_ blocks: [LabeledBlock], firstLabel: Int) -> Int {
        for index in 0..<firstLabel where blocks[index].block.text.hasLength(atMost: Thresholds.Segments.longestStartMarkerLine) {
            let text = blocks[index].block.text
            if DiscourseLexicon.transcriptStartMarkers.contains(where: { text.containsLiteral($0) }) { return index + 1 }
        }
        // `P R O C E E D I N G S` under a court reporter's cover page, whose roster and running footers are printed like
        // labels: the record opens under it, however many of them stand above.
        if let proceedings = blocks.firstIndex(where: { DiscourseLexicon.isProceedingsStartLine($0.block.text) }),
            proceedings > firstLabel, !blocks[firstLabel..<proceedings].contains(where: { $0.label != nil && $0.text.last.map(Self.sentenceEnds.contains) == true })
        {
            return proceedings + 1
        }
        // `**Guest:** Katrin Albers…` / `**Host:** Owen McBride` / `## Transcript`: a few short labelled lines above a
        // start heading list who takes part; the dialogue opens under the heading.
        let limits = Thresholds.Segments.self
        var rosterLines = 0
        for index in firstLabel..<blocks.count {
            let block = blocks[index]
            if block.label != nil {
                rosterLines += 1
                guard rosterLines <= limits.mostRosterLinesAboveAStartHeading, block.block.text.hasLength(atMost: limits.longestRosterLine) else { break }
            } else if block.block.isHeading, block.text.hasLength(atMost: limits.longestStartMarkerLine),
                DiscourseLexicon.transcriptStartMarkers.contains(where: { block.text.containsLiteral($0) })
                    || DiscourseLexicon.transcriptStartHeadings.contains(block.text)
            {
                return index + 1
            }
        }
        // `President: Mr. de Rivière . . . . (France)`: a roster's line, its dots leading to the country, lists who
        // presides; the dialogue opens at the next label.
        var first = firstLabel
        while DotLeader.holds(blocks[first].text) || Self.namesALaterSpeaker(blocks, at: first),
            let next = blocks[(first + 1)...].firstIndex(where: { $0.label != nil })
        {
            first = next
        }
        return first
    }

    /// 「【国家发展改革委主任 郑立新】」: a heading in lenticular brackets that names a speaker after the office, as a record
    /// of the ministers' corridor announces each minister the reporters question; the name and the office.
    static func speakerHeading(_ text: String) -> (name: String, office: String)? {
        guard text.hasPrefix("【"), text.hasSuffix("】"), case let inner = String(text.dropFirst().dropLast()),
            let reading = LabelParser.parseChinese(inner), let name = reading.name, let office = reading.title
        else { return nil }
        return (name, [reading.organization, office].compactMap { $0 }.joined())
    }

    /// `Moderator: Linda Sørensen` above `LINDA SØRENSEN (MODERATOR): Good morning…`: a role word whose words are only the
    /// name of a speaker labelled later is the roster's line.
    private static func namesALaterSpeaker(_ blocks: [LabeledBlock], at index: Int) -> Bool {
        guard let label = blocks[index].label, label.roleHint != nil, label.name == nil, case let words = blocks[index].text,
            words.hasLength(atMost: Thresholds.LabelCandidate.longestLabel), LabelParser.isLatinName(words)
        else { return false }
        return blocks[(index + 1)...].contains { block in block.label?.name.map { ParticipantRegistry.sameName($0, words) } == true }
    }

    /// Whether one label is in Chinese and the other in Latin letters alone: one speaker's label printed in two
    /// languages.
    static func translates(_ label: String, _ other: String) -> Bool {
        let isChinese = { (text: String) in text.unicodeScalars.contains { $0.properties.isIdeographic } }
        let isLatin = { (text: String) in text.unicodeScalars.allSatisfy(\.isASCII) && text.contains { $0.isLetter } }
        return (isChinese(label) && isLatin(other)) || (isLatin(label) && isChinese(other))
    }

    /// Source lines, links back and navigation after the last turn.
    private func trailingStart(_ blocks: [LabeledBlock], after lastLabel: Int) -> Int {
        let after = blocks.index(after: lastLabel)
        guard after < blocks.count else { return blocks.count }
        // A section heading after the last turn (`## 老猫小结`) titles the page's own matter, no one's words.
        return blocks[after...].firstIndex { ($0.label == nil && Self.isTrailing($0.block.text)) || SectionHeading.isMarkedUp($0) } ?? blocks.count
    }

    /// Where a named host's unlabelled statement starts: after the headline that names them (the first block, or the
    /// one the host was read from under a site's breadcrumbs), and after the lines the page prints under it that are
    /// no one's words: its date and source (`发布时间：…　来源：…`), its buttons, and the editor's note that names the
    /// host in the third person (「新闻发言人贺明川就…回答了记者提问。以下为问答内容：」).
    private static func hostStatementStart(_ blocks: [LabeledBlock], firstLabel: Int, host: (name: String, block: Int?)) -> Int {
        var start = max(1, (host.block ?? 0) + 1)
        while start < firstLabel {
            let text = blocks[start].block.text
            guard !text.contains(where: Self.sentenceEnds.contains) || text.containsLiteral(host.name) else { break }
            start += 1
        }
        return start
    }

    private static let sentenceEnds: Set<Character> = ["。", "？", "！", ".", "?", "!"]

    static func isTrailing(_ text: String) -> Bool {
        // `*本文刊发于…*`: a line in italics as the reader keeps them; 「⚠️ 免责声明：…」: a social post's emoji before it.
        let bare = text.drop { $0 == "*" || $0 == "_" || $0 == " " || Self.isEmoji($0) }
        if DiscourseLexicon.trailingPrefixes.contains(where: { bare.hasPrefix($0) }) || SocialLexicon.isExportClosing(text) { return true }
        return text.hasPrefix("（") && text.hasSuffix("）") && DiscourseLexicon.bracketedTrailingWords.contains(where: text.containsLiteral)
    }

    /// A pictograph (⚠️, 👇, 📌), not one of the ASCII digits and signs that Unicode also counts as emoji.
    private static func isEmoji(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first, !first.isASCII else { return false }
        return first.properties.isEmoji
    }

    /// 「（文章来源：财联社）」 → 「财联社」.
    static func origin(_ text: String) -> String? {
        for key in DiscourseLexicon.originKeys {
            guard let range = text.literalRange(of: key) else { continue }
            let value = text[range.upperBound...].drop { $0 == "：" || $0 == ":" || $0 == " " }
                .prefix { $0 != "）" && $0 != ")" && $0 != " " }
            if !value.isEmpty { return String(value) }
        }
        return nil
    }

    /// `result` without its last turn, which says nothing: a label over another label (`[主持人 景蕾] 2025-03-14 10:24:15`
    /// over 「网友“晚霞满天”问：…」), or over a voice message noted (`[语音] 58"`). The notes that fell in it fall in the
    /// turn before, after the clock printed with its label, which is kept.
    private static func removeEmptyTurn(from result: inout SegmentedDocument) {
        let index = result.turns.count - 1
        guard let removed = result.turns.popLast() else { return }
        let previous = result.turns.isEmpty ? nil : result.turns.count - 1
        let first = result.notes.firstIndex { $0.turn == index } ?? result.notes.endIndex
        for position in result.notes.indices.dropFirst(first) where result.notes[position].turn == index {
            result.notes[position].turn = previous
        }
        if let time = removed.time { result.notes.insert(Note(turn: previous, text: time), at: first) }
    }
}
