import Foundation
import Testing

@testable import Podium

/// The `brief`, `speakers`, `qa` and `parse --format markdown` commands, run as a user runs them.
@Suite(.serialized) struct BriefingCommandTests {
    static let seedPath = BriefingFixtures.sampleURL(BriefingFixtures.seedName).path

    @Test func briefReadsAFileOrStandardInput() throws {
        let expected = try BriefingFixtures.seed().briefing()
        let fromFile = try PodiumBinary.run(["brief", Self.seedPath])
        #expect(fromFile.status == 0)
        #expect(fromFile.output == expected)
        let fromStdin = try PodiumBinary.run(["brief", "-"], input: try Data(contentsOf: URL(fileURLWithPath: Self.seedPath)))
        #expect(fromStdin.status == 0)
        #expect(fromStdin.output == expected)
    }

    @Test func briefWritesToAFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("podium-brief-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try PodiumBinary.run(["brief", Self.seedPath, "--full", "--lang", "en", "-o", output.path])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written == (try BriefingFixtures.seed().briefing(BriefingOptions(language: .english, includesFullAnswers: true))))
    }

    @Test func speakersPrintsOnlyTheNamedSpeaker() throws {
        let result = try PodiumBinary.run(["speakers", Self.seedPath, "--speaker", "罗俊杰", "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.contains("\"speaker\":\"p2\"") })
        let unknown = try PodiumBinary.run(["speakers", Self.seedPath, "--speaker", "张三"])
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("张三"))
        #expect(unknown.output.isEmpty)
    }

    @Test func qaWritesCSVWithAByteOrderMark() throws {
        let result = try PodiumBinary.run(["qa", Self.seedPath, "--format", "csv", "--bom"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("\u{FEFF}index,asker,outlet,question,answerers,answer\r\n"))
        #expect(CSVReader.records(result.output).count == 9)
    }

    @Test func parseWritesMarkdown() throws {
        let result = try PodiumBinary.run(["parse", Self.seedPath, "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.output == (try BriefingFixtures.seed().markdown()))
    }

    @Test func failuresKeepTheDocumentedExitCodes() throws {
        let missing = try PodiumBinary.run(["brief", "/nonexistent/podium.md"])
        #expect(missing.status == 66)
        let empty = try PodiumBinary.run(["qa", "-"], input: Data())
        #expect(empty.status == 65)
        let badLanguage = try PodiumBinary.run(["brief", Self.seedPath, "--lang", "fr"])
        #expect(badLanguage.status == 64)
        let twoBriefingsWithoutAFolder = try PodiumBinary.run(["brief", Self.seedPath, Self.seedPath])
        #expect(twoBriefingsWithoutAFolder.status == 64)
    }

    /// Every command's help, so that a change to what it lists is made on purpose.
    @Test(arguments: ["brief", "speakers", "qa", "parse", "check", "stats", "export", "export convokit"])
    func helpMatchesSnapshot(command: String) throws {
        let result = try PodiumBinary.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        BriefingSnapshot.expect(result.output, matches: "help/\(command.replacingOccurrences(of: " ", with: "-")).txt")
    }

    /// Every gold document of the shared corpus that the parser reads goes through every command.
    @Test(.enabled(if: BriefingFixtures.corpus != nil, "needs ../shared/corpus"))
    func commandsWorkOnTheGoldDocuments() throws {
        let documents = BriefingFixtures.goldDocuments
        #expect(documents.count >= 5)
        var parsed = 0
        for document in documents {
            guard let transcript = try? Transcript(parsing: Data(contentsOf: document)) else { continue }
            parsed += 1
            let briefing = transcript.briefing(BriefingOptions(includesFullAnswers: true))
            let counts = MarkdownCounts(briefing)
            #expect(counts.headings1 == 1, "\(document.lastPathComponent)")
            #expect(counts.headings2 == 4, "\(document.lastPathComponent)")
            #expect(counts.headings3 >= transcript.exchanges.count, "\(document.lastPathComponent)")
            let rows = CSVReader.records(transcript.questionsAndAnswers(format: .csv))
            #expect(rows.count == transcript.exchanges.count + 1, "\(document.lastPathComponent)")
            #expect(rows.allSatisfy { $0.count == 6 }, "\(document.lastPathComponent)")
            let statements = transcript.statements(format: .jsonl).split(separator: "\n")
            #expect(statements.count == transcript.turns.count, "\(document.lastPathComponent)")
            let markdown = transcript.markdown()
            for paragraph in transcript.turns.flatMap(\.paragraphs) {
                #expect(markdown.contains(MarkdownEscaper.paragraph(paragraph)), "\(document.lastPathComponent)")
            }
            for command in [["brief"], ["speakers"], ["qa", "--format", "csv"], ["parse", "--format", "markdown"]] {
                let result = try PodiumBinary.run(command + [document.path])
                #expect(result.status == 0, "\(command) on \(document.lastPathComponent): \(result.error)")
            }
        }
        #expect(parsed >= 5)
    }
}
