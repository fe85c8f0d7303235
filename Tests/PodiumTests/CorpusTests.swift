import Foundation
import Testing

@testable import Podium

/// The shared development corpus (`../shared/corpus`), read in place; skipped when it is absent.
@Suite("Corpus", .enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"))
struct CorpusTests {
    static func goldFiles() -> [URL] {
        guard let corpus = TestSupport.corpus else { return [] }
        return TestSupport.files(under: corpus.appendingPathComponent("gold"), extensions: ["json"])
    }

    private func load(_ goldFile: URL) throws -> (GoldScore.Gold, Data) {
        let gold = try JSONDecoder().decode(GoldScore.Gold.self, from: Data(contentsOf: goldFile))
        let corpus = try #require(TestSupport.corpus)
        let data = try Data(contentsOf: corpus.appendingPathComponent(gold.document))
        return (gold, data)
    }

    @Test(arguments: goldFiles())
    func everyGoldDocumentParses(goldFile: URL) throws {
        let (gold, data) = try load(goldFile)
        let transcript = try Transcript(parsing: data)
        #expect(!transcript.turns.isEmpty, "\(gold.document) has no turns")
    }

    @Test func seedScoresOneOnAllFiveFigures() throws {
        let corpus = try #require(TestSupport.corpus)
        let (gold, data) = try load(corpus.appendingPathComponent("gold/zh_scio_miit_presser_2022-04-19.json"))
        let transcript = try Transcript(parsing: data)
        #expect(transcript.turns.count == 20)
        #expect(transcript.exchanges.count == 8)
        let score = GoldScore(gold: gold, predicted: transcript)
        #expect(score.turnF1 == 1)
        #expect(score.speakerAccuracy == 1)
        #expect(score.roleAccuracy == 1)
        #expect(score.exchangeF1 == 1)
        #expect(score.pointF1 == 1)
    }

    @Test func seedSampleIsTheCorpusSeedUnchanged() throws {
        let corpus = try #require(TestSupport.corpus)
        let shared = try Data(contentsOf: corpus.appendingPathComponent("zh_scio_miit_presser_2022-04-19.md"))
        #expect(try TestSupport.sample("zh_scio_miit_presser_2022-04-19.md") == shared)
    }
}
