/// Reads the dates written in a text, as ISO 8601 `YYYY-MM-DD`: 「2016年1月7日外交部发言人…」,
/// `# 2024-04-10 數位部例行記者會`, `2024/4/10`, `minutes-20310502.pdf`, `March 14, 2024`, `Sept. 9, 2030`.
///
/// The one date finder: the parser dates ``Source/date`` with it from the title and the lead, and
/// ``Transcript/documentDate(fileName:)`` dates a briefing with it when ``Source/date`` is empty. A date right
/// after a word that ends a period (`the quarter ending September 30, 2022`, 「截至2024年3月31日」) is the
/// period's, not the document's, and is passed over.
enum DateFinder {
    /// The ways of writing a date that are read.
    enum Forms: Sendable {
        /// Digits with separators: 「2024年5月16日」, `2024-04-10`, `2024/4/10`.
        case separated
        /// Those, eight digits in a row as file names write them (`20240410`), and an English month's name
        /// (`March 14, 2024`).
        case all
    }

    /// The first date in the title or a lead line, within each text's first 200 characters, for ``Source/date``.
    ///
    /// Only dates with separators: `podium parse` has never dated a document by a date in words or in bare
    /// digits, and the JSON of such a document stays as it was; ``Transcript/documentDate(fileName:)`` reads
    /// those forms for the briefing.
    static func firstDate(in texts: [String]) -> String? {
        for text in texts {
            if let date = firstDate(in: text.prefix(200), forms: .separated) { return date }
        }
        return nil
    }

    /// The first date in the text that does not end a period.
    static func firstDate(in text: some StringProtocol, forms: Forms = .all) -> String? {
        let scalars = Array(text.unicodeScalars)
        for start in scalars.indices {
            guard let date = date(scalars, at: start, forms: forms), !endsPeriod(scalars, before: start) else { continue }
            return date
        }
        return nil
    }

    /// A date as ``Source/date`` holds it (`2022-04-19T10:45:38+08:00`, or as a page wrote it) cut to its day.
    static func normalized(_ date: String) -> String? {
        if date.count >= 10, date.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }) { return String(date.prefix(10)) }
        return firstDate(in: date)
    }

    /// The date that starts at `start`, in one of `forms`.
    private static func date(_ scalars: [Unicode.Scalar], at start: Int, forms: Forms) -> String? {
        if let date = separatedDate(scalars, at: start) { return date }
        guard forms == .all else { return nil }
        return compactDate(scalars, at: start) ?? dateInWords(scalars, at: start)
    }

    /// 「2024年5月16日」, `2024-04-10`, `2024/4/10`.
    private static func separatedDate(_ scalars: [Unicode.Scalar], at start: Int) -> String? {
        guard let (year, afterYear) = number(scalars, from: start, digits: 4...4), afterYear < scalars.count,
            let separator = Separator(scalars[afterYear]),
            let (month, afterMonth) = number(scalars, from: afterYear + 1, digits: 1...2),
            afterMonth < scalars.count, Separator(scalars[afterMonth]) == separator.next,
            let (day, afterDay) = number(scalars, from: afterMonth + 1, digits: 1...2)
        else { return nil }
        // 「2024年5月16日」 needs its 日; 2024-04-10 must not run on into more digits.
        if separator == .year, afterDay >= scalars.count || scalars[afterDay] != "日" { return nil }
        if separator == .dash, runsOn(scalars, at: afterDay) { return nil }
        return isoDate(year: year, month: month, day: day)
    }

    /// `20240410`, as file names write it.
    private static func compactDate(_ scalars: [Unicode.Scalar], at start: Int) -> String? {
        guard let (year, afterYear) = number(scalars, from: start, digits: 4...4),
            let (month, afterMonth) = number(scalars, from: afterYear, digits: 2...2),
            let (day, afterDay) = number(scalars, from: afterMonth, digits: 2...2), !runsOn(scalars, at: afterDay)
        else { return nil }
        return isoDate(year: year, month: month, day: day)
    }

    /// `March 14, 2024`, `Sept. 9 2030`: a capitalised word that a month's name starts with the first letters of,
    /// a day, a year.
    private static func dateInWords(_ scalars: [Unicode.Scalar], at start: Int) -> String? {
        guard ("A"..."Z").contains(scalars[start]) else { return nil }
        var end = start + 1
        while end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
        guard (3...9).contains(end - start) else { return nil }
        let word = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
        guard let month = BriefingLexicon.englishMonths.firstIndex(where: word.hasPrefix) else { return nil }
        if end < scalars.count, scalars[end] == "." { end += 1 }
        guard end < scalars.count, scalars[end] == " ", let (day, afterDay) = number(scalars, from: end + 1, digits: 1...2)
        else { return nil }
        end = afterDay
        if end < scalars.count, scalars[end] == "," { end += 1 }
        guard end < scalars.count, scalars[end] == " ", let (year, _) = number(scalars, from: end + 1, digits: 4...4) else {
            return nil
        }
        return isoDate(year: year, month: month + 1, day: day)
    }

    /// Whether a word that ends a period (``BriefingLexicon/periodWords``) stands right before `start`.
    private static func endsPeriod(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        let before = String(String.UnicodeScalarView(scalars[max(0, start - 16)..<start])).lowercased()
        let trimmed = before.trimmingCharacters(in: " ")
        return BriefingLexicon.periodWords.contains { trimmed.hasSuffix($0) }
    }

    private enum Separator {
        case year, month, dash, slash

        init?(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "年": self = .year
            case "月": self = .month
            case "-": self = .dash
            case "/": self = .slash
            default: return nil
            }
        }

        /// The separator expected between month and day.
        var next: Separator { self == .year ? .month : self }
    }

    /// Whether a number goes on at `index`: a date followed by more digits is part of something else.
    private static func runsOn(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        index < scalars.count && scalars[index].properties.numericType != nil
    }

    /// The ASCII digits from `start`, as many as `digits` allows, and the index after them; a year is not the
    /// end of a longer number.
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

    /// `YYYY-MM-DD`, or `nil` when the year, month or day cannot be one.
    private static func isoDate(year: Int, month: Int, day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func padded(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(padded(month))-\(padded(day))"
    }
}

extension Unicode.Scalar {
    fileprivate var asciiDigit: Int? {
        (48...57).contains(value) ? Int(value - 48) : nil
    }
}
