import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// The HTML briefing: one self-contained page with the Markdown briefing's content, a speaking-share
/// chart, links from each question to its answers, `lang` from the document.
@Suite struct HTMLBriefingTests {
    @Test func seedMatchesSnapshot() throws {
        let html = try TestSupport.seed().htmlBriefing()
        Snapshots.library.expect(html, matches: "brief/zh_scio_miit_presser_2022-04-19.html.txt")
    }

    @Test(arguments: TestSupport.sampleNames)
    func isSelfContainedAndHoldsTheMarkdownContent(sample: String) throws {
        let transcript = try TestSupport.sampleTranscript(sample)
        let html = transcript.htmlBriefing()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(OutputLanguage(of: transcript).rawValue)\">"))
        for external in ["<script", "<link", "<img", "<iframe", " src=", "url("] {
            #expect(!html.contains(external), "the page loads \(external)")
        }
        // Every link inside the page has its target.
        for piece in html.components(separatedBy: "href=\"#").dropFirst() {
            let target = piece.prefix { $0 != "\"" }
            #expect(html.contains("id=\"\(target)\""), "no element with id \(target)")
        }
        // The same content as the Markdown: every question, headline and key figure.
        let content = BriefingBuilder(transcript: transcript, options: BriefingOptions()).build()
        for question in content.questions {
            #expect(html.contains("id=\"q\(question.number)\""))
            for paragraph in question.paragraphs {
                #expect(html.contains(HTMLBriefingRenderer.escape(paragraph.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")))
            }
            for index in question.answers.indices { #expect(html.contains("href=\"#q\(question.number)-a\(index + 1)\"")) }
        }
        for figure in content.figures { #expect(html.contains(HTMLBriefingRenderer.escape(figure.sentence))) }
        // One bar per participant who spoke, coloured by role.
        let speakers = content.rows.filter { $0.words > 0 }
        #expect(html.components(separatedBy: "<rect class=\"bar\"").count - 1 == speakers.count)
        for row in speakers { #expect(html.contains("fill=\"\(HTMLBriefingRenderer.roleColours[row.role] ?? "")\"")) }
    }

    @Test func escapesTextAndSetsTheLanguage() throws {
        #expect(HTMLBriefingRenderer.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        let transcript = try TestSupport.seed()
        #expect(transcript.htmlBriefing(BriefingOptions(language: .english)).hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let full = transcript.htmlBriefing(BriefingOptions(includesFullAnswers: true))
        #expect(full.components(separatedBy: "<details open>").count - 1 == transcript.exchanges.reduce(0) { $0 + $1.answers.count })
    }
}
