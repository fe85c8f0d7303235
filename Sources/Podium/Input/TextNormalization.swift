/// Whitespace rules shared by every reader.
enum TextNormalization {
    /// Characters that count as spacing in transcripts: ASCII spacing, NBSP, ideographic space, zero-width marks.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Han, kana, hangul and full-width punctuation: scripts written without spaces between words.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Collapses runs of spacing into one space, trims both ends, and drops a space that sits
    /// between two wide characters (where a line break or `&nbsp;` left it).
    ///
    /// Most paragraphs are already collapsed; ``isCollapsed(_:)`` tells them on their bytes and they are returned
    /// as they are, not copied. ``collapseReference(_:)`` copies every text, and `FastPathTests` holds the two
    /// equal.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { isCollapsed($0) } ? text : text.withUTF8 { collapse($0) }
    }

    /// ``collapse(_:)`` copying every text and reading it a scalar at a time: the rule the shortcuts for collapsed
    /// texts and for runs of ASCII keep to.
    static func collapseReference(_ text: String) -> String {
        var text = text
        return text.withUTF8 { collapse($0, skippingASCIIRuns: false) }
    }

    /// Whether collapsing would give the text back unchanged, told on its bytes: no spacing at either end, none but
    /// single ASCII spaces inside, and none of those between two wide characters (both neighbours are decoded only
    /// where both lie outside ASCII: `word — word`).
    static func isCollapsed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20 else { return utf8.isEmpty }
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                if byte == 0x20 {
                    // Not first nor last: both neighbours exist; neither may be a space or outside ASCII.
                    let before = utf8[index - 1]
                    let after = utf8[index + 1]
                    if before == 0x20 || after == 0x20 { return false }
                    if before >= 0x80 && after >= 0x80 && isBetweenWideCharacters(spaceAt: index, in: utf8) { return false }
                } else if (0x09...0x0D).contains(byte) {
                    return false
                }
                index += 1
                continue
            }
            let end = min(index + UTF8Decoding.sequenceLength(byte), utf8.count)
            if mayStartSpace(byte), isSpace(UTF8Decoding.scalar(in: utf8, index..<end)) { return false }
            index = end
        }
        return true
    }

    /// Whether the scalars on both sides of the space at `index` are wide, so that collapsing drops the space.
    private static func isBetweenWideCharacters(spaceAt index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        isWide(UTF8Decoding.scalar(in: utf8, endingAt: index).scalar)
            && isWide(UTF8Decoding.scalar(in: utf8, at: index + 1).scalar)
    }

    /// ``collapse(_:)`` over UTF-8: it runs on every paragraph, so it copies runs of bytes and decodes a
    /// scalar only where its lead byte may start a space, and the scalars on both sides of a space. Bytes
    /// that are not valid UTF-8 are copied and replaced by U+FFFD when the result becomes a `String`.
    static func collapse(_ utf8: UnsafeBufferPointer<UInt8>, skippingASCIIRuns: Bool = true) -> String {
        guard utf8.count > 0 else { return "" }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingSpace = false
        // The last scalar kept, as a range of `utf8`; empty before the first.
        var previous = 0..<0
        // Bytes are copied in runs, from `runStart` to the scalar being read.
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if skippingASCIIRuns, lead > 0x20 && lead < 0x80 {
                // A run of visible ASCII, which is never spacing nor wide: a pending space stays, and the run is
                // stepped over to its last byte. A single space between two visible ASCII bytes is kept as it is, so
                // the run goes on over it (words are not copied one at a time).
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                var next = index + 1
                while next < utf8.count {
                    let byte = utf8[next]
                    if byte > 0x20 && byte < 0x80 {
                        next += 1
                    } else if byte == 0x20, next + 1 < utf8.count, utf8[next + 1] > 0x20 && utf8[next + 1] < 0x80 {
                        next += 2
                    } else {
                        break
                    }
                }
                previous = (next - 1)..<next
                index = next
                continue
            }
            let end = min(index + UTF8Decoding.sequenceLength(lead), utf8.count)
            if mayStartSpace(lead), isSpace(UTF8Decoding.scalar(in: utf8, index..<end)) {
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = end
                pendingSpace = !previous.isEmpty
                index = end
                continue
            }
            if pendingSpace {
                if !(isWide(UTF8Decoding.scalar(in: utf8, previous)) && isWide(UTF8Decoding.scalar(in: utf8, index..<end))) { output.append(0x20) }
                pendingSpace = false
            }
            previous = index..<end
            index = end
        }
        if runStart < utf8.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The lead bytes of the scalars ``isSpace(_:)`` accepts: ASCII spacing, C2 (NBSP), E1 (U+1680),
    /// E2 (U+2000–U+205F), E3 (U+3000), EF (U+FEFF).
    private static func mayStartSpace(_ lead: UInt8) -> Bool {
        switch lead {
        case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF: true
        default: false
        }
    }


    /// Joins hard-wrapped lines: no space between wide characters, one space otherwise.
    static func joinWrapped(_ lines: [String]) -> String {
        collapse(lines.joined(separator: "\n"))
    }

    /// Lines already collapsed, joined as ``collapse(_:)`` joins them: by one space, none between two wide characters,
    /// an empty line leaving nothing. `joinCollapsed(lines.map(collapse))` is `collapse(lines.joined(separator: "\n"))`
    /// without reading the lines a second time; `FastPathTests` holds the two equal.
    static func joinCollapsed(_ lines: [String]) -> String {
        var joined = ""
        joined.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines where !line.isEmpty {
            if let last = joined.unicodeScalars.last, let first = line.unicodeScalars.first, !(isWide(last) && isWide(first)) {
                joined.append(" ")
            }
            joined.append(line)
        }
        return joined
    }
}

extension StringProtocol {
    /// The text without the characters of `set` at either end; `set` is a few single-scalar characters,
    /// compared as ``Swift/Character/isOne(of:)`` compares them.
    func trimmingCharacters(in set: String) -> String {
        trimming(leading: set, trailing: set)
    }

    /// The text without the characters of `leading` at its start and of `trailing` at its end: the words
    /// after a label lose the label's colon and blanks, never their own closing punctuation.
    func trimming(leading: String, trailing: String) -> String {
        var view = self[...]
        while let first = view.first, first.isOne(of: leading) { view = view.dropFirst() }
        while let last = view.last, last.isOne(of: trailing) { view = view.dropLast() }
        if view.startIndex == startIndex && view.endIndex == endIndex { return String(self) }
        return String(view)
    }
}
