/// Compares an announced count (「有四个亮点」) with the list that follows it.
enum PointCountCheck {
    static func diagnostics(turn: Turn) -> [Diagnostic] {
        diagnostics(turn: turn.index, paragraphs: turn.paragraphs, points: turn.points)
    }

    /// The check on a turn's words and points, before the turn itself is made.
    static func diagnostics(turn index: Int, paragraphs: [String], points: [Point]) -> [Diagnostic] {
        // Most turns have no list, and then nothing to compare: the text is read only for those that do.
        let lists = listSizes(points)
        guard !lists.isEmpty,
            let expected = announcedCount(in: paragraphs) ?? englishAnnouncedCount(in: paragraphs, before: points),
            !lists.contains(expected)
        else { return [] }
        return [
            Diagnostic(
                severity: .warning, code: "point-count-mismatch",
                message: "turn \(index) announces \(expected) items but its lists have \(lists.map(String.init).joined(separator: ", "))",
                turn: index)
        ]
    }

    private static func listSizes(_ points: [Point]) -> [Int] {
        guard !points.isEmpty else { return [] }
        var sizes: [Int] = []
        var run = 0
        for point in points {
            if point.ordinal == 1, run > 0 {
                sizes.append(run)
                run = 0
            }
            run += 1
            sizes += listSizes(point.children)
        }
        sizes.append(run)
        return sizes
    }

    /// The count of the first noun of ``DiscourseLexicon/countNouns`` announced with one (「四个亮点」, `3个方面`;
    /// not 「第二个问题」, an ordinal), earliest in the text. One pass over the scalars, reading the nouns only
    /// after a count word.
    ///
    /// A count word followed by a scalar that opens no noun is passed over before the nouns are compared;
    /// ``announcedCountReference(in:)`` compares them after every count word, and `FastPathTests` holds the two equal.
    static func announcedCount(in paragraphs: [String]) -> Int? {
        announcedCount(in: paragraphs, nounOpeners: nounOpeners)
    }

    /// ``announcedCount(in:)`` with every noun compared after every count word.
    static func announcedCountReference(in paragraphs: [String]) -> Int? {
        announcedCount(in: paragraphs, nounOpeners: nil)
    }

    /// The first scalar of each count noun, as values.
    private static let nounOpeners: [UInt32] = Array(Set(countNouns.compactMap { $0.unicodeScalars.first?.value }))

    private static func announcedCount(in paragraphs: [String], nounOpeners: [UInt32]?) -> Int? {
        var best: (noun: Int, count: Int)?
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            let scalars = paragraph.unicodeScalars
            let utf8 = paragraph.utf8
            for found in countWords.occurrences(in: paragraph) {
                let position = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
                // Paragraphs were read as one text joined by line breaks.
                let previous: Unicode.Scalar? =
                    position > scalars.startIndex ? scalars[scalars.index(before: position)] : (paragraphIndex == 0 ? nil : "\n")
                guard previous != "第", let count = countValue(scalars[position], after: previous) else { continue }
                let restStart = utf8.index(utf8.startIndex, offsetBy: found.upperBound)
                if let nounOpeners, restStart == utf8.endIndex || !nounOpeners.contains(scalars[restStart].value) { continue }
                let rest = utf8[restStart...]
                for (index, noun) in countNouns.enumerated() where best.map({ index < $0.noun }) ?? true {
                    if rest.starts(with: noun.utf8) {
                        best = (index, count)
                        break
                    }
                }
            }
        }
        return best?.count
    }

    /// "I have two questions", "three things you need to know": the count of the first English announcement in a
    /// paragraph at or before the one the first point is in, so that "he can do two things at once" said after a
    /// list announces nothing.
    private static func englishAnnouncedCount(in paragraphs: [String], before points: [Point]) -> Int? {
        guard let first = points.first else { return nil }
        let probe = String(first.text.prefix(24))
        let lastParagraph = paragraphs.firstIndex { probe.isEmpty || $0.containsLiteral(probe) } ?? paragraphs.count - 1
        for paragraph in paragraphs.prefix(lastParagraph + 1) where paragraph.first?.isASCII == true {
            let words = paragraph.lowercasedByScalar().split(whereSeparator: { !$0.isLetter && $0 != "-" })
            for (index, word) in words.enumerated() {
                guard let count = DiscourseLexicon.englishCountWords[String(word)] else { continue }
                let following = words.dropFirst(index + 1).prefix(Thresholds.Points.wordsBetweenCountAndNoun + 1)
                if following.contains(where: { DiscourseLexicon.englishCountNouns.contains(String($0)) }) { return count }
            }
        }
        return nil
    }

    /// The scalars ``countValue(_:after:)`` reads, found on bytes.
    private static let countWords = ScalarSet("两兩二三四五六七八九23456789２３４５６７８９")

    /// The nouns a count may announce; one-character nouns such as 点 follow too many numbers to count.
    private static let countNouns = DiscourseLexicon.countNouns.filter { $0.count >= 2 }

    private static func countValue(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Int? {
        switch scalar {
        case "2"..."9":
            // 「12个方面」 is not two.
            guard let previous, !Character(previous).isNumber else { return nil }
            return Int(scalar.value - 0x30)
        case "２"..."９":
            guard let previous, !Character(previous).isNumber else { return nil }
            return Int(scalar.value - 0xFF10)
        case "两", "兩", "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }
}
