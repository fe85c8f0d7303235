import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Answer status and question parts, scored on the project's gold files that annotate them (eval/README.md, "Answer
/// status and question parts"): no figure may fall below its floor in `Fixtures/PartFloors.tsv`, and the Swift scorer
/// is `scripts/score-parts.py`'s. `PODIUM_PRINT_GOLD_FLOORS=1` prints the rows at today's figures.
@Suite("Gold: answer status and question parts", .enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent: no gold document is scored"))
struct AnswerStatusGoldTests {
    static let annotated: [GoldDocument] = GoldDocuments.all.filter { document in
        (try? JSONDecoder().decode(PartScore.Gold.self, from: Data(contentsOf: document.goldFile)))?.isAnnotated == true
    }

    private static let floorsFile = "PartFloors.tsv"

    private static func score(_ document: GoldDocument) throws -> PartScore {
        let gold = try JSONDecoder().decode(PartScore.Gold.self, from: Data(contentsOf: document.goldFile))
        return PartScore(gold: gold, predicted: try GoldDocuments.transcript(document))
    }

    /// The issue's bar: part and status annotated in the gold of at least eight documents.
    @Test func atLeastEightDocumentsAreAnnotated() throws {
        #expect(Self.annotated.count >= 8, "annotated: \(Self.annotated.map(\.document))")
        let floors = try Floors<PartScore.Figure>.load(Self.floorsFile)
        #expect(floors.malformed.isEmpty, "\(floors.path): malformed rows:\n\(floors.malformed.joined(separator: "\n"))")
        #expect(floors.duplicated.isEmpty, "\(floors.path): documents with two rows: \(floors.duplicated)")
        #expect(Set(floors.rows.keys) == Set(Self.annotated.map(\.document)), "\(floors.path) needs one row per annotated document")
    }

    @Test(arguments: annotated)
    func figuresHoldTheirFloors(document: GoldDocument) throws {
        let score = try Self.score(document)
        let floors = try Floors<PartScore.Figure>.load(Self.floorsFile)
        let floor = try #require(
            floors.rows[document.document],
            "\(document.document) has no row in \(floors.path); add:\n\(Floors<PartScore.Figure>.row(document.document) { score[$0] })")
        for figure in PartScore.Figure.allCases {
            #expect(
                score[figure] >= (floor[figure] ?? 1) - 1e-9,
                "\(document.document): \(figure.rawValue) fell to \(score[figure]), below its floor in \(floors.path)")
        }
    }

    @Test(.enabled(if: ScorePy.python != nil, "python3 is missing"), arguments: annotated)
    func swiftScorerAgreesWithScorePartsPy(document: GoldDocument) throws {
        let transcript = try GoldDocuments.transcript(document)
        let script = TestSupport.packageRoot.appendingPathComponent("scripts/score-parts.py")
        let printed = try ScorePy.figures(printedBy: script, gold: document.goldFile, predicted: Data(transcript.jsonString().utf8))
        let score = try Self.score(document)
        #expect(PartScore.Figure.allCases.map { printed[$0.rawValue] } == score.all, "\(document.document): score-parts.py \(printed), Swift \(score)")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PODIUM_PRINT_GOLD_FLOORS"] == "1",
        "set PODIUM_PRINT_GOLD_FLOORS=1 to print PartFloors.tsv's rows at today's figures"))
    func printFloorsAtTodaysFigures() throws {
        var rows = ["document\t" + PartScore.Figure.allCases.map(\.rawValue).joined(separator: "\t")]
        for document in Self.annotated {
            let score = try Self.score(document)
            rows.append(Floors<PartScore.Figure>.row(document.document) { score[$0] })
        }
        print("PARTFLOORS\n" + rows.joined(separator: "\n"))
    }
}
