/// The YAML front matter of a Jekyll or Hexo post, read as flat `key: value` pairs.
struct FrontMatter: Equatable {
    var fields: [String: String] = [:]
    var lists: [String: [String]] = [:]

    subscript(key: String) -> String? {
        fields[key].flatMap { $0.isEmpty ? nil : $0 }
    }

    func list(_ key: String) -> [String] {
        if let values = lists[key] { return values }
        guard let value = self[key] else { return [] }
        // 「指揮官 張立德、發言人 莊宏達」: a Chinese list is cut at its enumeration commas, each item a title and a name.
        if value.contains(where: { Self.chineseListSeparators.contains($0) }) {
            return value.split(whereSeparator: { Self.chineseListSeparators.contains($0) })
                .map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        }
        return value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    private static let chineseListSeparators: Set<Character> = ["、", "，", "；"]

    /// Splits `---` front matter off the top of a document; a leading blank line is allowed.
    static func split(_ text: String) -> (FrontMatter, body: Substring) {
        var rest = text[...]
        while let first = rest.first, first == "\n" || first == "\r" || first == " " || first == "\u{FEFF}" {
            rest = rest.dropFirst()
        }
        guard rest.hasPrefix("---") else { return (FrontMatter(), text[...]) }
        // Lines are cut one at a time, up to the closing fence: a long body is never split into lines here.
        let lines = NewlineSeparatedLines(text: rest)
        guard lines.first(where: { _ in true })?.trimmingCharacters(in: "\r ") == "---" else {
            return (FrontMatter(), text[...])
        }
        var matter = FrontMatter()
        var currentListKey: String?
        var continuing: (key: String, value: String)?
        for line in lines.dropFirst() {
            let trimmed = line.trimmingCharacters(in: "\r")
            // A quoted value folded over several indented lines: `title: "…\` then `  \ COVID-19…"`.
            if let (key, value) = continuing, trimmed.hasPrefix(" ") {
                var piece = trimmed.drop { $0 == " " }
                var joined = value
                if joined.hasSuffix("\\") {
                    joined.removeLast()
                    if piece.hasPrefix("\\ ") { piece = piece.dropFirst() }
                } else {
                    joined += " "
                }
                joined += piece
                continuing = (key, joined)
                matter.fields[key] = unquote(joined)
                continue
            }
            continuing = nil
            if trimmed.trimmingCharacters(in: " ") == "---" || trimmed.trimmingCharacters(in: " ") == "..." {
                // The body starts after the fence line and its line break, if there is one.
                let body = line.endIndex < rest.endIndex ? rest[rest.index(after: line.endIndex)...] : rest[rest.endIndex...]
                return (matter, body)
            }
            if trimmed.hasPrefix("  - ") || trimmed.hasPrefix("- "), let key = currentListKey {
                let item = trimmed.drop { $0 == " " || $0 == "-" }
                matter.lists[key, default: []].append(unquote(String(item)))
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":"), !trimmed.hasPrefix(" ") else { continue }
            let key = String(trimmed[..<colon]).trimmingCharacters(in: " ")
            let value = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: " ")
            currentListKey = value.isEmpty ? key : nil
            if value.hasPrefix("[") && value.hasSuffix("]") {
                matter.lists[key] = value.dropFirst().dropLast().split(separator: ",")
                    .map { unquote($0.trimmingCharacters(in: " ")) }.filter { !$0.isEmpty }
            } else {
                matter.fields[key] = unquote(value)
                if value.hasPrefix("\""), value.count == 1 || !value.hasSuffix("\"") || value.hasSuffix("\\\"") {
                    continuing = (key, value)
                }
            }
        }
        // No closing fence: this was not front matter.
        return (FrontMatter(), text[...])
    }

    /// Removes YAML quotes and applies the double-quoted escapes that posts use (`\_` is NBSP).
    private static func unquote(_ value: String) -> String {
        if value.count >= 2, value.hasPrefix("'"), value.hasSuffix("'") {
            return String(value.dropFirst().dropLast()).replacingLiteral("''", with: "'")
        }
        guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
        var output = ""
        var escaping = false
        var characters = Array(value.dropFirst().dropLast())[...]
        while let character = characters.popFirst() {
            if escaping {
                switch character {
                case "_": output.append("\u{A0}")
                case "n", "t": output.append(" ")
                case "u", "U":
                    let digits = character == "u" ? 4 : 8
                    let hex = String(characters.prefix(digits))
                    if hex.count == digits, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        // Invisible joiners (U+2060) and the like carry no text.
                        if !(0x2060...0x206F).contains(value) && value != 0x200B { output.unicodeScalars.append(scalar) }
                        characters = characters.dropFirst(digits)
                    } else {
                        output.append(character)
                    }
                default: output.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                output.append(character)
            }
        }
        return output
    }
}
