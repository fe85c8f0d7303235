import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Every gold document, of `../shared/corpus/gold` and of the project's `eval/gold`, scored with the five
/// figures of `../shared/eval/score.py`; no figure may fall below its floor in `Fixtures/GoldFloors.tsv`.
/// When a change lifts a figure, raise that document's row (`PODIUM_PRINT_GOLD_FLOORS=1` prints them all).
@Suite("Gold", .enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent: no gold document is scored"))
struct GoldTests {
    @Test(arguments: GoldDocuments.all)
    func figuresHoldTheirFloors(document: GoldDocument) throws {
        let transcript = try GoldDocuments.transcript(document)
        PropertyTests.expectWellFormed(transcript, document.document)
        let score = GoldScore(gold: try document.gold(), predicted: transcript)
        let floors = try GoldFloors.load()
        guard let floor = floors.rows[document.document] else {
            Issue.record("\(document.document) has no row in \(GoldFloors.path); add this row:\n\(GoldFloors.row(document.document, score))")
            return
        }
        for figure in GoldScore.Figure.allCases {
            let lowest = floor[figure] ?? 1
            // The table holds three decimals; a figure on the rounding edge must not fail by a bit.
            #expect(
                score[figure] >= lowest - 1e-9,
                "\(document.document): \(figure.rawValue) fell to \(score[figure]), below its floor \(lowest) in \(GoldFloors.path)")
        }
    }

    @Test func floorsTableHasOneRowPerGoldDocument() throws {
        let floors = try GoldFloors.load()
        #expect(floors.malformed.isEmpty, "\(GoldFloors.path): malformed rows (document, then five figures in 0…1, tab-separated):\n\(floors.malformed.joined(separator: "\n"))")
        #expect(floors.duplicated.isEmpty, "\(GoldFloors.path): documents with two rows: \(floors.duplicated)")
        let documents = GoldDocuments.all.map(\.document)
        let stale = floors.rows.keys.filter { !documents.contains($0) }.sorted()
        #expect(stale.isEmpty, "\(GoldFloors.path): rows naming no gold document; remove them: \(stale)")
        let twice = Dictionary(grouping: documents, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(twice.isEmpty, "two gold annotations of one document share its floors row: \(twice)")
    }

    /// Both sets are found where they live, so a moved folder cannot empty the walk.
    @Test func bothGoldSetsAreFound() throws {
        let corpus = try #require(TestSupport.corpus)
        let shared = GoldDocuments.all.filter { $0.goldFile.path.hasPrefix(corpus.path + "/") }
        let project = GoldDocuments.all.filter { $0.goldFile.path.hasPrefix(GoldDocuments.projectGold.path + "/") }
        #expect(shared.count >= 9)
        #expect(project.count >= 24)
        #expect(shared.count + project.count == GoldDocuments.all.count)
        for document in GoldDocuments.all {
            #expect(document.raw.map { FileManager.default.fileExists(atPath: $0.path) } == true, "\(document.document) is not in ../shared/corpus")
        }
    }

    /// The Swift scorer is score.py's: same figures, to the last bit, on the JSON `podium parse` writes.
    @Test(.enabled(if: ScorePy.url != nil && ScorePy.python != nil, "python3 or ../shared/eval/score.py is missing"),
        arguments: GoldDocuments.all)
    func swiftScorerAgreesWithScorePy(document: GoldDocument) throws {
        let transcript = try GoldDocuments.transcript(document)
        let figures = try ScorePy.score(gold: document.goldFile, predicted: Data(transcript.jsonString().utf8))
        let score = GoldScore(gold: try document.gold(), predicted: transcript)
        #expect(figures == score.all, "\(document.document): score.py \(figures), GoldScore \(score)")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PODIUM_PRINT_GOLD_FLOORS"] == "1",
        "set PODIUM_PRINT_GOLD_FLOORS=1 to print GoldFloors.tsv's rows at today's figures"))
    func printFloorsAtTodaysFigures() throws {
        var rows: [String] = []
        for document in GoldDocuments.all {
            let score = GoldScore(gold: try document.gold(), predicted: try GoldDocuments.transcript(document))
            rows.append(GoldFloors.row(document.document, score))
        }
        print((["document\t" + GoldScore.Figure.allCases.map(\.rawValue).joined(separator: "\t")] + rows).joined(separator: "\n"))
    }
}

/// `../shared/eval/score.py`, run on one document.
enum ScorePy {
    static let url: URL? = {
        guard let corpus = TestSupport.corpus else { return nil }
        let url = corpus.deletingLastPathComponent().appendingPathComponent("eval/score.py")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static let python: URL? = TestSupport.executable(named: "python3")

    static func score(gold: URL, predicted: Data) throws -> [Double] {
        let printed = try figures(printedBy: try #require(url), gold: gold, predicted: predicted)
        return try ["turn_f1", "speaker_acc", "role_acc", "exchange_f1", "point_f1"].map { key in
            try #require(printed[key], "score.py printed no \(key): \(printed)")
        }
    }

    /// The figures a scorer (`score.py`, `scripts/score-parts.py`) prints for one gold file and one parse.
    static func figures(printedBy script: URL, gold: URL, predicted: Data) throws -> [String: Double] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("podium-gold-\(UUID().uuidString).json")
        try predicted.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ProcessRun.run(try #require(python), [script.path, gold.path, file.path])
        try #require(result.status == 0, "\(script.lastPathComponent): \(result.stderr)")
        // The scorers print one member a line (`json.dumps(…, indent=1)`); the numbers are read with Double's
        // correctly rounded parser, which JSONSerialization on Linux is not.
        var printed: [String: Double] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let value = Double(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))) else { continue }
            printed[parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "\""))] = value
        }
        return printed
    }
}
