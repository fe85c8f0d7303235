import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// The shortcuts hot loops take must never change a result: a prefilter may only skip positions where the
/// full reader finds nothing, and the byte search must find what Foundation's `range(of:)` finds.
@Suite struct FastPathTests {
    /// Paragraph texts from the samples, and edge cases.
    static func paragraphs() throws -> [String] {
        var texts: [String] = []
        for url in TestSupport.files(under: TestSupport.samples) {
            texts += Self.lines(String(decoding: try Data(contentsOf: url), as: UTF8.self))
        }
        texts += ["第一，", "一是加快", "（一）", "1. Item", "首先，", "The first question is", "Number two, we",
            "关于第一个问题，", "First, thanks", "And finally, one", "MS. PSAKI: Hi.", "新华社记者：请问", "Q Why?"]
        return texts
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init)
    }

    /// `firstByteIndex(inFirst:where:)` reads the contiguous bytes; the plain version walks the UTF-8 view. Both find the
    /// same bracket, comma or colon, or none, within the limit, in strings and in substrings that start mid-text.
    /// `LeadingScalar.packed` reads a text's first scalar on its bytes: it must be the first scalar's own bytes, packed,
    /// so that the blocks whose first scalar a lexicon lists are exactly those it finds.
    @Test func leadingScalarOnBytesIsTheFirstScalar() throws {
        let texts = try Self.paragraphs() + ["", "谈现状：县城", "专访何正阳：", "A", "é", "𠀋字", "　谈", "\u{1F600} x"]
        for text in texts {
            let reference = text.unicodeScalars.first.map { scalar in String(scalar).utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
            #expect(LeadingScalar.packed(text) == reference, "\(text.prefix(20))")
        }
    }

    /// `ClosingMark.mayBeTrailing` turns a block down on its first scalar before the trailing prefixes are compared:
    /// every trailing line, in the corpus and in the shapes the reading steps over (emphasis, emoji, a chat export's
    /// rule), must pass it.
    @Test func trailingPrefilterHidesNoTrailingLine() throws {
        var shapes: [String] = ["（来源：新华社）", "（新华社记者 张三 编辑 李四）", "===== Exported 1,204 message(s) =====", "", "*"]
        for prefix in DiscourseLexicon.trailingPrefixes {
            shapes += [prefix, "**\(prefix)**", "_\(prefix)", "⚠️ \(prefix)", " \(prefix) x"]
        }
        for text in try Self.paragraphs() + shapes {
            #expect(ClosingMark.mayBeTrailing(text) || !Segmenter.isTrailing(text), "\(text.prefix(60))")
            #expect(Timestamp.meridiem(endingWith: text) == Timestamp.meridiemReference(endingWith: text), "\(text.prefix(60))")
        }
        #expect(!ClosingMark.mayBeTrailing("谢谢大家。"))
        #expect(!ClosingMark.mayBeTrailing("Well, thank you."))
        #expect(Segmenter.isTrailing("===== Exported 1,204 message(s) ====="))
    }

    /// `Timestamp.meridiem(endingWith:)` reads a name line's last bytes: it must find what the reading on characters
    /// finds, on name lines and on text that ends in a combining mark after one.
    @Test func meridiemOnBytesIsTheReadingOnCharacters() throws {
        let texts = try Self.paragraphs() + ["Mr Speaker 10:05 a.m.", "Mr Speaker 10:05 a.m.\u{301}", "at 3 p.m.", "10:05 PM", " am", "x 1:02 am"]
        for text in texts {
            #expect(Timestamp.meridiem(endingWith: text) == Timestamp.meridiemReference(endingWith: text), "\(text.suffix(30))")
        }
        #expect(Timestamp.meridiem(endingWith: "Mr Speaker 10:05 a.m.") == " a.m.")
    }

    @Test func firstByteOnContiguousBytesIsTheFirstOfTheUTF8View() throws {
        let texts = try Self.paragraphs() + [
            "Jane Smith [00:00:03] Welcome", "Hélène Dubois, Chief Financial Officer:", "（主持人）各位好", "", "no marks here",
            "Mr. Nebenzia (Russian Federation) (spoke in Russian): Thank you", "a,b:c[d(e", String(repeating: "é", count: 50) + "[",
        ]
        let wanted: [(UInt8) -> Bool] = [{ $0 == 0x5B || $0 == 0x28 }, { $0 == 0x2C }, { $0 == 0x3A }]
        for text in texts {
            for start in [0, 1, 3] where start <= text.count {
                let piece = text.dropFirst(start)
                for limit in [0, 1, 12, 41, 142] {
                    for isWanted in wanted {
                        #expect(piece.firstByteIndex(inFirst: limit, where: isWanted) == piece.utf8.prefix(limit).firstIndex(where: isWanted), "\(piece)")
                    }
                }
            }
        }
    }

    /// `SelfIntroduction.mayIntroduce(_:)` turns an asker's question down on its bytes before it is split into
    /// sentences: what it turns down, the reading on sentences finds nothing in either.
    @Test func introductionTurndownHidesNoIntroduction() throws {
        let texts = try Self.paragraphs() + [
            "Thanks, Karine. Tom Reilly, Australian Financial Review. Why now?", "Sir, Sidhant from WION. Will he go?",
            "Hi. Élodie Martin, Le Monde. Une question.", "Thanks, Karine. Reuters has reporting.", "Hi, I'm Ana Soto from the Coast Ledger.",
            "Good afternoon. Owen Jensen with EWTN Global Catholic Network. President Biden has said", "Thank you, Chris Rugaber, Associated Press",
            "How many cases by May 3?", "Sebastian Smith, AFP.", "O'Neil Brady, KQED.",
        ]
        for text in texts { Self.expectIntroductionTurndown(text) }
        #expect(!SelfIntroduction.mayIntroduce("How many cases by May 3?"))
        #expect(!SelfIntroduction.mayIntroduce("Thanks, Karine. Does the President agree?"))
    }

    /// `PageFurniture.isNewsPageLine(_:)` turns a paragraph down on its first scalar: what it turns down, the plain reading
    /// finds no advertisement or related link in either.
    @Test func newsPageLineTurndownHidesNoLine() throws {
        let texts = try Self.paragraphs() + [
            "Advertisement", "RELATED: Audit finds aging pipes cost the city millions", "相关阅读：新政解读", "Read more: the plan",
            "Related stories: one", "Sponsored", "Relatedly, the plan", "广告", "See also: the annex", "Advertisement text here",
        ]
        for text in texts {
            #expect(PageFurniture.isNewsPageLine(text) == PageFurniture.isNewsPageLineReference(text), "\(text.prefix(80))")
        }
        #expect(PageFurniture.isNewsPageLine("RELATED: Audit finds aging pipes cost the city millions"))
        #expect(!PageFurniture.isNewsPageLine("Relatedly, the plan"))
    }

    /// `PresentationColons.hasPresentationColon(_:)` scans bytes for `︰` and `﹕`; the plain reading on scalars finds the
    /// same, in the samples and in texts that hold their neighbours in the same block (`︱`, `﹔`, `：`).
    @Test func presentationColonScanIsTheReadingOnScalars() throws {
        let texts = try Self.paragraphs() + ["記者︰請問", "行政長官﹕多謝", "記者：請問", "甲︱乙", "甲﹔乙", "︰", "x﹕", "", "ab"]
        for text in texts {
            #expect(PresentationColons.hasPresentationColon(text) == PresentationColons.hasPresentationColonReference(text), "\(text.prefix(80))")
        }
        #expect(PresentationColons.normalize("記者︰請問？\n行政長官﹕多謝。") == "記者：請問？\n行政長官：多謝。")
    }

    static func expectIntroductionTurndown(_ text: String) {
        let fast = SelfIntroduction.nameAndOutlet(in: [text])
        let reference = SelfIntroduction.nameAndOutletReference(in: [text])
        #expect(fast?.name == reference?.name && fast?.outlet == reference?.outlet, "\(text.prefix(80))")
    }

    /// `RoleInference.endsNamingSomeone(_:)` counts a question's last words on bytes before splitting it into sentences.
    @Test func namingTurndownIsTheReadingOnSentences() {
        for text in [
            "We will look at it. Martin?", "Dr. Lee?", "Is that right, Martin?", "Martin? ", "We will look. Dr.  Mary  Lee?",
            "Thank you.\nMartin?", "那么 Martin?", "A\tB\tC\tD\tE F?", "one, two, three, four, Five?", "?", "Anything else?",
        ] {
            #expect(RoleInference.endsNamingSomeone([text]) == RoleInference.endsNamingSomeoneReference([text]), "\(text)")
        }
    }

    @Test func ordinalPrefilterNeverHidesAMarker() throws {
        for text in try Self.paragraphs() {
            Self.expectOrdinalPrefilter(in: text, at: Self.everyPosition(text, upTo: 600))
        }
    }

    /// The prefilters on every document of the shared corpus, one case a document so they spread over the
    /// cores. Every position of every line would take minutes, so they are read where the parser asks them:
    /// ordinal markers at a line's start and after the punctuation PointExtractor looks behind, labels at a
    /// line's start and inline labels after a sentence's end (the scalars BlockLabeler cuts after).
    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"), arguments: TestSupport.corpusFiles())
    func prefiltersHideNothingInTheCorpus(path: String) throws {
        let document = try TestSupport.corpusText(path)
        Self.expectLanguage(of: document)
        for limit in [0, 1, 100, 20_000] {
            #expect(FormatDetector.opening(of: document[...], characters: limit).utf8.count == document.prefix(limit).utf8.count, "\(path) \(limit)")
        }
        let documentLines = Self.lines(document)
        for start in stride(from: 0, to: documentLines.count, by: 3) {
            Self.expectJoinCollapsed(Array(documentLines[start..<min(start + 4, documentLines.count)]))
        }
        for text in documentLines {
            Self.expectOrdinalPrefilter(in: text, at: Self.positions(in: text, after: "。；：！？，、》」”\" "))
            Self.expectLabelCandidates(text)
            Self.expectLabelPrefilter(in: text)
            Self.expectInlineLabelPrefilter(in: text, at: Self.positions(in: text, after: "。？！?!”"))
            Self.expectScalarSetSearch(in: text)
            Self.expectPlainASCIIReadings(text)
            Self.expectMarkdownStrip(text)
            Self.expectParagraphTextShortcut(text)
            Self.expectNamesInBlocks(text)
            Self.expectQuestionMarkOnBytes(text)
            Self.expectQuestionParts(text)
            #expect(TextNormalization.collapse(text) == TextNormalization.collapseReference(text), "\(text.prefix(60))")
            Self.expectArticleOpenings(in: text, at: Self.positions(in: text, after: " "))
            Self.expectASCIIPrefixes(of: text)
            Self.expectShortTurnReadings(text)
            Self.expectOpeningTurndowns(text)
            Self.expectIntroductionTurndown(text)
            #expect(RoleInference.endsNamingSomeone([text]) == RoleInference.endsNamingSomeoneReference([text]), "\(text.prefix(60))")
            Self.expectKeyTurndowns(text)
            #expect(ClosingMark.mayBeTrailing(text) || !Segmenter.isTrailing(text), "\(text.prefix(60))")
            CharacterLookupTests.expectCharacterPrefixes(of: text)
            CharacterLookupTests.expectScalarReadings(of: text)
        }
    }

    /// The prefixes the readers ask on ASCII, and ones with a canonical equivalent outside ASCII (`K`, `;`, `` ` ``).
    static let asciiPrefixes = [
        ">", "> ", "```", "~~~", "|", "**", "- ", "---", "<", "<p", "<div", "<h", "K", ";", "`", "e", "\r\n", "#", "\r", "The ", "the first",
        "First,", "Number ", "Ke", "e\u{301}", "首先", "a\r", "\u{212A}", "a;", "x`", "aK", "a",
    ]

    /// `hasASCIIPrefix` against `hasPrefix`, for each of ``asciiPrefixes``.
    static func expectASCIIPrefixes(of text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for prefix in asciiPrefixes {
            #expect(text[...].hasASCIIPrefix(prefix) == text.hasPrefix(prefix), "\(prefix) \(text.prefix(60))", sourceLocation: sourceLocation)
        }
    }

    /// A determiner opening the text at each of `positions`, told on bytes, against the reading on scalars.
    static func expectArticleOpenings(in text: String, at positions: [String.Index], sourceLocation: SourceLocation = #_sourceLocation) {
        for position in positions {
            let rest = text[position...]
            #expect(
                PointExtractor.startsWithArticle(rest.utf8) == PointExtractor.startsWithArticleReference(rest.unicodeScalars),
                "\(rest.prefix(60))", sourceLocation: sourceLocation)
        }
    }

    /// Question-part markers read on scalars, past openings told from their first word, and announced counts found
    /// past paragraphs without a count noun, against the readings on characters of every opening and paragraph; and
    /// a text of whole characters only has as many characters as scalars.
    static func expectQuestionParts(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let paragraphs = [text]
        for counted in [false, true] {
            let fast = QuestionParts.questionMarkers(in: paragraphs, counted: counted).map { Self.describe($0, in: paragraphs) }
            let reference = QuestionParts.questionMarkersReference(in: paragraphs, counted: counted).map { Self.describe($0, in: paragraphs) }
            #expect(fast == reference, "\(text.prefix(60))", sourceLocation: sourceLocation)
        }
        #expect(
            QuestionParts.announcedCount(in: [text]).map { "\($0.count) \(text.utf8.distance(from: text.startIndex, to: $0.end))" }
                == QuestionParts.announcedCountReference(in: [text]).map { "\($0.count) \(text.utf8.distance(from: text.startIndex, to: $0.end))" },
            "\(text.prefix(60))", sourceLocation: sourceLocation)
        if text.isWholeCharactersOnly {
            #expect(text.count == text.unicodeScalars.count, "\(text.prefix(60))", sourceLocation: sourceLocation)
        }
    }

    /// A marker as ordinal, words, paragraph, UTF-8 offsets of its start and its content, and whether it closes a
    /// sentence.
    static func describe(_ marker: QuestionParts.Marker, in paragraphs: [String]) -> String {
        let utf8 = paragraphs[marker.paragraph].utf8
        let offsets = [marker.start, marker.contentStart].map { utf8.distance(from: utf8.startIndex, to: $0) }
        return "\(marker.ordinal) \(marker.marker) \(marker.paragraph) \(offsets) \(marker.closesSentence)"
    }

    /// The language told on bytes against the reading on scalars.
    static func expectLanguage(of text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(ScriptLexicon.language(of: text[...]) == ScriptLexicon.languageReference(of: text[...]), "\(text.prefix(60))", sourceLocation: sourceLocation)
    }

    @Test func openingCountedOnScalarsIsThePrefixOfCharacters() {
        for text in ["", "abc", "a\u{301}bc", "ab\u{301}", "中文。", "e\r\nx", "x\u{200D}y", "🙂🙂", String(repeating: "a’", count: 50),
            "说\u{301}话", "話說", "a說\u{200D}話b", "鿿\u{FE0F}", "倀\r\n"] {
            for limit in 0...6 {
                #expect(FormatDetector.opening(of: text[...], characters: limit).utf8.count == text.prefix(limit).utf8.count, "\(text) \(limit)")
            }
        }
    }

    @Test func languageOnBytesIsTheReadingOnScalars() throws {
        let sample = ScriptLexicon.sampleScalars
        for text in try Self.paragraphs() + [
            "", "abc", "中文", "中文中文 abcdefghijklmnopq", "體體 abcdefgh", "𠀀𠀁𠀂 ab", "é中文", "🙂 文字", "说\u{301}话這們", "倀鿿䶿㐀", "這", "ab這",
            String(repeating: "a", count: sample - 1) + "中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文",
            String(repeating: "é", count: sample) + String(repeating: "a", count: 10), String(repeating: "文", count: sample / 4) + String(repeating: "a", count: sample),
        ] {
            Self.expectLanguage(of: text)
        }
    }

    @Test func labelOpeningOnBytesIsTheReadingOnScalars() throws {
        let cases = [
            "李华：", "李华（局长）：好", "我们认为，这样", "a:", "(x, y): z", "[00:01] Tom: hi", "e\u{301}\u{301}: x", "说：\r\n", "你好。\u{301}李：",
            String(repeating: "长", count: 40) + "：", String(repeating: "e\u{301}", count: 30) + ":", "“引号”：", "…—", "🙂🙂：",
        ]
        for text in try Self.paragraphs().prefix(300) + cases {
            Self.expectInlineLabelPrefilter(in: text, at: Self.everyPosition(text, upTo: 80))
        }
    }

    @Test func lowercaseShortcutTurnsDownNoLabel() {
        let cases = [
            "Thank you — it’s", "Ta\u{301}: it’s", "T\u{301}a: x’", "TOM: it’s", "TOM SMITH. it’s", "Tx’s: y", "The man: ’", "Tom\r\nx’",
            "X’a", "Q and A’s", "A great day’s", "MS. PSAKI: Hi’", "I think’", "Ta", "T a", "U.S. officials’", "J. Smith: hi’", "Ab\u{200D}c’",
            "I’m here", "MS. O’BRIEN: hi", "X\u{600}a: b", "T\u{600}a", "É: é", "T’a", "TOM — SMITH: hi", "Ta\u{301}b: c", "T\u{301}: a",
            "TOM’S “WORDS”: a", "Tom’\r\na", "T\u{1F1FA}a: b", "Ta\u{308}", "T\u{D4E}a: b", "TO\u{600}a: b",
            "MS. PSAKI:\u{A0} Good", "Q\u{A0} Thank you", "MR. O’BRIEN:\u{A0}hi", "JOSÉ DÍAZ: hola", "A\u{A0}Yes", "Q\u{A0}(Reuters): x",
            "SEN. DÍAZ.\u{A0}Yes", "MS. PSAKI:\u{A0}", "THE PRESIDENT:\u{A0}\u{301}x", "Q\u{A0}", "DR. FAUCI\u{A0}— yes", "MS. JEAN\u{2011}PIERRE: x",
        ]
        for text in cases {
            Self.expectPlainASCIIReadings(text)
            if LabelParser.lowercaseEndsTheLabel(text) { #expect(LabelParser.englishLabelReference(text) == nil, "\(text)") }
        }
    }

    @Test func asciiPrefixesAreWhatHasPrefixSays() throws {
        let cases = [
            "\u{212A}elvin", "\u{1FEF}\u{1FEF}\u{1FEF}", "\u{37E} x", "e\u{301}", ">\u{301} quote", "```swift", "\r\nx", "\r", "", "<p>", "<\u{301}p",
            "K", "k", "\u{FF1E}", "# h", "–-", "**b**", "|a|", "The\r\nx", "First,", "Firs", "\r", "\r\n", "a\r\nb", "a\rb", "K\u{212A}",
            "the\u{301} first", "The first", "The firstly", "Ke\u{301}", "首先，", "Number one", "the first\u{301}",
            "a\u{37E}", "x\u{1FEF}", "a\u{212A}", "中文", "é", "a中", "<中", "\u{300}", "a\u{300}", "\u{CD}", "\u{1E00}", "\u{2000}",
        ]
        for text in try Self.paragraphs() + cases {
            Self.expectASCIIPrefixes(of: text)
        }
    }

    @Test func articleOpeningsOnBytesAreTheReadingOnScalars() {
        for text in ["the first", "The", "the", "thee", "A ", "a", "an ", "My first", "my", "Our second", "ours", "our ", "Th\u{301}e ", "ｔhe ", ""] {
            Self.expectArticleOpenings(in: text, at: [text.startIndex])
            Self.expectArticleOpenings(in: "x " + text, at: Self.positions(in: "x " + text, after: " "))
        }
    }

    @Test func collapsedTextsAreReturnedAsCollapsingGivesThem() {
        let spaces = [" ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2009}", "\u{200B}", "\u{FEFF}", "\u{2028}", " \u{3000} "]
        let neighbours = ["a", "中", "’", "—", "é", "。", "", "\u{301}", "1", "가", "\u{20000}", "\u{2E7F}", "\u{2E80}", "ｱ"]
        for space in spaces {
            for before in neighbours {
                for after in neighbours {
                    for text in [before + space + after, "x" + before + space + after + "y", space + before + after, before + after + space] {
                        #expect(TextNormalization.collapse(text) == TextNormalization.collapseReference(text), "\(text.unicodeScalars.map(\.value))")
                    }
                }
            }
        }
        for text in ["", " ", "a", "a b", "a  b", "中 文", "中 a", "a 中", "It’s — fine.", "x\u{2026} y"] {
            #expect(TextNormalization.collapse(text) == TextNormalization.collapseReference(text), "\(text)")
        }
    }

    @Test func questionPartReadingsAreTheReadingsOnCharacters() throws {
        let cases = [
            "I have two questions. First, on Iran — what’s the plan? And secondly, on trade?", "The first one is logistical.",
            "First one on the budget, and the second one on the deal?", "THE FIRST ONE — and the Second one?",
            "Okay, so first, the vote. Then second, the bill?", "Two quick follow-ups: the first about tariffs and the second about taxes.",
            "第一个问题，关于关税。第二个问题，关于汇率？", "首先，请问…其次，…", "e\u{301}first, one? And se\u{301}cond",
            "ﬁrst one, and the ﬁrst one?", "And\u{301} first, x. So\u{200D} second, y?", "A\r\nFirst, x.\r\nSecond, y?",
            "Thirdé one? Fifth one.", "Just\u{3000}first, x；second，y？", "oK first, x. O\u{212A} second, y.",
            "I HAVE TWO QUESTIONS: FIRST, X. SECOND, Y?", "Three Follow-Ups, then.", "我有兩個問題：第一，關稅？第二，匯率？", "三个小问题。",
        ]
        for text in try Self.paragraphs() + cases {
            Self.expectQuestionParts(text)
            Self.expectQuestionParts("And " + text)
        }
    }

    /// A question mark found on bytes is one that stands as a character of its own.
    static func expectQuestionMarkOnBytes(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(RoleInference.asks(text) == text.contains { $0 == "?" || $0 == "？" }, "\(text.prefix(60))", sourceLocation: sourceLocation)
    }

    /// Whether a label is named in the blocks before it, on bytes for ASCII, against the reading on characters: for
    /// its first words as printed and in capitals, and for labels that are no word of it.
    /// A key joined by equals signs and a label that notes its short form, turned down on bytes, are read as the plain
    /// readings on characters read them.
    static func expectKeyTurndowns(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            LabelKey.equalsPairs(in: text)?.map { "\($0.label)=\($0.meaning)" } == LabelKey.equalsPairsReference(in: text)?.map { "\($0.label)=\($0.meaning)" },
            "\(text.prefix(60))", sourceLocation: sourceLocation)
        #expect(
            AbbreviatedLabel.split(text).map { "\($0)" } == AbbreviatedLabel.splitReference(text).map { "\($0)" },
            "\(text.prefix(60))", sourceLocation: sourceLocation)
    }

    @Test func keyTurndownsAreThePlainReadings() {
        for text in [
            "文中 Q = 主持人赵一禾，A = 博士后林栖。", "林正宏（以下簡稱林）：我要先說清楚。", "Jane (hereafter JS): Hi", "a＝b，c＝d", "", "（", "é(", "成本 = 三元",
            // Keys joined by 为, and 为 inside words, at the start, after blanks and brackets.
            "（以下 Q 为媒体提问，李为制作人李牧之，赵为主策划赵一帆）", "以下Q为记者，A为嘉宾林栖", "文中李为李牧之，赵为赵一帆。", "为", "李为", "，为，为",
            "因为天气原因，作为主办方我们认为推迟更好。", "Q 为 A 为", "（李为甲）（赵为乙）", "下李为甲，中赵为乙",
        ] {
            Self.expectKeyTurndowns(text)
        }
        #expect(AbbreviatedLabel.split("林正宏（以下簡稱林）：我要先說清楚。")?.short == "林")
        // The turndown looks for 稱 or 称: every note holds one.
        #expect(SpeakerLexicon.abbreviationNotes.allSatisfy { $0.contains("稱") || $0.contains("称") })
    }

    static func expectNamesInBlocks(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let blocks = [LabeledBlock(label: nil, text: text, block: Block(text: text))][...]
        let words = text.split(whereSeparator: { !$0.isLetter }).prefix(4).map(String.init)
        for label in words.flatMap({ [$0, $0.uppercased()] }) + ["Ray", "MR. RAY", "é", "ab", "x", "Q"] {
            #expect(
                LabelSequence.names(label, in: blocks) == LabelSequence.namesReference(label, in: blocks),
                "«\(label)» in «\(text.prefix(60))»", sourceLocation: sourceLocation)
        }
    }

    static func expectMarkdownStrip(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let stripped = MarkdownInline.strip(text[...])
        let reference = MarkdownInline.stripReference(text[...])
        #expect(stripped.text == reference.text && stripped.strongPrefix == reference.strongPrefix, "\(text.prefix(60))", sourceLocation: sourceLocation)
    }

    @Test func questionPartCharacterTestsAnswerAsCharacterDoes() {
        let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init).map(Character.init)
        for character in scalars + ["\r\n", "e\u{301}", ".\u{301}", " \u{301}", "，", "—", "…", "\u{85}", "\u{A0}"] {
            let ascii = character.asciiValue
            #expect(QuestionParts.isClausePunctuation(character, ascii: ascii) == QuestionParts.clausePunctuation.characters.contains(character), "\(character.unicodeScalars.map(\.value))")
            #expect(QuestionParts.isWhitespace(character, ascii: ascii) == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
            #expect(QuestionParts.isASCIILetter(ascii) == (character.isASCII && character.isLetter), "\(character.unicodeScalars.map(\.value))")
        }
    }

    @Test func namesInBlocksOnBytesAreTheReadingOnCharacters() {
        for text in Self.labelShapedTexts(count: 2_000) + [
            "we have Howard Ray.", "Rayburn spoke", "a Ray-ban", "RAY", "ray.", "Ray\r\nnext", "Ray\u{301} x", "Straße Ray", "x1ray2",
        ] {
            Self.expectNamesInBlocks(text)
        }
        for text in ["Why?", "Why?\u{301}", "为什么？", "为什么？\u{301}", "?", "no mark", "\u{301}?", "a ? b"] {
            Self.expectQuestionMarkOnBytes(text)
        }
    }

    @Test func markdownStripShortcutIsTheStripOnCharacters() {
        for text in Self.labelShapedTexts(count: 5_000) + ["plain words", "**Q** Why?", "a_b", "x &amp; y", "[a](b)", "e\u{301}*", "<br>", "!", "\\*",
            "[inaudible] words", "a * b", "__init__", "**", "*\u{301}*", "]\u{301}(", "] (x)", "[a]\u{301}(b)", "![x](y)", "a_\u{301}_b", "a\\b",
            "5 < 6", "[[a]](b)", "*a*", "_a_", "[a] (b)", "x](", "](", "**b", "b**",
            // The plain tail after the last markup byte: an escape takes the character after it.
            "a\\.bc", "a\\", "**a** b c", "x &amp; y z", "x &amp y; z", "[a](b) tail", "<br> tail", "**b**\u{301}x y", "\u{0600}*x y", "*\u{301}* x",
            "\\\u{301}x y", "__a__ b", "a __b__ c", "[a]\u{301}(b) c", "&#39;s words"] {
            Self.expectMarkdownStrip(text)
        }
    }

    /// A line the Markdown reader takes for a paragraph's text on its first visible byte is one every block test
    /// turns down.
    static func expectParagraphTextShortcut(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let line = text[...]
        guard MarkdownBlockReader.opensParagraphText(line) else { return }
        let trimmed = line.drop { $0 == " " }
        let opensBlock = line.unicodeScalars.allSatisfy(TextNormalization.isSpace) || trimmed.hasASCIIPrefix(">")
            || MarkdownBlockReader.headingLevel(trimmed) != nil || MarkdownBlockReader.startsHTMLBlock(trimmed)
            || MarkdownBlockReader.isThematicBreak(trimmed) || trimmed.hasASCIIPrefix("```") || trimmed.hasASCIIPrefix("~~~")
            || MarkdownBlockReader.bulletContent(trimmed) != nil || MarkdownBlockReader.isOrderedItem(trimmed) || trimmed.hasASCIIPrefix("|")
        #expect(!opensBlock, "\(text.prefix(60))", sourceLocation: sourceLocation)
    }

    /// Lines collapsed one by one and joined give what collapsing them joined by line breaks gives.
    static func expectJoinCollapsed(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let joined = TextNormalization.joinCollapsed(lines.map(TextNormalization.collapse))
        #expect(joined == TextNormalization.collapse(lines.joined(separator: "\n")), "\(lines.first?.prefix(60) ?? "")", sourceLocation: sourceLocation)
    }

    @Test func collapsedLinesJoinAsTheCollapsedParagraph() {
        let cases: [[String]] = [["中", "\u{200B}文"], ["a ", " b"], ["", "x"], ["  ", "中"], ["中 ", " 文"], ["—", "中"], ["\u{3000}中", "文\u{A0}"],
            ["a", "", "b"], ["中", "   ", "文"], ["\u{FEFF}"], [], ["a  b", "c\td"], ["中", "a", "文"], ["MS. PSAKI:  Good", "afternoon."], ["。", "，"]]
        for lines in cases { Self.expectJoinCollapsed(lines) }
        #expect(TextNormalization.joinCollapsed(["中", "文", "a", "b"]) == "中文 a b")
    }

    @Test func openingCountsCharactersPastMarks() {
        let texts = ["ab\u{301}c", "e\u{301}", "\u{301}x", "a\r\nb", "中\u{FE0F}文字", "abc", "", "👨‍👩‍👧 family", "a\u{600}b",
            "x\u{1F1FA}\u{1F1F8}y", "中文\u{301}", "a\r", "ab\u{301}\u{302}c", "a\u{301}b\u{301}c", "👍👍ab👍", "x\u{FE0F}y\u{FE0F}z",
            "\r\n\r\nab", "e\u{301}\u{FE0F}👍\u{1F3FD}x"]
        for text in texts {
            for limit in 0...7 {
                #expect(FormatDetector.opening(of: text[...], characters: limit).utf8.count == text.prefix(limit).utf8.count, "\(text) \(limit)")
            }
        }
    }

    @Test func markerStartBitsAreTheMarkerStartRule() {
        for byte in UInt8(0)..<0x80 {
            #expect(OrdinalMarkers.mayStart(withASCII: byte) == OrdinalMarkers.mayStart(withScalar: Unicode.Scalar(byte)), "\(byte)")
        }
        #expect(OrdinalMarkers.mayStart(withASCII: UInt8(ascii: "T")) && !OrdinalMarkers.mayStart(withASCII: UInt8(ascii: " ")))
    }

    @Test func paragraphTextShortcutSkipsNoBlock() {
        let blocks = ["  # Heading", "> quote", "<div>", "---", " * * *", "* item", "- item", "+ item", "1. item", "12) item", "| a | b |",
            "```swift", "~~~", "___", "", "   ", "\u{A0}", " \u{301}x", "#\u{301} x", "<br/>", "\u{3000}", " \u{3000} ", "\u{1FEF}\u{1FEF}\u{1FEF}"]
        let texts = ["Plain text", "  Indented text", "\"Quoted\"", "MS. PSAKI: Hi.", "(Laughter.)", "a", "主持人：好", "  —dash", "“Quoted”",
            "Q\u{A0}Why?", "é", "\u{FF1E} quote"]
        for text in blocks + texts { Self.expectParagraphTextShortcut(text) }
        #expect(texts.prefix(9).allSatisfy { MarkdownBlockReader.opensParagraphText($0[...]) })
        #expect(!blocks.contains { MarkdownBlockReader.opensParagraphText($0[...]) })
    }

    /// The label rules that read plain ASCII as bytes (``PlainASCII``) against the same rules on characters.
    static func expectPlainASCIIReadings(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let english = LabelParser.englishLabel(text)
        let englishReference = LabelParser.englishLabelReference(text)
        if LabelParser.lowercaseEndsTheLabel(text) { #expect(englishReference == nil, "\(text.prefix(60))", sourceLocation: sourceLocation) }
        #expect(english?.0 == englishReference?.0 && english?.rest == englishReference?.rest, "\(text.prefix(60))", sourceLocation: sourceLocation)
        let opening = text[...]
        #expect(CandidateReader.colonEnd(opening) == CandidateReader.colonEndReference(opening), "\(text.prefix(60))", sourceLocation: sourceLocation)
        let dash = CandidateReader.nameBeforeDash(opening)
        let dashReference = CandidateReader.nameBeforeDashReference(opening)
        #expect(
            dash?.name == dashReference?.name && dash?.rest == dashReference?.rest && dash?.script == dashReference?.script, "\(text.prefix(60))",
            sourceLocation: sourceLocation)
        #expect(LabelParser.isLatinName(text) == LabelParser.isLatinNameReference(text), "\(text.prefix(60))", sourceLocation: sourceLocation)
        #expect(PageFooter.isFooter(text) == PageFooter.isFooterReference(text), "\(text.prefix(60))", sourceLocation: sourceLocation)
        for position in Self.positions(in: text, after: " ").prefix(200) {
            let rest = text[position...]
            #expect(OrdinalMarkers.match(rest) == OrdinalMarkers.matchReference(rest), "\(rest.prefix(60))", sourceLocation: sourceLocation)
            // The point finder asks `turnsDown` of the whole rest of a paragraph before it cuts the window it reads.
            if OrdinalMarkers.turnsDown(rest.utf8) {
                #expect(OrdinalMarkers.matchReference(rest.prefix(PointExtractor.markerWindow)) == nil, "\(rest.prefix(60))", sourceLocation: sourceLocation)
            }
        }
        // Chinese markers open anywhere, not only after a space.
        for position in text.unicodeScalars.indices.filter({ !text.unicodeScalars[$0].isASCII && OrdinalMarkers.mayStart(withScalar: text.unicodeScalars[$0]) }).prefix(200) {
            let rest = text[position...]
            #expect(OrdinalMarkers.match(rest) == OrdinalMarkers.matchReference(rest), "\(rest.prefix(60))", sourceLocation: sourceLocation)
        }
        #expect(PointExtractor.markerPlaces(in: text) == PointExtractor.markerPlacesReference(in: text), "\(text.prefix(60))", sourceLocation: sourceLocation)
        let period = CandidateReader.capitalsBeforePeriod(opening)
        let periodReference = CandidateReader.capitalsBeforePeriodReference(opening)
        #expect(period?.0 == periodReference?.0 && period?.1 == periodReference?.1, "\(text.prefix(60))", sourceLocation: sourceLocation)
    }

    /// Label-shaped texts built from pieces that sit at the edges of the plain-ASCII reading: a CR, a combining
    /// mark or a long dash right after the window, colons and periods near its end.
    static func labelShapedTexts(count: Int) -> [String] {
        let pieces = ["MR. SMITH", "Mr. ", "Chairman ", "mr.", " (0:05)", "(https://x.y)", "(1:2)", "Q", "A", " ", ":", ".", " - ", " — ", "：", "\r\n", "\u{301}", "JANE", "Doe", "U.S.",
            "(Reuters)", "[1]", "10:30", "《财经》", "MS", "é", "\t", "\u{A0}", "SENIOR OFFICIAL", "?", ",", "x", "Q1", "COVID-19", "2",
            "Page ", "PAGE ", "- ", " -", "第", "页", "\u{3000}", " of ", "First", "first,", "Secondly,", "The ", "second ", "question",
            "And finally,", "One is ", "number two", "Lastly,", "ly", "the first time", "a second dose", "my first question",
            "THE ", "Our ", "final ", "The final point", "the  first", "A,", "Theory", "新华社记者", "（", "）", "。", "〈", "\u{2329}",
            "罗俊杰", "[00:05]", "Firstly,", "first of all,", "Number ", "one,", "One is ", "the first one is", "a second thing",
            "Finally ", "And lastly,", "Tenth", "Ten,", "final point", "first\u{301}", "’s", "-", "My ", "number", "follow-up", "。",
            "一", "二", "十", "是", "个", "個", "，", "、", "．", "些", "\u{FE0F}", "\u{200D}", "Jane Smith", "van ", "O'Neil", "–"]
        var generator = SplitMix64(seed: 42)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 1...18, using: &generator) { text += pieces.randomElement(using: &generator) ?? "" }
            return text
        }
    }

    @Test func plainASCIIReadingsAreTheReadingsOnCharacters() {
        for text in Self.labelShapedTexts(count: 20_000) { Self.expectPlainASCIIReadings(text) }
        // A window that ends right before a scalar that joins its last character is read on characters.
        let long = String(repeating: "A", count: LabelParser.maximumEnglishLabelLength + 1)
        for text in [long + "\u{301}: x", long + ":\u{301} x", "JANE DOE" + String(repeating: " ", count: 33) + "-\u{301} x"] {
            Self.expectPlainASCIIReadings(text)
        }
    }

    /// The first `limit` scalars' positions.
    static func everyPosition(_ text: String, upTo limit: Int) -> [String.Index] {
        Array(text.unicodeScalars.indices.prefix(limit))
    }

    /// The start, and each position right after one of `scalars`.
    static func positions(in text: String, after scalars: String) -> [String.Index] {
        let view = text.unicodeScalars
        var result = view.isEmpty ? [] : [view.startIndex]
        for index in view.indices where scalars.unicodeScalars.contains(view[index]) {
            let next = view.index(after: index)
            if next < view.endIndex { result.append(next) }
        }
        return result
    }

    static func expectOrdinalPrefilter(in text: String, at positions: [String.Index], sourceLocation: SourceLocation = #_sourceLocation) {
        for position in positions {
            let rest = Substring(text.unicodeScalars[position...])
            if OrdinalMarkers.match(rest.prefix(20)) != nil, let scalar = rest.unicodeScalars.first {
                #expect(OrdinalMarkers.mayStart(withScalar: scalar), "mayStart rejects \(rest.prefix(20))", sourceLocation: sourceLocation)
            }
        }
    }

    static func expectLabelCandidates(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let onScalars = LabelParser.chineseLabelCandidate(text)
        let onCharacters = LabelParser.chineseLabelCandidateOnCharacters(text)
        #expect(
            onScalars?.candidate == onCharacters?.candidate && onScalars?.consumed == onCharacters?.consumed, "\(text.prefix(50))",
            sourceLocation: sourceLocation)
    }

    static func expectLabelPrefilter(in text: String, offsets: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) {
        var rest = text[...]
        var checked = 0
        while !rest.isEmpty, checked < offsets {
            let window = String(rest.prefix(LabelParser.maximumChineseLabelLength + 2))
            if LabelParser.split(window, strongPrefix: nil) != nil {
                #expect(LabelParser.mayOpenLabel(window), "mayOpenLabel rejects \(window)", sourceLocation: sourceLocation)
            }
            rest = rest.dropFirst()
            checked += 1
        }
    }

    static func expectInlineLabelPrefilter(in text: String, at positions: [String.Index], sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = text.unicodeScalars
        for position in positions {
            #expect(
                LabelParser.mayOpenLabel(at: position, in: scalars) == LabelParser.mayOpenLabelReference(at: position, in: scalars),
                "\(text[position...].prefix(60))", sourceLocation: sourceLocation)
            let window = String(Substring(scalars[position...]).prefix(LabelParser.maximumChineseLabelLength + 2))
            if LabelParser.split(window, strongPrefix: nil) != nil {
                #expect(LabelParser.mayOpenLabel(at: position, in: scalars), "mayOpenLabel(at:) rejects \(window)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The byte search finds exactly where a few scalars are among the text's scalars.
    static func expectScalarSetSearch(in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let members = "。；：，\" 😀é"
        var expected: [Range<Int>] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if members.unicodeScalars.contains(scalar) { expected.append(offset..<(offset + width)) }
            offset += width
        }
        #expect(ScalarSet(members).occurrences(in: text) == expected, "\(text.prefix(40))", sourceLocation: sourceLocation)
    }

    @Test func labelCandidateOnScalarsIsTheCandidateOnCharacters() throws {
        let edges = ["罗俊杰：", "新华社记者（北京）：问", "e\u{301}：x", "主持人\r\n：好", "【王】：", "（未闭合：", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一：",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十：", "好，我：", "👨‍👩‍👧：x", "MS. PSAKI: Hi",
            // Read on bytes while ASCII: a mark or CR after the byte read, brackets around a colon, a colon past the window.
            "Q\u{301}: x", "Q:\u{301} x", "Jane\r\n: x", "Jane\r: x", "(a:b): x", "[Q] Jane: x", "We saw 5 cases.", "Well, I: x", "a)b: x",
            String(repeating: "a", count: LabelParser.maximumChineseLabelLength) + ": x",
            String(repeating: "a", count: LabelParser.maximumChineseLabelLength + 1) + ": x", "Jane Doe：x", "Jane é: x", ""]
        for text in try Self.paragraphs() + edges + Self.labelShapedTexts(count: 5_000) { Self.expectLabelCandidates(text) }
    }

    @Test func labelPrefilterNeverHidesALabel() throws {
        for text in try Self.paragraphs() { Self.expectLabelPrefilter(in: text, offsets: 300) }
    }

    /// The scalar test run inside paragraphs, at every scalar of every paragraph, against the full reader
    /// on the window the labeler reads there; marks that join a scalar to the one before must not fool it.
    @Test func inlineLabelPrefilterNeverHidesALabel() throws {
        let joined = ["好。新华社记者\u{301}：请问", "好。记者，\u{301}新华社：请问", "好。\r\n记者：请问", "好。（注，见下）记者："]
        for text in try Self.paragraphs().map({ String($0.prefix(400)) }) + joined {
            Self.expectInlineLabelPrefilter(in: text, at: Self.everyPosition(text, upTo: .max))
        }
    }

    @Test func scalarSetFindsEveryOccurrenceOnBytes() throws {
        for text in try Self.paragraphs().prefix(400) + ["😀。é\u{301}", "a \"b\"：", "", "。", "ΩΩ"] {
            Self.expectScalarSetSearch(in: text)
        }
    }

    @Test func literalSearchFindsWhatFoundationFinds() {
        let haystacks = ["工业和信息化部新闻发言人、运行监测协调局局长罗俊杰", "MS. PSAKI: Hello, hello.", "", "ab", "局长局长", "e\u{301}te"]
        let needles = ["局长", "发言人", "hello", "Hello", "l", "新闻局", "局长局长", "e", "te", "ab"]
        for haystack in haystacks {
            for needle in needles {
                let expected = haystack.range(of: needle).map { haystack.distance(from: haystack.startIndex, to: $0.lowerBound) }
                let found = haystack.literalRange(of: needle).map { haystack.distance(from: haystack.startIndex, to: $0.lowerBound) }
                #expect(found == expected, "\(needle) in \(haystack)")
                let expectedLast = haystack.range(of: needle, options: .backwards)
                    .map { haystack.distance(from: haystack.startIndex, to: $0.lowerBound) }
                let foundLast = haystack.literalRange(of: needle, backwards: true)
                    .map { haystack.distance(from: haystack.startIndex, to: $0.lowerBound) }
                #expect(foundLast == expectedLast, "last \(needle) in \(haystack)")
            }
        }
        #expect("一个方面、两个方面、三个方面".literalRanges(of: "个方面").count == 3)
    }

    @Test func literalReplacementReplacesWhatFoundationReplaces() {
        let texts = ["《人民日报》记者", "it''s ''quoted''", "a\u{A0}b\u{A0}", "&lt;p&gt;&amp;lt;", "", "no match", "'''"]
        let pairs = [("《", ""), ("''", "'"), ("\u{A0}", " "), ("&lt;", "<"), ("&amp;", "&"), ("x", "yy")]
        for text in texts {
            for (needle, replacement) in pairs {
                #expect(
                    text.replacingLiteral(needle, with: replacement) == text.replacingOccurrences(of: needle, with: replacement),
                    "\(needle) in \(text)")
            }
        }
    }

    @Test func characterSetTestMatchesContains() {
        let sets = ["。；：！？", ".;:?!", "，、》」”", "”\""]
        let characters: [Character] = ["。", ".", "a", "”", "\"", "e\u{301}", "，", "\r\n", "！"]
        for set in sets {
            for character in characters {
                #expect(character.isOne(of: set) == set.contains(character), "\(character) in \(set)")
            }
        }
    }

    @Test func boundedLengthIsTheCharacterCount() throws {
        let texts = try Self.paragraphs().prefix(400) + ["", "e\u{301}", "\r\n\r\n", "👨‍👩‍👧 family", "第一，e\u{301}"]
        for text in texts {
            for limit in [0, 1, 3, 24, 599, text.count - 1, text.count, text.count + 1] where limit >= 0 {
                #expect(text.length(atMost: limit) == (text.count <= limit ? text.count : nil), "\(limit): \(text.prefix(40))")
                #expect(text.hasLength(atMost: limit) == (text.count <= limit))
            }
            let paragraphs = text.split(separator: "。", omittingEmptySubsequences: false).map(String.init)
            let total = paragraphs.reduce(0) { $0 + $1.count }
            #expect(paragraphs.hasLength(atMost: total) && !paragraphs.hasLength(atMost: total - 1) || total == 0)
        }
    }

    /// The readings of the many-short-turns layout that take a shortcut on bytes, against their references, for one text.
    /// `thorough` adds more paragraph cuts, kept characters and letter limits; the corpus lines take the few that matter.
    static func expectShortTurnReadings(_ text: String, thorough: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(LabelSequence.isSpeech(text) == LabelSequence.isSpeechReference(text), "\(text.prefix(60))", sourceLocation: sourceLocation)
        // A turn of one paragraph, and of two cut at its middle character, where joining can make a CR LF.
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        let cuts = thorough ? [[text], [String(text[..<middle]), String(text[middle...])], [text, "", text]] : [[text]]
        for paragraphs in cuts {
            for keeping in [nil, "-", "'"] + (thorough ? [" ", "é", "\r\n"] : []) as [Character?] {
                #expect(
                    ExchangeBuilder.words(of: paragraphs, keeping: keeping) == ExchangeBuilder.wordsReference(of: paragraphs, keeping: keeping),
                    "\(paragraphs) keeping \(String(describing: keeping))", sourceLocation: sourceLocation)
            }
            for limit in thorough ? [0, 1, 2, 7, 8, 20, text.count - 1, text.count] : [8, 20] {
                #expect(
                    ExchangeBuilder.hasLetters(atMost: limit, paragraphs) == ExchangeBuilder.hasLettersReference(atMost: limit, paragraphs),
                    "\(limit) \(paragraphs)", sourceLocation: sourceLocation)
            }
        }
        for phrases in Self.phraseSets {
            #expect(phrases.containsAny(in: text) == phrases.containsAnyReference(in: text), "\(text.prefix(60))", sourceLocation: sourceLocation)
            guard thorough else { continue }
            let rest = text.dropFirst()
            #expect(phrases.containsAny(in: rest) == phrases.containsAnyReference(in: rest), "\(rest.prefix(60))", sourceLocation: sourceLocation)
        }
    }

    /// The phrase lists the parser searches for together, and a few that hold one-byte, empty and repeated phrases.
    static let phraseSets = [
        RoleInference.moderationPhrases, ExchangeBuilder.handOverPhrases, ExchangeBuilder.questionCues, ExchangeBuilder.closingPhrases,
        ExchangeBuilder.deflections,
        SelfIntroduction.introductionPhrases, SelfIntroduction.callingOnPhrases, PhraseSet(["?", "", "e", "e\u{301}", "ab", "ab", "\r", "\n"]),
        PhraseSet([]), PhraseSet([""]), PhraseSet(["\u{301}", "。", "好", "\r\n"]),
    ]

    /// Texts made of the phrases' own pieces: whole phrases, their halves, marks that join the character before, line
    /// ends that join, so that bytes match where characters do not.
    static func phraseShapedTexts(count: Int) -> [String] {
        var pieces = ["\u{301}", "\r", "\n", "\r\n", " ", "  ", "x", "É", "?", "？", "e", "好", "。", "Mm-hm.", "Uh-huh", "I'm", "-", "'", "1", "ß", "ǅ"]
        for phrases in Self.phraseSets {
            for phrase in phrases.phrases {
                pieces += [phrase, String(phrase.prefix(phrase.count / 2)), String(phrase.dropFirst(phrase.count / 2)), phrase.lowercased()]
            }
        }
        var generator = SplitMix64(seed: 7)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) { text += pieces.randomElement(using: &generator) ?? "" }
            return text
        }
    }

    /// Texts at the edges of the byte readings: a non-ASCII scalar right before, at and after the 200th scalar, after
    /// the twelfth letter, letters that are not ASCII, digits, addresses.
    static func shortTurnEdgeTexts() -> [String] {
        let twelve = "abcdefghijkl"
        return [
            "", "a", "ab", "a1", "ab12", "ab123", "1 2 3 ab", "http://example.com", "https://x.org/abc", "www.example.com",
            "é", "éé", "ée1", "1é2è3", "Straße", "第一个问题", "嗯", "a\u{301}b", "\u{301}ab", "Ⅻ ab", "٣٣ ab", "ab ٣٣٣",
            "It’s — “yes”…", "a\u{A0}b", "a\u{2019}\u{301}b", "a\u{200F}b", "a\u{2028}b", "a\u{2010}\u{2027}\u{2028}", "\u{A0}\u{301}ab",
            "\u{C2}ab", "ª ab", "—\u{200D}ab",
            twelve + "é", "é" + twelve, String(twelve.prefix(11)) + "é" + "1111111111111",
            String(repeating: "1", count: 199) + "é", String(repeating: "1", count: 200) + "é", String(repeating: "1", count: 201) + "ab",
            String(repeating: "1", count: 198) + "ab" + "é", String(repeating: " ", count: 199) + "ab", "We saw 2 cases.", "How many jobs by May 3?",
        ] + (0...9).flatMap { digit in ["ab\(digit)\(digit)\(digit)", "ab\(digit)\(digit)", "a\(digit)b\(digit)c"] }
            + ["@", "[", "`", "{", "/", ":", "Z", "z", "A", "a"].map { "\($0)\($0)x1" }
    }

    /// The label reader's first- and last-byte turndowns (a clock, a question number, a name alone) against the
    /// readings on characters they stand before, on the text and on each word's end of it.
    static func expectOpeningTurndowns(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var openings: [Substring] = [text[...]]
        if let space = text.firstIndex(of: " ") { openings.append(text[text.index(after: space)...]) }
        for opening in openings {
            #expect(Timestamp.leadingClock(opening).map { "\($0.clock)|\($0.rest)" } == Timestamp.leadingClockReference(opening).map { "\($0.clock)|\($0.rest)" },
                "\(opening.prefix(60))", sourceLocation: sourceLocation)
            #expect(QuestionNumber.leading(opening) == QuestionNumber.leadingReference(opening), "\(opening.prefix(60))", sourceLocation: sourceLocation)
            #expect(CandidateReader.nameAlone(opening).map { "\($0.text)|\($0.script)" } == CandidateReader.nameAloneReference(opening).map { "\($0.text)|\($0.script)" },
                "\(opening.prefix(60))", sourceLocation: sourceLocation)
            #expect(MetadataLines.fieldKey(String(opening)) == MetadataLines.fieldKeyReference(String(opening)), "\(opening.prefix(60))", sourceLocation: sourceLocation)
            #expect(SpeakerLexicon.roleLabel(String(opening)) == SpeakerLexicon.roleLabels[String(opening)], "\(opening.prefix(60))", sourceLocation: sourceLocation)
            #expect(NonSpeakerText.matches(String(opening)) == NonSpeakerText.matchesReference(String(opening)), "\(opening.prefix(60))", sourceLocation: sourceLocation)
            #expect(NonSpeakerText.endsWithStoryTag(String(opening)) == NonSpeakerText.endsWithStoryTagReference(String(opening)),
                "\(opening.prefix(60))", sourceLocation: sourceLocation)
        }
        #expect(ExchangeBuilder.endsBreakingOff(text) == ExchangeBuilder.endsBreakingOffReference(text), "\(text.suffix(60))", sourceLocation: sourceLocation)
    }

    /// Texts where a mark joins the byte a turndown reads, or a scalar outside ASCII stands before it.
    static func openingTurndownEdgeTexts() -> [String] {
        let marks = [".", "?", "!", ",", ";", ":", "[", "(", "0", "7", "A", "a", "*", " ", "\t"]
        let joiners = ["", "\u{301}", "\u{200D}", "\u{FE0F}"]
        var texts = ["", ".", "Powell", "Jane Q. Public", "Powell.", "Powell\u{301}.", "\u{0600}.", "é.", "e\u{301}.", "罗俊杰。", "罗俊杰.",
            "1:05 Welcome", "[00:00:05] Welcome", "(12:04) Yes", "10:30 is when", "1、问：", "（3）问：", "2. Q: What", "12.Q", "1\u{301}:00",
            "\u{037E}", "Powell\u{037E}", "John Smith (Leeds North) (Lab)", "PSAKI:", "Q:", "\r\n", "a\r\n.", "\u{FF08}1\u{FF09}",
            "DATE: 16 September 2014", "DATE: 16 September 2014.  ", "MNI TRANSCRIPT", "MNI TRANSCRIPT\u{301}", "é TRANSCRIPT",
            "MNI\u{301} POLICY", "MNI \u{301}POLICY", "TRANSCRIPT", " BRIEF", "BRIEF", "KEY: value.\u{301}", "KEY:  ", "KEY: 。", "主持人：好。", "主持人：", "Time: 10:", "時間：上午：", "Q:\u{301}", "KEY: value ：\u{301}"]
        // Every role word, and each with a mark that may join its first or last scalar; 﨑 (U+FA11) is a compatibility
        // ideograph, equal to no other.
        texts += SpeakerLexicon.roleLabels.keys.flatMap { [$0, $0 + "\u{301}", "\u{301}" + $0, "\u{FA11}" + $0] }
        for mark in marks {
            for joiner in joiners {
                texts += [mark + joiner + "1:00 x", "Jane" + mark + joiner, mark + joiner, "x" + joiner + mark, "\u{0600}" + mark + joiner]
            }
        }
        return texts
    }

    @Test func nonSpeakerPhrasesLeftOutOfASCIIEqualNoASCII() {
        for phrase in ["指出", "编者按", "出席", "問題要", "〈如下〉"] {
            #expect(!NonSpeakerText.Phrases.isFindableInASCII(phrase), "\(phrase)")
        }
        for phrase in ["K", "\u{212A}", "said", "\u{037E}", "é", "说K"] {
            #expect(NonSpeakerText.Phrases.isFindableInASCII(phrase), "\(phrase)")
        }
    }

    @Test func openingTurndownsAreTheReadingsOnCharacters() throws {
        for text in try Self.paragraphs() + Self.labelShapedTexts(count: 5_000) + Self.openingTurndownEdgeTexts() {
            Self.expectOpeningTurndowns(text)
        }
    }

    @Test func shortTurnReadingsOnBytesAreTheReadingsOnCharacters() throws {
        for text in try Self.paragraphs() + Self.labelShapedTexts(count: 5_000) + Self.shortTurnEdgeTexts() + Self.phraseShapedTexts(count: 10_000) {
            Self.expectShortTurnReadings(text, thorough: true)
        }
    }
}
