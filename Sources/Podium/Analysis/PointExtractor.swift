/// Finds the numbered points of a turn: lists that start at a paragraph or after 。；：, nested where
/// one item holds a list of another family, restarted where a list's first marker appears again.
struct PointExtractor {
    /// A marker found in the turn's text.
    private struct Occurrence {
        /// Position in reading order among all occurrences of the turn.
        var sequence: Int
        var match: OrdinalMarkers.Match
        var paragraph: Int
        /// Where the marker starts and where its punctuation ends, in the paragraph's text.
        var start: String.Index
        var end: String.Index
        /// A number closed by a bracket inside a sentence (`… 1) the price, and 2) the timing`): an item only beside
        /// the next or previous number so printed in its paragraph.
        var isInlineNumber = false
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

    /// How far ``OrdinalMarkers/match(_:)`` reads, in characters.
    static let markerWindow = 20

    let paragraphs: [String]

    init(paragraphs: [String]) {
        self.paragraphs = paragraphs
    }

    /// The turn's points. A turn printed all in capitals (`NUMBER ONE, THERE IS NO DANGER…`, as captions print speech)
    /// is read as its sentences would be printed (``Capitals``), and its points are given back in capitals.
    func extract() -> [Point] {
        guard Capitals.isAllCapitals(paragraphs) else { return extractAsPrinted() }
        return PointExtractor(paragraphs: paragraphs.map(Capitals.sentenceCased)).extractAsPrinted().map(Capitals.restored)
    }

    private func extractAsPrinted() -> [Point] {
        let occurrences = supported(Self.pairedInlineNumbers(findOccurrences()))
        guard !occurrences.isEmpty else { return [] }
        var roots: [ListNode] = []
        var stack: [ListNode] = []
        for occurrence in occurrences {
            let match = occurrence.match
            // 「首先是…，第二位是…」: 第二 goes on from 首先 as from 第一.
            if match.family == .di, match.ordinal >= 2, !stack.contains(where: { $0.family == .di }),
                let depth = stack.lastIndex(where: { $0.family == .sequence && $0.lastOrdinal + 1 == match.ordinal })
            {
                stack.removeSubrange((depth + 1)...)
                stack[depth].items.append(ItemNode(occurrence: occurrence, ordinal: match.ordinal))
                continue
            }
            // Continue the nearest open list of the same family.
            if let depth = stack.lastIndex(where: { $0.family == match.family.list }) {
                let list = stack[depth]
                let continues = match.ordinal == list.lastOrdinal + 1 || (match.ordinal == 0 && closes(list, at: occurrence))
                    || skipsOne(list, to: match)
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
            // A list whose first item is unmarked starts at its second (「…；第二，…；第三，…」, "…. Secondly, …");
            // it counts only if a third follows, as lists of one item never do.
            guard match.ordinal == 1 || (match.ordinal == 2 && Self.mayOpenAtSecond(match)) else { continue }
            let fresh = ListNode(family: match.family.list)
            fresh.items.append(ItemNode(occurrence: occurrence, ordinal: match.ordinal))
            // An open item whose paragraph-level list holds this one inline: nest it.
            if let parent = stack.last?.items.last, nests(occurrence, under: parent) {
                parent.children.append(fresh)
            } else {
                stack.removeAll()
                roots.append(fresh)
            }
            stack.append(fresh)
        }
        let following = followingItems(roots)
        var points: [Point] = []
        for list in roots {
            points += build(list, following: following)
        }
        return points
    }

    /// Markers that stand for an item only beside a partner: "The first study … The second study …" (not "the first
    /// gathering" alone), "one, … two, …" and `Number one` without a comma beside another ordinal next to them,
    /// 「第一这个…，第二后续…」 beside another 第 ordinal in its paragraph.
    private func supported(_ occurrences: [Occurrence]) -> [Occurrence] {
        guard occurrences.contains(where: { $0.match.form != .standalone && $0.match.form != .itemNoun }) else { return occurrences }
        return occurrences.filter { occurrence in
            let match = occurrence.match
            switch match.form {
            case .standalone, .itemNoun:
                return true
            case .qualifying(let noun):
                return occurrences.contains { other in
                    other.match.form == .qualifying(noun) && abs(other.match.ordinal - match.ordinal) == 1
                }
            case .numberWord:
                return occurrences.contains { other in
                    other.match.family.list == .english && other.match.ordinal > 0 && abs(other.match.ordinal - match.ordinal) == 1
                }
            case .runOn:
                return occurrences.contains { other in
                    other.paragraph == occurrence.paragraph && other.match.family == .di
                        && abs(other.match.ordinal - match.ordinal) == 1 && !pairsElsewhere(occurrence, other)
                }
            }
        }
    }

    /// A speaker who skips a number goes on with the list (`The first is … And then third, …`, "the first one is …
    /// the third thing", 「第一，…第三，」): both markers stand on their own or before an item noun, where "the first
    /// study … the third floor" qualify nouns. A written 「一是…三是」 skips nothing a speaker forgot, and is no such list.
    private func skipsOne(_ list: ListNode, to match: OrdinalMarkers.Match) -> Bool {
        let namesAnItem: (OrdinalMarkers.Match) -> Bool = { $0.form == .standalone || $0.form == .itemNoun }
        guard match.ordinal == list.lastOrdinal + 2, namesAnItem(match), list.family == .english || list.family == .di,
            let last = list.items.last
        else { return false }
        return namesAnItem(last.occurrence.match) && last.occurrence.match.ordinal > 0
    }

    /// 「一個是…，另外是…。…第二個議題是…」: the first of a pair said with 另外 or 另一 between it and the 第二 that
    /// would be its partner belongs to that pair, not to a numbered series.
    private func pairsElsewhere(_ first: Occurrence, _ second: Occurrence) -> Bool {
        guard first.paragraph == second.paragraph else { return false }
        let (earlier, later) = first.start < second.start ? (first, second) : (second, first)
        let between = paragraphs[earlier.paragraph][earlier.end..<later.start]
        return OrdinalLexicon.pairingWords.contains { between.containsLiteral($0) }
    }

    /// Where a list may open at its second item: 「第二，」 and "Secondly,", markers with punctuation of their own;
    /// not 「第二個」 or "the second dose", which are as often "the second one" of something said before.
    private static func mayOpenAtSecond(_ match: OrdinalMarkers.Match) -> Bool {
        (match.family == .di || match.family == .english) && match.punctuated
    }

    /// Whether a closing word (Finally, 最后) ends `list`. A list opened by a marker of its own ("First, …", 「首先，」)
    /// is ended by the next one wherever it comes; one opened by "the first question" or at its second item
    /// (「…；第二，…；第三，…」, "… And then secondly, … And then finally, …") no further from its last item, in
    /// paragraphs, than its items are from each other (``Thresholds/Points/closerParagraphSlack``), and the first
    /// only once it has two items.
    private func closes(_ list: ListNode, at occurrence: Occurrence) -> Bool {
        // A list takes one closing word: a second 「最後」 starts a new thought.
        guard let first = list.items.first, let last = list.items.last, list.lastOrdinal >= 1, last.occurrence.match.ordinal != 0
        else { return false }
        // "… and finally a link": a closing word said without its comma ends only a list of two items or more, close by.
        if occurrence.match.spoken {
            return list.items.count >= 2 && occurrence.paragraph - last.occurrence.paragraph <= Thresholds.Points.closerParagraphSlack
        }
        // "The final point …" ends a list of two items or more; after "The first is …" alone it is a talk's last word.
        if occurrence.match.form == .itemNoun, list.items.count < 2 { return false }
        if first.occurrence.match.form == .standalone {
            if first.ordinal == 1 { return true }
        } else if list.items.count < 2 {
            return false
        }
        let widestGap = zip(list.items, list.items.dropFirst()).map { $1.occurrence.paragraph - $0.occurrence.paragraph }.max() ?? 0
        return occurrence.paragraph - last.occurrence.paragraph <= widestGap + Thresholds.Points.closerParagraphSlack
    }

    /// A list nests under the latest open item when that item opened its paragraph, or when both
    /// sit in the same paragraph; a list after an inline item's paragraph starts afresh.
    private func nests(_ occurrence: Occurrence, under parent: ItemNode) -> Bool {
        let opener = parent.occurrence
        guard opener.match.family.list != occurrence.match.family.list else { return false }
        return opener.start == paragraphs[opener.paragraph].startIndex || opener.paragraph == occurrence.paragraph
    }

    /// For each item (by sequence), the item that follows it in reading order, so an item's text ends
    /// where the next one starts.
    private func followingItems(_ roots: [ListNode]) -> [Int: Occurrence] {
        var items: [Occurrence] = []
        func visit(_ list: ListNode) {
            for item in list.items {
                items.append(item.occurrence)
                item.children.forEach(visit)
            }
        }
        roots.forEach(visit)
        items.sort { $0.sequence < $1.sequence }
        var following: [Int: Occurrence] = [:]
        for (item, next) in zip(items, items.dropFirst()) { following[item.sequence] = next }
        return following
    }

    /// Turns a list into points; lists of one item do not count, but their nested lists do.
    private func build(_ list: ListNode, following: [Int: Occurrence]) -> [Point] {
        let items = list.items.map { item -> Point in
            let text = textOfItem(item.occurrence, following: following)
            let children = item.children.flatMap { build($0, following: following) }
            return Point(
                marker: item.occurrence.match.marker, ordinal: item.ordinal, text: text,
                headline: Headline.of(text), children: children, location: location(of: item.occurrence))
        }
        if items.count < 2 { return items.flatMap(\.children) }
        // "one, two, three" counts; a list of number words has items of a few words at least.
        if list.items.contains(where: { $0.occurrence.match.form == .numberWord }),
            items.contains(where: { $0.text.split(separator: " ").count < Thresholds.Points.shortestNumberWordItem })
        {
            return items.flatMap(\.children)
        }
        return items
    }

    /// Where an occurrence's printed marker sits: its paragraph, and its start in UTF-8 bytes. The words a reading
    /// takes in before the marker («the» of "the first", 「关于」 of 「关于第一个问题」) stay with the text before it; an
    /// opening bracket printed before a marker read without it (「（一）」 read as 「一」) goes with the marker.
    private func location(of occurrence: Occurrence) -> Point.Location {
        let text = paragraphs[occurrence.paragraph]
        let marker = occurrence.match.marker
        var start = text[occurrence.start..<occurrence.end].literalRange(of: marker)?.lowerBound ?? occurrence.start
        if start > text.startIndex, !marker.hasPrefix("（"), !marker.hasPrefix("("),
            case let before = text.index(before: start), Self.openingBrackets.contains(text[before])
        {
            start = before
        }
        return Point.Location(paragraph: occurrence.paragraph, markerUTF8Offset: text.utf8.distance(from: text.utf8.startIndex, to: start))
    }

    /// Brackets printed before a marker that its reading leaves out.
    private static let openingBrackets: Set<Character> = ["（", "("]

    /// From after the marker to the next marker, or to the end of the paragraph.
    private func textOfItem(_ occurrence: Occurrence, following: [Int: Occurrence]) -> String {
        let text = paragraphs[occurrence.paragraph]
        var end = text.endIndex
        var nextIsInline = false
        if let next = following[occurrence.sequence], next.paragraph == occurrence.paragraph {
            end = max(occurrence.end, next.start)
            nextIsInline = true
        }
        var item = String(Substring(text.unicodeScalars[occurrence.end..<end])).trimmingCharacters(in: " ，,、：:")
        // "…decisions about boosters. And number two, …": the lead-in belongs to the next item.
        while nextIsInline, let space = item.lastIndex(of: " "),
            OrdinalLexicon.englishLeadIns.contains(item[item.index(after: space)...].lowercased())
        {
            item = String(item[..<space]).trimmingCharacters(in: " ，,、：:")
        }
        return item
    }

    /// Markers open a paragraph or follow one of these (see `isSentenceStart` and `isClauseStart`).
    private static let markerPrecedents = ScalarSet("。；：！？，、》」”\" 「『“")

    /// The UTF-8 offsets of the places in `text` where a marker may start: its start and each place after one of
    /// ``markerPrecedents``, less those whose first scalar starts no marker (``OrdinalMarkers/mayStart(withScalar:)``)
    /// or whose first word is no marker word (``OrdinalMarkers/turnsDown(_:)``). Told on the bytes, with no array of
    /// every word's place: ``markerPlacesReference(in:)`` asks the same of each place, and `FastPathTests` holds the
    /// two equal.
    static func markerPlaces(in text: String) -> [Int] {
        let places: [Int]? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var found: [Int] = []
            func consider(_ offset: Int) {
                guard offset < bytes.count else { return }
                let lead = bytes[offset]
                if lead < 0x80 {
                    guard OrdinalMarkers.mayStart(withASCII: lead), !OrdinalMarkers.turnsDown(UnsafeBufferPointer(rebasing: bytes[offset...])) else {
                        return
                    }
                } else {
                    guard OrdinalMarkers.mayStart(withScalar: UTF8Decoding.scalar(in: bytes, at: offset).scalar) else { return }
                }
                found.append(offset)
            }
            consider(0)
            markerPrecedents.forEachOccurrence(in: bytes) { consider($0.upperBound) }
            return found
        }
        return places ?? markerPlacesReference(in: text)
    }

    /// ``markerPlaces(in:)`` asked of every place on the string's views: the rule the byte scan keeps to.
    static func markerPlacesReference(in text: String) -> [Int] {
        let utf8 = text.utf8
        return ([0] + markerPrecedents.occurrences(in: text).map(\.upperBound)).filter { offset in
            guard offset < utf8.count else { return false }
            let position = utf8.index(utf8.startIndex, offsetBy: offset)
            return OrdinalMarkers.mayStart(withScalar: text.unicodeScalars[position]) && !OrdinalMarkers.turnsDown(utf8[position...])
        }
    }

    /// Reads only the places ``markerPlaces(in:)`` keeps, and the 一是 after a Chinese lead-in, and there reads characters.
    private func findOccurrences() -> [Occurrence] {
        var found: [Occurrence] = []
        for (index, text) in paragraphs.enumerated() {
            let scalars = text.unicodeScalars
            let utf8 = text.utf8
            var resume = 0
            let afterChineseLeadIns = Self.listOpeningsAfterChineseLeadIns(text)
            let afterPartLeadIns = Self.partOpeningsAfterChineseLeadIns(text)
            var starts = Self.markerPlaces(in: text)
            if !afterChineseLeadIns.isEmpty || !afterPartLeadIns.isEmpty {
                starts = Array(Set(starts + afterChineseLeadIns + afterPartLeadIns)).sorted()
            }
            for offset in starts where offset >= resume && offset < utf8.count {
                let position = utf8.index(utf8.startIndex, offsetBy: offset)
                // Every place may open a marker: `markerPlaces` asked `mayStart` and `turnsDown`, and a place after a
                // Chinese lead-in opens with 一是, which both let through.
                let scalar = scalars[position]
                let previous = position > scalars.startIndex ? scalars[scalars.index(before: position)] : nil
                var beforePrevious: Unicode.Scalar?
                if previous != nil, case let back = scalars.index(before: position), back > scalars.startIndex {
                    beforePrevious = scalars[scalars.index(before: back)]
                }
                let sentenceStart = Self.isSentenceStart(previous, beforePrevious)
                let mayBeInlineNumber = previous == " " && (scalar == "(" || ("0"..."9").contains(scalar))
                let afterChineseLeadIn = afterChineseLeadIns.contains(offset)
                let afterPartLeadIn = afterPartLeadIns.contains(offset)
                // Whether a lead-in word ("and", "then") comes just before: read backwards, so only where it decides.
                var afterLeadIn: Bool?
                func followsLeadIn() -> Bool {
                    if let afterLeadIn { return afterLeadIn }
                    let found = previous == " "
                        && (Self.followsLeadIn(scalars, before: position) || Self.followsAnswerLeadIn(scalars, before: position))
                    afterLeadIn = found
                    return found
                }
                guard sentenceStart || afterChineseLeadIn || afterPartLeadIn || Self.isClauseStart(previous, beforePrevious) || mayBeInlineNumber
                    || (previous == " " && Self.startsWithArticle(utf8[position...]))
                    || followsLeadIn(),
                    let (match, end) = marker(in: text, at: position)
                else { continue }
                let isInlineNumber = !sentenceStart && mayBeInlineNumber && Self.closesWithABracket(match, in: text, at: position, before: end)
                guard sentenceStart || isInlineNumber || match.family == .shi || match.family == .di || match.family == .englishArticle
                    || match.family == .english || match.family == .sequence
                else { continue }
                if afterChineseLeadIn && match.family != .shi { continue }
                // 「先说第一个问题」: after an answer's lead-in, only a numbered question or aspect.
                if afterPartLeadIn && !sentenceStart && !Self.isClauseStart(previous, beforePrevious)
                    && !(match.family == .di && match.marker.count > 2)
                {
                    continue
                }
                // "The first study …" opens a sentence; "… in the first category to …" qualifies inside one.
                if case .qualifying = match.form, !sentenceStart, !followsLeadIn() { continue }
                // "And the second, which…" opens an item; "one of the first, if not the first, visits" does not.
                if match.family == .englishArticle, match.punctuated, !sentenceStart, !followsLeadIn() { continue }
                // "On your second question, …" takes an item up; "What was your second question?" asks for it.
                if match.family == .englishArticle, !sentenceStart, Self.opensWithYour(utf8[position...]), !followsLeadIn() { continue }
                found.append(
                    Occurrence(sequence: found.count, match: match, paragraph: index, start: position, end: end, isInlineNumber: isInlineNumber))
                resume = utf8.distance(from: utf8.startIndex, to: end)
            }
        }
        return found
    }

    /// Where 第 follows one of ``OrdinalLexicon/chinesePartLeadIns``: 「先说第一个问题」, 「再说第二个问题」.
    private static func partOpeningsAfterChineseLeadIns(_ text: String) -> [Int] {
        var offsets: [Int] = []
        for range in text.literalRanges(of: "第") {
            // Compared as bytes: each lead-in is whole characters of its own, and 第 after it starts a character.
            let before = text.utf8[..<range.lowerBound]
            guard OrdinalLexicon.chinesePartLeadIns.contains(where: { before.suffix($0.utf8.count).elementsEqual($0.utf8) }) else { continue }
            offsets.append(text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound))
        }
        return offsets
    }

    /// The UTF-8 offsets of each 一是 that follows one of ``OrdinalLexicon/chineseLeadIns`` (「这样一是…」), where a
    /// list opens inside a sentence.
    private static func listOpeningsAfterChineseLeadIns(_ text: String) -> [Int] {
        var offsets: [Int] = []
        for range in text.literalRanges(of: "一是") {
            let before = text[..<range.lowerBound]
            guard OrdinalLexicon.chineseLeadIns.contains(where: { before.hasSuffix($0) }) else { continue }
            offsets.append(text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound))
        }
        return offsets
    }

    /// `1)` or `(1)` inside a sentence, followed by words: `1.` there is as often the end of a sentence about a number,
    /// and `1)` after an open bracket (`(see chapter 1)`) closes it.
    private static func closesWithABracket(
        _ match: OrdinalMarkers.Match, in text: String, at start: String.Index, before end: String.Index
    ) -> Bool {
        guard match.family == .parenthesised || match.family == .arabic, end > text.startIndex, end < text.endIndex,
            text[text.index(before: end)] == ")", text[end] == " ", text[text.index(after: end)...].first?.isLetter == true
        else { return false }
        guard match.family == .arabic else { return true }
        let before = text[..<start]
        let sentence = before[(before.lastIndex { ".?!".contains($0) } ?? before.startIndex)...]
        return sentence.filter { $0 == "(" }.count <= sentence.filter { $0 == ")" }.count
    }

    /// Inline numbers that have a partner: the number before or after, in the same family and paragraph.
    private static func pairedInlineNumbers(_ occurrences: [Occurrence]) -> [Occurrence] {
        guard occurrences.contains(where: \.isInlineNumber) else { return occurrences }
        return occurrences.filter { occurrence in
            guard occurrence.isInlineNumber else { return true }
            return occurrences.contains { other in
                other.paragraph == occurrence.paragraph && other.match.family == occurrence.match.family
                    && abs(other.match.ordinal - occurrence.match.ordinal) == 1
            }
        }
    }

    /// The marker at `position` and where it ends, reading at most ``markerWindow`` characters. The caller has turned
    /// down the words that open no marker on their bytes (``OrdinalMarkers/turnsDown(_:)``; `FastPathTests` holds that
    /// the reading finds nothing in the window where that turns the text down).
    private func marker(in text: String, at position: String.Index) -> (OrdinalMarkers.Match, String.Index)? {
        let scalars = text.unicodeScalars[position...]
        // Only English markers read words of any length ("the second question"); Chinese ones read fewer
        // than ten characters, so their window is counted in scalars, which is cheaper.
        let window: Substring
        if let first = scalars.first, first.isASCII {
            let rest = Substring(scalars)
            window = rest[..<(rest.index(rest.startIndex, offsetBy: Self.markerWindow, limitedBy: rest.endIndex) ?? rest.endIndex)]
        } else {
            let end = scalars.index(scalars.startIndex, offsetBy: Self.markerWindow, limitedBy: scalars.endIndex) ?? scalars.endIndex
            window = Substring(scalars[..<end])
        }
        guard let match = OrdinalMarkers.match(window), match.length > 0 else { return nil }
        let end = window.index(window.startIndex, offsetBy: match.length, limitedBy: window.endIndex) ?? window.endIndex
        return (match, end)
    }

    /// Paragraph start, or just after 。；：！？ (and `. `, `; `, `: ` in Latin text), or an opening quote there.
    private static func isSentenceStart(_ previous: Unicode.Scalar?, _ beforePrevious: Unicode.Scalar?) -> Bool {
        guard let previous else { return true }
        switch previous {
        case "。", "；", "：", "！", "？": return true
        case " ": return beforePrevious.map(Self.latinSentenceEnds.contains) ?? false
        case "”", "\"": return beforePrevious.map(Self.chineseSentenceEnds.contains) ?? false
        // 「…就是：「一、外國團體…。二、…」」: a quotation that opens with its first item.
        case "「", "『", "“": return beforePrevious.map(Self.marksBeforeAQuotedList.contains) ?? true
        default: return false
        }
    }

    // The marks before a sentence or clause start, as scalars: compared without decoding a string each time. A stage
    // direction's closing bracket ends what came before it: "I think. [laughs] First, the pressure…".
    private static let latinSentenceEnds = ScalarList(".;:?!]")
    private static let chineseSentenceEnds = ScalarList("。！？")
    private static let marksBeforeAQuotedList = ScalarList("。！？：")
    private static let chineseClauseEnds = ScalarList("，、》」”")
    private static let latinClauseEnds = ScalarList(",;—–")

    /// Whether one of ``OrdinalLexicon/englishAnswerLeadIns`` ends at `position` and starts a sentence or a clause:
    /// "On the first, …", "Senator, on the first, …"; "… focus on the first, …" goes on a sentence.
    private static func followsAnswerLeadIn(_ scalars: String.UnicodeScalarView, before position: String.Index) -> Bool {
        for leadIn in OrdinalLexicon.englishAnswerLeadIns {
            var start = position
            var matched = true
            for expected in leadIn.unicodeScalars.reversed() {
                guard start > scalars.startIndex else { matched = false; break }
                start = scalars.index(before: start)
                let scalar = scalars[start]
                // The lead-in is lower case; its first letter may open a sentence in capitals.
                guard scalar == expected || (expected != " " && scalar.isASCII && scalar.value | 0x20 == expected.value) else {
                    matched = false
                    break
                }
            }
            guard matched else { continue }
            return opensAClause(scalars, at: start, throughLeadIn: true)
        }
        return false
    }

    /// Whether `start` opens the text, a sentence or a clause (after `.` or `,` and a blank); with `throughLeadIn`, also
    /// after a lead-in word that does ("So on your first question").
    private static func opensAClause(_ scalars: String.UnicodeScalarView, at start: String.Index, throughLeadIn: Bool) -> Bool {
        if start == scalars.startIndex { return true }
        let back = scalars.index(before: start)
        guard scalars[back] == " " else { return false }
        guard back > scalars.startIndex else { return true }
        let mark = scalars[scalars.index(before: back)]
        if latinSentenceEnds.contains(mark) || latinClauseEnds.contains(mark) { return true }
        guard throughLeadIn, followsLeadIn(scalars, before: start) else { return false }
        var wordStart = back
        while wordStart > scalars.startIndex, scalars[scalars.index(before: wordStart)].properties.isAlphabetic {
            wordStart = scalars.index(before: wordStart)
        }
        return opensAClause(scalars, at: wordStart, throughLeadIn: false)
    }

    /// Whether the word before the space at `position` is one of ``OrdinalLexicon/englishLeadIns``
    /// ("And second, …"); English markers read there as they do at a clause start.
    private static func followsLeadIn(_ scalars: String.UnicodeScalarView, before position: String.Index) -> Bool {
        let space = scalars.index(before: position)
        var start = space
        var letters = 0
        while start > scalars.startIndex, case let before = scalars[scalars.index(before: start)], before.isASCII,
            before.properties.isAlphabetic
        {
            start = scalars.index(before: start)
            letters += 1
            // Longer than any lead-in: no need to read the whole word, nor to build it.
            if letters > longestLeadIn { return false }
        }
        let word = String(scalars[start..<space]).lowercased()
        // The whole word: `and` at the end of `brand` is no lead-in.
        return OrdinalLexicon.englishLeadIns.contains(word)
            && (start == scalars.startIndex || !scalars[scalars.index(before: start)].properties.isAlphabetic)
    }

    /// Just after a comma or a closing quote: 「…三個問題，第一個是…」, 「《条例》一是…」, 「…，首先是…」. Only 一是,
    /// 第一, sequence words and English markers are read there, and only lists of two or more count.
    private static func isClauseStart(_ previous: Unicode.Scalar?, _ beforePrevious: Unicode.Scalar?) -> Bool {
        guard let previous else { return false }
        if Self.chineseClauseEnds.contains(previous) { return true }
        guard previous == " ", let beforePrevious else { return false }
        return Self.latinClauseEnds.contains(beforePrevious)
    }

    /// "…we said the first question is", "…just a second question on…", "And my second question…": a determiner
    /// may follow any word, where "two," after "one or" may not.
    ///
    /// Read on the UTF-8 bytes, which for the ASCII determiners say what the scalars say; it is asked after every
    /// space. ``startsWithArticleReference(_:)`` reads scalars, and `FastPathTests` holds the two equal.
    static func startsWithArticle(_ utf8: Substring.UTF8View) -> Bool {
        guard let first = utf8.first, determinerInitials.contains(asciiByte: first) else { return false }
        return determinerBytes.contains { determiner in
            var position = utf8.startIndex
            for byte in determiner {
                guard position < utf8.endIndex, utf8[position] == byte else { return false }
                utf8.formIndex(after: &position)
            }
            return true
        }
    }

    /// Whether the bytes open with the second person's determiner, which reads an item only where an answer takes it up.
    private static func opensWithYour(_ utf8: Substring.UTF8View) -> Bool {
        utf8.starts(with: "your ".utf8) || utf8.starts(with: "Your ".utf8)
    }

    /// ``startsWithArticle(_:)`` read on scalars: the rule the byte reading keeps to.
    static func startsWithArticleReference(_ scalars: Substring.UnicodeScalarView) -> Bool {
        OrdinalLexicon.englishDeterminers.contains { scalars.starts(with: $0.unicodeScalars) }
    }

    private static let determinerBytes = OrdinalLexicon.englishDeterminers.map { Array($0.utf8) }
    private static let determinerInitials = CharacterClass(String(OrdinalLexicon.englishDeterminers.compactMap(\.first)))
    private static let longestLeadIn = OrdinalLexicon.englishLeadIns.map(\.count).max() ?? 0
}
