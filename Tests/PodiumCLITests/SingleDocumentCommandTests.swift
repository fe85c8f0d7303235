import Foundation
import Podium
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// `brief`, `speakers`, `qa` and `parse --format markdown` on one document: the command writes what the
/// library renders with the options it was given.
@Suite("brief, speakers, qa and parse on one document")
struct SingleDocumentCommandTests {
    static let seedPath = TestSupport.sampleURL(TestSupport.seedName).path

    @Test func briefWritesTheLibrarysBriefing() throws {
        let plain = try CommandRun.written(["brief", Self.seedPath])
        #expect(plain.status == 0)
        #expect(plain.text == (try TestSupport.seed().briefing()))
        let full = try CommandRun.written(["brief", Self.seedPath, "--full", "--lang", "en"])
        #expect(full.text == (try TestSupport.seed().briefing(BriefingOptions(language: .english, includesFullAnswers: true))))
    }

    @Test func briefWritesHTMLAndKeepsNSentences() throws {
        let html = try CommandRun.written(["brief", "--format", "html", Self.seedPath])
        #expect(html.status == 0)
        #expect(html.text == (try TestSupport.seed().htmlBriefing(BriefingOptions(fileName: Self.seedPath))))
        let one = try CommandRun.written(["brief", "--sentences", "1", Self.seedPath])
        #expect(one.text == (try TestSupport.seed().briefing(BriefingOptions(answerSentences: 1))))
        #expect(one.text.count < (try TestSupport.seed().briefing()).count)
    }

    @Test func speakerFindsAFullNameFromTheTitle() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("people.txt", TestTexts.titledEnglishBriefing)
        for query in ["Dana Whitfield", "whitfield", "MS. WHITFIELD"] {
            let result = try CommandRun.written(["speakers", file, "--speaker", query])
            #expect(result.status == 0, "\(query)")
            #expect(result.text.contains("The ferry fare is frozen until 2027."))
            #expect(!result.text.contains("Our teams are in three counties."))
        }
        let unknown = CommandRun(["speakers", file, "--speaker", "Nobody Here", "-o", folder.path("out")])
        #expect(unknown.status == 64)
        #expect(unknown.message.contains("Dana Whitfield, Luis Ortega"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func speakersPrintsOnlyTheNamedSpeaker() throws {
        let result = try CommandRun.written(["speakers", Self.seedPath, "--speaker", "罗俊杰", "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.text.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.contains("\"speaker\":\"p2\"") })
        let unknown = CommandRun(["speakers", Self.seedPath, "--speaker", "张三"])
        #expect(unknown.status == 64)
        #expect(unknown.message.contains("张三"))
    }

    @Test func qaWritesCSVWithAByteOrderMark() throws {
        let result = try CommandRun.written(["qa", Self.seedPath, "--format", "csv", "--bom"])
        #expect(result.status == 0)
        #expect(result.text.hasPrefix("\u{FEFF}index,asker,outlet,question,answerers,answer,status,parts\r\n"))
        #expect(CSVReader.records(result.text).count == 9)
    }

    @Test func parseWritesMarkdown() throws {
        let result = try CommandRun.written(["parse", Self.seedPath, "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.text == (try TestSupport.seed().markdown()))
    }

    /// Every gold document of the shared corpus goes through every command; `brief --full` writes the
    /// library's full briefing. (The renderings themselves are checked on these documents by the library's
    /// BriefingCorpusTests.)
    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"), arguments: GoldDocuments.sharedDocuments)
    func commandsWorkOnTheGoldDocuments(document: GoldDocument) throws {
        let path = try #require(document.raw).path
        for command in [["brief"], ["speakers"], ["qa", "--format", "csv"], ["parse", "--format", "markdown"]] {
            #expect(try CommandRun.written(command + [path]).status == 0, "\(command)")
        }
        let briefing = try GoldDocuments.transcript(document).briefing(BriefingOptions(includesFullAnswers: true, fileName: path))
        #expect(try CommandRun.written(["brief", "--full", path]).text == briefing)
    }
}
