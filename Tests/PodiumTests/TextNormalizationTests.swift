import Testing

@testable import Podium

/// Whitespace collapse, which every reader runs on every paragraph, read on bytes.
@Suite struct TextNormalizationTests {
    @Test(arguments: [
        ("  a \t b\n\nc  ", "a b c"),
        ("罗俊杰： 一是 加快", "罗俊杰：一是加快"),
        ("发布 COVID-19 数据", "发布 COVID-19 数据"),
        ("第一\u{3000}\u{A0} 第二", "第一第二"),
        ("a\u{200B}b", "a b"),
        ("\u{FEFF}开头", "开头"),
        ("", ""),
        (" \u{3000} ", ""),
    ])
    func collapsesSpacing(_ input: String, _ expected: String) {
        #expect(TextNormalization.collapse(input) == expected)
    }

    @Test func invalidBytesStayAsReplacementCharacters() {
        let bytes: [UInt8] = [0x41, 0x20, 0x20, 0xFF, 0x20, 0x80, 0xE4, 0xB8]
        let collapsed = bytes.withUnsafeBufferPointer(TextNormalization.collapse)
        #expect(collapsed == "A \u{FFFD} \u{FFFD}\u{FFFD}")
    }

    /// The byte reading agrees with a plain reading of the scalars on texts mixing every kind of space
    /// with wide and narrow characters.
    @Test func agreesWithAScalarReading() {
        let pieces = [" ", "\u{3000}", "\u{A0}", "\t", "\u{2003}", "中", "文", "，", "a", "B", "1", "é", "😀", "ｶ", "\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(TextNormalization.collapse(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    private static func reference(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if TextNormalization.isSpace(scalar) {
                pendingSpace = previous != nil
                continue
            }
            if pendingSpace, let before = previous, !(TextNormalization.isWide(before) && TextNormalization.isWide(scalar)) {
                output.append(" ")
            }
            pendingSpace = false
            output.append(scalar)
            previous = scalar
        }
        return String(output)
    }
}
