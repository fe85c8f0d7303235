#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes inline Markdown (and stray inline HTML) from a line, keeping every word.
enum MarkdownInline {
    struct Result {
        var text: String
        var strongPrefix: String?
    }

    /// ``stripReference(_:)`` read on characters only as far as the markup goes: a line whose bold label or entity
    /// comes early is not copied a character at a time to its end.
    static func strip(_ line: Substring) -> Result {
        if let (label, rest) = emphasisedLabel(opening: line) { return Self.label(label, before: strip(rest)) }
        guard mayHoldMarkup(line.utf8) else { return Result(text: String(line), strongPrefix: nil) }
        guard let tail = plainTail(of: line) else { return stripReference(line) }
        var result = stripReference(line[..<tail])
        result.text += line[tail...]
        return result
    }

    /// Where the line's plain tail starts, when it has one: the character after the one that follows the last byte
    /// any reading of ``stripReference(_:)`` looks for (``readingBytes``). The readings before it look ahead only for
    /// those bytes (a closing `**`, a link's `](…)`, an entity's `;`, a tag's `>`) or, an escape, one character, and
    /// so read the same on the line and on its head; the tail is copied as its characters would be, one by one.
    static func plainTail(of line: Substring) -> String.Index? {
        guard let last = line.utf8.lastIndex(where: { readingBytes.contains($0) }) else { return nil }
        // The character holding that byte, then the one an escape would take.
        var tail = line.index(after: last)
        guard tail < line.endIndex else { return nil }
        tail = line.index(after: tail)
        return tail < line.endIndex ? tail : nil
    }

    /// The bytes of the characters ``stripReference(_:)`` reads as markup where they open.
    private static let markupOpenings = ASCIIByteSet("\\*_![<&".utf8)

    /// The bytes of the characters ``stripReference(_:)`` reads as markup or looks ahead for.
    private static let readingBytes = ASCIIByteSet("\\*_![]()<>&;".utf8)

    /// Whether the bytes hold what ``stripReference(_:)`` acts on: an escape, an angle bracket, an entity, a doubled
    /// `**` or `__`, or `](` (a link, `![…](…)` included). Most lines hold none: `[inaudible]`, `a * b` and `snake_case`
    /// are their own text. Each of these is ASCII, so no character equals one without its bytes. A line that opens with
    /// a single `*` or `_` may open with an emphasised label (``emphasisedLabel(opening:)``).
    static func mayHoldMarkup(_ utf8: Substring.UTF8View) -> Bool {
        if let first = utf8.first, first == 0x2A || first == 0x5F, emphasisedLabel(opening: Substring(utf8)) != nil { return true }
        return utf8.withContiguousStorageIfAvailable(mayHoldMarkup) ?? Array(utf8).withUnsafeBufferPointer(mayHoldMarkup)
    }

    /// Each byte looked for with `memchr`, which most lines pass through in a few instructions a word.
    private static func mayHoldMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        for single: UInt8 in [0x5C, 0x3C, 0x26] where memchr(base, Int32(single), bytes.count) != nil { return true }
        for (first, second): (UInt8, UInt8) in [(0x2A, 0x2A), (0x5F, 0x5F), (0x5D, 0x28)] {
            var offset = 0
            while offset < bytes.count - 1, let found = memchr(base + offset, Int32(first), bytes.count - 1 - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[index + 1] == second { return true }
                offset = index + 1
            }
        }
        return false
    }

    /// ``strip(_:)`` on characters, for any line: the plain version the shortcut is held to.
    static func stripReference(_ line: Substring) -> Result {
        if let (label, rest) = emphasisedLabel(opening: line) { return Self.label(label, before: stripReference(rest)) }
        let characters = Array(line)
        var output = ""
        var strongPrefix: String?
        var strongOpen = false
        var strongStartedAtBeginning = false
        var index = 0
        func next(_ offset: Int) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }
        while index < characters.count {
            let character = characters[index]
            // Each markup character is one ASCII byte: a character that opens with another byte is plain text,
            // told without comparing it with each of them.
            guard let opening = character.utf8.first, markupOpenings.contains(opening) else {
                output.append(character)
                index += 1
                continue
            }
            switch character {
            case "\\" where next(1).map(isEscapable) == true:
                output.append(characters[index + 1])
                index += 2
                continue
            case "*" where next(1) == "*", "_" where next(1) == "_" && (output.isEmpty || output.last?.isWhitespace == true || strongOpen):
                if strongOpen {
                    strongOpen = false
                    if strongStartedAtBeginning, strongPrefix == nil { strongPrefix = output }
                } else if hasClosing(characters, from: index + 2, marker: character) {
                    strongOpen = true
                    strongStartedAtBeginning = output.allSatisfy(\.isWhitespace)
                } else {
                    output.append(character)
                    output.append(character)
                }
                index += 2
                continue
            case "!" where next(1) == "[":
                if let (_, end) = link(characters, from: index + 1) {
                    index = end
                    continue
                }
            case "[":
                if let (text, end) = link(characters, from: index) {
                    output += stripReference(Substring(text)).text
                    index = end
                    continue
                }
            case "<":
                if let (text, end) = angle(characters, from: index) {
                    output += text
                    index = end
                    continue
                }
            case "&":
                if let (text, end) = HTMLEntity.decode(characters, from: index) {
                    output += text
                    index = end
                    continue
                }
            default:
                break
            }
            output.append(character)
            index += 1
        }
        return Result(text: output, strongPrefix: strongPrefix)
    }

    /// `_Jane Smith_: …`, `*Q:* …`, `*主持人*：…`: a label in single emphasis at the line's opening, as some interviews
    /// print their speakers in italics. Returns the label's words and the line after its closing mark. Elsewhere a
    /// single `*` or `_` stays text (`a * b`, `snake_case`, `*Applause*`): only a label closed by a colon, inside the
    /// emphasis or just after it, is read.
    static func emphasisedLabel(opening line: Substring) -> (label: Substring, rest: Substring)? {
        guard let mark = line.utf8.first, mark == 0x2A || mark == 0x5F else { return nil }
        let inside = line.utf8.dropFirst()
        guard let first = inside.first, first != mark, first != 0x20, first != 0x09,
            let close = inside.prefix(Thresholds.LabelReading.longestEnglishLabel * 3).firstIndex(of: mark)
        else { return nil }
        let label = line[inside.startIndex..<close]
        let rest = line[line.utf8.index(after: close)...]
        guard let last = label.last, !last.isWhitespace, rest.utf8.first != mark,
            label.hasLength(atMost: Thresholds.LabelReading.longestEnglishLabel)
        else { return nil }
        let colons: Set<Character> = [":", "："]
        guard colons.contains(last) || rest.first.map(colons.contains) == true else { return nil }
        return (label, rest)
    }

    /// An emphasised label's words before the rest of its line, read as a bold label is.
    private static func label(_ label: Substring, before rest: Result) -> Result {
        Result(text: label + rest.text, strongPrefix: String(label))
    }

    private static func isEscapable(_ character: Character) -> Bool {
        "\\`*_{}[]()#+-.!<>|~\"'".contains(character)
    }

    private static func hasClosing(_ characters: [Character], from start: Int, marker: Character) -> Bool {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == marker && characters[index + 1] == marker { return index > start }
            index += 1
        }
        return false
    }

    /// `[text](target)`: returns the text and the index after the closing parenthesis.
    private static func link(_ characters: [Character], from start: Int) -> (String, Int)? {
        var depth = 0
        var index = start
        var closeBracket: Int?
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 {
                    closeBracket = index
                    break
                }
            }
            index += 1
        }
        guard let close = closeBracket, close + 1 < characters.count, characters[close + 1] == "(" else { return nil }
        var end = close + 2
        var parens = 1
        while end < characters.count {
            if characters[end] == "(" { parens += 1 }
            if characters[end] == ")" {
                parens -= 1
                if parens == 0 { break }
            }
            end += 1
        }
        guard end < characters.count else { return nil }
        return (String(characters[(start + 1)..<close]), end + 1)
    }

    /// An autolink `<https://…>` keeps its address; an inline tag `<span …>` disappears.
    private static func angle(_ characters: [Character], from start: Int) -> (String, Int)? {
        guard let close = characters[start...].prefix(2000).firstIndex(of: ">") else { return nil }
        let inner = String(characters[(start + 1)..<close])
        if inner.contains("://") || inner.hasPrefix("mailto:") || inner.hasPrefix("//") {
            guard !inner.contains(" ") else { return nil }
            return (inner, close + 1)
        }
        let body = inner.hasPrefix("/") ? inner.dropFirst() : inner[...]
        guard let first = body.first, first.isASCII, first.isLetter,
            body.allSatisfy({ $0.isASCII || $0.isLetter || $0.isNumber || " =\"'-_:;./#%?&".contains($0) })
        else { return nil }
        // A tag's name ends at a blank, a slash or the bracket: `<HANNITY: Welcome…>` and `<date:"…">` are
        // text in angle brackets, not tags.
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" || $0 == "_" }
        let after = body.dropFirst(name.count).first
        guard name.last != ":", after == nil || after == " " || after == "/" || after == "\t" || after == "\n",
            HTMLVocabulary.areAttributes(body.dropFirst(name.count))
        else { return nil }
        return ("", close + 1)
    }
}
