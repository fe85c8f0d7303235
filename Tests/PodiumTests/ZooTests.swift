import Foundation
import PodiumTestSupport
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

    /// The people of `Fixtures/ZooSpeakers.tsv`: file, then names separated by `;`.
    static func namedSpeakers() -> [ZooSpeakers] {
        guard let table = try? TestSupport.fixture("ZooSpeakers.tsv", in: "Fixtures") else { return [] }
        return String(decoding: table, as: UTF8.self).split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { return nil }
            return ZooSpeakers(file: String(fields[0]), names: fields[1].split(separator: ";").map(String.init))
        }
    }

    struct ZooSpeakers: CustomTestStringConvertible, Sendable {
        var file: String
        var names: [String]
        var testDescription: String { file }
    }

    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"), arguments: namedSpeakers())
    func zooDocumentNamesItsSpeakers(_ expected: ZooSpeakers) throws {
        let corpus = try #require(TestSupport.corpus)
        let data = try Data(contentsOf: corpus.appendingPathComponent("zoo").appendingPathComponent(expected.file))
        let transcript = try Transcript(parsing: data)
        let names = Set(transcript.participants.flatMap { [$0.name].compactMap { $0 } + $0.aliases })
        for name in expected.names {
            #expect(names.contains(name), "\(expected.file): no participant named \(name); found \(names.sorted())")
        }
    }

    @Test func everyNamedZooDocumentIsListed() {
        #expect(Self.namedSpeakers().count >= 25)
    }

    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent")) func everyZooDocumentIsListed() {
        #expect(Self.expectations().count >= 27)
    }
}
