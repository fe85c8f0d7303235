import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// `podium qa`: the Q&A pairs as Markdown, JSON, JSON Lines and RFC 4180 CSV.
@Suite struct QATests {
    @Test func csvHasEightRowsInOrder() throws {
        let transcript = try TestSupport.seed()
        let csv = transcript.questionsAndAnswers(format: .csv)
        let records = CSVReader.records(csv)
        #expect(records.first == ["index", "asker", "outlet", "question", "answerers", "answer", "status", "parts"])
        let rows = Array(records.dropFirst())
        #expect(rows.count == 8)
        #expect(rows.map { $0.first ?? "" } == (1...8).map(String.init))
        #expect(rows.map { $0.count > 2 ? $0[2] : "" } == BriefingTests.outlets)
        #expect(rows.map { $0.count > 4 ? $0[4] : "" } == ["罗俊杰", "罗俊杰", "赵志国", "罗俊杰", "赵志国", "罗俊杰", "罗俊杰", "赵志国"])
        for (row, exchange) in zip(rows, transcript.exchanges) where row.count == 8 {
            #expect(row[3] == transcript.turns[exchange.question].paragraphs.joined(separator: "\n"))
            #expect(row[5] == exchange.answers.flatMap { transcript.turns[$0].paragraphs }.joined(separator: "\n"))
        }
    }

    @Test func csvQuotesAsRFC4180() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field(" padded") == "\" padded\"")
        var writer = CSVWriter()
        writer.row(["a", "b,c"])
        writer.row(["", "\"q\""])
        #expect(writer.output == "a,\"b,c\"\r\n,\"\"\"q\"\"\"\r\n")
        #expect(CSVReader.records(writer.output) == [["a", "b,c"], ["", "\"q\""]])
    }

    @Test func byteOrderMarkOnRequest() throws {
        let transcript = try TestSupport.seed()
        #expect(transcript.questionsAndAnswers(format: .csv, byteOrderMark: true).hasPrefix("\u{FEFF}index,"))
        #expect(transcript.questionsAndAnswers(format: .csv).hasPrefix("index,"))
        #expect(Array(transcript.questionsAndAnswers(format: .csv, byteOrderMark: true).utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func severalAnswerersAreNamedInTheAnswer() throws {
        let transcript = try TestSupport.sampleTranscript("zh_plain_inline_labels.txt")
        let rows = CSVReader.records(transcript.questionsAndAnswers(format: .csv)).dropFirst()
        let shared = try #require(rows.first { $0.count == 8 && $0[4].contains(";") })
        #expect(shared[4] == "张明远; 刘静")
        #expect(shared[5].hasPrefix("张明远："))
        #expect(shared[5].contains("\n\n刘静："))
    }

    @Test func jsonAndJSONLinesCarryTheSamePairs() throws {
        let transcript = try TestSupport.seed()
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(transcript.questionsAndAnswers(format: .json).utf8)) as? [String: Any])
        let exchanges = try #require(json["exchanges"] as? [[String: Any]])
        #expect(exchanges.count == 8)
        #expect(exchanges.compactMap { $0["index"] as? Int } == Array(1...8))
        let lines = transcript.questionsAndAnswers(format: .jsonl).split(separator: "\n")
        #expect(lines.count == 8)
        for (line, exchange) in zip(lines, transcript.exchanges) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let question = object["question"] as? [String: Any]
            #expect(question?["turn"] as? Int == exchange.question)
            let asker = object["asker"] as? [String: Any]
            #expect(asker?["speaker"] as? String == exchange.asker)
        }
    }

    @Test func markdownQuotesEachQuestionAndGivesAnswersInFull() throws {
        let transcript = try TestSupport.seed()
        let markdown = transcript.questionsAndAnswers()
        let counts = MarkdownCounts(markdown)
        #expect(counts.headings2 == 8)
        #expect(counts.blockquotes == 8)
        for exchange in transcript.exchanges {
            for turn in [exchange.question] + exchange.answers {
                for paragraph in transcript.turns[turn].paragraphs {
                    #expect(markdown.contains(MarkdownEscaper.paragraph(paragraph)))
                }
            }
        }
    }

    @Test(arguments: TestSupport.sampleNames)
    func matchesSnapshot(sample: String) throws {
        let transcript = try TestSupport.sampleTranscript(sample)
        Snapshots.library.expect(transcript.questionsAndAnswers(), matches: Snapshots.name("qa", sample, ".md"))
        Snapshots.library.expect(transcript.questionsAndAnswers(format: .csv), matches: Snapshots.name("qa", sample, ".csv"))
    }

    @Test func jsonFormatsMatchSnapshots() throws {
        let transcript = try TestSupport.seed()
        let seed = TestSupport.seedName
        Snapshots.library.expect(transcript.questionsAndAnswers(format: .json), matches: Snapshots.name("qa", seed, ".json"))
        Snapshots.library.expect(transcript.questionsAndAnswers(format: .jsonl), matches: Snapshots.name("qa", seed, ".jsonl"))
    }
}
