/// A page that prints its transcript as a table, a row per turn: the clock, who speaks, what is said
/// (`<tr><td>10:08:30</td><td>海南日报记者</td><td>暑期是亲子游的高峰，请问…？</td></tr>`), as some provincial
/// governments' press-conference pages do. Read as ``DelimitedTable`` reads a tool's export: by what the cells hold,
/// or by a header row that names the columns. Tables of anything else (a page's fields, an agenda, figures) are left
/// as they were read: their rows name no speaker twice, or say no sentences.
struct HTMLTableRows {
    /// The block at which the table's rows start in the reader's blocks.
    let firstBlock: Int
    /// The rows read so far, each its cells' text.
    private var rows: [[String]] = []
    /// The cells of the row being read, as UTF-8; a paragraph or line break inside one is a blank line.
    private var row: [[UInt8]] = []
    /// Whether every block the table printed came from its rows' cells: a caption, a table nested in a cell, or text
    /// between rows leave it as it was read.
    private var isRegular = true

    init(firstBlock: Int) {
        self.firstBlock = firstBlock
    }

    mutating func startRow() {
        row.removeAll()
    }

    mutating func startCell() {
        row.append([])
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        guard !row.isEmpty else { return }
        row[row.count - 1].append(contentsOf: text)
    }

    /// A paragraph of the cell ends (`<p>`, `<br>`); outside a cell, the table prints words no row holds.
    mutating func endParagraph(inRow: Bool) {
        guard inRow else {
            isRegular = false
            return
        }
        guard !row.isEmpty else { return }
        row[row.count - 1].append(contentsOf: [0x0A, 0x0A])
    }

    mutating func endRow() {
        defer { row.removeAll() }
        let cells = row.map { String(decoding: $0, as: UTF8.self) }
        guard cells.contains(where: { !TextNormalization.collapse($0).isEmpty }) else { return }
        rows.append(cells)
    }

    mutating func setIrregular() {
        isRegular = false
    }

    /// The table's turns, a block per row and per further paragraph, or `nil` when it is no transcript.
    func transcriptBlocks() -> [Block]? {
        guard isRegular, rows.count >= Thresholds.DelimitedTable.minimumRows, let width = rows.first?.count, width >= 2,
            rows.allSatisfy({ $0.count == width }), let table = DelimitedTable(cellRows: rows)
        else { return nil }
        let blocks = table.blocks()
        let said = blocks.lazy.map(\.text).filter { !$0.isEmpty }
        let sentences = said.filter { text in text.last.map(Self.sentenceEnds.contains) ?? false }.count
        guard Double(sentences) >= Double(said.count) * Thresholds.DelimitedTable.leastShareOfRowsSayingSentences else { return nil }
        // A row that names no one (「（播放宣传片）」) goes on with the turn before; its clock, printed on the page, is kept
        // on a line of its own before it.
        return blocks.flatMap { block -> [Block] in
            guard block.speaker == nil, let clock = block.startTime else { return [block] }
            return [Block(text: clock), block]
        }
    }

    private static let sentenceEnds: Set<Character> = ["。", "？", "！", "…", ".", "?", "!", "”", "\"", "）", ")"]
}
