import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// The character lookups that answer from a scalar's value (`CharacterClass`, `ScalarList`, `isWhitespaceCharacter`,
/// `hasCharacterPrefix`, `lowercasedByScalar`) against what `Character` and `String` say, on every scalar of the
/// planes where CJK text lives and on the canonical equivalents that could trip them.
@Suite struct CharacterLookupTests {
    /// Scalars of the Basic Multilingual Plane and the compatibility ideographs of the second plane, which decompose
    /// into ideographs of the first.
    static let scalars: [Unicode.Scalar] = (0..<0x1_0000).compactMap(Unicode.Scalar.init)
        + (0x2_F800...0x2_FA1F).compactMap(Unicode.Scalar.init)

    /// The classes the label and question readers use, and ones whose members have canonical equivalents elsewhere:
    /// the angle bracket U+2329 is canonically 〈, U+037E is `;`, the Kelvin sign is `K`, U+F900 an ideograph.
    static let classes = [
        "。？！；：，.?!;:,—–…", "《（(〈[", "》）)〉]", "。？！；，、?!;,“”\"…", "的一是\u{3000}",
        "\u{2329}x", "\u{037E}", "K\u{212A}", "\u{F900}", "豈", "e\u{301}。", "\r\n：",
    ]

    @Test(arguments: classes)
    func classLookupIsTheSetLookup(members: String) {
        let characterClass = CharacterClass(members)
        var wrong: [String] = []
        for scalar in Self.scalars {
            let character = Character(scalar)
            let expected = characterClass.containsReference(character)
            if characterClass.contains(character) != expected || characterClass.contains(wholeCharacter: scalar) != expected {
                wrong.append(String(scalar.value, radix: 16))
            }
        }
        for character: Character in ["\r\n", "e\u{301}", "〈\u{301}", "👩‍👩‍👧"] where characterClass.contains(character) != characterClass.containsReference(character) {
            wrong.append(String(character).unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
        #expect(wrong.isEmpty, "\(members): \(wrong.prefix(20))")
    }

    @Test func scalarListLookupComparesEveryMember() {
        let lists = [
            LabelParser.sentencePunctuationScalars, LabelParser.bracketOpenerScalars, LabelParser.bracketCloserScalars,
            ScalarList("a\u{FF}\u{100}\u{3FFF}\u{4000}\u{FFFF}\u{1F600}"), ScalarList(""), ScalarList("\u{0}?@\u{7F}"),
            ScalarList(scalars: "Zz\u{80}".unicodeScalars.reversed()),
        ]
        for list in lists {
            let wrong = (Self.scalars + [Unicode.Scalar(0x1F600), Unicode.Scalar(0x10FFFF)].compactMap { $0 }).filter {
                list.contains($0) != list.containsReference($0)
            }
            #expect(wrong.isEmpty, "\(list.members): \(wrong.prefix(20).map { String($0.value, radix: 16) })")
        }
    }

    /// Lower-casing a scalar at a time, on every scalar of the first two planes (the second holds cased alphabets:
    /// Deseret, Osage, Adlam) alone and between ASCII letters.
    @Test func lowerCaseByScalarIsLowercased() {
        let wrong = (Self.scalars + (0x1_0000..<0x2_0000).compactMap(Unicode.Scalar.init)).filter { scalar in
            let text = "A" + String(scalar) + "b"
            return String(scalar).lowercasedByScalar() != String(scalar).lowercased() || text.lowercasedByScalar() != text.lowercased()
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0.value, radix: 16) })")
        #expect("Kelvin \u{212A}, ΣΑΣ, İ, “Quote”—ДА".lowercasedByScalar() == "Kelvin \u{212A}, ΣΑΣ, İ, “Quote”—ДА".lowercased())
        #expect("MY COLLEAGUE’S".lowercasedByScalar() == "my colleague’s")
    }

    /// A turn's opening, joined only as far as it reaches, against the whole turn joined.
    @Test func openingJoinedIsThePrefixOfTheWholeJoin() throws {
        let long = String(repeating: "x", count: 199)
        let turns: [[String]] = [
            [], [""], ["", ""], ["a", "b"], [long, "b"], [long + "y", "\u{301}b"], [long + "\u{600}", "b"], [long + "\u{600}y", "b"],
            [long + "yz\u{600}", "b"], [long, "", "c"], ["e\u{301}", "\u{301}"], [long + "\r", "\nz"], [String(repeating: "一", count: 300)],
        ]
        let paragraphs = try FastPathTests.paragraphs().prefix(600)
        let corpusTurns = stride(from: 0, to: paragraphs.count - 2, by: 3).map { Array(paragraphs[$0..<($0 + 3)]) }
        for turn in turns + corpusTurns {
            for count in [0, 1, 3, 200] {
                #expect(turn.openingJoined(characters: count) == turn.joined(separator: " ").prefix(count), "\(count): \(turn.map { $0.prefix(20) })")
            }
        }
    }

    /// Every whole scalar is a letter where `Character.isLetter` says so; every other scalar is left to the characters.
    @Test func wholeCharacterLettersAreWhatCharacterSays() {
        let wrong = Self.scalars.filter { scalar in
            WholeCharacterLetters.isLetter(scalar) != (scalar.isWholeCharacter ? Character(scalar).isLetter : nil)
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0.value, radix: 16) })")
        #expect(WholeCharacterLetters.isLetter("中") == true && WholeCharacterLetters.isLetter("，") == false && WholeCharacterLetters.isLetter("\u{301}") == nil)
    }

    @Test func ideographsAndLettersFromTheValueAreWhatThePropertiesSay() {
        let all = Self.scalars + (0x2_0000...0x2_A6DF).compactMap(Unicode.Scalar.init)
        let wrong = all.filter { $0.isIdeographicByValue != $0.properties.isIdeographic || $0.isAlphabeticByValue != $0.properties.isAlphabetic }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0.value, radix: 16) })")
    }

    @Test func whitespaceFromTheValueIsWhatCharacterSays() {
        let wrong = Self.scalars.filter { $0.isWhitespaceCharacter != Character($0).isWhitespace }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0.value, radix: 16) })")
    }

    /// `thorough` cuts more prefixes; every corpus line takes the few that matter, to keep the corpus test short.
    static func expectCharacterPrefixes(of text: String, thorough: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        // Prefixes the text may not open with: Chinese that differs in its bytes, a compatibility ideograph and its
        // canonical equivalent, a mark joining an ideograph.
        var prefixes = [text, text + "x", "主持人", "记者", "豈", "\u{F900}", "中\u{301}", "第二", "（", "Q"]
        for count in thorough ? [1, 2, 5, 30] : [5] where count < text.count { prefixes.append(String(text.prefix(count))) }
        // Cut between scalars, not characters: a prefix whose last character the text extends.
        let scalars = Array(text.unicodeScalars)
        for count in thorough ? [1, 2, scalars.count - 1] : [scalars.count - 1] where count > 0 && count < scalars.count {
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: scalars.prefix(count))
            prefixes.append(String(cut))
        }
        for prefix in prefixes {
            #expect(text.hasCharacterPrefix(prefix) == text.hasPrefix(prefix), "\(prefix.prefix(30)) of \(text.prefix(30))", sourceLocation: sourceLocation)
        }
        // The same cuts from the end, and the endings the label readers look for.
        var suffixes = [text, "x" + text, "表示", "说", "：", "豈", "\u{F900}"]
        for count in thorough ? [1, 2, 5] : [2] where count < text.count { suffixes.append(String(text.suffix(count))) }
        if scalars.count > 1 {
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: scalars.suffix(scalars.count - 1))
            suffixes.append(String(cut))
        }
        for suffix in suffixes {
            #expect(text.hasCharacterSuffix(suffix) == text.hasSuffix(suffix), "\(suffix.prefix(30)) of \(text.suffix(30))", sourceLocation: sourceLocation)
        }
    }

    @Test func characterPrefixIsWhatHasPrefixSays() throws {
        let edges = [
            "e\u{301}x", "\r\nx", "👩‍👩‍👧 family", "é", "e\u{301}", "\u{212A}elvin", "Kelvin", "第一，", "〈\u{2329}", "a",
            "“新华社记者：”", "\u{1F1FA}\u{1F1F8}\u{1F1EB}\u{1F1F7}", "각", "\u{1100}\u{1161}\u{11A8}", "他表示", "他\u{F900}", "他豈",
            "\u{600}表示", "表示\u{301}", "说\u{FE00}", "记者说", "\u{8AAA}",
        ]
        for text in try edges + FastPathTests.paragraphs().prefix(300) {
            Self.expectCharacterPrefixes(of: text, thorough: true)
        }
        // Canonical equivalents with other bytes: the bytes differ, `hasPrefix` answers.
        #expect("e\u{301}tude".hasCharacterPrefix("é"))
        #expect("\u{212A}".hasCharacterPrefix("K"))
        #expect(!"e\u{301}".hasCharacterPrefix("e"))
        #expect(!"\r\n".hasCharacterPrefix("\r"))
    }

    /// The headline's sentence and clause cuts and the announced count, each against its reading on characters.
    /// `thorough` asks the length at more limits; every corpus line takes two.
    static func expectScalarReadings(of text: String, thorough: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        for stops in ["。；！？!?;", "，,：:"] {
            #expect(text.prefix(beforeAnyOf: stops) == text.prefixReference(beforeAnyOf: stops), "\(text.prefix(40))", sourceLocation: sourceLocation)
        }
        #expect(
            PointCountCheck.announcedCount(in: [text]) == PointCountCheck.announcedCountReference(in: [text]), "\(text.prefix(40))",
            sourceLocation: sourceLocation)
        #expect(text.lowercasedByScalar() == text.lowercased(), "\(text.prefix(40))", sourceLocation: sourceLocation)
        let limits = thorough ? [0, 1, 20, 200, text.unicodeScalars.count - 1, text.unicodeScalars.count] : [20, 200]
        for limit in limits where limit >= 0 {
            #expect(text.length(atMost: limit) == text.lengthReference(atMost: limit), "\(limit): \(text.prefix(40))", sourceLocation: sourceLocation)
        }
    }

    /// Texts at the edges of the whole-character ranges, one scalar before and after each.
    static let rangeEdgeTexts: [String] = [0x0D, 0x2FF, 0x300, 0x200F, 0x2010, 0x2027, 0x2028, 0x2FFF, 0x3000, 0x3029, 0x302A, 0x302F,
        0x3030, 0x303F, 0x3040, 0x4DFF, 0x4E00, 0x4FFF, 0x5000, 0x9FFF, 0xA000, 0xFF00, 0xFF01, 0xFF9D, 0xFF9E, 0x1F600].compactMap {
        Unicode.Scalar($0).map { "一" + String($0) + "二\r\n三" + String($0) }
    }

    @Test func scalarReadingsAreTheReadingsOnCharacters() throws {
        let edges = [
            "一是。\u{301}二是；", "e\u{301}。x", "\r\n。", "abc", "", "。", "有三个方面：", "有三个方面", "三", "12个方面", "两项措施",
            "第二个问题", "三\u{301}个方面", "四個重點。", "two; three", "“引号”；", "有三\r\n个方面",
        ]
        for text in try edges + Self.rangeEdgeTexts + FastPathTests.paragraphs() {
            Self.expectScalarReadings(of: text, thorough: true)
        }
        #expect("一是。\u{301}二是；".prefix(beforeAnyOf: "。；") == "一是。\u{301}二是")
        #expect(PointCountCheck.announcedCount(in: ["我讲三个方面"]) == 3)
    }
}
