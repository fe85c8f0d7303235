import Foundation
import Testing

@testable import Podium

/// The `brief`, `speakers`, `qa` and `parse --format markdown` commands, run as a user runs them.
@Suite(.serialized, .enabled(if: PodiumExecutable.isBuilt, "\(PodiumExecutable.missing)")) struct BriefingCommandTests {
    static let seedPath = BriefingFixtures.sampleURL(BriefingFixtures.seedName).path

    @Test func briefReadsAFileOrStandardInput() throws {
        let expected = try BriefingFixtures.seed().briefing()
        let fromFile = try PodiumExecutable.run(["brief", Self.seedPath])
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == expected)
        let fromStdin = try PodiumExecutable.run(["brief", "-"], stdin: try Data(contentsOf: URL(fileURLWithPath: Self.seedPath)))
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout == expected)
    }

    @Test func briefWritesToAFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("podium-brief-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try PodiumExecutable.run(["brief", Self.seedPath, "--full", "--lang", "en", "-o", output.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written == (try BriefingFixtures.seed().briefing(BriefingOptions(language: .english, includesFullAnswers: true))))
    }

    @Test func briefWritesHTMLAndKeepsNSentences() throws {
        let html = try PodiumExecutable.run(["brief", "--format", "html", Self.seedPath])
        #expect(html.status == 0)
        #expect(html.stdout == (try BriefingFixtures.seed().htmlBriefing(BriefingOptions(fileName: Self.seedPath))))
        let one = try PodiumExecutable.run(["brief", "--sentences", "1", Self.seedPath])
        #expect(one.stdout == (try BriefingFixtures.seed().briefing(BriefingOptions(answerSentences: 1))))
        #expect(one.stdout.count < (try BriefingFixtures.seed().briefing()).count)
        #expect(try PodiumExecutable.run(["brief", "--sentences", "0", Self.seedPath]).status == 64)
        #expect(try PodiumExecutable.run(["brief", "--format", "pdf", Self.seedPath]).status == 64)
    }

    @Test func speakerFindsAFullNameFromTheTitle() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("podium-people-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(BriefingPeopleTests.briefing.utf8).write(to: file)
        for query in ["Dana Whitfield", "whitfield", "MS. WHITFIELD"] {
            let result = try PodiumExecutable.run(["speakers", file.path, "--speaker", query])
            #expect(result.status == 0, "\(query): \(result.stderr)")
            #expect(result.stdout.contains("The ferry fare is frozen until 2027."))
            #expect(!result.stdout.contains("Our teams are in three counties."))
        }
        let unknown = try PodiumExecutable.run(["speakers", file.path, "--speaker", "Nobody Here"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Dana Whitfield, Luis Ortega"))
    }

    @Test func speakersPrintsOnlyTheNamedSpeaker() throws {
        let result = try PodiumExecutable.run(["speakers", Self.seedPath, "--speaker", "罗俊杰", "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.contains("\"speaker\":\"p2\"") })
        let unknown = try PodiumExecutable.run(["speakers", Self.seedPath, "--speaker", "张三"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("张三"))
        #expect(unknown.stdout.isEmpty)
    }

    @Test func qaWritesCSVWithAByteOrderMark() throws {
        let result = try PodiumExecutable.run(["qa", Self.seedPath, "--format", "csv", "--bom"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}index,asker,outlet,question,answerers,answer,status,parts\r\n"))
        #expect(CSVReader.records(result.stdout).count == 9)
    }

    @Test func parseWritesMarkdown() throws {
        let result = try PodiumExecutable.run(["parse", Self.seedPath, "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout == (try BriefingFixtures.seed().markdown()))
    }

    @Test func failuresKeepTheDocumentedExitCodes() throws {
        let missing = try PodiumExecutable.run(["brief", "/nonexistent/podium.md"])
        #expect(missing.status == 66)
        let empty = try PodiumExecutable.run(["qa", "-"], stdin: Data())
        #expect(empty.status == 65)
        let badLanguage = try PodiumExecutable.run(["brief", Self.seedPath, "--lang", "fr"])
        #expect(badLanguage.status == 64)
        let twoBriefingsWithoutAFolder = try PodiumExecutable.run(["brief", Self.seedPath, Self.seedPath])
        #expect(twoBriefingsWithoutAFolder.status == 64)
    }

    /// Every command's help, so that a change to what it lists is made on purpose.
    @Test(arguments: ["brief", "speakers", "qa", "parse", "check", "stats", "export", "export convokit"])
    func helpMatchesSnapshot(command: String) throws {
        let result = try PodiumExecutable.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        BriefingSnapshot.expect(result.stdout, matches: "help/\(command.replacingOccurrences(of: " ", with: "-")).txt")
    }

    /// Every gold document of the shared corpus goes through every command.
    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"), arguments: GoldDocuments.sharedDocuments)
    func commandsWorkOnTheGoldDocuments(document: GoldDocument) throws {
        let transcript = try GoldDocuments.transcript(document)
        let path = try #require(document.raw).path
        let briefing = transcript.briefing(BriefingOptions(includesFullAnswers: true, fileName: path))
        let counts = MarkdownCounts(briefing)
        #expect(counts.headings1 == 1)
        #expect(counts.headings2 == 4)
        // One heading per speaker of opening statements, then one per question.
        let statementSpeakers = Set(transcript.turns.filter { $0.kind == .statement }.map(\.speaker))
        #expect(counts.headings3 == statementSpeakers.count + transcript.exchanges.count)
        #expect(counts.blockquotes == transcript.exchanges.count)
        let rows = CSVReader.records(transcript.questionsAndAnswers(format: .csv))
        #expect(rows.count == transcript.exchanges.count + 1)
        #expect(rows.allSatisfy { $0.count == 8 })
        let statements = transcript.statements(format: .jsonl).split(separator: "\n")
        #expect(statements.count == transcript.turns.count)
        let markdown = transcript.markdown()
        for paragraph in transcript.turns.flatMap(\.paragraphs) {
            #expect(markdown.contains(MarkdownEscaper.paragraph(paragraph)))
        }
        for command in [["brief"], ["speakers"], ["qa", "--format", "csv"], ["parse", "--format", "markdown"]] {
            let result = try PodiumExecutable.run(command + [path])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let brief = try PodiumExecutable.run(["brief", "--full", path])
        #expect(brief.stdout == briefing)
    }
}
