/// Page headers and page numbers left in text taken from paged documents: a short line with a
/// number in it that repeats on every page, or a bare page number.
enum PageFurniture {
    static let longestLine = Thresholds.Segments.longestFurnitureLine

    static func lines(in blocks: [LabeledBlock]) -> Set<String> {
        var counts: [String: Int] = [:]
        // Lines printed somewhere other than right over a label.
        var notOverALabel = Set<String>()
        for (index, block) in blocks.enumerated() where block.label == nil && block.text.hasLength(atMost: longestLine) {
            // The words under a label printed alone (`Q:` then `How many by May 3?`) are that speaker's, however
            // often they repeat.
            if index > 0, blocks[index - 1].label != nil, blocks[index - 1].text.isEmpty { continue }
            counts[block.text, default: 0] += 1
            if index + 1 == blocks.count || blocks[index + 1].label == nil, isSpeakerImageName(block.text) { notOverALabel.insert(block.text) }
        }
        let limits = Thresholds.Segments.self
        return Set(counts.compactMap { text, count in
            let isPageNumber = Self.isPageNumber(text)
            let isRunningHeader = count >= limits.fewestRunningHeaderRepeats && text.contains { $0.isNumber }
                && text.count >= limits.shortestRunningHeader
            // `MPphoto` over every speaker of the European Parliament's verbatim report: an image's name, one word in
            // mixed case with no mark (no one's reply, `Yes`, `OK`), printed over a label each time and nowhere else.
            let isSpeakerImage = count >= limits.fewestRunningHeaderRepeats && isSpeakerImageName(text) && !notOverALabel.contains(text)
            return isPageNumber || isRunningHeader || isSpeakerImage || isClockLine(text) ? text : nil
        })
    }
}

extension PageFurniture {
    /// `3` / `MALLOY TRANSCRIPTION SERVICE`: a paged transcript's footer, a short line printed beside the page number on
    /// more than one page. It has no number of its own to show it is furniture, and would otherwise be read as a
    /// name in capitals that recurs, a speaker who breaks into every page.
    static func runningFooters(in blocks: [LabeledBlock]) -> [Int] {
        var besidePageNumbers: [String: [Int]] = [:]
        for index in blocks.indices where blocks[index].label == nil && blocks[index].text.hasLength(atMost: longestLine) {
            let text = blocks[index].text
            guard !isPageNumber(text) else { continue }
            let before = index > 0 && isPageNumber(blocks[index - 1].text)
            let after = index + 1 < blocks.count && isPageNumber(blocks[index + 1].text)
            if before || after { besidePageNumbers[text, default: []].append(index) }
        }
        return besidePageNumbers.values.filter { $0.count >= Thresholds.Segments.fewestFootersBesidePageNumbers }.flatMap { $0 }.sorted()
    }

    /// `MPphoto`: one word of ASCII letters and digits in mixed case, a capital after its first letter, read on bytes
    /// (every short paragraph is asked, most of them Chinese or words with blanks).
    private static func isSpeakerImageName(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= Thresholds.Segments.shortestRunningHeader, bytes.allSatisfy({ $0 < 0x80 && ($0.isASCIILetter || (0x30...0x39).contains($0)) })
        else { return false }
        return bytes.dropFirst().contains { (0x41...0x5A).contains($0) } && bytes.contains { (0x61...0x7A).contains($0) }
    }

    /// `ANDERSON COURT REPORTING` / `500 Montgomery Street, Suite 400` / … / `ECON-2025/11/06      3`: a court reporter's
    /// page footer, short lines over the running header and the page's number, the same lines on more than one page.
    /// Its first line would otherwise be read as a name that recurs.
    static func footerLines(in blocks: [LabeledBlock]) -> [Int] {
        var runs: [[String]: [Range<Int>]] = [:]
        for index in blocks.indices where blocks[index].label == nil && endsWithPageNumber(blocks[index].block.text) {
            var start = index
            while start > 0, index - start < Thresholds.Segments.mostFooterLines, case let above = blocks[start - 1],
                above.label == nil, above.block.text.hasLength(atMost: longestLine), !above.block.text.isEmpty
            {
                start -= 1
            }
            guard start < index else { continue }
            runs[blocks[start..<index].map(\.block.text), default: []].append(start..<index)
        }
        return runs.values.filter { $0.count >= Thresholds.Segments.fewestFootersBesidePageNumbers }.flatMap { $0.flatMap { Array($0) } }.sorted()
    }

    /// `ECON-2025/11/06      3`: a running header, then the page's number.
    private static func endsWithPageNumber(_ line: String) -> Bool {
        guard line.hasLength(atMost: longestLine), let last = line.utf8.last, (0x30...0x39).contains(last) else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2, let number = words.last else { return false }
        return isPageNumber(String(number))
    }

    /// `PN12`: a tribunal transcript's paragraph number, alone on its line over the paragraph (``SpeakerLexicon/paragraphNumberPrefixes``).
    static func isParagraphNumber(_ text: String) -> Bool {
        guard let prefix = SpeakerLexicon.paragraphNumberPrefixes.first(where: { text.hasPrefix($0) }) else { return false }
        let digits = text.dropFirst(prefix.count)
        return !digits.isEmpty && digits.count <= Thresholds.Segments.longestPageNumber && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `3`: a page number printed alone.
    static func isPageNumber(_ text: String) -> Bool {
        !text.isEmpty && text.hasLength(atMost: Thresholds.Segments.longestPageNumber) && text.allSatisfy { $0.isASCII && $0.isNumber }
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

extension PageFurniture {
    /// `Advertisement`, `RELATED: Audit finds aging pipes…`, 「相关阅读：…」, `Reply`, `level 2`, 「【字幕条】…」, `{Reactions}`,
    /// `Copyright (C) …`: a page's advertisement slot or link to another story, a thread's button or depth, a broadcast's
    /// on-screen text, a chat export's reactions, a page's copyright line, printed between a speaker's paragraphs.
    ///
    /// Every unlabelled paragraph is asked: one whose first scalar opens none of the lexicon's lines is turned down
    /// before it is read; ``isNewsPageLineReference(_:)`` reads every paragraph, and `FastPathTests` holds the two equal.
    static func isNewsPageLine(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, newsPageLineOpenings.contains(first) else { return false }
        return isNewsPageLineReference(text)
    }

    /// ``isNewsPageLine(_:)`` read on every paragraph.
    static func isNewsPageLineReference(_ text: String) -> Bool {
        // A chat export's reactions or attachments, however long their lines.
        if SocialLexicon.opensExportSection(text) { return true }
        guard text.hasLength(atMost: Thresholds.Segments.longestNewsPageLine) else { return false }
        if SpeakerLexicon.advertisementLines.contains(text) || SocialLexicon.threadLines.contains(text) || SocialLexicon.isThreadLevel(text)
            || SpeakerLexicon.copyrightOpenings.contains(where: { text.hasPrefix($0) })
        {
            return true
        }
        if text.utf8.starts(with: "【".utf8), SpeakerLexicon.onScreenTextTags.contains(where: { text.dropFirst().hasPrefix($0 + "】") }) { return true }
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        return SpeakerLexicon.relatedLinkHeadings.contains(String(text[..<colon]).trimmingCharacters(in: " "))
    }

    /// The first scalars of the lines ``isNewsPageLineReference(_:)`` finds.
    private static let newsPageLineOpenings = Set(
        SpeakerLexicon.advertisementLines.union(SpeakerLexicon.relatedLinkHeadings).union(SocialLexicon.threadLines)
            .union([SocialLexicon.threadLevelWord, "【", "{"]).union(SpeakerLexicon.copyrightOpenings).compactMap(\.unicodeScalars.first))
}

extension PageFurniture {
    /// `Q1. [905318]`, `T2. [905400]`, `[905318]`: a parliamentary record's reference to a question on the order paper,
    /// printed under the member who asks it. It names no one and is kept as a note.
    static func isQuestionReference(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.last == UInt8(ascii: "]"), utf8.count <= longestQuestionReference, let open = text.lastIndex(of: "[") else {
            return false
        }
        let number = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard number.count >= Thresholds.LabelCandidate.mostDigitsInATurnNumber + 1, number.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return false }
        let opening = text[..<open].trimmingCharacters(in: " ")
        guard !opening.isEmpty else { return true }
        // `Q1.`, `T2.`, `3.`: the question's number on the order paper, perhaps after a letter for its kind.
        let digits = opening.drop { $0 == "Q" || $0 == "T" }.dropLast()
        return opening.last == "." && opening.count - digits.count <= 2 && (1...3).contains(digits.count)
            && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Bytes of the longest question reference: `Q123. [12345678]`.
    private static let longestQuestionReference = 20
}
