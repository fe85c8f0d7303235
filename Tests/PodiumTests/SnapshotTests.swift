import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Seed snapshot, JSON round trip and tree dump")
struct SnapshotTests {
    static let seedName = "zh_scio_miit_presser_2022-04-19.md"

    private func seed() throws -> Transcript {
        try Transcript(parsing: try TestSupport.sample(Self.seedName))
    }

    @Test func seedJSONMatchesTheSnapshot() throws {
        Snapshots.library.expect(try seed().jsonString(pretty: true) + "\n", matches: "seed.json")
    }

    @Test func seedTreeDumpMatchesTheSnapshot() throws {
        Snapshots.library.expect(TreeDump.dump(try seed()), matches: "seed-tree.txt")
    }

    @Test(arguments: ["jekyll_post.md", "markdown_headings.md", "plain_inline.txt", "en_briefing.txt", "html_noise.html"])
    func jsonDecodesBackToAnEqualTranscript(fixture: String) throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture(fixture))
        let decoded = try JSONDecoder().decode(Transcript.self, from: Data(transcript.jsonString(pretty: true).utf8))
        #expect(decoded == transcript)
        let compact = try JSONDecoder().decode(Transcript.self, from: Data(transcript.jsonString(pretty: false).utf8))
        #expect(compact == transcript)
    }

    /// A value the command writes beside a transcript (a path, an id) is escaped as the transcript's own strings are.
    @Test func jsonLiteralEscapesAsTheTranscriptDoes() throws {
        let value = "a\"b\\c\n\t\u{8}\u{1}é/"
        #expect(JSONLiteral.string(value) == "\"a\\\"b\\\\c\\n\\t\\b\\u0001é/\"")
        let decoded = try JSONDecoder().decode(String.self, from: Data(JSONLiteral.string(value).utf8))
        #expect(decoded == value)
    }

    @Test func seedJSONRoundTrips() throws {
        let transcript = try seed()
        let decoded = try JSONDecoder().decode(Transcript.self, from: Data(transcript.jsonString(pretty: false).utf8))
        #expect(decoded == transcript)
    }

    @Test func jsonKeepsTheContractKeyOrderAndUnescapedText() throws {
        let json = try seed().jsonString(pretty: false)
        let keys = ["\"schemaVersion\"", "\"source\"", "\"summary\"", "\"lead\"", "\"participants\"", "\"turns\"", "\"exchanges\""]
        let positions = keys.compactMap { json.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(json.contains("罗俊杰"))
        #expect(!json.contains("\\u"))
        #expect(!json.contains("\n"))
    }

    @Test func treeDumpShowsNestedPoints() throws {
        let dump = TreeDump.dump(try Transcript(parsing: try TestSupport.fixture("jekyll_post.md")))
        #expect(dump.contains("Turn 1 statement by p2"))
        #expect(dump.contains("├─ Point 第一 #1: 稳住工业"))
        #expect(dump.contains("│  ├─ Point 一是 #1: 保障用工"))
    }
}
