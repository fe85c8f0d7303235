/// Writes the Markdown briefing: title and source line, participants, opening statements, questions
/// and answers, key figures (the content of ``BriefingBuilder``).
struct BriefingRenderer {
    let content: BriefingContent
    private var lexicon: BriefingLexicon { content.lexicon }

    func render() -> String {
        var document = MarkdownDocument()
        content.header.write(to: &document)
        if let summary = content.summary { document.paragraph(summary) }
        document.heading(2, lexicon.participants)
        document.table(
            header: [lexicon.nameColumn, lexicon.roleColumn, lexicon.affiliationColumn, lexicon.turnsColumn, lexicon.shareColumn],
            rows: content.rows.map { [$0.name, lexicon.role($0.role), $0.affiliation, String($0.turns), Self.percent($0.share)] },
            rightAligned: [3, 4])
        writeStatements(to: &document)
        writeExchanges(to: &document)
        writeKeyFigures(to: &document)
        return document.text
    }

    /// A share with one decimal: `12.5%`.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    private func writeStatements(to document: inout MarkdownDocument) {
        document.heading(2, lexicon.openingStatements)
        guard !content.statements.isEmpty else {
            document.paragraph(lexicon.noStatements)
            return
        }
        for statement in content.statements {
            document.heading(3, statement.speaker)
            write(statement.blocks, to: &document)
        }
    }

    private func writeExchanges(to document: inout MarkdownDocument) {
        document.heading(2, lexicon.questionsAndAnswers)
        guard !content.questions.isEmpty else {
            document.paragraph(lexicon.noQuestions)
            return
        }
        for whole in content.before { write(whole, to: &document) }
        for question in content.questions {
            let mark = question.isDeflected ? " · " + lexicon.deflected : ""
            document.heading(3, "Q\(question.number) · " + question.asker + mark)
            document.blockquote(question.paragraphs)
            document.numberedList(question.parts)
            for answer in question.answers {
                if let interjection = answer.interjection {
                    document.markdownParagraph(MarkdownSpan.emphasis(answer.speaker + lexicon.colon + interjection))
                    continue
                }
                writeSpeaker(answer.speaker, mark: answer.partMark, to: &document)
                write(answer.blocks, to: &document)
                if let full = answer.full {
                    writeSpeaker(lexicon.fullAnswer, to: &document)
                    for (index, paragraph) in full.enumerated() {
                        let mark = answer.fullPartMarks.indices.contains(index) ? answer.fullPartMarks[index] : ""
                        document.paragraph(mark.isEmpty ? paragraph : mark.trimmingCharacters(in: " ") + " " + paragraph)
                    }
                }
            }
            for whole in question.after { write(whole, to: &document) }
        }
    }

    /// A name in bold with a colon, as a paragraph of its own; `mark` (the question parts an answer takes up,
    /// 「（第一个问题）」) follows the name.
    private func writeSpeaker(_ name: String, mark: String = "", to document: inout MarkdownDocument) {
        let colon = lexicon.colon.trimmingCharacters(in: " ")
        document.markdownParagraph(
            MarkdownSpan.strong(name, before: mark.isEmpty ? lexicon.colon : mark) + (mark.hasPrefix(" ") ? " " : "")
                + MarkdownEscaper.line(mark) + colon)
    }

    /// A turn printed whole: the speaker in bold, then every paragraph.
    private func write(_ whole: BriefingContent.Whole, to document: inout MarkdownDocument) {
        writeSpeaker(whole.speaker, to: &document)
        for paragraph in whole.paragraphs { document.paragraph(paragraph) }
    }

    private func writeKeyFigures(to document: inout MarkdownDocument) {
        document.heading(2, lexicon.keyFigures)
        guard !content.figures.isEmpty else {
            document.paragraph(lexicon.noFigures)
            return
        }
        document.list(content.figures.map { figure in
            MarkdownDocument.ListItem(
                markdown: MarkdownSpan.strong(figure.speaker, before: lexicon.colon) + lexicon.colon + MarkdownEscaper.line(figure.sentence))
        })
    }

    private func write(_ blocks: [BriefingContent.Block], to document: inout MarkdownDocument) {
        for block in blocks {
            switch block {
            case .text(let text): document.paragraph(text)
            case .list(let items): document.list(items.map(listItem))
            }
        }
    }

    /// One point as a list item: marker, **headline**, then the words after it.
    private func listItem(_ item: BriefingContent.Item) -> MarkdownDocument.ListItem {
        let markdown = MarkdownEscaper.guardLineStart(MarkdownEscaper.line(item.marker)) + " "
            + MarkdownSpan.strong(item.headline, before: item.follow) + (item.follow.first == " " ? " " : "")
            + MarkdownEscaper.line(item.follow)
        return MarkdownDocument.ListItem(markdown: markdown, children: item.children.map(listItem))
    }
}
