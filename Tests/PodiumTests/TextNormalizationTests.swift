import Foundation
import PodiumTestSupport
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
        for skippingASCIIRuns in [true, false] {
            let collapsed = bytes.withUnsafeBufferPointer { TextNormalization.collapse($0, skippingASCIIRuns: skippingASCIIRuns) }
            #expect(collapsed == "A \u{FFFD} \u{FFFD}\u{FFFD}")
        }
    }

    /// One scalar of the random texts, classed by hand: what the rules say of it, not what the code says.
    enum Kind { case space, wide, narrow }

    static let pieces: [(Unicode.Scalar, Kind)] = [
        (" ", .space), ("\u{3000}", .space), ("\u{A0}", .space), ("\t", .space), ("\u{2003}", .space), ("\n", .space),
        ("\u{200B}", .space), ("\u{FEFF}", .space), ("\u{202F}", .space),
        ("中", .wide), ("文", .wide), ("，", .wide), ("ｶ", .wide), ("한", .wide), ("𠀀", .wide), ("「", .wide),
        ("a", .narrow), ("B", .narrow), ("1", .narrow), ("é", .narrow), ("😀", .narrow), ("\u{301}", .narrow), ("-", .narrow),
    ]

    /// The byte reading agrees with the rules read on the classed pieces: runs of spacing become one space,
    /// none at either end, and none between two wide characters. Seeds come from the arguments, or from
    /// PODIUM_TEST_SEED to try another; a failure names its seed.
    @Test(arguments: ProcessInfo.processInfo.environment["PODIUM_TEST_SEED"].flatMap(UInt64.init).map { [$0] } ?? [1, 2, 3])
    func agreesWithTheRulesOnRandomTexts(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<2_000 {
            let picked = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: picked.map(\.0))
            #expect(
                TextNormalization.collapse(String(text)) == Self.reference(picked),
                "seed \(seed) (PODIUM_TEST_SEED=\(seed) runs it again): \(picked.map { "U+" + String($0.0.value, radix: 16, uppercase: true) })")
        }
    }

    private static func reference(_ pieces: [(Unicode.Scalar, Kind)]) -> String {
        var output = String.UnicodeScalarView()
        var last: Kind?
        var spaced = false
        for (scalar, kind) in pieces {
            guard kind != .space else {
                spaced = last != nil
                continue
            }
            if spaced, !(last == .wide && kind == .wide) { output.append(" ") }
            spaced = false
            output.append(scalar)
            last = kind
        }
        return String(output)
    }
}
