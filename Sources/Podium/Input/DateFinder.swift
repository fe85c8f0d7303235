/// Finds the event's date in a title or a lead line when no front matter gives one:
/// 「2016年1月7日外交部发言人…」, `# 2024-04-10 數位部例行記者會`, 「时间：2024年5月16日上午10时」.
enum DateFinder {
    /// The first plausible date in the texts, as ISO 8601 `YYYY-MM-DD`.
    static func firstDate(in texts: [String]) -> String? {
        for text in texts {
            if let date = date(in: Substring(text.prefix(200))) { return date }
        }
        return nil
    }

    private static func date(in text: Substring) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 8 <= scalars.count {
            if let (year, afterYear) = number(scalars, from: index, digits: 4...4), (1900...2100).contains(year),
                afterYear < scalars.count, let separator = separatorKind(scalars[afterYear]),
                let (month, afterMonth) = number(scalars, from: afterYear + 1, digits: 1...2), (1...12).contains(month),
                afterMonth < scalars.count, separatorKind(scalars[afterMonth]) == separator.next,
                let (day, afterDay) = number(scalars, from: afterMonth + 1, digits: 1...2), (1...31).contains(day)
            {
                // 「2024年5月16日」 needs its 日; 2024-04-10 must not run on into more digits.
                if separator == .year, afterDay >= scalars.count || scalars[afterDay] != "日" { index += 1; continue }
                if separator == .dash, afterDay < scalars.count, scalars[afterDay].properties.numericType != nil { index += 1; continue }
                return isoDate(year: year, month: month, day: day)
            }
            index += 1
        }
        return nil
    }

    private enum Separator {
        case year, month, dash, slash

        /// The separator expected between month and day.
        var next: Separator { self == .year ? .month : self }
    }

    private static func separatorKind(_ scalar: Unicode.Scalar) -> Separator? {
        switch scalar {
        case "年": return .year
        case "月": return .month
        case "-": return .dash
        case "/": return .slash
        default: return nil
        }
    }

    private static func number(_ scalars: [Unicode.Scalar], from start: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
        var end = start
        var value = 0
        while end < scalars.count, end - start < digits.upperBound, let digit = scalars[end].asciiDigit {
            value = value * 10 + digit
            end += 1
        }
        guard digits.contains(end - start) else { return nil }
        if start > 0, scalars[start - 1].asciiDigit != nil, digits.lowerBound == 4 { return nil }
        return (value, end)
    }

    private static func isoDate(year: Int, month: Int, day: Int) -> String {
        func padded(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(padded(month))-\(padded(day))"
    }
}

extension Unicode.Scalar {
    fileprivate var asciiDigit: Int? {
        (48...57).contains(value) ? Int(value - 48) : nil
    }
}
