import Foundation

@testable import Podium

/// `scripts/score-parts.py` in Swift: answer status and question parts of a transcript against the project's gold
/// (eval/README.md, "Answer status and question parts"). Turns are matched as ``GoldScore`` matches them.
struct PartScore: Equatable, CustomStringConvertible {
    /// The gold's exchanges with their status and parts; the rest of the file is ``GoldScore/Gold``'s.
    struct Gold: Decodable {
        struct GoldTurn: Decodable {
            var start: String
        }
        struct GoldExchange: Decodable {
            var question: Int
            var status: String?
            var parts: [GoldPart]?
        }
        struct GoldPart: Decodable {
            var marker: String
            var start: String
            /// `[answer turn index, first words of the paragraph]`.
            var answers: [Link]
        }
        struct Link: Decodable {
            var turn: Int
            var start: String

            init(from decoder: any Decoder) throws {
                var pair = try decoder.unkeyedContainer()
                turn = try pair.decode(Int.self)
                start = try pair.decode(String.self)
            }
        }
        var turns: [GoldTurn]
        var exchanges: [GoldExchange]?

        /// Whether every exchange carries a status: only such files are scored.
        var isAnnotated: Bool {
            guard let exchanges, !exchanges.isEmpty else { return false }
            return exchanges.allSatisfy { $0.status != nil }
        }
    }

    enum Figure: String, CaseIterable, Sendable {
        case status = "status_acc", part = "part_f1", link = "link_f1"
    }

    var statusAccuracy = 0.0
    var partF1 = 0.0
    var linkF1 = 0.0

    var all: [Double] { [statusAccuracy, partF1, linkF1] }

    subscript(figure: Figure) -> Double {
        switch figure {
        case .status: statusAccuracy
        case .part: partF1
        case .link: linkF1
        }
    }

    var description: String { Figure.allCases.map { "\($0.rawValue) \(self[$0])" }.joined(separator: ", ") }

    private static let turnKey = 12
    private static let partKey = 6

    private static func f1(_ hits: Int, _ predicted: Int, _ expected: Int) -> Double {
        let precision = predicted > 0 ? Double(hits) / Double(predicted) : (expected == 0 ? 1 : 0)
        let recall = expected > 0 ? Double(hits) / Double(expected) : 1
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    private static func key(_ marker: String, _ text: String) -> [Unicode.Scalar] {
        let m = GoldScore.norm(marker)
        let t = GoldScore.norm(text)
        return t.starts(with: m) ? t : m + t
    }

    init(gold: Gold, predicted: Transcript) {
        let texts = predicted.turns.map { GoldScore.norm($0.paragraphs.joined()) }
        var goldToPredicted: [Int: Int] = [:]
        var used = Set<Int>()
        for (index, turn) in gold.turns.enumerated() {
            let key = GoldScore.norm(turn.start).prefix(Self.turnKey)
            if let match = texts.indices.first(where: { !used.contains($0) && texts[$0].starts(with: key) }) {
                goldToPredicted[index] = match
                used.insert(match)
            }
        }
        var byQuestion: [Int: Exchange] = [:]
        for exchange in predicted.exchanges where byQuestion[exchange.question] == nil { byQuestion[exchange.question] = exchange }
        let predictedParts = predicted.exchanges.reduce(0) { $0 + $1.parts.count }
        let predictedLinks = predicted.exchanges.reduce(0) { $0 + $1.parts.reduce(0) { $0 + $1.answers.count } }
        var statusHits = 0
        var partHits = 0
        var linkHits = 0
        var goldParts = 0
        var goldLinks = 0
        let exchanges = gold.exchanges ?? []
        for exchange in exchanges {
            let match = goldToPredicted[exchange.question].flatMap { byQuestion[$0] }
            if let match, match.status.rawValue == exchange.status { statusHits += 1 }
            var candidates: [QuestionPart?] = match?.parts ?? []
            for part in exchange.parts ?? [] {
                goldParts += 1
                goldLinks += part.answers.count
                let wanted = Self.key(part.marker, part.start).prefix(GoldScore.norm(part.marker).count + Self.partKey)
                guard let found = candidates.firstIndex(where: { $0.map { Self.key($0.marker, $0.text).starts(with: wanted) } ?? false }),
                    let candidate = candidates[found]
                else { continue }
                candidates[found] = nil
                partHits += 1
                var links: [(turn: Int, text: [Unicode.Scalar])?] = candidate.answers.compactMap { passage in
                    guard predicted.turns.indices.contains(passage.turn),
                        predicted.turns[passage.turn].paragraphs.indices.contains(passage.paragraph)
                    else { return nil }
                    return (passage.turn, GoldScore.norm(predicted.turns[passage.turn].paragraphs[passage.paragraph]))
                }
                for link in part.answers {
                    let turn = goldToPredicted[link.turn] ?? -1
                    let start = GoldScore.norm(link.start).prefix(Self.turnKey)
                    if let hit = links.firstIndex(where: { $0.map { $0.turn == turn && $0.text.starts(with: start) } ?? false }) {
                        links[hit] = nil
                        linkHits += 1
                    }
                }
            }
        }
        statusAccuracy = exchanges.isEmpty ? 1 : Double(statusHits) / Double(exchanges.count)
        partF1 = Self.f1(partHits, predictedParts, goldParts)
        linkF1 = Self.f1(linkHits, predictedLinks, goldLinks)
    }
}
