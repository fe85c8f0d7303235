/// Blocks in, the parts of a transcript out: lead, speaker turns, notes and trailing lines.
struct Segmenter {
    struct DraftTurn {
        var speaker: Int
        var paragraphs: [String]
        var time: String? = nil
    }

    struct Result {
        var lead: [String] = []
        var turns: [DraftTurn] = []
        var notes: [Note] = []
        var trailing: [String] = []
        var registry = ParticipantRegistry()
        var origin: String?
    }

    var title: String?
    /// The people the front matter lists as speakers (`speakers: [Jihan Wu]`).
    var namedSpeakers: [String] = []

    /// Labels the blocks and segments them.
    func segment(_ blocks: [Block]) -> Result {
        segment(labeled: BlockLabeler.label(blocks))
    }

    /// Segments blocks whose labels are decided (``LabelEvidence``).
    func segment(labeled: [LabeledBlock]) -> Result {
        var result = Result()
        result.registry.host = HostDetector.host(title: title, blocks: labeled)

        guard let firstLabel = labeled.firstIndex(where: { $0.label != nil }) else {
            result.lead = labeled.map(\.block.text)
            return result
        }
        let start = transcriptStart(labeled, firstLabel: firstLabel)
        let lastLabel = labeled.lastIndex { $0.label != nil } ?? firstLabel
        let end = trailingStart(labeled, after: lastLabel)

        // Unlabelled announcements by a named host open the transcript as the host's statement.
        var leadEnd = start
        if start == firstLabel, result.registry.host != nil, firstLabel > 1 {
            leadEnd = 1
        }
        result.lead = labeled[..<leadEnd].map(\.block.text)
        if leadEnd < start, let host = result.registry.resolveHost() {
            var paragraphs: [String] = []
            for block in labeled[leadEnd..<start] {
                if StageDirection.isStageDirection(block.text) {
                    result.notes.append(Note(turn: paragraphs.isEmpty ? nil : 0, text: block.text))
                } else if paragraphs.isEmpty && Self.isTrailing(block.text) {
                    result.lead.append(block.text)  // 「原标题：…」 heads a repost, it is not said by anyone
                } else if block.block.kind == .labelKey || SectionHeading.isHeading(block.text) {
                    // A key line (「（问：记者；华：华春莹）」) or a section heading (`Questions and Answers`) is
                    // layout, not the host's words.
                    if paragraphs.isEmpty {
                        result.lead.append(block.text)
                    } else {
                        result.notes.append(Note(turn: 0, text: block.text))
                    }
                } else {
                    paragraphs.append(block.text)
                }
            }
            if !paragraphs.isEmpty { result.turns.append(DraftTurn(speaker: host, paragraphs: paragraphs)) }
        }

        let furniture = PageFurniture.lines(in: labeled)
        // `PM:`, 「行政長官：」, `Q:`: the one person the title or the opening names with that title or role.
        let asides = labeled[start...].lazy.filter { $0.block.kind == .aside }.map(\.block.text).filter { $0.hasLength(atMost: Thresholds.MetadataLines.longestLine) }
        let opening = TitleHolder.Opening(title: title, lead: labeled[..<start].map(\.block.text) + asides, speakers: namedSpeakers)
        var holders: [String: String?] = [:]
        let labelMarksHandOver = LabelRepetition.marksHandOver(labeled[start..<end])
        for block in labeled[start..<end] {
            if block.block.kind == .aside || block.block.kind == .labelKey {
                result.notes.append(Note(turn: result.turns.isEmpty ? nil : result.turns.count - 1, text: block.text))
                continue
            }
            var text = block.text
            // A stage direction opening a turn is set aside as a note and the words after it are the turn;
            // a labelled direction alone (`Q (Inaudible.)`) is a turn: somebody spoke, and what follows
            // answers it. An unlabelled direction standing alone is a note.
            let opensTurn = block.label != nil || result.turns.last?.paragraphs.isEmpty == true
            if opensTurn, let (direction, rest) = StageDirection.leading(text) {
                result.notes.append(Note(turn: result.turns.count, text: direction))
                text = rest
            }
            if let label = block.label {
                var label = label
                // The document's named host answers `答：` already (``ParticipantRegistry/host``).
                if result.registry.host == nil || label.roleHint != .official {
                    let holder = holders[label.text] ?? TitleHolder.holder(of: label, in: opening)
                    holders[label.text] = holder
                    if let holder {
                        label.name = holder
                        if let title = SpeakerLexicon.titleOnlyLabels[label.text.uppercased()] {
                            label.title = title.title
                            label.roleHint = label.roleHint ?? .official
                        }
                    }
                }
                let speaker = result.registry.resolve(label)
                // A host's role word (司儀, `Operator`) is one person however often it is printed.
                let entry = result.registry.entries[speaker]
                let isAnonymous = entry.name == nil && entry.outlet == nil && label.roleHint != .moderator
                if let last = result.turns.last, last.speaker == speaker, !label.opensEveryTurn, !(labelMarksHandOver && isAnonymous) {
                    // The turn goes on; a clock time printed again with the label is kept beside it.
                    if let time = block.time { result.notes.append(Note(turn: result.turns.count - 1, text: time)) }
                    if !text.isEmpty { result.turns[result.turns.count - 1].paragraphs.append(text) }
                } else {
                    if let last = result.turns.last, last.paragraphs.isEmpty { result.turns.removeLast() }
                    // A subtitle cue's start time is the turn's when the label prints none.
                    let time = block.time ?? block.block.startTime
                    result.turns.append(DraftTurn(speaker: speaker, paragraphs: text.isEmpty ? [] : [text], time: time))
                }
                continue
            }
            // Only short lines are looked up: hashing a whole paragraph to learn it is no heading is slow.
            let isShortLine = text.hasLength(atMost: PageFurniture.longestLine)
            if StageDirection.isStageDirection(text)
                || (isShortLine && (SectionHeading.isHeading(text) || furniture.contains(text)))
            {
                result.notes.append(Note(turn: result.turns.isEmpty ? nil : result.turns.count - 1, text: text))
            } else if result.turns.isEmpty {
                result.lead.append(text)
            } else {
                result.turns[result.turns.count - 1].paragraphs.append(text)
            }
        }
        if let last = result.turns.last, last.paragraphs.isEmpty { result.turns.removeLast() }
        result.trailing = labeled[end...].map(\.block.text)
        result.origin = result.trailing.lazy.compactMap(Self.origin).first
        return result
    }

    /// After an explicit marker (以下为发布会实录) when there is one before the first label, else at the first label.
    private func transcriptStart(_ blocks: [LabeledBlock], firstLabel: Int) -> Int {
        for index in 0..<firstLabel where blocks[index].block.text.hasLength(atMost: Thresholds.Segments.longestStartMarkerLine) {
            let text = blocks[index].block.text
            if DiscourseLexicon.transcriptStartMarkers.contains(where: { text.containsLiteral($0) }) { return index + 1 }
        }
        return firstLabel
    }

    /// Source lines, links back and navigation after the last turn.
    private func trailingStart(_ blocks: [LabeledBlock], after lastLabel: Int) -> Int {
        let after = blocks.index(after: lastLabel)
        guard after < blocks.count else { return blocks.count }
        return blocks[after...].firstIndex { $0.label == nil && Self.isTrailing($0.block.text) } ?? blocks.count
    }

    static func isTrailing(_ text: String) -> Bool {
        if DiscourseLexicon.trailingPrefixes.contains(where: { text.hasPrefix($0) }) { return true }
        return text.hasPrefix("（") && text.hasSuffix("）") && DiscourseLexicon.bracketedTrailingWords.contains(where: text.containsLiteral)
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
}

/// Stage directions: 「（播放影片）」, `(Laughter.)`, `[inaudible]` standing alone.
enum StageDirection {
    /// `[inaudible] adjusting that thinking…`: a stage direction opening a turn, and the words after it.
    /// All stage directions opening the text, and the words after them; `nil` when there are no words after.
    static func leading(_ text: String) -> (String, rest: String)? {
        var rest = Substring(text)
        var groups: [String] = []
        while let (group, after) = leadingGroup(rest) {
            groups.append(group)
            rest = after
        }
        guard !groups.isEmpty, !rest.isEmpty else { return nil }
        return (groups.joined(separator: " "), String(rest))
    }

    /// One stage direction, or several in a row: `(Inaudible.)  (Laughs.)`.
    static func isStageDirection(_ text: String) -> Bool {
        var rest = Substring(text)
        var count = 0
        while let (_, after) = leadingGroup(rest) {
            rest = after
            count += 1
        }
        return count > 0 && rest.isEmpty
    }

    private static func leadingGroup(_ text: Substring) -> (String, Substring)? {
        guard let first = text.first, first.isOne(of: "（([【") else { return nil }
        let close: Character = first == "（" ? "）" : first == "(" ? ")" : first == "[" ? "]" : "】"
        guard let end = text.prefix(Thresholds.Segments.longestStageDirection).firstIndex(of: close) else { return nil }
        let group = String(text[...end])
        guard isSingleStageDirection(group) else { return nil }
        return (group, text[text.index(after: end)...].drop { $0 == " " || $0 == "\u{A0}" || $0 == "\u{3000}" })
    }

    private static func isSingleStageDirection(_ text: String) -> Bool {
        guard text.hasLength(atMost: Thresholds.Segments.longestStageDirection), !text.hasLength(atMost: 1) else { return false }
        let pairs: [(Character, Character)] = [("（", "）"), ("(", ")"), ("[", "]"), ("【", "】")]
        for (open, close) in pairs where text.first == open && text.last == close {
            let inner = text.dropFirst().dropLast()
            guard !inner.contains(open), !inner.contains(close) else { return false }
            let lowered = inner.lowercased()
            return DiscourseLexicon.stageWords.contains { lowered.containsLiteral($0) }
        }
        return false
    }
}

/// Page headers and page numbers left in text taken from paged documents: a short line with a
/// number in it that repeats on every page, or a bare page number.
enum PageFurniture {
    static let longestLine = Thresholds.Segments.longestFurnitureLine

    static func lines(in blocks: [LabeledBlock]) -> Set<String> {
        var counts: [String: Int] = [:]
        for (index, block) in blocks.enumerated() where block.label == nil && block.text.hasLength(atMost: longestLine) {
            // The words under a label printed alone (`Q:` then `How many by May 3?`) are that speaker's, however
            // often they repeat.
            if index > 0, blocks[index - 1].label != nil, blocks[index - 1].text.isEmpty { continue }
            counts[block.text, default: 0] += 1
        }
        let limits = Thresholds.Segments.self
        return Set(counts.compactMap { text, count in
            let isPageNumber = text.count <= limits.longestPageNumber && text.allSatisfy { $0.isASCII && $0.isNumber }
            let isRunningHeader = count >= limits.fewestRunningHeaderRepeats && text.contains { $0.isNumber }
                && text.count >= limits.shortestRunningHeader
            return isPageNumber || isRunningHeader || isClockLine(text) ? text : nil
        })
    }
}

extension PageFurniture {
    /// `7:37 P.M. EST`, `END 4:53 P.M. EST`: the time a briefing started or ended.
    static func isClockLine(_ text: String) -> Bool {
        var words = text.split(separator: " ")
        if words.first == "END" { words.removeFirst() }
        guard (2...3).contains(words.count), let clock = words.first else { return false }
        let parts = clock.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) && (1...2).contains($0.count) }) else { return false }
        let meridiem = words[1].replacingLiteral(".", with: "").uppercased()
        guard meridiem == "AM" || meridiem == "PM" else { return false }
        return words.count == 2 || words[2].allSatisfy { $0.isUppercase }
    }
}

/// A heading between turns: `QUESTIONS AND ANSWERS`, `ORAL ARGUMENT OF DANA PARK`. Read only where no label
/// was found, so a name in capitals that is a label stays one.
enum SectionHeading {
    static func isHeading(_ text: String) -> Bool {
        DiscourseLexicon.sectionHeadings.contains(text.uppercased()) || isCapitalsLine(text)
    }

    /// A few words in capitals that end no sentence: a title, not speech.
    static func isCapitalsLine(_ text: String) -> Bool {
        let limits = Thresholds.SectionHeading.self
        guard text.hasLength(atMost: PageFurniture.longestLine), let last = text.last, !".?!:;,\"”".contains(last) else { return false }
        var capitals = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase || TextNormalization.isWide(scalar) { return false }
            if scalar.properties.isUppercase { capitals += 1 }
        }
        return capitals >= limits.minimumCapitals && text.split(separator: " ").count >= limits.minimumWords
    }
}

/// Names who holds the conference from the title or the first lines: 「外交部发言人华春莹主持例行记者会」.
enum HostDetector {
    static func host(title: String?, blocks: [LabeledBlock]) -> String? {
        let candidates = [title].compactMap { $0 } + blocks.prefix(Thresholds.Segments.linesNamingTheHost).map(\.block.text)
        for text in candidates {
            for key in SpeakerLexicon.spokespersonWords {
                guard let range = text.literalRange(of: key) else { continue }
                let tail = text[range.upperBound...]
                guard let hold = tail.literalRange(of: "主持") else { continue }
                let name = String(tail[..<hold.lowerBound])
                if LabelParser.isChineseName(name) { return name }
            }
        }
        return nil
    }
}
