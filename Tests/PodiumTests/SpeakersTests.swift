import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// `podium speakers`: statements grouped by participant, and `--speaker` by any alias.
@Suite struct SpeakersTests {
    @Test func printsOnlyLuoJunjiesSixTurns() throws {
        let transcript = try TestSupport.seed()
        let markdown = transcript.statements(speaker: "罗俊杰")
        let counts = MarkdownCounts(markdown)
        #expect(counts.headings2 == 1)
        #expect(counts.headings3 == 6)
        #expect(markdown.contains("\n## 罗俊杰\n"))
        #expect(!markdown.contains("## 赵志国"))
        #expect(!markdown.contains("邢慧娜"))
        // Every paragraph of his, none of anyone else's.
        for turn in transcript.turns {
            for paragraph in turn.paragraphs {
                #expect(markdown.contains(MarkdownEscaper.paragraph(paragraph)) == (turn.speaker == "p2"))
            }
        }
        let lines = transcript.statements(speaker: "罗俊杰", format: .jsonl).split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.contains("\"name\":\"罗俊杰\"") })
    }

    @Test(arguments: ["罗俊杰", "工业和信息化部新闻发言人、运行监测协调局局长罗俊杰", " 罗俊杰：", "p2"])
    func matchesAnyAlias(query: String) throws {
        let transcript = try TestSupport.seed()
        #expect(transcript.participants(matching: query).map(\.id) == ["p2"])
    }

    @Test func matchesEnglishLabelsIgnoringCase() throws {
        let transcript = try TestSupport.sampleTranscript("en_briefing_q_labels.txt")
        #expect(transcript.participants(matching: "mr. hartley").count == 1)
        #expect(transcript.participants(matching: "Hartley").count == 1)
        #expect(transcript.participants(matching: "nobody").isEmpty)
        #expect(transcript.statements(speaker: "nobody", format: .jsonl).isEmpty)
    }

    @Test func groupsEveryParticipantInOrder() throws {
        let transcript = try TestSupport.seed()
        let markdown = transcript.statements()
        #expect(MarkdownCounts(markdown).headings2 == transcript.participants.count)
        #expect(MarkdownCounts(markdown).headings3 == transcript.turns.count)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(transcript.statements(format: .json).utf8)) as? [String: Any])
        let speakers = try #require(json["speakers"] as? [[String: Any]])
        #expect(speakers.compactMap { $0["speaker"] as? String } == transcript.participants.map(\.id))
        let statements = speakers.flatMap { ($0["statements"] as? [[String: Any]]) ?? [] }
        #expect(statements.count == transcript.turns.count)
        let luo = try #require(speakers.first { $0["name"] as? String == "罗俊杰" })
        let kinds = (luo["statements"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(kinds == ["statement", "answer", "answer", "answer", "answer", "answer"])
        let exchanges = (luo["statements"] as? [[String: Any]])?.map { $0["exchange"] as? Int }
        #expect(exchanges == [nil, 1, 2, 4, 6, 7])
    }

    @Test func textFormatNumbersTurns() throws {
        let text = try TestSupport.seed().statements(speaker: "赵志国", format: .text)
        #expect(text.hasPrefix("赵志国 · 发布人 · 工业和信息化部新闻发言人、信息通信管理局局长\n"))
        #expect(text.contains("\n[1] 回答 Q3\n"))
        #expect(text.contains("\n[3] 回答 Q8\n"))
        #expect(!text.contains("[4]"))
    }

    @Test(arguments: TestSupport.sampleNames)
    func matchesSnapshot(sample: String) throws {
        let transcript = try TestSupport.sampleTranscript(sample)
        Snapshots.library.expect(transcript.statements(), matches: Snapshots.name("speakers", sample, ".md"))
    }

    @Test func otherFormatsMatchSnapshots() throws {
        let transcript = try TestSupport.seed()
        let seed = TestSupport.seedName
        Snapshots.library.expect(transcript.statements(speaker: "罗俊杰"), matches: Snapshots.name("speakers", seed, ".luo.md"))
        Snapshots.library.expect(transcript.statements(format: .json), matches: Snapshots.name("speakers", seed, ".json"))
        Snapshots.library.expect(transcript.statements(format: .jsonl), matches: Snapshots.name("speakers", seed, ".jsonl"))
        Snapshots.library.expect(transcript.statements(format: .text), matches: Snapshots.name("speakers", seed, ".txt"))
    }
}
