/// Decides whether a line break is a hard wrap inside a paragraph or the end of a paragraph.
struct LineWrapping {
    /// The width lines were wrapped at, or `nil` when the text is not hard-wrapped.
    let width: Int?
    /// Too few lines to see a wrapping width: only a long line that ends mid-sentence continues.
    private var isEstimated = false

    /// Display width: wide characters count twice.
    static func width(of line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { $0 + (TextNormalization.isWide($1) ? 2 : 1) }
    }

    /// Wrapped text has most of its long lines ending near one width.
    init(lines: [Substring]) {
        let limits = Thresholds.LineWrapping.self
        let widths = lines.map { Self.width(of: $0) }.filter { $0 >= limits.shortestMeasuredLine }.sorted()
        guard widths.count >= limits.fewestMeasuredLines else {
            width = widths.count >= limits.fewestLinesToEstimate ? widths.last : nil
            isEstimated = true
            return
        }
        let wrap = widths[widths.count * limits.wrapWidthPercentile / 100]
        let nearWidth = widths.filter { $0 >= wrap * limits.shortestWrappedLinePercent / 100 && $0 <= wrap + limits.nearWidthOverrun }.count
        width = (nearWidth * 100 >= widths.count * limits.lowestNearWidthPercent && wrap <= limits.widestWrap) ? wrap : nil
    }

    /// Blanks and tabs before the words.
    static func indent(of line: Substring) -> Int {
        line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }.count
    }

    /// Whether `line` continues on the next line.
    func continues(_ line: Substring, into next: Substring) -> Bool {
        guard let width else { return false }
        // A deeper indent opens a paragraph; a body indented as a whole (`    text` under a header line) runs on.
        if Self.indent(of: next) > Self.indent(of: line) { return false }
        if next.first.map({ $0 == "\u{3000}" || $0 == "\t" }) == true && Self.indent(of: line) == 0 { return false }
        let trimmed = line.trimmingCharacters(in: " \t")
        guard Self.width(of: Substring(trimmed)) * 100 >= width * Thresholds.LineWrapping.shortestWrappedLinePercent else { return false }
        if isEstimated, let last = trimmed.last, "。！？!?.:：;；」”\"".contains(last) { return false }
        return true
    }
}
