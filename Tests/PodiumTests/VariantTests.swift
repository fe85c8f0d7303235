import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Surface variants: every gold document of `../shared/corpus/gold`, re-printed with its labels
/// in other layouts (``VariantLayout``), must keep its turn, speaker and exchange figures against the same
/// gold. The labelling stage decides from each document's own evidence, so a layout it was never shown
/// must read as well as the one the document came in.
@Suite("Surface variants", .enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"))
struct VariantTests {
    /// The bar every variant holds.
    static let floor = 0.97

    /// The figures a layout keeps the information for: the speaker figure only where names are printed.
    static func figures(_ names: VariantLayout.Names) -> [GoldScore.Figure] {
        names == .none ? [.turn, .exchange] : [.turn, .speaker, .exchange]
    }

    /// The gold a variant is held to: where reporters are printed as 問 or `Q1`, the gold's reporters
    /// count as unnamed, as score.py counts gold turns without a speaker, so only the named are scored.
    static func gold(_ gold: GoldScore.Gold, _ names: VariantLayout.Names) -> GoldScore.Gold {
        guard names == .allButReporters else { return gold }
        var gold = gold
        for index in gold.turns.indices where gold.turns[index].role == Role.reporter.rawValue { gold.turns[index].speaker = nil }
        return gold
    }

    /// A variant is printed from the original's parse, so it cannot win back a turn the original lost:
    /// where the original is below the bar, the variant must hold the original's figure instead.
    static func floor(_ figure: GoldScore.Figure, original: GoldScore) -> Double {
        min(floor, original[figure])
    }

    /// Why the parser reads a variant wrongly today, one case per cause; the report of the variants
    /// branch gives an example of each.
    enum Fault: String, CaseIterable {
        case headingName
        case nameAlone
        case lexiconLabelsMakeNoShape
        case askersNamedOnlyByOperator
        case sentenceColon

        var reason: String {
            switch self {
            case .headingName: "a name printed once, as a heading or a plain label, in a shape no other name of the document uses (`唐鳳：` once) is rejected"
            case .nameAlone: "a name alone on its line (no colon, clock or turn number) is no label candidate"
            case .lexiconLabelsMakeNoShape: "labels the lexicon reads make a shape only when they recur and alternate in it, so a name printed once beside a lexicon label printed once is rejected"
            case .askersNamedOnlyByOperator: "one `Q:` stands for every analyst, named only in the operator's introductions (`comes from Jane Doe with Acme`), so they stay one participant"
            case .sentenceColon: "a sentence ending in `：` (15 characters) is taken as a speaker once a key line makes the shape"
            }
        }
    }

    /// `Fixtures/KnownVariantFailures.tsv`: the variants the parser reads wrongly today, `document|layout`
    /// → its faults. Each runs inside `withKnownIssue`, so the suite stays green while the fault is known,
    /// and fails once the parser reads the variant: then remove its row.
    struct KnownFailures {
        static let path = "Tests/PodiumTests/Fixtures/KnownVariantFailures.tsv"
        var rows: [String: [Fault]] = [:]
        /// Lines that are neither a comment, the header, nor a document, a layout and known faults.
        var malformed: [String] = []

        static func load() throws -> KnownFailures {
            var table = KnownFailures()
            for line in try TestSupport.fixtureText("KnownVariantFailures.tsv").split(separator: "\n")
            where !line.hasPrefix("#") && !line.hasPrefix("document\t") {
                let cells = line.split(separator: "\t").map(String.init)
                let faults = cells.count == 3 ? cells[2].split(separator: ",").compactMap { Fault(rawValue: String($0)) } : []
                guard cells.count == 3, VariantLayout(rawValue: cells[1]) != nil, !faults.isEmpty,
                    faults.count == cells[2].split(separator: ",").count
                else {
                    table.malformed.append(String(line))
                    continue
                }
                table.rows["\(cells[0])|\(cells[1])"] = faults
            }
            return table
        }
    }

    /// Set `PODIUM_WRITE_VARIANTS=DIR` to write every variant to DIR, to run `podium parse` on it.
    static let outputFolder: URL? = ProcessInfo.processInfo.environment["PODIUM_WRITE_VARIANTS"].map {
        URL(fileURLWithPath: $0, isDirectory: true)
    }

    @Test(arguments: GoldDocuments.sharedDocuments, VariantLayout.allCases)
    func variantKeepsTheGoldFigures(document: GoldDocument, layout: VariantLayout) throws {
        let original = try GoldDocuments.transcript(document)
        let variants = LayoutVariants(original)
        let names = layout.names(chinese: variants.isChinese)
        let gold = Self.gold(try document.gold(), names)
        let originalScore = GoldScore(gold: gold, predicted: original)
        let text = variants.render(layout)
        try write(text, document, layout)
        // The generator's own check: only the labels change, every paragraph is printed.
        let missing = original.turns.flatMap(\.paragraphs).filter { !text.contains($0) }
        #expect(missing.isEmpty, "\(document.document) as \(layout): paragraphs not printed: \(missing.prefix(3))")

        let score = { () throws -> Void in
            let variant = try Transcript(parsing: text)
            let figures = GoldScore(gold: gold, predicted: variant)
            for figure in Self.figures(names) {
                let lowest = Self.floor(figure, original: originalScore)
                #expect(
                    figures[figure] >= lowest - 1e-9,
                    "\(document.document) as \(layout): \(figure.rawValue) \(figures[figure]) < \(lowest) (original \(originalScore[figure])); \(variant.turns.count) turns, gold \(gold.turns.count)")
            }
        }
        if let faults = try KnownFailures.load().rows["\(document.document)|\(layout.rawValue)"] {
            withKnownIssue(Comment(rawValue: faults.map(\.reason).joined(separator: "; "))) { try score() }
        } else {
            try score()
        }
    }

    private func write(_ text: String, _ document: GoldDocument, _ layout: VariantLayout) throws {
        guard let folder = Self.outputFolder else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stem = (document.document as NSString).lastPathComponent.split(separator: ".").first.map(String.init) ?? document.document
        try Data(text.utf8).write(to: folder.appendingPathComponent("\(stem).\(layout.rawValue).\(layout.fileExtension)"))
    }

    /// At least ten layouts besides mixed ones; a known failure must name a document and
    /// a layout that exist.
    @Test func layoutsAndKnownFailuresAreCurrent() throws {
        let mixed: Set<VariantLayout> = [.switchAtFirstQuestion, .perParticipant]
        #expect(VariantLayout.allCases.filter { !mixed.contains($0) }.count >= 10)
        let table = try KnownFailures.load()
        #expect(table.malformed.isEmpty, "\(KnownFailures.path): malformed rows (document, layout, faults):\n\(table.malformed.joined(separator: "\n"))")
        let documents = Set(GoldDocuments.sharedDocuments.map(\.document))
        let stale = table.rows.keys.filter { key in !documents.contains(where: { key.hasPrefix($0 + "|") }) }.sorted()
        #expect(stale.isEmpty, "\(KnownFailures.path): rows naming no gold document: \(stale)")
    }
}

/// The generator on a transcript small enough to read: each layout prints its own label shape and
/// keeps the words, so a variant that fails is the parser's fault and not the generator's.
@Suite("Layout variants generator")
struct LayoutVariantsTests {
    static let sample = """
        CHAIR POWELL: Good afternoon. We kept rates where they were.

        STEVE LIESMAN: Steve Liesman, CNBC. Will you cut next year?

        CHAIR POWELL: We will see how the data come in.
        """

    @Test(arguments: VariantLayout.allCases)
    func variantPrintsEveryParagraph(layout: VariantLayout) throws {
        let transcript = try TestSupport.parse(Self.sample)
        try #require(transcript.turns.count == 3)
        let text = LayoutVariants(transcript).render(layout)
        for paragraph in transcript.turns.flatMap(\.paragraphs) {
            #expect(text.contains(paragraph), "\(layout): \(paragraph) is missing from\n\(text)")
        }
        #expect(!text.contains("CHAIR POWELL:"), "\(layout) kept the original label:\n\(text)")
    }

    @Test func shapesAreTheLayoutsOwn() throws {
        let variants = LayoutVariants(try TestSupport.parse(Self.sample))
        let powell = variants.labelText(try #require(TestSupport.speaker(variants.transcript, turn: 0)).id)
        #expect(variants.render(.heading).contains("### \(powell)\n\nGood afternoon."))
        #expect(variants.render(.questionAnswer).contains("Q. Steve Liesman, CNBC."))
        #expect(variants.render(.headerBlock).contains("\n\(powell),  Chair    [1]\n" + String(repeating: "-", count: 78)))
        #expect(variants.render(.timestamped).contains("\(powell)  0:00\nGood afternoon."))
        #expect(variants.render(.keyLine).contains("(P: \(powell); Q: Reporter)"))
        #expect(variants.render(.numberedQuestions).contains("**Q1:** Steve Liesman, CNBC."))
    }
}
