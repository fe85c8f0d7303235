import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// The briefings of one document of each kind in `../shared/corpus`, held as snapshots and read as a
/// journalist would: every paragraph of an opening statement is there, every answer with figures keeps
/// one, no Latin headline is cut inside its phrase. `PODIUM_RECORD_SNAPSHOTS=1` records them again.
@Suite("Corpus briefings", .enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"))
struct BriefingCorpusTests {
    static let documents = [
        "zh_scio_miit_presser_2022-04-19.md", "en_wh_briefing_psaki_2021-01-20.md", "en_jekyll_fomc_presser_2023-12-13.md",
        "bulk/mfa/2026-03-02-毛宁.txt", "en_earnings_equity_commonwealth_q3_2022.txt", "zh-Hant_tw_ey_cabinet_presser_2018-12-13.md",
    ]

    private func transcript(_ path: String) throws -> Transcript {
        let corpus = try #require(TestSupport.corpus)
        return try Transcript(parsing: Data(contentsOf: corpus.appendingPathComponent(path)))
    }

    private static func snapshotName(_ path: String) -> String {
        "brief/corpus/" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".md"
    }

    @Test(arguments: documents)
    func matchesSnapshot(path: String) throws {
        let briefing = try transcript(path).briefing(BriefingOptions(fileName: path))
        Snapshots.library.expect(briefing, matches: Self.snapshotName(path))
        #expect(MarkdownCounts(briefing).headings1 == 1)
    }

    @Test(arguments: documents)
    func readsAsAJournalistNeedsIt(path: String) throws {
        let transcript = try transcript(path)
        let briefing = transcript.briefing(BriefingOptions(fileName: path))
        // Every document but the earnings call (which prints no date) is dated.
        if !path.contains("earnings") {
            #expect(BriefingHeader(transcript: transcript, lexicon: .english, fileName: path).date != nil, "undated")
        }
        // Every statement paragraph with news is represented by its lead sentence (or its list).
        for turn in transcript.turns where turn.kind == .statement && turn.points.isEmpty {
            for paragraph in turn.paragraphs {
                let sentences = SentenceSplitter.sentences(paragraph)
                guard !TurnDigest.isAside(sentences), let lead = TurnDigest.leadSentence(of: sentences) else { continue }
                #expect(briefing.contains(MarkdownEscaper.line(lead)), "missing the lead «\(lead.prefix(60))»")
            }
        }
        // Every answer that speaks a figure keeps one in its summary.
        let digests = briefing.components(separatedBy: "\n### Q").dropFirst()
        for (number, exchange) in transcript.exchanges.enumerated() where number < digests.count {
            let answers = exchange.answers.compactMap { transcript.turns.indices.contains($0) ? transcript.turns[$0] : nil }
            let figures = answers.flatMap(\.paragraphs).contains(where: KeyFigureExtractor.containsFigure)
            guard figures else { continue }
            let section = digests[digests.index(digests.startIndex, offsetBy: number)]
            let summary = section.components(separatedBy: "\n").filter { !$0.hasPrefix(">") }.joined(separator: "\n")
            #expect(KeyFigureExtractor.containsFigure(summary), "Q\(number + 1) of \(path) lost its figures")
        }
        // No strong headline ends inside a phrase: the text after `**` starts with punctuation or a space.
        for line in briefing.split(separator: "\n") where line.hasPrefix("- ") || line.hasPrefix("  - ") {
            guard let close = line.range(of: "** "), line[close.upperBound...].first?.isLowercase == true else { continue }
            Issue.record("a headline is cut mid-phrase: \(line.prefix(120))")
        }
    }

    /// The briefing, Q&A table, statements and Markdown of every gold document of the shared corpus have
    /// the shape their transcript gives them. (That the commands write them is PodiumCLITests'.)
    @Test(arguments: GoldDocuments.sharedDocuments)
    func renderingsOfTheGoldDocumentsHaveTheirShape(document: GoldDocument) throws {
        let transcript = try GoldDocuments.transcript(document)
        let path = try #require(document.raw).path
        let briefing = transcript.briefing(BriefingOptions(includesFullAnswers: true, fileName: path))
        let counts = MarkdownCounts(briefing)
        #expect(counts.headings1 == 1)
        #expect(counts.headings2 == 4)
        // One heading per speaker of opening statements, then one per question.
        let statementSpeakers = Set(transcript.turns.filter { $0.kind == .statement }.map(\.speaker))
        #expect(counts.headings3 == statementSpeakers.count + transcript.exchanges.count)
        #expect(counts.blockquotes == transcript.exchanges.count)
        let rows = CSVReader.records(transcript.questionsAndAnswers(format: .csv))
        #expect(rows.count == transcript.exchanges.count + 1)
        #expect(rows.allSatisfy { $0.count == 8 })
        let statements = transcript.statements(format: .jsonl).split(separator: "\n")
        #expect(statements.count == transcript.turns.count)
        let markdown = transcript.markdown()
        for paragraph in transcript.turns.flatMap(\.paragraphs) {
            #expect(markdown.contains(MarkdownEscaper.paragraph(paragraph)))
        }
    }
}
