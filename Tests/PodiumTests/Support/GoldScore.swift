import Foundation

@testable import Podium

/// The five figures of `../shared/eval/score.py`, computed in Swift so tests can hold documents to them.
///
/// It follows score.py step by step, on Unicode scalars (Python's code points) rather than Characters, and
/// with score.py's orders wherever a tie decides who owns a participant, so the figures are the same bit
/// for bit; `GoldTests.swiftScorerAgreesWithScorePy` checks that whenever python3 is there.
struct GoldScore: Equatable, CustomStringConvertible {
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

    /// The figures, named as in the floors table.
    enum Figure: String, CaseIterable, Sendable {
        case turn, speaker, role, exchange, point
    }

    var turnF1 = 0.0
    var speakerAccuracy = 0.0
    var roleAccuracy = 0.0
    var exchangeF1 = 0.0
    var pointF1 = 0.0

    var all: [Double] { [turnF1, speakerAccuracy, roleAccuracy, exchangeF1, pointF1] }

    subscript(figure: Figure) -> Double {
        switch figure {
        case .turn: turnF1
        case .speaker: speakerAccuracy
        case .role: roleAccuracy
        case .exchange: exchangeF1
        case .point: pointF1
        }
    }

    var description: String { Figure.allCases.map { "\($0.rawValue) \(self[$0])" }.joined(separator: ", ") }

    /// score.py's `norm`: NFKC, Python's `lower()`, then letters and digits only.
    static func norm(_ text: String?) -> [Unicode.Scalar] {
        let mapped = Array((text ?? "").precomposedStringWithCompatibilityMapping.unicodeScalars)
        var result: [Unicode.Scalar] = []
        for (index, scalar) in mapped.enumerated() {
            for lower in pythonLower(mapped, at: index, scalar) where CoverageKey.counts(lower) {
                result.append(lower)
            }
        }
        return result
    }

    /// Python lower-cases a capital sigma by its context (ς at the end of a word), as Swift's
    /// `lowercased()` does not; every other scalar takes its full lower-case mapping.
    private static func pythonLower(_ scalars: [Unicode.Scalar], at index: Int, _ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
        guard scalar == "\u{3A3}" else { return scalar.properties.lowercaseMapping.unicodeScalars }
        let cased = { (other: Unicode.Scalar) in other.properties.isCased }
        let ignorable = { (other: Unicode.Scalar) in other.properties.isCaseIgnorable }
        let before = scalars[..<index].reversed().first { !ignorable($0) }
        let after = scalars[(index + 1)...].first { !ignorable($0) }
        let final = before.map(cased) == true && after.map(cased) != true
        return (final ? "\u{3C2}" : "\u{3C3}").unicodeScalars
    }

    /// Python's `needle in haystack` on code points: the empty needle is in everything.
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0...].starts(with: needle) }
    }

    private static func f1(_ tp: Int, _ predicted: Int, _ gold: Int) -> Double {
        let p = predicted > 0 ? Double(tp) / Double(predicted) : (gold == 0 ? 1 : 0)
        let r = gold > 0 ? Double(tp) / Double(gold) : 1
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    private static func flatPoints(_ points: [Point]) -> [Point] {
        points.flatMap { [$0] + flatPoints($0.children) }
    }

    private static func pointKey(_ marker: String, _ text: String) -> [Unicode.Scalar] {
        let m = norm(marker)
        let t = norm(text)
        return t.starts(with: m) ? t : m + t
    }

    init(gold: Gold, predicted: Transcript) {
        let gturns = gold.turns
        let pturns = predicted.turns
        let ptexts = pturns.map { Self.norm($0.paragraphs.joined()) }
        // Each gold turn takes the first unused predicted turn that starts with its first 12 letters.
        var g2p: [(gold: Int, predicted: Int)] = []
        var used = Set<Int>()
        for (gi, g) in gturns.enumerated() {
            let key = Self.norm(g.start).prefix(12)
            if let pi = ptexts.indices.first(where: { !used.contains($0) && ptexts[$0].starts(with: key) }) {
                g2p.append((gi, pi))
                used.insert(pi)
            }
        }
        var p2g: [Int: Int] = [:]
        for (g, p) in g2p { p2g[p] = g }
        turnF1 = Self.f1(g2p.count, pturns.count, gturns.count)

        // score.py walks gold speakers by how many turns they have, ties in order of first appearance, and
        // gives each the participant most of its turns went to (ties: the one seen first) unless taken.
        var order: [String] = []
        var byGold: [String: [String]] = [:]
        for (gi, pi) in g2p {
            guard let speaker = gturns[gi].speaker else { continue }
            if byGold[speaker] == nil { order.append(speaker) }
            byGold[speaker, default: []].append(pturns[pi].speaker)
        }
        let ranked = order.enumerated().sorted { left, right in
            let (a, b) = (byGold[left.element, default: []].count, byGold[right.element, default: []].count)
            return a != b ? a > b : left.offset < right.offset
        }
        var mapped: [String: String] = [:]
        var owner: [String: String] = [:]
        for (_, speaker) in ranked {
            let ids = byGold[speaker, default: []]
            var counts: [String: Int] = [:]
            for id in ids { counts[id, default: 0] += 1 }
            guard let most = counts.values.max(), let best = ids.first(where: { counts[$0] == most }) else { continue }
            let participant = predicted.participant(withID: best)
            let forms = [participant?.name, participant?.outlet, participant?.label] + (participant?.aliases ?? []).map(Optional.some)
            let names = forms.compactMap { $0 }.filter { !$0.isEmpty }.map { Self.norm($0) }
            let goldName = Self.norm(speaker)
            let ok = names.contains { Self.contains($0, goldName) || ($0.count >= 2 && Self.contains(goldName, $0)) }
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

        // An exchange counts when its question and its exact set of answers are the gold's; a turn no gold
        // turn matched stays apart from every gold index.
        enum Side: Hashable { case gold(Int), unmatched(Int) }
        struct Pair: Hashable {
            var question: Side
            var answers: Set<Side>
        }
        let goldExchanges = Set((gold.exchanges ?? []).map { Pair(question: .gold($0.question), answers: Set($0.answers.map(Side.gold))) })
        let side = { (index: Int) in p2g[index].map(Side.gold) ?? .unmatched(index) }
        let predictedExchanges = Set(predicted.exchanges.map { Pair(question: side($0.question), answers: Set($0.answers.map(side))) })
        exchangeF1 = Self.f1(goldExchanges.intersection(predictedExchanges).count, predicted.exchanges.count, goldExchanges.count)

        var candidates: [Int: [[Unicode.Scalar]?]] = [:]
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
                let key = Self.pointKey(marker, item.count > 1 ? item[1] : "").prefix(Self.norm(marker).count + 6)
                if var list = candidates[block.turn], let k = list.firstIndex(where: { $0?.starts(with: key) == true }) {
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
