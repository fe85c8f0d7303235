/// A paged document's footer line, left in the text where a page ended: `Page 1 of 6   Prime Minister…`,
/// `- 3 -`, 「第 2 页」. It is set aside as a note, and the paragraph it interrupts runs on.
enum PageFooter {
    static func isFooter<S: StringProtocol>(_ line: S) -> Bool {
        guard mayBeFooter(line.utf8) else { return false }
        return isFooterReference(line)
    }

    /// Whether the line's first visible byte may open a footer (`P` of `Page`, `-`, the first byte of 第), past
    /// blanks read as bytes. Conservative: where it says no, ``isFooterReference(_:)`` says no.
    static func mayBeFooter<U: Collection<UInt8>>(_ utf8: U) -> Bool {
        var bytes = utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x20, 0x09: continue
            // U+3000, E3 80 80: any other scalar opening with E3 is no footer's first character.
            case 0xE3: guard bytes.next() == 0x80, bytes.next() == 0x80 else { return false }
            case 0x50, 0x2D, 0xE7: return true
            default: return false
            }
        }
        return false
    }

    /// ``isFooter(_:)`` on characters, for any line: the plain version the byte test is held to.
    static func isFooterReference<S: StringProtocol>(_ line: S) -> Bool {
        let trimmed = Substring(line.trimmingCharacters(in: " \t\u{3000}"))
        if let rest = after(prefix: "Page ", in: trimmed) ?? after(prefix: "PAGE ", in: trimmed) {
            let number = rest.prefix { $0.isASCII && $0.isNumber }
            guard !number.isEmpty else { return false }
            let tail = rest.dropFirst(number.count)
            return tail.isEmpty || tail.hasPrefix(" of ") || tail.hasPrefix(" OF ") || tail.hasPrefix("  ") || tail.hasPrefix("/")
        }
        if trimmed.hasPrefix("- "), trimmed.hasSuffix(" -") {
            return trimmed.dropFirst(2).dropLast(2).allSatisfy { $0.isASCII && $0.isNumber } && trimmed.count > 4
        }
        for (open, close) in [("第", "页"), ("第", "頁")] {
            guard let rest = after(prefix: open, in: trimmed) else { continue }
            let number = rest.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
            let tail = rest.drop { $0 == " " }.dropFirst(number.count).drop { $0 == " " }
            if !number.isEmpty, tail.hasPrefix(close), tail.count <= 8 { return true }
        }
        return false
    }

    private static func after(prefix: String, in text: Substring) -> Substring? {
        text.hasPrefix(prefix) ? text.dropFirst(prefix.count) : nil
    }
}
