/// WebVTT's cue markup: a voice span names the speaker (`<v Jane Doe>Hello</v>`, `<v.loud Jane>`); class, italic,
/// bold, underline, language and ruby spans and inline timestamps (`<00:00:05.120>`) are styling, as SubRip's
/// `<font color="#ffff00">` is, though a colour may tell speakers apart (``read(_:)``).
enum VoiceTag {
    /// The cue line as read: `<v Jane Doe>Hello</v>` → `Jane Doe: Hello`, other tags removed.
    static func spoken(_ line: String) -> String {
        read(line).spoken
    }

    /// The cue line as read (``spoken(_:)``), and the colours its class spans and font tags give, in order
    /// (`<c.yellow>…</c>` → `yellow`, `<font color="#00ffff">` → `#00ffff`): broadcasters' subtitles print each speaker
    /// in a colour of their own. The line's tags are read once for both.
    static func read(_ line: String) -> (spoken: String, colours: [Substring]) {
        guard line.contains("<") else { return (line, []) }
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
        let (words, colours) = withoutTags(rest)
        guard let speaker else { return (words, colours) }
        return (words.isEmpty ? "\(speaker):" : "\(speaker): \(words)", colours)
    }

    /// The text with its cue tags removed, a `<` that opens no tag kept; and the colours the tags give.
    private static func withoutTags(_ text: Substring) -> (String, [Substring]) {
        var result = ""
        var colours: [Substring] = []
        var rest = text
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">"), case let inner = after[..<close], isCueTag(inner) else {
                result.append("<")
                rest = after
                continue
            }
            if let colour = colour(ofTag: inner) { colours.append(colour) }
            rest = after[after.index(after: close)...]
        }
        result += rest
        return (result.trimmingCharacters(in: " "), colours)
    }

    /// `c.yellow` → `yellow`; `font color="#00FFFF"` → `#00ffff`; `nil` for a tag that gives no colour.
    private static func colour(ofTag inner: Substring) -> Substring? {
        if inner.hasPrefix("c.") { return inner.dropFirst(2) }
        let lowered = inner.lowercased()
        guard lowered.hasPrefix("font "), lowered.contains("color"), let value = inner.split(separator: "=", maxSplits: 1).last else {
            return nil
        }
        return value.trimmingCharacters(in: "\"' ").lowercased()[...]
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
