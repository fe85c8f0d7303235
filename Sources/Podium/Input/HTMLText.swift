import CLibXML2

/// A small HTML tag stripper that does not use libxml2. ``TextCoverage`` reads the body with it,
/// independently of the tree walk, and ``HTMLBlockReader`` falls back on it when libxml2 gives up
/// (nesting deeper than its limit), so no text is lost either way.
enum HTMLText {
    /// Elements whose content is not body text.
    private static let skippedContent: Set<String> = HTMLVocabulary.skipped.union(["title"])
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Opening tags that end an open `<p>`.
    private static let closesParagraph: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "section",
        "article", "header", "footer", "nav", "aside", "form", "figure", "hr", "address", "main",
    ]

    static func lines(_ html: String) -> [String] {
        let characters = Array(html.unicodeScalars)
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        /// While skipping a hidden or non-text element: its name and nesting depth.
        var skipping: (name: String, depth: Int)?
        var index = 0
        func breakLine() {
            if !current.isEmpty { lines.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        while index < characters.count {
            let scalar = characters[index]
            if scalar == "<", let tag = Tag.read(characters, at: index) {
                index = tag.end
                if tag.isComment { continue }
                if var skip = skipping {
                    // A paragraph ends where another block opens, as an HTML parser closes it.
                    if skip.name == "p", skip.depth == 1, !tag.isClosing, Self.closesParagraph.contains(tag.name) {
                        skipping = nil
                        if !tag.isSelfClosing, !voidElements.contains(tag.name), skippedContent.contains(tag.name) || tag.isHidden {
                            skipping = (tag.name, 1)
                        } else {
                            breakLine()
                        }
                        continue
                    }
                    if tag.name == skip.name {
                        skip.depth += tag.isClosing ? -1 : (tag.isSelfClosing || voidElements.contains(tag.name) ? 0 : 1)
                        skipping = skip.depth > 0 ? skip : nil
                    }
                    continue
                }
                if !tag.isClosing, !tag.isSelfClosing, !voidElements.contains(tag.name),
                    skippedContent.contains(tag.name) || tag.isHidden
                {
                    skipping = (tag.name, 1)
                    continue
                }
                if HTMLVocabulary.blocks.contains(tag.name) || HTMLVocabulary.breaks.contains(tag.name) { breakLine() }
                continue
            }
            if skipping != nil {
                index += 1
                continue
            }
            if scalar == "&", let (value, end) = entity(characters, at: index) {
                current.append(contentsOf: value.unicodeScalars)
                index = end
                continue
            }
            if scalar == "\n" { breakLine() } else { current.append(scalar) }
            index += 1
        }
        breakLine()
        return lines
    }

    /// `&amp;`, `&#12288;`, `&#x3000;` and every named reference libxml2 knows.
    private static func entity(_ characters: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < characters.count, end - start <= 32, characters[end] != ";" {
            let scalar = characters[end]
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#" else {
                return nil
            }
            end += 1
        }
        guard end < characters.count, characters[end] == ";", end > start + 1 else { return nil }
        let name = String(String.UnicodeScalarView(characters[(start + 1)..<end]))
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let number, number != 0, let scalar = Unicode.Scalar(number) else { return nil }
            return (String(Character(scalar)), end + 1)
        }
        guard let description = htmlEntityLookup(name), let scalar = Unicode.Scalar(description.pointee.value) else {
            return nil
        }
        return (String(Character(scalar)), end + 1)
    }

    /// One tag, comment or declaration starting at `<`.
    private struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var isComment: Bool
        var isHidden: Bool
        var end: Int

        static func read(_ characters: [Unicode.Scalar], at start: Int) -> Tag? {
            guard start + 1 < characters.count else { return nil }
            let next = characters[start + 1]
            if next == "!" || next == "?" {
                // Comment, DOCTYPE, CDATA or processing instruction: up to its end.
                let isComment = start + 3 < characters.count && characters[start + 2] == "-" && characters[start + 3] == "-"
                var end = start + 2
                if isComment {
                    while end + 2 < characters.count,
                        !(characters[end] == "-" && characters[end + 1] == "-" && characters[end + 2] == ">")
                    {
                        end += 1
                    }
                    end = min(characters.count, end + 3)
                } else {
                    while end < characters.count, characters[end] != ">" { end += 1 }
                    end = min(characters.count, end + 1)
                }
                return Tag(name: "!", isClosing: false, isSelfClosing: true, isComment: true, isHidden: false, end: end)
            }
            let isClosing = next == "/"
            var position = start + (isClosing ? 2 : 1)
            guard position < characters.count, characters[position].isASCII, characters[position].properties.isAlphabetic
            else { return nil }
            var name = String.UnicodeScalarView()
            while position < characters.count, characters[position].isASCII,
                characters[position].properties.isAlphabetic || ("0"..."9").contains(characters[position])
                    || characters[position] == "-" || characters[position] == ":"
            {
                name.append(characters[position])
                position += 1
            }
            // Attributes up to the closing `>`, honouring quotes.
            var quote: Unicode.Scalar?
            let attributesStart = position
            while position < characters.count {
                let scalar = characters[position]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    break
                }
                position += 1
            }
            let attributes = String(String.UnicodeScalarView(characters[attributesStart..<min(position, characters.count)]))
            let end = min(characters.count, position + 1)
            let hidden = HTMLVocabulary.styleHides(attributes)
                || attributes.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                    .contains { $0 == "hidden" || $0.hasPrefix("hidden=") }
            return Tag(
                name: String(name).lowercased(), isClosing: isClosing, isSelfClosing: attributes.hasSuffix("/"),
                isComment: false, isHidden: hidden, end: end)
        }
    }
}
