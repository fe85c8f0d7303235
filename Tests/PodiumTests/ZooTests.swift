import Foundation
import Testing

@testable import Podium

/// The zoo of `../shared/corpus/zoo`: real transcripts in layouts found nowhere else, with the turn
/// counts a reader finds (`expected.tsv`). Each must parse, within 15% of its count, with its speakers.
@Suite("Zoo layouts")
struct ZooTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var turns: Int
        var testDescription: String { file }
    }

    static let tolerance = 0.15

    static func expectations() -> [Expectation] {
        guard let corpus = TestSupport.corpus,
            let table = try? String(contentsOf: corpus.appendingPathComponent("zoo/expected.tsv"), encoding: .utf8)
        else { return [] }
        return table.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let turns = Int(fields[1]) else { return nil }
            return Expectation(file: String(fields[0]), turns: turns)
        }
    }

    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"), arguments: expectations())
    func zooDocumentMeetsItsTurnCount(_ expectation: Expectation) throws {
        let corpus = try #require(TestSupport.corpus)
        let data = try Data(contentsOf: corpus.appendingPathComponent("zoo").appendingPathComponent(expectation.file))
        let transcript = try Transcript(parsing: data)
        let found = transcript.turns.count
        let allowed = Double(expectation.turns) * Self.tolerance
        #expect(abs(Double(found - expectation.turns)) <= allowed, "\(expectation.file): \(found) turns, \(expectation.turns) expected")
        // Speakers, not one voice: every zoo document is a conversation.
        let speakers = Set(transcript.turns.map(\.speaker))
        #expect(speakers.count >= 2)
    }

    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent")) func everyZooDocumentIsListed() {
        #expect(Self.expectations().count >= 27)
    }
}
