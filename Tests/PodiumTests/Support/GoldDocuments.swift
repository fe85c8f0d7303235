import Foundation
import Synchronization
import Testing

@testable import Podium

/// One gold annotation: `../shared/corpus/gold/*.json` or the project's `eval/gold/**/*.json`. Its raw
/// document lives in `../shared/corpus` either way, at the annotation's `document` path.
struct GoldDocument: Sendable, CustomTestStringConvertible {
    /// The `document` path, relative to `../shared/corpus`: the key of the floors table.
    var document: String
    var goldFile: URL

    var testDescription: String { document }

    func gold() throws -> GoldScore.Gold {
        try JSONDecoder().decode(GoldScore.Gold.self, from: Data(contentsOf: goldFile))
    }

    var raw: URL? { TestSupport.corpus?.appendingPathComponent(document) }
}

enum GoldDocuments {
    static let projectGold = TestSupport.packageRoot.appendingPathComponent("eval/gold")

    /// Every annotation of both sets, found by walking the folders so new files are scored unasked;
    /// empty without the shared corpus, whose raw documents they all need.
    static let all: [GoldDocument] = {
        guard let corpus = TestSupport.corpus else { return [] }
        let files = TestSupport.files(under: corpus.appendingPathComponent("gold"), extensions: ["json"])
            + TestSupport.files(under: projectGold, extensions: ["json"])
        return files.map { file in
            // An unreadable annotation keeps its file name, so the test that decodes it fails by name.
            let data = try? Data(contentsOf: file)
            let object = data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
            return GoldDocument(document: object?["document"] as? String ?? file.lastPathComponent, goldFile: file)
        }
    }()

    /// The raw documents of the shared development set's annotations.
    static var sharedDocuments: [GoldDocument] {
        guard let corpus = TestSupport.corpus else { return [] }
        return all.filter { $0.goldFile.path.hasPrefix(corpus.appendingPathComponent("gold").path + "/") }
    }

    private static let parsed = Mutex<[String: Result<Transcript, PodiumError>]>([:])

    /// The document parsed as `podium parse` parses it, once per test run whichever test asks first.
    static func transcript(_ document: GoldDocument) throws -> Transcript {
        if let hit = parsed.withLock({ $0[document.document] }) { return try hit.get() }
        let url = try #require(document.raw, "../shared/corpus is absent")
        let data = try Data(contentsOf: url)
        let result = Result { () throws(PodiumError) in try Transcript(parsing: data) }
        parsed.withLock { $0[document.document] = result }
        return try result.get()
    }
}

/// `Fixtures/GoldFloors.tsv`: the lowest each gold figure may fall to, one row per document.
/// A figure a floors table holds a column of: ``GoldScore/Figure``, ``PartScore/Figure``.
protocol FloorFigure: CaseIterable, Hashable, RawRepresentable<String> where AllCases == [Self] {}

extension GoldScore.Figure: FloorFigure {}
extension PartScore.Figure: FloorFigure {}

/// A table of the lowest figures each gold document may score: a document, then one figure a column, tab-separated.
struct Floors<Figure: FloorFigure> {
    let path: String

    var rows: [String: [Figure: Double]] = [:]
    /// Lines that are neither a comment, the header, nor a well-formed row.
    var malformed: [String] = []
    var duplicated: [String] = []

    /// The table in `Fixtures/\(name)`.
    static func load(_ name: String) throws -> Floors {
        var floors = Floors(path: "Tests/PodiumTests/Fixtures/\(name)")
        let lines = try TestSupport.fixtureText(name).split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") && !line.hasPrefix("document\t") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let values = cells.dropFirst().compactMap(Double.init)
            guard cells.count == 1 + Figure.allCases.count, values.count == cells.count - 1,
                values.allSatisfy({ (0...1).contains($0) })
            else {
                floors.malformed.append("line \(number + 1): \(line)")
                continue
            }
            if floors.rows[cells[0]] != nil { floors.duplicated.append(cells[0]) }
            floors.rows[cells[0]] = Dictionary(uniqueKeysWithValues: zip(Figure.allCases, values))
        }
        return floors
    }

    /// The row that holds a document at today's figures, each rounded down to three decimals.
    static func row(_ document: String, _ figures: (Figure) -> Double) -> String {
        let cells = Figure.allCases.map { figure in
            String(format: "%.3f", (figures(figure) * 1000).rounded(.down) / 1000)
        }
        return ([document] + cells).joined(separator: "\t")
    }
}

/// `Fixtures/GoldFloors.tsv`: the five figures of `score.py` for every gold document.
enum GoldFloors {
    static let path = "Tests/PodiumTests/Fixtures/GoldFloors.tsv"

    static func load() throws -> Floors<GoldScore.Figure> { try .load("GoldFloors.tsv") }

    static func row(_ document: String, _ score: GoldScore) -> String {
        Floors<GoldScore.Figure>.row(document) { score[$0] }
    }
}
