import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

extension GoldDocument {
    /// The annotation, decoded.
    func gold() throws -> GoldScore.Gold {
        try JSONDecoder().decode(GoldScore.Gold.self, from: Data(contentsOf: goldFile))
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
