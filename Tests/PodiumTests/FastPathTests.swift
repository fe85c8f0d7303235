import Foundation
import Testing

@testable import Podium

/// The shortcuts hot loops take must never change a result: a prefilter may only skip positions where the
/// full reader finds nothing, and the byte search must find what Foundation's `range(of:)` finds.
@Suite struct FastPathTests {
    /// Paragraph texts from the samples and, when present, the shared corpus.
    static func paragraphs() throws -> [String] {
        var urls = TestSupport.files(under: TestSupport.samples)
        if let corpus = TestSupport.corpus { urls += TestSupport.files(under: corpus).prefix(12) }
        var texts: [String] = []
        for url in urls {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            texts += text.split(whereSeparator: \.isNewline).map(String.init)
        }
        texts += ["第一，", "一是加快", "（一）", "1. Item", "首先，", "The first question is", "Number two, we",
            "关于第一个问题，", "First, thanks", "And finally, one", "MS. PSAKI: Hi.", "新华社记者：请问", "Q Why?"]
        return texts
    }

    @Test func ordinalPrefilterNeverHidesAMarker() throws {
        for text in try Self.paragraphs() {
            var rest = text.prefix(600)
            while let first = rest.first {
                if OrdinalMarkers.match(rest.prefix(20)) != nil, let scalar = first.unicodeScalars.first {
                    #expect(OrdinalMarkers.mayStart(withScalar: scalar), "mayStart rejects \(rest.prefix(20))")
                }
                rest = rest.dropFirst()
            }
        }
    }

    @Test func labelCandidateOnScalarsIsTheCandidateOnCharacters() throws {
        let edges = ["罗俊杰：", "新华社记者（北京）：问", "e\u{301}：x", "主持人\r\n：好", "【王】：", "（未闭合：", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一：",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十：", "好，我：", "👨‍👩‍👧：x", "MS. PSAKI: Hi"]
        for text in try Self.paragraphs() + edges {
            let onScalars = LabelParser.chineseLabelCandidate(text)
            let onCharacters = LabelParser.chineseLabelCandidateOnCharacters(text)
            #expect(onScalars?.candidate == onCharacters?.candidate && onScalars?.consumed == onCharacters?.consumed, "\(text.prefix(50))")
        }
    }

    @Test func labelPrefilterNeverHidesALabel() throws {
        for text in try Self.paragraphs() {
            var rest = text[...]
            var checked = 0
            while !rest.isEmpty, checked < 300 {
                let window = String(rest.prefix(LabelParser.maximumChineseLabelLength + 2))
                if LabelParser.split(window, strongPrefix: nil) != nil {
                    #expect(LabelParser.mayOpenLabel(window), "mayOpenLabel rejects \(window)")
                }
                rest = rest.dropFirst()
                checked += 1
            }
        }
    }

    /// The scalar test run inside paragraphs, at every scalar of every paragraph, against the full reader
    /// on the window the labeler reads there; marks that join a scalar to the one before must not fool it.
    @Test func inlineLabelPrefilterNeverHidesALabel() throws {
        let joined = ["好。新华社记者\u{301}：请问", "好。记者，\u{301}新华社：请问", "好。\r\n记者：请问", "好。（注，见下）记者："]
        for text in try Self.paragraphs().map({ String($0.prefix(400)) }) + joined {
            let scalars = text.unicodeScalars
            var position = scalars.startIndex
            while position < scalars.endIndex {
                let rest = Substring(scalars[position...])
                let window = String(rest.prefix(LabelParser.maximumChineseLabelLength + 2))
                if LabelParser.split(window, strongPrefix: nil) != nil {
                    #expect(LabelParser.mayOpenLabel(at: position, in: scalars), "mayOpenLabel(at:) rejects \(window)")
                }
                scalars.formIndex(after: &position)
            }
        }
    }

    /// The byte search for a few scalars finds exactly where they are among the text's scalars.
    @Test func scalarSetFindsEveryOccurrenceOnBytes() throws {
        let set = ScalarSet("。；：，\" 😀é")
        for text in try Self.paragraphs().prefix(400) + ["😀。é\u{301}", "a \"b\"：", "", "。", "ΩΩ"] {
            var expected: [Range<Int>] = []
            var offset = 0
            for scalar in text.unicodeScalars {
                let width = UTF8.width(scalar)
                if "。；：，\" 😀é".unicodeScalars.contains(scalar) { expected.append(offset..<(offset + width)) }
                offset += width
            }
            #expect(set.occurrences(in: text) == expected, "\(text.prefix(40))")
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
}
