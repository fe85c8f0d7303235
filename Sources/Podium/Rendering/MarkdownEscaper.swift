/// Backslash escapes that keep a transcript's own characters from being read as Markdown syntax.
///
/// Inline rules apply everywhere (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `~`, `|`, and `&` before an
/// entity name); line-start rules add what only matters at the start of a line (`#`, `>`, `-`, `+`, `=`,
/// `1.`, `1)`), so that a sentence can never turn into a heading, a quote or a list.
enum MarkdownEscaper {
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "~", "|"]

    /// Escapes text that sits inside a line, after other Markdown.
    static func inline(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if inlineSpecials.contains(character) {
                output.append("\\")
            } else if character == "&", startsEntity(characters, at: index) {
                output.append("\\")
            }
            output.append(character)
        }
        return output
    }

    /// Escapes one paragraph: every line gets the inline rules and the line-start rules, lines are
    /// trimmed and blank lines dropped, so the paragraph stays one paragraph.
    static func paragraph(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { collapseSpaces(String($0)) }
            .filter { !$0.isEmpty }
            .map { guardLineStart(inline($0)) }
            .joined(separator: "\n")
    }

    /// Text on one line (a heading, a list item, a table cell): line breaks become spaces.
    static func line(_ text: String) -> String {
        inline(collapseSpaces(text.split(whereSeparator: \.isNewline).joined(separator: " ")))
    }

    /// Text of a heading: a line, with `#` escaped so that no closing sequence is stripped.
    static func heading(_ text: String) -> String {
        line(text).replacingLiteral("#", with: "\\#")
    }

    /// Adds a backslash before a block marker at the start of an already escaped line.
    static func guardLineStart(_ escaped: String) -> String {
        guard let first = escaped.first else { return escaped }
        if "#>-+=".contains(first) { return "\\" + escaped }
        // 「1. 」 and 「1) 」 would start an ordered list.
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = escaped.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")" {
                return String(digits) + "\\" + String(rest)
            }
        }
        return escaped
    }

    /// A cell of a pipe table: one line, with `|` escaped (it already is by the inline rules).
    static func tableCell(_ text: String) -> String {
        let escaped = line(text)
        return escaped.isEmpty ? " " : escaped
    }

    /// Whether `&` at `index` starts something CommonMark would read as an entity: `&amp;`, `&#123;`.
    private static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
        var position = index + 1
        var length = 0
        while position < characters.count, length <= 32 {
            let character = characters[position]
            if character == ";" { return length > 0 }
            guard character.isASCII, character.isLetter || character.isNumber || character == "#" else { return false }
            position += 1
            length += 1
        }
        return false
    }

    /// Trims a line and collapses inner runs of spaces (four leading spaces would make code).
    private static func collapseSpaces(_ text: String) -> String {
        var output = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\t" {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(" ") }
            pendingSpace = false
            output.append(character)
        }
        return output
    }
}
