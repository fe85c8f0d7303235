/// A transcript exported as a table: one row per stretch of speech, its cells separated by tabs, commas or
/// semicolons, as transcription tools (Otter, Descript, Sonix, WhisperX) and spreadsheets write them.
///
/// The table says who speaks each row: its blocks carry the speaker (``Block/speaker``), which no evidence need
/// confirm, and a row with no speaker goes on with the words of the row before. A start time is the turn's time.
/// Cell separators, quoting, the header and the columns of layout (`End Time`, `Confidence`) carry no words.
///
/// A table is read only when every row has as many cells as the first and each column is accounted for: by its
/// header (``TableLexicon``), or, in a tab-separated table with no header, by what its cells hold (a clock, a row
/// number, a short name that recurs, the words). Anything else is plain text, read line by line as before.
struct DelimitedTable {
    /// The speaker each row names, if it names one, and its words; a further paragraph of a row's words is a row of
    /// its own that names no speaker.
    private let speech: [(speaker: String?, words: String)]
    /// The start time of each row of ``speech``, when the table has a column of them.
    let lineTimes: [String?]

    /// Each row as it is printed, its layout removed: `Speaker: words`, or the words alone when the row names no speaker.
    var textLines: [String] {
        speech.map { row in
            guard let speaker = row.speaker else { return row.words }
            return row.words.isEmpty ? "\(speaker):" : "\(speaker): \(row.words)"
        }
    }

    /// What one column of the table holds.
    enum Column: Equatable {
        case speaker, text, start, layout
    }

    /// Reads `body` as a table, or `nil` when it is not one.
    init?(body: Substring) {
        guard let delimiter = Self.delimiter(of: body), let rows = Self.rows(of: body, delimiter: delimiter) else { return nil }
        // Only tabs are read without a header: prose and rosters have commas and semicolons in every line.
        self.init(rows: rows, mayLackHeader: delimiter == 0x09)
    }

    /// Reads a Markdown table (`| Speaker | Text |`, its delimiter row `| --- | --- |`, then a row per stretch of speech),
    /// or `nil` when the lines are not one or its header names no speaker and words.
    init?(markdownRows lines: [Substring]) {
        var rows: [[String]] = []
        for line in lines {
            var content = line.trimmingCharacters(in: " \t")[...]
            if content.hasPrefix("|") { content = content.dropFirst() }
            if content.hasSuffix("|"), !content.hasSuffix("\\|") { content = content.dropLast() }
            // `\|` is a bar inside a cell.
            let cells = content.replacingLiteral("\\|", with: "\u{0}").split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.replacingLiteral("\u{0}", with: "|").trimmingCharacters(in: " \t") }
            guard cells.count >= 2, rows.first.map({ $0.count == cells.count }) ?? true else { return nil }
            rows.append(cells)
        }
        guard rows.count >= 2, rows[1].allSatisfy(Self.isDelimiterCell) else { return nil }
        rows.remove(at: 1)
        self.init(rows: rows, mayLackHeader: false)
    }

    /// `---`, `:--`, `:-:`: a cell of a Markdown table's delimiter row.
    private static func isDelimiterCell(_ cell: String) -> Bool {
        let bare = cell.trimmingCharacters(in: ":")
        return !bare.isEmpty && bare.allSatisfy { $0 == "-" }
    }

    /// Reads an HTML table's rows of cells (``HTMLTableRows``), with a header row or without one, as a tab-separated
    /// export is read.
    init?(cellRows rows: [[String]]) {
        self.init(rows: rows, mayLackHeader: true)
    }

    /// Reads rows of cells as a table: the first row is its header, or, when `mayLackHeader` and no header names the
    /// columns, the cells tell them.
    private init?(rows: [[String]], mayLackHeader: Bool) {
        guard let header = rows.first else { return nil }
        let columns: [Column]
        var dataRows = rows[...]
        if let headed = Self.columns(ofHeader: header) {
            columns = headed
            dataRows = rows.dropFirst()
        } else if mayLackHeader, let inferred = Self.columns(ofCells: rows) {
            columns = inferred
        } else {
            return nil
        }
        guard dataRows.count >= Thresholds.DelimitedTable.minimumRows,
            let speaker = columns.firstIndex(of: .speaker), let text = columns.firstIndex(of: .text)
        else { return nil }
        let start = columns.firstIndex(of: .start)
        var times: [String?] = []
        var rowSpeech: [(speaker: String?, words: String)] = []
        for row in dataRows {
            let name = TextNormalization.collapse(row[speaker])
            // A quoted cell may hold paragraphs, blank lines between them: each is a line of its own, after the first.
            let paragraphs = Self.paragraphs(of: row[text])
            guard !name.isEmpty || !paragraphs.isEmpty else { continue }
            let words = paragraphs.first ?? ""
            rowSpeech.append((name.isEmpty ? nil : name, words))
            let time = start.map { TextNormalization.collapse(row[$0]) }
            times.append(time?.isEmpty == false ? time : nil)
            for paragraph in paragraphs.dropFirst() {
                rowSpeech.append((nil, paragraph))
                times.append(nil)
            }
        }
        guard !rowSpeech.isEmpty else { return nil }
        speech = rowSpeech
        lineTimes = times
    }

    /// One block per row and per further paragraph of a row's words, the speaker given as the table gives it.
    func blocks() -> [Block] {
        zip(speech, lineTimes).map { row, time in
            Block(text: row.words, lineTimes: time.map { [$0] } ?? [], speaker: row.speaker)
        }
    }

    // MARK: - Cells

    /// The separator the first line holds, when it holds one: most plain text is turned down here.
    private static func delimiter(of body: Substring) -> UInt8? {
        let first = body.utf8.drop { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 }.prefix { $0 != 0x0A }
        return TableLexicon.delimiters.first { first.contains($0) }
    }

    /// The rows of the body, each as many cells as the first; `nil` at the first row with another count, or at a
    /// quotation that is never closed. Blank lines are skipped.
    private static func rows(of body: Substring, delimiter: UInt8) -> [[String]]? {
        // Most texts whose first line holds a comma are prose, turned down at their second line: the body is read in
        // place, not copied first.
        body.utf8.withContiguousStorageIfAvailable { rows(in: $0, delimiter: delimiter) }
            ?? Array(body.utf8).withUnsafeBufferPointer { rows(in: $0, delimiter: delimiter) }
    }

    private static func rows(in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> [[String]]? {
        var rows: [[String]] = []
        var index = 0
        while index < bytes.count {
            guard let (cells, next) = row(in: bytes, from: index, delimiter: delimiter) else { return nil }
            index = next
            if cells.count == 1, cells[0].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }) { continue }
            guard cells.count >= 2, rows.first.map({ $0.count == cells.count }) ?? true else { return nil }
            rows.append(cells)
        }
        return rows.isEmpty ? nil : rows
    }

    /// One row's cells, RFC 4180's way: a cell in double quotes may hold separators, line breaks and `""` for a
    /// quotation mark. Returns the cells and where the next row starts.
    private static func row(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8) -> ([String], Int)? {
        var cells: [String] = []
        var index = start
        while true {
            var cell: [UInt8] = []
            // A quoted cell: blanks before the opening quote are the tool's padding.
            var opening = index
            while opening < bytes.count, bytes[opening] == 0x20 { opening += 1 }
            if opening < bytes.count, bytes[opening] == 0x22 {
                index = opening + 1
                var closed = false
                while index < bytes.count {
                    if bytes[index] == 0x22 {
                        if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
                            cell.append(0x22)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    cell.append(bytes[index])
                    index += 1
                }
                guard closed else { return nil }
                // Only blanks may stand between the closing quote and the separator.
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0D { index += 1 }
                guard index == bytes.count || bytes[index] == delimiter || bytes[index] == 0x0A else { return nil }
            } else {
                while index < bytes.count, bytes[index] != delimiter, bytes[index] != 0x0A {
                    if bytes[index] != 0x0D { cell.append(bytes[index]) }
                    index += 1
                }
            }
            cells.append(String(decoding: cell, as: UTF8.self))
            if index < bytes.count, bytes[index] == delimiter {
                index += 1
                continue
            }
            return (cells, index < bytes.count ? index + 1 : index)
        }
    }

    /// The paragraphs of a cell, whitespace collapsed: blank lines part them.
    private static func paragraphs(of cell: String) -> [String] {
        cell.split(separator: "\n", omittingEmptySubsequences: false)
            .split { $0.allSatisfy(\.isWhitespace) }
            .map { TextNormalization.collapse($0.joined(separator: " ")) }
            .filter { !$0.isEmpty }
    }

    // MARK: - Columns

    /// The columns a header row names, when every cell of it names one and exactly one names the speaker and one
    /// the words.
    static func columns(ofHeader cells: [String]) -> [Column]? {
        let columns = cells.map { cell -> Column? in
            let key = String(cell.lowercased().unicodeScalars.filter { !" _-\t\u{FEFF}".unicodeScalars.contains($0) })
            if TableLexicon.speakerHeaders.contains(key) { return .speaker }
            if TableLexicon.textHeaders.contains(key) { return .text }
            if TableLexicon.startHeaders.contains(key) { return .start }
            if TableLexicon.layoutHeaders.contains(key) { return .layout }
            return nil
        }
        let known = columns.compactMap { $0 }
        guard known.count == columns.count, known.filter({ $0 == .speaker }).count == 1, known.filter({ $0 == .text }).count == 1,
            known.filter({ $0 == .start }).count <= 1
        else { return nil }
        return known
    }

    /// The columns of a table with no header, told by their cells: clocks are start times (the first such column;
    /// later ones are end times), row numbers are layout, and of the two columns left the first holds short names,
    /// one of them at least twice, and the second the words. `nil` when the cells do not fall so.
    static func columns(ofCells rows: [[String]]) -> [Column]? {
        guard rows.count >= Thresholds.DelimitedTable.minimumRows, let width = rows.first?.count else { return nil }
        var columns: [Column?] = Array(repeating: nil, count: width)
        for column in 0..<width {
            let cells = rows.map { $0[column].trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
            if !cells.isEmpty, cells.allSatisfy(Self.isClock) {
                columns[column] = columns.contains(.start) ? .layout : .start
            } else if !cells.isEmpty, cells.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                columns[column] = .layout
            }
        }
        let open = columns.indices.filter { columns[$0] == nil }
        guard open.count == 2 else { return nil }
        let names = rows.map { TextNormalization.collapse($0[open[0]]) }
        let filled = names.filter { !$0.isEmpty }
        guard filled.count >= Thresholds.DelimitedTable.minimumRows,
            filled.allSatisfy(Self.isNameCell),
            Set(filled).count < filled.count
        else { return nil }
        columns[open[0]] = .speaker
        columns[open[1]] = .text
        return columns.compactMap { $0 }
    }

    /// `00:01:02`, `1:02.5`, `[00:01:02]`: a cell of time.
    private static func isClock(_ cell: String) -> Bool {
        let bare = cell.hasPrefix("[") && cell.hasSuffix("]") || cell.hasPrefix("(") && cell.hasSuffix(")") ? String(cell.dropFirst().dropLast()) : cell
        return Timestamp.isClock(bare)
    }

    /// A cell that can be a speaker's name: short, with a letter, and no sentence's end.
    private static func isNameCell(_ cell: String) -> Bool {
        cell.hasLength(atMost: Thresholds.DelimitedTable.longestSpeakerCell) && cell.contains(where: \.isLetter)
            && !(cell.last.map { ".?!。？！".contains($0) } ?? false)
    }
}
