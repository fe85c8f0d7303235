/// Compares an announced count (「有四个亮点」) with the list that follows it.
enum PointCountCheck {
    static func diagnostics(turn: Turn) -> [Diagnostic] {
        let text = turn.paragraphs.joined(separator: "\n")
        var announced: [Int] = []
        for noun in DiscourseLexicon.countNouns where noun.count >= 2 {
            for range in text.literalRanges(of: noun) {
                let before = text[..<range.lowerBound].suffix(2)
                // 「第二个问题」 is an ordinal, not a count.
                guard before.first != "第", let count = countWord(before) else { continue }
                announced.append(count)
            }
        }
        guard let expected = announced.first else { return [] }
        let lists = listSizes(turn.points)
        guard !lists.isEmpty, !lists.contains(expected) else { return [] }
        return [
            Diagnostic(
                severity: .warning, code: "point-count-mismatch",
                message: "turn \(turn.index) announces \(expected) items but its lists have \(lists.map(String.init).joined(separator: ", "))",
                turn: turn.index)
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

    private static func countWord(_ text: Substring) -> Int? {
        let values: [Character: Int] = ["两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        guard let last = text.last else { return nil }
        if let digit = last.wholeNumberValue, (2...9).contains(digit), text.first?.isNumber != true { return digit }
        return values[last]
    }
}
