/// Finds the numbered points of a turn: lists that start at a paragraph or after 。；：, nested where
/// one item holds a list of another family, restarted where a list's first marker appears again.
struct PointExtractor {
    /// A marker found in the turn's text.
    private struct Occurrence {
        var match: OrdinalMarkers.Match
        var paragraph: Int
        /// Offset of the marker in the paragraph's characters.
        var start: Int
    }

    /// A list being built: its family and items, each item knowing where its text starts.
    private final class ListNode {
        let family: OrdinalMarkers.Family
        var items: [ItemNode] = []
        init(family: OrdinalMarkers.Family) { self.family = family }
        var lastOrdinal: Int { items.last?.ordinal ?? 0 }
    }

    private final class ItemNode {
        let occurrence: Occurrence
        var ordinal: Int
        var children: [ListNode] = []
        init(occurrence: Occurrence, ordinal: Int) {
            self.occurrence = occurrence
            self.ordinal = ordinal
        }
    }

    let paragraphs: [[Character]]

    /// - Parameter prefilter: leave out, unread, the paragraphs where ``mayHoldMarker(_:)`` finds no place
    ///   a marker could start (the result is the same; tests turn it off to check that).
    init(paragraphs: [String], prefilter: Bool = true) {
        self.paragraphs = paragraphs.map { !prefilter || Self.mayHoldMarker($0) ? $0.characterArray : [] }
    }

    func extract() -> [Point] {
        let occurrences = findOccurrences()
        guard !occurrences.isEmpty else { return [] }
        var roots: [ListNode] = []
        var stack: [ListNode] = []
        for occurrence in occurrences {
            let match = occurrence.match
            // Continue the nearest open list of the same family.
            if let depth = stack.lastIndex(where: { $0.family == match.family.list }) {
                let list = stack[depth]
                let continues = match.ordinal == list.lastOrdinal + 1 || (match.ordinal == 0 && list.lastOrdinal >= 1)
                if continues {
                    stack.removeSubrange((depth + 1)...)
                    list.items.append(ItemNode(occurrence: occurrence, ordinal: match.ordinal == 0 ? list.lastOrdinal + 1 : match.ordinal))
                    continue
                }
                if match.ordinal == 1 {
                    // The first marker again: a new list at the same depth.
                    stack.removeSubrange(depth...)
                    let fresh = ListNode(family: match.family.list)
                    fresh.items.append(ItemNode(occurrence: occurrence, ordinal: 1))
                    if let parent = stack.last?.items.last { parent.children.append(fresh) } else { roots.append(fresh) }
                    stack.append(fresh)
                }
                continue
            }
            guard match.ordinal == 1 else { continue }
            let fresh = ListNode(family: match.family.list)
            fresh.items.append(ItemNode(occurrence: occurrence, ordinal: 1))
            // An open item whose paragraph-level list holds this one inline: nest it.
            if let parent = stack.last?.items.last, nests(occurrence, under: parent) {
                parent.children.append(fresh)
            } else {
                stack.removeAll()
                roots.append(fresh)
            }
            stack.append(fresh)
        }
        let ordered = flattenOrder(roots)
        var points: [Point] = []
        for list in roots {
            points += build(list, ordered: ordered)
        }
        return points
    }

    /// A list nests under the latest open item when that item opened its paragraph, or when both
    /// sit in the same paragraph; a list after an inline item's paragraph starts afresh.
    private func nests(_ occurrence: Occurrence, under parent: ItemNode) -> Bool {
        let opener = parent.occurrence
        guard opener.match.family.list != occurrence.match.family.list else { return false }
        return opener.start == 0 || opener.paragraph == occurrence.paragraph
    }

    /// Every item occurrence in reading order, so an item's text ends where the next one starts.
    private func flattenOrder(_ roots: [ListNode]) -> [Occurrence] {
        var result: [Occurrence] = []
        func visit(_ list: ListNode) {
            for item in list.items {
                result.append(item.occurrence)
                item.children.forEach(visit)
            }
        }
        roots.forEach(visit)
        return result.sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
    }

    /// Turns a list into points; lists of one item do not count, but their nested lists do.
    private func build(_ list: ListNode, ordered: [Occurrence]) -> [Point] {
        let items = list.items.map { item -> Point in
            let text = textOfItem(item.occurrence, ordered: ordered, isLastOfList: item === list.items.last)
            let children = item.children.flatMap { build($0, ordered: ordered) }
            return Point(
                marker: item.occurrence.match.marker, ordinal: item.ordinal, text: text,
                headline: Headline.of(text), children: children)
        }
        if items.count < 2 { return items.flatMap(\.children) }
        return items
    }

    /// From after the marker to the next marker, or to the end of the paragraph.
    private func textOfItem(_ occurrence: Occurrence, ordered: [Occurrence], isLastOfList: Bool) -> String {
        let characters = paragraphs[occurrence.paragraph]
        let start = min(characters.count, occurrence.start + occurrence.match.length)
        var end = characters.count
        if let next = ordered.first(where: { ($0.paragraph, $0.start) > (occurrence.paragraph, occurrence.start) }),
            next.paragraph == occurrence.paragraph
        {
            end = next.start
        }
        return String(characters[start..<max(start, end)]).trimmingCharacters(in: " ，,、：:")
    }

    private func findOccurrences() -> [Occurrence] {
        var found: [Occurrence] = []
        for (index, characters) in paragraphs.enumerated() {
            var position = 0
            while position < characters.count {
                // Both kinds of start follow one of these characters or open the paragraph (see
                // `mayHoldMarker`): one test turns most positions down.
                guard position == 0 || characters[position - 1].isOne(of: "。；：！？，、》」”\" ") else {
                    position += 1
                    continue
                }
                let sentenceStart = isSentenceStart(characters, position)
                if sentenceStart || isClauseStart(characters, position), OrdinalMarkers.mayStart(with: characters[position]) {
                    let rest = Substring(String(characters[position..<min(characters.count, position + 20)]))
                    if let match = OrdinalMarkers.match(rest),
                        sentenceStart || match.family == .shi || match.family == .di || match.family == .englishArticle
                            || match.family == .english
                    {
                        found.append(Occurrence(match: match, paragraph: index, start: position))
                        position += match.length
                        continue
                    }
                }
                position += 1
            }
        }
        return found
    }

    /// Just after a comma or a closing quote: 「…三個問題，第一個是…」, 「《条例》一是…」. Only 一是 and 第一
    /// markers are read there, and only lists of two or more count.
    private func isClauseStart(_ characters: [Character], _ position: Int) -> Bool {
        guard position > 0 else { return false }
        if characters[position - 1].isOne(of: "，、》」”") { return true }
        // "…we said the first question is": English "the first" may follow any word.
        return position >= 2 && characters[position - 1] == " " && (characters[position] == "t" || characters[position - 2].isOne(of: ",;"))
    }

    /// Whether the scan below can find a marker in `text`: a scalar that may open one
    /// (``OrdinalMarkers/mayStart(with:)``) at the start or after a character that may end a sentence or a
    /// clause there (。；：！？，、》」”" or a space). Read on scalars, without building the characters;
    /// conservative. Keep in step with `isSentenceStart` and `isClauseStart`.
    static func mayHoldMarker(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if let previous {
                switch previous {
                case "。", "；", "：", "！", "？", "，", "、", "》", "」", "”", "\"", " ": break
                default: continue
                }
            }
            if OrdinalMarkers.mayStart(withScalar: scalar) { return true }
        }
        return false
    }

    /// Paragraph start, or just after 。；：！？ (and `. `, `; `, `: ` in Latin text).
    private func isSentenceStart(_ characters: [Character], _ position: Int) -> Bool {
        if position == 0 { return true }
        let previous = characters[position - 1]
        if previous.isOne(of: "。；：！？") { return true }
        if previous == " ", position >= 2, characters[position - 2].isOne(of: ".;:?!") { return true }
        if previous.isOne(of: "”\""), position >= 2, characters[position - 2].isOne(of: "。！？") { return true }
        return false
    }
}

/// The short form of a point: its first sentence, or its first clause when the sentence runs long.
enum Headline {
    static let longSentence = 40

    static func of(_ text: String) -> String {
        let sentence = text.prefix { !"。；！？!?;".contains($0) }
        let trimmed = String(sentence).trimmingCharacters(in: " ")
        if trimmed.count <= longSentence { return trimmed.isEmpty ? String(text.prefix(longSentence)) : trimmed }
        let clause = sentence.prefix { !"，,：:".contains($0) }
        if clause.count >= 4 && clause.count <= longSentence * 2 { return String(clause) }
        if let period = sentence.range(of: ". ") { return String(sentence[..<period.lowerBound]) + "." }
        return String(sentence.prefix(longSentence * 2))
    }
}
