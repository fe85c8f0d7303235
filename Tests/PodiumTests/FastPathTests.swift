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
                if OrdinalMarkers.match(rest.prefix(20)) != nil {
                    #expect(OrdinalMarkers.mayStart(with: first), "mayStart rejects \(rest.prefix(20))")
                }
                rest = rest.dropFirst()
            }
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

    @Test func pointPrefilterChangesNoResult() throws {
        for text in try Self.paragraphs() {
            let paragraphs = [text]
            #expect(
                PointExtractor(paragraphs: paragraphs).extract() == PointExtractor(paragraphs: paragraphs, prefilter: false).extract(),
                "prefilter changes the points of \(text.prefix(60))")
        }
    }

    @Test func inlineLabelPrefilterNeverHidesALabel() throws {
        for text in try Self.paragraphs() where !LabelParser.mayOpenInlineLabel(in: text) {
            let characters = Array(text)
            for position in characters.indices.dropFirst() where "。？！?!”".contains(characters[position - 1]) {
                let window = String(characters[position..<min(characters.count, position + LabelParser.maximumChineseLabelLength + 2)])
                #expect(LabelParser.split(window, strongPrefix: nil) == nil, "an inline label hides in \(window)")
            }
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

    @Test func characterSetTestMatchesContains() {
        let sets = ["。；：！？", ".;:?!", "，、》」”", "”\""]
        let characters: [Character] = ["。", ".", "a", "”", "\"", "e\u{301}", "，", "\r\n", "！"]
        for set in sets {
            for character in characters {
                #expect(character.isOne(of: set) == set.contains(character), "\(character) in \(set)")
            }
        }
    }
}
