import Foundation
import PropertyBased
import Testing

@testable import Podium

/// Random sequences of labels and paragraphs: every turn and every sentence survives parsing,
/// in every input shape, and survives parse → Markdown → parse.
@Suite("Properties")
struct PropertyTests {
    struct Speaker: Sendable {
        var label: String
        var key: String
    }

    static let chineseSpeakers = [
        Speaker(label: "主持人", key: "moderator"),
        Speaker(label: "新华社记者", key: "xinhua"),
        Speaker(label: "人民日报记者", key: "renmin"),
        Speaker(label: "省交通运输厅副厅长张明远", key: "zhang"),
        Speaker(label: "市统计局局长李华", key: "li"),
    ]
    static let chineseWords = ["今年", "经济", "运行", "总体", "平稳", "我们", "将", "继续", "推进", "改革", "发展", "工作", "取得", "积极", "成效", "企业", "服务", "城市", "交通", "建设"]

    static let englishSpeakers = [
        Speaker(label: "MR. HARTLEY", key: "hartley"),
        Speaker(label: "MS. PSAKI", key: "psaki"),
        Speaker(label: "SECRETARY BLINKEN", key: "blinken"),
    ]
    static let englishWords = ["the", "economy", "grew", "steadily", "we", "will", "keep", "working", "on", "jobs", "and", "roads", "this", "year", "people", "expect", "results"]

    struct Turn: Sendable, CustomStringConvertible {
        var speaker: Int
        var paragraphs: [String]
        var description: String { "\(speaker): \(paragraphs)" }
    }

    static func sentence(_ words: [String], english: Bool) -> Generator<String, some SendableSequenceType> {
        Gen<String?>.element(of: words).compactMap { $0 }.array(of: 2...8).map { picked -> String in
            if english {
                let text = picked.joined(separator: " ")
                return text.prefix(1).uppercased() + text.dropFirst() + "."
            }
            return picked.joined() + "。"
        }
    }

    static func turns(speakers: Int, words: [String], english: Bool) -> Generator<[Turn], some SendableSequenceType> {
        let paragraph = sentence(words, english: english).array(of: 1...3).map { $0.joined(separator: english ? " " : "") }
        let turn = zip(Gen.int(in: 0...(speakers - 1)), paragraph.array(of: 1...3)).map { Turn(speaker: $0, paragraphs: $1) }
        return turn.array(of: 1...10)
    }

    /// What the parser should find: consecutive turns of one speaker merged.
    static func expected(_ turns: [Turn]) -> [Turn] {
        var merged: [Turn] = []
        for turn in turns {
            if let last = merged.last, last.speaker == turn.speaker {
                merged[merged.count - 1].paragraphs += turn.paragraphs
            } else {
                merged.append(turn)
            }
        }
        return merged
    }

    enum Shape: CaseIterable, Sendable { case inlineText, markdownHeadings, html }

    static func render(_ turns: [Turn], speakers: [Speaker], shape: Shape, english: Bool) -> String {
        let colon = english ? ":" : "："
        switch shape {
        case .inlineText:
            return turns.map { turn in
                ([speakers[turn.speaker].label + colon + (english ? "  " : "") + turn.paragraphs[0]] + turn.paragraphs.dropFirst())
                    .joined(separator: "\n\n")
            }.joined(separator: "\n\n") + "\n"
        case .markdownHeadings:
            return turns.map { turn in
                (["### " + speakers[turn.speaker].label + colon] + turn.paragraphs).joined(separator: "\n\n")
            }.joined(separator: "\n\n") + "\n"
        case .html:
            return "<html><body>" + turns.map { turn in
                "<p><strong>" + speakers[turn.speaker].label + colon + "</strong></p>"
                    + turn.paragraphs.map { "<p>" + $0 + "</p>" }.joined()
            }.joined() + "</body></html>"
        }
    }

    static func check(_ turns: [Turn], speakers: [Speaker], shape: Shape, english: Bool) {
        let text = render(turns, speakers: speakers, shape: shape, english: english)
        let want = expected(turns)
        do {
            let transcript = try Transcript(parsing: Data(text.utf8))
            #expect(transcript.turns.map(\.paragraphs) == want.map(\.paragraphs), "\(shape)\n\(text)")
            // One participant per speaker, and each turn given to its own speaker.
            var owner: [String: Int] = [:]
            for (turn, wanted) in zip(transcript.turns, want) {
                if let seen = owner[turn.speaker] { #expect(seen == wanted.speaker, "\(shape)\n\(text)") }
                owner[turn.speaker] = wanted.speaker
            }
            #expect(Set(owner.values).count == owner.count)
            #expect(TextCoverage.check(text: text, transcript: transcript).isComplete, "\(shape)\n\(text)")

            // parse → Markdown → parse keeps every turn and paragraph.
            let again = try Transcript(parsing: Data(transcript.markdown().utf8))
            #expect(again.turns.map(\.paragraphs) == want.map(\.paragraphs), "markdown of \(shape)\n\(transcript.markdown())")
        } catch {
            Issue.record("\(shape): \(error)\n\(text)")
        }
    }

    @Test func chineseTurnsSurviveEveryShape() async {
        await propertyCheck(count: 60, input: Self.turns(speakers: Self.chineseSpeakers.count, words: Self.chineseWords, english: false)) { turns in
            for shape in Shape.allCases { Self.check(turns, speakers: Self.chineseSpeakers, shape: shape, english: false) }
        }
    }

    @Test func englishTurnsSurviveEveryShape() async {
        await propertyCheck(count: 60, input: Self.turns(speakers: Self.englishSpeakers.count, words: Self.englishWords, english: true)) { turns in
            for shape in Shape.allCases { Self.check(turns, speakers: Self.englishSpeakers, shape: shape, english: true) }
        }
    }

    /// What holds of any transcript: turns numbered in order, each with words and a known speaker, one id
    /// per participant, exchanges pointing forward at turns that exist and naming each answerer once, in
    /// order, and JSON that reads back the same.
    static func expectWellFormed(_ transcript: Transcript, _ text: String) {
        let context = Comment(rawValue: text.debugDescription)
        #expect(transcript.turns.map(\.index) == Array(transcript.turns.indices), context)
        let ids = transcript.participants.map(\.id)
        #expect(Set(ids).count == ids.count, context)
        #expect(transcript.turns.allSatisfy { ids.contains($0.speaker) && !$0.paragraphs.isEmpty }, context)
        for exchange in transcript.exchanges {
            #expect(transcript.turns.indices.contains(exchange.question), context)
            #expect(!exchange.answers.isEmpty && exchange.answers.allSatisfy { $0 > exchange.question && $0 < transcript.turns.count }, context)
            var answerers: [String] = []
            for index in exchange.answers where transcript.turns.indices.contains(index) && !answerers.contains(transcript.turns[index].speaker) {
                answerers.append(transcript.turns[index].speaker)
            }
            #expect(exchange.answerers == answerers, context)
        }
        #expect((try? JSONDecoder().decode(Transcript.self, from: Data(transcript.jsonString().utf8))) == transcript, context)
    }

    @Test func arbitraryTextNeverTraps() async {
        let alphabet = Array("主持人记者：:。？！\n\n<>/p*#- Q答问（）()一是二是第一1.、MS. PSAKI&nbsp;\u{3000}\r")
        let text = Gen<Character?>.element(of: alphabet).compactMap { $0 }.array(of: 0...400).map { String($0) }
        await propertyCheck(count: 300, input: text) { text in
            do {
                let coverage = try TextCoverage(checking: Data(text.utf8))
                Self.expectWellFormed(coverage.transcript, text)
            } catch {
                #expect((error as? PodiumError) == .emptyDocument)
            }
        }
    }
}
