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

extension PageFurniture {
    /// `Advertisement`, `RELATED: Audit finds aging pipes…`, 「相关阅读：…」: a news page's advertisement slot or link to
    /// another story, printed between a speaker's paragraphs.
    ///
    /// Every unlabelled paragraph is asked: one whose first scalar opens none of the lexicon's lines is turned down
    /// before it is read; ``isNewsPageLineReference(_:)`` reads every paragraph, and `FastPathTests` holds the two equal.
    static func isNewsPageLine(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, newsPageLineOpenings.contains(first) else { return false }
        return isNewsPageLineReference(text)
    }

    /// ``isNewsPageLine(_:)`` read on every paragraph.
    static func isNewsPageLineReference(_ text: String) -> Bool {
        guard text.hasLength(atMost: Thresholds.Segments.longestNewsPageLine) else { return false }
        if SpeakerLexicon.advertisementLines.contains(text) { return true }
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        return SpeakerLexicon.relatedLinkHeadings.contains(String(text[..<colon]).trimmingCharacters(in: " "))
    }

    /// The first scalars of the lines ``isNewsPageLineReference(_:)`` finds.
    private static let newsPageLineOpenings = Set(
        SpeakerLexicon.advertisementLines.union(SpeakerLexicon.relatedLinkHeadings).compactMap(\.unicodeScalars.first))
}
