import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Transcripts exported as tables: a transcription tool's CSV or TSV, a spreadsheet's tab-separated rows, a Markdown
/// table. A row is a turn of the speaker its speaker cell names; the header, separators and quoting are layout.
@Suite("Tables")
struct TableTests {
    private func labels(_ transcript: Transcript) -> [String?] {
        transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
    }

    private func expectNoLoss(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))", sourceLocation: sourceLocation)
    }

    @Test func aCSVExportWithAHeaderIsATurnARow() throws {
        let text = """
            Speaker Name,Start Time,End Time,Transcript
            Jane Smith,00:00:03,00:00:09,"Good morning, everyone.

            We will start with the numbers."
            Tom Reed,00:00:09,00:01:10,"Thanks, Jane. The ""general fund"" grows by three percent."
            Ana Lopez,00:01:12,00:01:19,"Will the parks budget be cut?"
            ,00:01:19,00:01:20,"And the library hours?"
            Tom Reed,00:01:20,00:01:40,"No. Both stay level."
            """
        let transcript = try TestSupport.parse(text)
        #expect(labels(transcript) == ["Jane Smith", "Tom Reed", "Ana Lopez", "Tom Reed"])
        #expect(transcript.turns.map(\.time) == ["00:00:03", "00:00:09", "00:01:12", "00:01:20"])
        // A quoted cell keeps its paragraphs and its quotation marks; a row with no speaker goes on with the turn before.
        #expect(transcript.turns[0].paragraphs == ["Good morning, everyone.", "We will start with the numbers."])
        #expect(transcript.turns[1].paragraphs == ["Thanks, Jane. The \"general fund\" grows by three percent."])
        #expect(transcript.turns[2].paragraphs == ["Will the parks budget be cut?", "And the library hours?"])
        #expect(transcript.exchanges.map(\.question) == [2])
        try expectNoLoss(text)
    }

    @Test func aTabSeparatedTableNeedsNoHeaderWhenItsCellsTellTheColumns() throws {
        let rows = [
            ("Jane Smith", "Good morning, everyone. Thank you for coming."),
            ("Tom Reed", "Thanks, Jane. The general fund grows by three percent this year."),
            ("Ana Lopez", "Will the parks budget be cut?"),
            ("Tom Reed", "No. The parks budget stays level, and we add two rangers."),
        ]
        let plain = rows.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n")
        #expect(labels(try TestSupport.parse(plain)) == ["Jane Smith", "Tom Reed", "Ana Lopez", "Tom Reed"])
        // A clock column before the names is the turns' time.
        let clocked = zip(["00:00:03", "00:00:09", "00:01:12", "00:01:20"], rows).map { "\($0)\t\($1.0)\t\($1.1)" }
        let transcript = try TestSupport.parse(clocked.joined(separator: "\n"))
        #expect(labels(transcript) == ["Jane Smith", "Tom Reed", "Ana Lopez", "Tom Reed"])
        #expect(transcript.turns.map(\.time) == ["00:00:03", "00:00:09", "00:01:12", "00:01:20"])
        try expectNoLoss(plain)
    }

    /// WhisperX writes `start`, `end`, `speaker`, `text`, and pyannote's speakers are `SPEAKER_00`, `SPEAKER_01`.
    @Test func aDiarizedTableNamesItsSpeakersByNumber() throws {
        let text = """
            start\tend\tspeaker\ttext
            0.031\t3.52\tSPEAKER_00\tGood morning and welcome to the call.
            3.6\t9.1\tSPEAKER_01\tThanks. Revenue grew nine percent this quarter.
            9.2\t12.0\tSPEAKER_02\tCan you say more about margins?
            12.1\t18.5\tSPEAKER_01\tMargins were flat, as we guided.
            """
        let transcript = try TestSupport.parse(text)
        #expect(labels(transcript) == ["SPEAKER_00", "SPEAKER_01", "SPEAKER_02", "SPEAKER_01"])
        #expect(transcript.turns.first?.time == "0.031")
        #expect(transcript.exchanges.map(\.answers) == [[3]])
        // Printed as labels in plain text, the same speakers are read as well.
        let printed = "SPEAKER_00: Good morning and welcome.\n\nSPEAKER_01: Revenue grew.\n\nSPEAKER_02: And margins?\n\nSPEAKER_01: Flat."
        let plain = try TestSupport.parse(printed)
        #expect(labels(plain) == ["SPEAKER_00", "SPEAKER_01", "SPEAKER_02", "SPEAKER_01"])
    }

    @Test func aMarkdownTableOfWhoSaysWhatIsATurnARow() throws {
        let text = """
            # 2024年一季度业绩说明会

            | 发言人 | 内容 |
            | --- | --- |
            | 主持人 | 各位投资者下午好，欢迎参加业绩说明会。 |
            | 董事长 陈建国 | 一季度公司实现营业收入18.6亿元，同比增长12.4%。 |
            | 投资者 | 请问海外订单的毛利率和国内相比如何？ |
            | 董事长 陈建国 | 海外订单毛利率比国内高约五个百分点。 |

            （以上内容根据现场记录整理）
            """
        let transcript = try TestSupport.parse(text)
        #expect(labels(transcript) == ["主持人", "董事长陈建国", "投资者", "董事长陈建国"])
        #expect(transcript.exchanges.map(\.answers) == [[3]])
        try expectNoLoss(text)
        // A table of anything else stays text, row by row.
        let prices = "| Item | Price |\n| --- | --- |\n| Tea | 3 |\n| Coffee | 4 |\n| Cake | 5 |\n\nJANE SMITH: Hello.\n\nTOM REED: Hi.\n\nJANE SMITH: Bye."
        let other = try TestSupport.parse(prices)
        #expect(!other.participants.contains { $0.label == "Tea" })
        try expectNoLoss(prices)
    }

    /// Prose with a comma in every line, a roster of names and titles, and a table whose columns are not all
    /// speaker, words and times are not read as tables: nothing is dropped as layout.
    @Test func whatIsNotATableOfSpeechStaysText() throws {
        let prose = """
            JANE SMITH: Good morning, everyone, and welcome.
            TOM REED: Thanks, Jane, the fund grows.
            JANE SMITH: Questions, then, please.
            """
        #expect(labels(try TestSupport.parse(prose)) == ["JANE SMITH", "TOM REED", "JANE SMITH"])
        let roster = "Jane Smith, Mayor\nTom Reed, Treasurer\nAna Lopez, Daily News\n\nJANE SMITH: Welcome.\n\nTOM REED: Thanks."
        #expect(DelimitedTable(body: roster[...]) == nil)
        let unknownColumn = "Speaker,Sentiment,Text\nJane,positive,Hello there.\nTom,neutral,Hi.\nJane,positive,Bye."
        #expect(DelimitedTable(body: unknownColumn[...]) == nil)
        try expectNoLoss(unknownColumn)
        // Names that never recur are no speaker column: a list of terms and their meanings.
        let glossary = "CPI\tConsumer price index\nPCE\tPersonal consumption expenditures\nFOMC\tFederal Open Market Committee"
        #expect(DelimitedTable(body: glossary[...]) == nil)
        // A quotation never closed is no table.
        #expect(DelimitedTable(body: "Speaker,Text\nJane,Hello.\nTom,Hi.\nJane,Bye.\nTom,\"And then"[...]) == nil)
        // Without a header, commas are read as prose's: `Well, …` is no speaker, however often it opens a line.
        let replies = "Well, I think so.\nYes, we did.\nWell, maybe not.\nYes, that is right."
        #expect(DelimitedTable(body: replies[...]) == nil)
    }
}
