import Foundation

@testable import Podium

/// The five figures of `../shared/eval/score.py`, computed in Swift so a test can hold the seed to them.
struct GoldScore {
    struct Gold: Decodable {
        struct GoldTurn: Decodable {
            var speaker: String?
            var role: String
            var start: String
        }
        struct GoldExchange: Decodable {
            var question: Int
            var answers: [Int]
        }
        struct GoldPoints: Decodable {
            var turn: Int
            var items: [[String]]
        }
        var document: String
        var turns: [GoldTurn]
        var exchanges: [GoldExchange]?
        var points: [GoldPoints]?
    }

    var turnF1 = 0.0
    var speakerAccuracy = 0.0
    var roleAccuracy = 0.0
    var exchangeF1 = 0.0
    var pointF1 = 0.0

    var all: [Double] { [turnF1, speakerAccuracy, roleAccuracy, exchangeF1, pointF1] }

    /// Letters and digits only, lower-cased, after compatibility mapping: what score.py compares.
    static func norm(_ text: String?) -> String {
        let mapped = (text ?? "").precomposedStringWithCompatibilityMapping.lowercased()
        return String(String.UnicodeScalarView(mapped.unicodeScalars.filter(isLetterOrNumber)))
    }

    /// The same letter-or-digit test the coverage check uses.
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        CoverageKey.counts(scalar)
    }

    private static func f1(_ tp: Int, _ predicted: Int, _ gold: Int) -> Double {
        let p = predicted > 0 ? Double(tp) / Double(predicted) : (gold == 0 ? 1 : 0)
        let r = gold > 0 ? Double(tp) / Double(gold) : 1
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    private static func flatPoints(_ points: [Point]) -> [Point] {
        points.flatMap { [$0] + flatPoints($0.children) }
    }

    private static func pointKey(_ marker: String, _ text: String) -> String {
        let m = norm(marker)
        let t = norm(text)
        return t.hasPrefix(m) ? t : m + t
    }

    init(gold: Gold, predicted: Transcript) {
        let gturns = gold.turns
        let pturns = predicted.turns
        let ptexts = pturns.map { Self.norm($0.paragraphs.joined()) }
        var g2p: [Int: Int] = [:]
        var used = Set<Int>()
        for (gi, g) in gturns.enumerated() {
            let key = String(Self.norm(g.start).prefix(12))
            if let pi = ptexts.indices.first(where: { !used.contains($0) && ptexts[$0].hasPrefix(key) }) {
                g2p[gi] = pi
                used.insert(pi)
            }
        }
        var p2g: [Int: Int] = [:]
        for (g, p) in g2p { p2g[p] = g }
        turnF1 = Self.f1(g2p.count, pturns.count, gturns.count)

        var byGold: [String: [String]] = [:]
        for (gi, pi) in g2p.sorted(by: { $0.key < $1.key }) {
            guard let speaker = gturns[gi].speaker else { continue }
            byGold[speaker, default: []].append(pturns[pi].speaker)
        }
        var mapped: [String: String] = [:]
        var owner: [String: String] = [:]
        for (speaker, ids) in byGold.sorted(by: { $0.value.count > $1.value.count }) {
            var counts: [String: Int] = [:]
            for id in ids { counts[id, default: 0] += 1 }
            guard let best = ids.first(where: { counts[$0] == counts.values.max() }) else { continue }
            let participant = predicted.participant(withID: best)
            let names = ([participant?.name, participant?.outlet, participant?.label] + (participant?.aliases ?? []).map(Optional.some))
                .compactMap { $0 }.map(Self.norm)
            let goldName = Self.norm(speaker)
            let ok = names.contains { $0.contains(goldName) || ($0.count >= 2 && goldName.contains($0)) }
            if ok, owner[best] == nil {
                owner[best] = speaker
                mapped[speaker] = best
            }
        }
        var speakerOK = 0
        var roleOK = 0
        let speakerCount = gturns.filter { $0.speaker != nil }.count
        for (gi, pi) in g2p {
            let id = pturns[pi].speaker
            if let speaker = gturns[gi].speaker, mapped[speaker] == id { speakerOK += 1 }
            if predicted.participant(withID: id)?.role.rawValue == gturns[gi].role { roleOK += 1 }
        }
        speakerAccuracy = speakerCount > 0 ? Double(speakerOK) / Double(speakerCount) : (g2p.isEmpty ? 0 : 1)
        roleAccuracy = gturns.isEmpty ? 0 : Double(roleOK) / Double(gturns.count)

        let goldExchanges = Set((gold.exchanges ?? []).map { "\($0.question)|\(Set($0.answers).sorted())" })
        var predictedExchanges = Set<String>()
        for exchange in predicted.exchanges {
            let question = p2g[exchange.question].map(String.init) ?? "u\(exchange.question)"
            let answers = Set(exchange.answers.map { p2g[$0].map(String.init) ?? "u\($0)" })
            let goldStyle = answers.allSatisfy { !$0.hasPrefix("u") }
                ? Set(answers.compactMap(Int.init)).sorted().description : answers.sorted().description
            predictedExchanges.insert("\(question)|\(goldStyle)")
        }
        exchangeF1 = Self.f1(goldExchanges.intersection(predictedExchanges).count, predicted.exchanges.count, goldExchanges.count)

        var candidates: [Int: [String?]] = [:]
        var predictedPoints = 0
        for (pi, turn) in pturns.enumerated() {
            for point in Self.flatPoints(turn.points) {
                predictedPoints += 1
                if let g = p2g[pi] { candidates[g, default: []].append(Self.pointKey(point.marker, point.text)) }
            }
        }
        var goldPoints = 0
        var truePoints = 0
        for block in gold.points ?? [] {
            for item in block.items {
                guard let marker = item.first else { continue }
                goldPoints += 1
                let key = String(Self.pointKey(marker, item.count > 1 ? item[1] : "").prefix(Self.norm(marker).count + 6))
                if var list = candidates[block.turn], let k = list.firstIndex(where: { $0?.hasPrefix(key) == true }) {
                    list[k] = nil
                    candidates[block.turn] = list
                    truePoints += 1
                }
            }
        }
        pointF1 = Self.f1(truePoints, predictedPoints, goldPoints)
        if g2p.isEmpty {
            speakerAccuracy = 0
            roleAccuracy = 0
            exchangeF1 = 0
            pointF1 = 0
        }
    }
}
