import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// The briefing on the seed: everything the "done when" names, checked on the Markdown and on
/// what a Markdown parser makes of it.
@Suite struct BriefingTests {
    static let outlets = ["新华社", "中央广播电视总台央视", "经济日报", "CNBC", "人民邮电报", "澎湃新闻", "封面新闻", "凤凰卫视"]

    /// The Q&A section split at its `### Q` headings.
    private func questionSections(_ briefing: String) -> [String] {
        guard let start = briefing.range(of: "\n## 答记者问\n"), let end = briefing.range(of: "\n## 关键数据\n") else { return [] }
        let section = briefing[start.upperBound..<end.lowerBound]
        return section.components(separatedBy: "\n### Q").dropFirst().map { "### Q" + $0 }
    }

    @Test func namesEveryAskerWithOutletInOrder() throws {
        let briefing = try TestSupport.seed().briefing()
        let sections = questionSections(briefing)
        try #require(sections.count == Self.outlets.count)
        for (index, outlet) in Self.outlets.enumerated() {
            let heading = sections[index].prefix { $0 != "\n" }
            #expect(heading.hasPrefix("### Q\(index + 1) · "))
            #expect(heading.contains(outlet), "Q\(index + 1) should name \(outlet): \(heading)")
        }
    }

    @Test func namesTheAnswerersOfEveryQuestion() throws {
        let transcript = try TestSupport.seed()
        let sections = questionSections(transcript.briefing())
        let expected = ["罗俊杰", "罗俊杰", "赵志国", "罗俊杰", "赵志国", "罗俊杰", "罗俊杰", "赵志国"]
        try #require(sections.count == expected.count)
        for (index, name) in expected.enumerated() {
            #expect(sections[index].contains("**\(name)**："), "Q\(index + 1) should be answered by \(name)")
            let other = name == "罗俊杰" ? "赵志国" : "罗俊杰"
            #expect(!sections[index].contains("**\(other)**："))
        }
    }

    @Test func quotesEveryQuestionInFull() throws {
        let transcript = try TestSupport.seed()
        let briefing = transcript.briefing()
        let sections = questionSections(briefing)
        try #require(sections.count == 8 && transcript.exchanges.count == 8)
        for (index, exchange) in transcript.exchanges.enumerated() {
            for paragraph in transcript.turns[exchange.question].paragraphs {
                #expect(sections[index].contains("> " + MarkdownEscaper.paragraph(paragraph)))
            }
        }
        #expect(MarkdownCounts(briefing).blockquotes == 8)
    }

    @Test func keepsTheHeadlineOfAllFiftyPoints() throws {
        let transcript = try TestSupport.seed()
        let briefing = transcript.briefing()
        func all(_ points: [Point]) -> [Point] { points.flatMap { [$0] + all($0.children) } }
        let points = transcript.turns.flatMap { all($0.points) }
        #expect(points.count == 50)
        for point in points {
            #expect(briefing.contains("**" + MarkdownEscaper.line(point.headline)), "missing headline «\(point.headline)»")
        }
        // Fifty point items plus one item per key figure.
        let figures = KeyFigureExtractor.figures(in: transcript).count
        #expect(MarkdownCounts(briefing).listItems == 50 + figures)
    }

    @Test func nestsTheInlineListUnderTheFirstPoint() throws {
        let briefing = try TestSupport.seed().briefing()
        #expect(briefing.contains("- 第一 **着力振作工业经济**。我们加强部门协作"))
        #expect(briefing.contains("\n  - 一是 **工业生产保持平稳**，一季度规模以上工业增加值同比增长6.5%"))
        #expect(briefing.contains("\n  - 四是 **制造业投资明显回升**"))
    }

    @Test func hasTitleSourceLineAndParticipantsTable() throws {
        let transcript = try TestSupport.seed()
        let briefing = transcript.briefing()
        let lines = briefing.components(separatedBy: "\n")
        #expect(lines.first == "# 工信部：完善新一轮新能源汽车下乡活动 启动公共领域车辆全面电动化城市试点")
        #expect(lines.count > 2 && lines[2].hasPrefix("2022-04-19 · 国务院新闻办新闻发布会 · [原文](http://hk.eastmoney.com/"))
        #expect(lines.count > 2 && lines[2].hasSuffix(" · 来源：财联社"))
        #expect(briefing.contains("| 罗俊杰 | 发布人 | 工业和信息化部新闻发言人、运行监测协调局局长 | 6 | "))
        #expect(briefing.contains("| 新华社记者 | 记者 | 新华社 | 1 | "))
        let counts = MarkdownCounts(briefing)
        #expect(counts.headings1 == 1)
        #expect(counts.headings2 == 4)
        #expect(counts.headings3 == 1 + 8)
        #expect(counts.tableRows == 1 + transcript.participants.count)
    }

    @Test func sharesOfWordsAddUpToAHundred() throws {
        let briefing = try TestSupport.seed().briefing()
        let shares = briefing.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && $0.hasSuffix("% |") }
            .compactMap { line -> Double? in
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                return cells.last.flatMap { Double($0.dropLast()) }
            }
        #expect(shares.count == 11)
        #expect(abs(shares.reduce(0, +) - 100) < 0.5)
    }

    @Test func headingsFollowTheLanguage() throws {
        let transcript = try TestSupport.seed()
        let english = transcript.briefing(BriefingOptions(language: .english))
        #expect(english.contains("\n## Participants\n"))
        #expect(english.contains("\n## Questions and answers\n"))
        #expect(english.contains("\n## Key figures\n"))
        #expect(english.contains("**罗俊杰**: "))
        let traditional = transcript.briefing(BriefingOptions(language: .traditionalChinese))
        #expect(traditional.contains("\n## 出席人員\n"))
        #expect(traditional.contains("\n## 關鍵數據\n"))
        #expect(OutputLanguage(code: "zh-TW") == .traditionalChinese)
        #expect(OutputLanguage(code: "en-US") == .english)
        #expect(OutputLanguage(code: "zh") == .simplifiedChinese)
        #expect(OutputLanguage(code: "fr") == nil)
    }

    @Test func fullAddsEveryAnswerText() throws {
        let transcript = try TestSupport.seed()
        let short = transcript.briefing()
        let full = transcript.briefing(BriefingOptions(includesFullAnswers: true))
        #expect(full.count > short.count * 2)
        for exchange in transcript.exchanges {
            for answer in exchange.answers {
                for paragraph in transcript.turns[answer].paragraphs {
                    #expect(full.contains(MarkdownEscaper.paragraph(paragraph)))
                }
            }
        }
        #expect(full.components(separatedBy: "**回答全文**：").count - 1 == 8)
        #expect(MarkdownCounts(full).blockquotes == 8)
    }

    @Test func keyFiguresAreAttributedAndLimited() throws {
        let transcript = try TestSupport.seed()
        let figures = KeyFigureExtractor.figures(in: transcript)
        #expect(figures.count == 39)
        let speakers = Set(figures.map(\.speaker))
        #expect(speakers == ["p2", "p6"], "only the two officials speak figures")
        #expect(figures.contains { $0.sentence.contains("同比增长6.5%") })
        let limited = transcript.briefing(BriefingOptions(keyFigureLimit: 3))
        let section = limited.components(separatedBy: "\n## 关键数据\n").last ?? ""
        #expect(section.components(separatedBy: "\n- ").count - 1 == 3)
    }

    @Test func opensWithoutCourtesies() throws {
        let briefing = try TestSupport.seed().briefing()
        #expect(!briefing.contains("女士们、先生们"))
        #expect(!briefing.contains("谢谢你的提问"))
        #expect(briefing.contains("在这个方面我们还有几个很好的基础条件："))
    }

    @Test(arguments: TestSupport.sampleNames)
    func matchesSnapshot(sample: String) throws {
        let transcript = try TestSupport.sampleTranscript(sample)
        let briefing = transcript.briefing()
        Snapshots.library.expect(briefing, matches: Snapshots.name("brief", sample, ".md"))
        let counts = MarkdownCounts(briefing)
        #expect(counts.headings1 == 1)
        #expect(counts.headings2 == 4)
        #expect(counts.blockquotes == transcript.exchanges.count)
    }

    @Test func fullBriefingMatchesSnapshot() throws {
        let briefing = try TestSupport.seed().briefing(BriefingOptions(includesFullAnswers: true))
        Snapshots.library.expect(briefing, matches: Snapshots.name("brief", TestSupport.seedName, ".full.md"))
    }
}

/// README's briefing example is the seed's real briefing: every line of the excerpt is in it.
@Suite struct ReadmeBriefingTests {
    @Test func readmeExcerptIsTheSeedsBriefing() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Briefing example").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```markdown\n").dropFirst().first?.components(separatedBy: "\n```").first)
        let briefing = try TestSupport.seed().briefing()
        let lines = block.split(separator: "\n").map(String.init).filter { $0 != "…" && !$0.hasPrefix("| … |") }
        #expect(lines.count > 20)
        for line in lines {
            #expect(briefing.contains(line + "\n"), "README shows a line the briefing does not print: \(line.prefix(80))")
        }
    }
}
