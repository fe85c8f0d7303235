/// Writes the briefing as one self-contained HTML page: the content of the Markdown briefing
/// (``BriefingBuilder``), a speaking-share bar chart as inline SVG (words per participant, coloured by
/// role), a list of the questions, links from each question to its answers, and print-friendly CSS.
/// No script, font, image or style sheet is loaded from anywhere.
struct HTMLBriefingRenderer {
    let content: BriefingContent
    private var lexicon: BriefingLexicon { content.lexicon }

    func render() -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"\(content.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(Self.escape(content.header.title))</title>\n<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n<main>\n"
        html += "<header>\n<h1>\(Self.escape(content.header.title))</h1>\n"
        let meta = content.header.metaItems.map { item in
            item.url.map { "<a href=\"\(Self.escape($0))\">\(Self.escape(item.text))</a>" } ?? Self.escape(item.text)
        }
        if !meta.isEmpty { html += "<p class=\"meta\">" + meta.joined(separator: Self.escape(lexicon.metaSeparator)) + "</p>\n" }
        html += "</header>\n"
        if let summary = content.summary { html += paragraph(summary) }
        html += participants()
        html += statements()
        html += exchanges()
        html += keyFigures()
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    // MARK: - Participants and the chart

    /// A section: its `h2`, then its body, or the sentence that says it is empty.
    private func section(_ id: String, _ heading: String, empty: String? = nil, _ body: () -> String) -> String {
        "<section id=\"\(id)\">\n<h2>\(Self.escape(heading))</h2>\n" + (empty.map(paragraph) ?? body()) + "</section>\n"
    }

    private func participants() -> String {
        section("participants", lexicon.participants) { chart() + table() }
    }

    private func table() -> String {
        var html = "<table>\n<thead><tr>"
        for (index, column) in [lexicon.nameColumn, lexicon.roleColumn, lexicon.affiliationColumn, lexicon.turnsColumn, lexicon.shareColumn].enumerated() {
            html += index >= 3 ? "<th class=\"number\">\(Self.escape(column))</th>" : "<th>\(Self.escape(column))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in content.rows {
            html += "<tr class=\"\(row.role.rawValue)\"><td>\(Self.escape(row.name))</td><td>\(Self.escape(lexicon.role(row.role)))</td>"
            html += "<td>\(Self.escape(row.affiliation))</td><td class=\"number\">\(row.turns)</td>"
            html += "<td class=\"number\">\(BriefingRenderer.percent(row.share))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Colours of the chart's bars and the table's role marks, by role.
    static let roleColours: [Role: String] = [.official: "#1f5f99", .moderator: "#6b4c9a", .reporter: "#c8660f", .unknown: "#767676"]

    /// A horizontal bar per participant, as long as their share of the words, coloured by role, with a
    /// legend of the roles that appear.
    private func chart() -> String {
        let rows = content.rows.filter { $0.words > 0 }
        guard !rows.isEmpty else { return "" }
        let (labelWidth, barWidth, rowHeight, top) = (200, 340, 22, 8)
        let roles = Role.allCases.filter { role in rows.contains { $0.role == role } }
        let legendTop = top + rows.count * rowHeight + 10
        let height = legendTop + 22
        let widest = max(1, rows.map(\.share).max() ?? 1)
        let caption = lexicon.chartCaption + lexicon.openBracket + lexicon.wordsUnit + lexicon.closeBracket
        var svg = "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 \(height)\" role=\"img\""
        svg += " aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">\(Self.escape(caption))</title>\n"
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            let length = max(1, Int((Double(barWidth) * row.share / widest).rounded()))
            let colour = Self.roleColours[row.role] ?? "#767676"
            let longest = Thresholds.Summary.longestChartName
            let name = row.name.count > longest ? String(row.name.prefix(longest - 1)) + "…" : row.name
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(Self.escape(name))</text>"
            svg += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"16\" fill=\"\(colour)\">"
            svg += "<title>\(Self.escape(row.name)): \(row.words) \(Self.escape(lexicon.wordsUnit))</title></rect>"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\">\(row.words) · \(BriefingRenderer.percent(row.share))</text>\n"
        }
        var x = labelWidth
        for role in roles {
            let colour = Self.roleColours[role] ?? "#767676"
            let name = lexicon.role(role)
            svg += "<rect x=\"\(x)\" y=\"\(legendTop + 4)\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"\(legendTop + 15)\">\(Self.escape(name))</text>\n"
            x += 28 + name.count * (content.language == .english ? 8 : 14)
        }
        svg += "</svg>\n<figcaption>\(Self.escape(caption))</figcaption>\n</figure>\n"
        return svg
    }

    // MARK: - Statements, questions, figures

    private func statements() -> String {
        section("statements", lexicon.openingStatements, empty: content.statements.isEmpty ? lexicon.noStatements : nil) {
            content.statements.map { "<h3>\(Self.escape($0.speaker))</h3>\n" + blocks($0.blocks) }.joined()
        }
    }

    private func exchanges() -> String {
        section("questions", lexicon.questionsAndAnswers, empty: content.questions.isEmpty ? lexicon.noQuestions : nil, questions)
    }

    private func questions() -> String {
        var html = "<nav class=\"contents\">\n<ol>\n"
        for question in content.questions {
            // The asker, then the question's first sentence that is not a courtesy.
            let sentences = question.paragraphs.flatMap(SentenceSplitter.sentences)
            let longest = Thresholds.Summary.longestGist
            let gist = sentences.first(where: { !NewsSentences.isFiller($0) }).map {
                $0.count > longest ? String($0.prefix(longest - 1)) + "…" : $0
            }
            html += "<li><a href=\"#q\(question.number)\">Q\(question.number) · \(Self.escape(question.asker))</a>"
            html += (gist.map { " <span class=\"gist\">" + Self.escape($0) + "</span>" } ?? "") + "</li>\n"
        }
        html += "</ol>\n</nav>\n"
        for whole in content.before { html += self.whole(whole) }
        for question in content.questions {
            let id = "q\(question.number)"
            let mark = question.isDeflected ? " · " + Self.escape(lexicon.deflected) : ""
            html += "<article class=\"question\" id=\"\(id)\">\n<h3>Q\(question.number) · \(Self.escape(question.asker))\(mark)</h3>\n"
            if !question.paragraphs.isEmpty {
                html += "<blockquote>\n" + question.paragraphs.map(paragraph).joined() + "</blockquote>\n"
            }
            if !question.parts.isEmpty {
                html += "<ol class=\"parts\">\n" + question.parts.map { "<li>" + Self.escape($0) + "</li>\n" }.joined() + "</ol>\n"
            }
            if question.answers.contains(where: { $0.interjection == nil }) {
                let links = question.answers.enumerated().filter { $0.element.interjection == nil }.map { index, answer in
                    "<a href=\"#\(id)-a\(index + 1)\">\(Self.escape(answer.speaker))</a>"
                }
                html += "<p class=\"to-answers\">\(Self.escape(lexicon.answersLink + lexicon.colon))\(links.joined(separator: Self.escape(lexicon.listSeparator)))</p>\n"
            }
            for (index, answer) in question.answers.enumerated() {
                if let interjection = answer.interjection {
                    html += "<p class=\"interjection\"><em>" + Self.escape(answer.speaker + lexicon.colon + interjection) + "</em></p>\n"
                    continue
                }
                html += "<div class=\"answer\" id=\"\(id)-a\(index + 1)\">\n" + speaker(answer.speaker, mark: answer.partMark) + blocks(answer.blocks)
                if let full = answer.full {
                    let paragraphs = full.enumerated().map { offset, text in
                        let mark = answer.fullPartMarks.indices.contains(offset) ? answer.fullPartMarks[offset] : ""
                        return mark.isEmpty ? text : mark.trimmingCharacters(in: " ") + " " + text
                    }
                    html += "<details open>\n<summary>\(Self.escape(lexicon.fullAnswer))</summary>\n" + paragraphs.map(paragraph).joined() + "</details>\n"
                }
                html += "</div>\n"
            }
            for whole in question.after { html += self.whole(whole) }
            html += "</article>\n"
        }
        return html
    }

    private func keyFigures() -> String {
        section("figures", lexicon.keyFigures, empty: content.figures.isEmpty ? lexicon.noFigures : nil) {
            "<ul>\n" + content.figures.map { figure in
                "<li><strong>\(Self.escape(figure.speaker))</strong>\(Self.escape(lexicon.colon))\(Self.escape(figure.sentence))</li>\n"
            }.joined() + "</ul>\n"
        }
    }

    // MARK: - Pieces

    private func whole(_ whole: BriefingContent.Whole) -> String {
        "<div class=\"remark\">\n" + speaker(whole.speaker) + whole.paragraphs.map(paragraph).joined() + "</div>\n"
    }

    /// A name in bold with a colon; `mark` (the question parts an answer takes up) follows the name.
    private func speaker(_ name: String, mark: String = "") -> String {
        let part = mark.isEmpty ? "" : "<span class=\"part\">" + Self.escape(mark) + "</span>"
        return "<p class=\"speaker\"><strong>\(Self.escape(name))</strong>\(part)\(Self.escape(lexicon.colon.trimmingCharacters(in: " ")))</p>\n"
    }

    private func paragraph(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { Self.escape(String($0)) }
        return lines.isEmpty ? "" : "<p>" + lines.joined(separator: "<br>") + "</p>\n"
    }

    private func blocks(_ blocks: [BriefingContent.Block]) -> String {
        blocks.map { block in
            switch block {
            case .text(let text): return paragraph(text)
            case .list(let items): return list(items)
            }
        }.joined()
    }

    private func list(_ items: [BriefingContent.Item]) -> String {
        var html = "<ul class=\"points\">\n"
        for item in items {
            html += "<li><span class=\"marker\">\(Self.escape(item.marker))</span> <strong>\(Self.escape(item.headline))</strong>"
            html += Self.escape(item.follow)
            if !item.children.isEmpty { html += "\n" + list(item.children) }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// Text made safe inside an element or an attribute.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text { output += entities[character] ?? String(character) }
        return output
    }

    private static let entities: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]

    /// The page's style: readable on screen, plain on paper (no navigation, no link colours, questions
    /// kept whole where they fit).
    static let styleSheet = """
        :root { color-scheme: light; }
        body { margin: 0; background: #fff; color: #1b1b1b; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #d8d8d8; padding-bottom: .2rem; margin-top: 2.2rem; }
        h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
        .meta { color: #555; margin-top: 0; }
        a { color: #1f5f99; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { border-bottom: 1px solid #e2e2e2; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        th.number, td.number { text-align: right; white-space: nowrap; }
        tr.official td:first-child { border-left: 4px solid #1f5f99; }
        tr.moderator td:first-child { border-left: 4px solid #6b4c9a; }
        tr.reporter td:first-child { border-left: 4px solid #c8660f; }
        tr.unknown td:first-child { border-left: 4px solid #767676; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { width: 100%; height: auto; font: 12px system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; fill: #1b1b1b; }
        figcaption { color: #555; font-size: .85rem; }
        blockquote { margin: .5rem 0; padding: .1rem 1rem; border-left: 4px solid #d8d8d8; color: #333; background: #f7f7f7; }
        .speaker { margin-bottom: .2rem; }
        .to-answers { font-size: .85rem; color: #555; }
        ul.points { padding-left: 1.4rem; }
        .marker { color: #555; }
        nav.contents ol { font-size: .9rem; padding-left: 1.8rem; }
        nav.contents .gist { color: #555; }
        details summary { cursor: pointer; color: #555; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          nav.contents, .to-answers { display: none; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; }
          blockquote { background: none; }
          tr, li, figure { break-inside: avoid; }
        }

        """
}
