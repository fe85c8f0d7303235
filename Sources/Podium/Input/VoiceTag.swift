/// WebVTT's cue markup: a voice span names the speaker (`<v Jane Doe>Hello</v>`, `<v.loud Jane>`); class, italic,
/// bold, underline, language and ruby spans and inline timestamps (`<00:00:05.120>`) are styling, as SubRip's
/// `<font color="#ffff00">` is, though a colour may tell speakers apart (``colours(in:)``).
enum VoiceTag {
    /// The cue line as read: `<v Jane Doe>Hello</v>` → `Jane Doe: Hello`, other tags removed.
    static func spoken(_ line: String) -> String {
        guard line.contains("<") else { return line }
        var rest = Substring(line)
        var speaker: Substring?
        if rest.hasPrefix("<v"), let close = rest.firstIndex(of: ">") {
            let tag = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
            // `<v Jane Doe>`, `<v.loud.first Jane Doe>`: classes run up to the first blank, the name follows it.
            if let blank = tag.firstIndex(of: " "), tag.first == " " || tag.first == "." {
                let name = tag[blank...].trimmingCharacters(in: " ")
                if !name.isEmpty {
                    speaker = Substring(name)
                    rest = rest[rest.index(after: close)...]
                }
            }
        }
        let words = withoutTags(rest)
        guard let speaker else { return words }
        return words.isEmpty ? "\(speaker):" : "\(speaker): \(words)"
    }

    /// The text with its cue tags removed; a `<` that opens no tag stays.
    private static func withoutTags(_ text: Substring) -> String {
        var result = ""
        var rest = text
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">"), isCueTag(after[..<close]) else {
                result.append("<")
                rest = after
                continue
            }
            rest = after[after.index(after: close)...]
        }
        result += rest
        return result.trimmingCharacters(in: " ")
    }

    /// The colours the line's class spans and font tags give, in order (`<c.yellow>…</c>` → `yellow`,
    /// `<font color="#00ffff">` → `#00ffff`): broadcasters' subtitles print each speaker in a colour of their own.
    static func colours(in line: String) -> [Substring] {
        guard line.contains("<") else { return [] }
        var colours: [Substring] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let inner = rest[..<close]
            if inner.hasPrefix("c."), isCueTag(inner) {
                colours.append(inner.dropFirst(2))
            } else if inner.lowercased().hasPrefix("font "), let value = inner.split(separator: "=", maxSplits: 1).last,
                inner.lowercased().contains("color")
            {
                colours.append(value.trimmingCharacters(in: "\"' ").lowercased()[...])
            }
            rest = rest[close...]
        }
        return colours
    }

    /// `v …`, `/v`, `c.yellow`, `i`, `/b`, `lang en`, `00:00:05.120`, SubRip's `font color="#ffff00"`.
    private static func isCueTag(_ inner: Substring) -> Bool {
        let name = inner.drop { $0 == "/" }.prefix { $0.isLetter }
        if ["v", "c", "i", "b", "u", "lang", "ruby", "rt", "font"].contains(String(name)) {
            let after = inner.drop { $0 == "/" }.dropFirst(name.count)
            return after.isEmpty || after.first == " " || after.first == "."
        }
        return Timestamp.isClock(inner)
    }
}
