import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Podium

/// `podium stats DIR|FILE...`: what a corpus holds, as a table or JSON.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count documents, participants, turns and questions of a corpus.",
        discussion: """
            Parses every FILE (directories are walked recursively, files sorted by path, reading the files that \
            parse reads: transcript extensions, no README, LICENSE, CHANGELOG or hidden files) \
            and prints documents, participants by role, turns by kind, questions per outlet and the most active \
            speakers. A file that is not a transcript is reported on standard error and counted as failed; the \
            exit code is then 65.
            """
    )

    @Argument(help: "Files or directories to read.")
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var reading: ReadingOptions

    @Option(name: .long, help: "Output format: table or json.")
    var format: StatsFormat = .table

    @Option(name: .long, help: "How many outlets and speakers to list.")
    var top = 15

    enum StatsFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func validate() throws {
        if top < 0 { throw ValidationError("--top must not be negative") }
    }

    func run() throws {
        let collection = try corpus.collect(paths)
        var totals = CorpusStats()
        let runner = CorpusRunner(reading: reading, jobs: corpus.runnerJobs)
        _ = try runner.run(collection, transform: { transcript, _ in DocumentStats(transcript) }) { outcome in
            switch outcome {
            case .parsed(_, let stats, _, _, let bytes): totals.add(stats, bytes: bytes)
            case .failed(_, _, let bytes): totals.addFailure(bytes: bytes)
            }
        }
        let text = format == .json ? totals.json(top: top) : totals.table(top: top)
        let sink = try OutputSink(path: nil)
        try sink.write(text)
        if totals.failed > 0 { throw ExitCode(CommandFailure.Code.dataError.rawValue) }
    }
}

/// The counts one document contributes.
struct DocumentStats: Sendable {
    struct Speaker: Sendable {
        var name: String
        var role: Role
        var outlet: String?
        var turns: Int
        var characters: Int
    }

    var participants: [Role: Int] = [:]
    var turns: [Turn.Kind: Int] = [:]
    var exchanges = 0
    var points = 0
    var questionsByOutlet: [String: Int] = [:]
    var speakers: [Speaker] = []

    init(_ transcript: Transcript) {
        var byID: [String: Int] = [:]
        for participant in transcript.participants {
            participants[participant.role, default: 0] += 1
            byID[participant.id] = speakers.count
            speakers.append(
                Speaker(name: participant.name ?? participant.label, role: participant.role, outlet: participant.outlet,
                    turns: 0, characters: 0))
        }
        for turn in transcript.turns {
            turns[turn.kind, default: 0] += 1
            points += Self.count(turn.points)
            guard let index = byID[turn.speaker] else { continue }
            speakers[index].turns += 1
            speakers[index].characters += turn.paragraphs.reduce(0) { $0 + $1.count }
            if turn.kind == .question {
                questionsByOutlet[speakers[index].outlet ?? CorpusStats.noOutlet, default: 0] += 1
            }
        }
        exchanges = transcript.exchanges.count
        speakers.removeAll { $0.turns == 0 }
    }

    private static func count(_ points: [Point]) -> Int {
        points.reduce(0) { $0 + 1 + count($1.children) }
    }
}

/// Totals over a corpus, printed as a table or JSON.
struct CorpusStats {
    static let noOutlet = "(no outlet named)"

    struct Speaker {
        var name: String
        var roles: [Role: Int] = [:]
        var turns = 0
        var characters = 0
        var documents = 0

        var role: Role { roles.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .unknown }
    }

    var documents = 0
    var failed = 0
    var bytes = 0
    var participants: [Role: Int] = [:]
    var turns: [Turn.Kind: Int] = [:]
    var exchanges = 0
    var points = 0
    var questionsByOutlet: [String: Int] = [:]
    var speakers: [String: Speaker] = [:]

    var participantTotal: Int { participants.values.reduce(0, +) }
    var turnTotal: Int { turns.values.reduce(0, +) }

    mutating func addFailure(bytes: Int) {
        self.bytes += bytes
        failed += 1
    }

    mutating func add(_ document: DocumentStats, bytes: Int) {
        self.bytes += bytes
        documents += 1
        participants.merge(document.participants, uniquingKeysWith: +)
        turns.merge(document.turns, uniquingKeysWith: +)
        exchanges += document.exchanges
        points += document.points
        questionsByOutlet.merge(document.questionsByOutlet, uniquingKeysWith: +)
        var seen = Set<String>()
        for speaker in document.speakers {
            var total = speakers[speaker.name] ?? Speaker(name: speaker.name)
            total.roles[speaker.role, default: 0] += speaker.turns
            total.turns += speaker.turns
            total.characters += speaker.characters
            if seen.insert(speaker.name).inserted { total.documents += 1 }
            speakers[speaker.name] = total
        }
    }

    func topOutlets(_ count: Int) -> [(outlet: String, questions: Int)] {
        questionsByOutlet.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(count).map { ($0.key, $0.value) }
    }

    func topSpeakers(_ count: Int) -> [Speaker] {
        Array(speakers.values.sorted { ($1.turns, $1.characters, $0.name) < ($0.turns, $0.characters, $1.name) }.prefix(count))
    }

    func table(top: Int) -> String {
        var lines: [String] = []
        lines.append("documents     \(documents)" + (failed > 0 ? "  (\(failed) failed)" : ""))
        lines.append("participants  \(participantTotal)  " + Role.allCases.map { "\($0.rawValue) \(participants[$0] ?? 0)" }.joined(separator: ", "))
        lines.append("turns         \(turnTotal)  " + Turn.Kind.allCases.map { "\($0.rawValue) \(turns[$0] ?? 0)" }.joined(separator: ", "))
        lines.append("exchanges     \(exchanges)")
        lines.append("points        \(points)")
        let outlets = topOutlets(top)
        if !outlets.isEmpty {
            lines.append("")
            lines.append("questions per outlet")
            lines += Self.format([["outlet", "questions"]] + outlets.map { [$0.outlet, String($0.questions)] }, rightAligned: [1])
        }
        let speakers = topSpeakers(top)
        if !speakers.isEmpty {
            lines.append("")
            lines.append("most active speakers")
            lines += Self.format(
                [["speaker", "role", "turns", "characters", "documents"]]
                    + speakers.map { [$0.name, $0.role.rawValue, String($0.turns), String($0.characters), String($0.documents)] },
                rightAligned: [2, 3, 4])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json(top: Int) -> String {
        func object(_ pairs: [(String, String)]) -> String {
            "{" + pairs.map { "\(JSONLiteral.string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
        }
        let outlets = topOutlets(top).map { object([("outlet", JSONLiteral.string($0.outlet)), ("questions", String($0.questions))]) }
        let speakers = topSpeakers(top).map {
            object([
                ("name", JSONLiteral.string($0.name)), ("role", JSONLiteral.string($0.role.rawValue)), ("turns", String($0.turns)),
                ("characters", String($0.characters)), ("documents", String($0.documents)),
            ])
        }
        return object([
            ("documents", String(documents)),
            ("failed", String(failed)),
            ("bytes", String(bytes)),
            ("participants", String(participantTotal)),
            ("participantsByRole", object(Role.allCases.map { ($0.rawValue, String(participants[$0] ?? 0)) })),
            ("turns", String(turnTotal)),
            ("turnsByKind", object(Turn.Kind.allCases.map { ($0.rawValue, String(turns[$0] ?? 0)) })),
            ("questions", String(turns[.question] ?? 0)),
            ("exchanges", String(exchanges)),
            ("points", String(points)),
            ("questionsPerOutlet", "[" + outlets.joined(separator: ",") + "]"),
            ("speakers", "[" + speakers.joined(separator: ",") + "]"),
        ]) + "\n"
    }

    /// Columns padded to their display width (Chinese characters take two cells).
    static func format(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], displayWidth(cell)) }
        }
        return rows.map { row in
            trimmingTrailingWhitespace(
                row.enumerated().map { column, cell in
                    let padding = String(repeating: " ", count: widths[column] - displayWidth(cell))
                    return rightAligned.contains(column) ? padding + cell : cell + padding
                }.joined(separator: "  "))
        }
    }

    /// `line` without the whitespace that ends it (the last column's padding), as the regular expression
    /// `\s+$` removed it: every trailing Unicode scalar with the White_Space property.
    static func trimmingTrailingWhitespace(_ line: String) -> String {
        guard let lastKept = line.unicodeScalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(line.unicodeScalars[...lastKept])
    }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                return width + 2
            case 0x0300...0x036F, 0x200B...0x200F:
                return width
            default:
                return width + 1
            }
        }
    }
}
