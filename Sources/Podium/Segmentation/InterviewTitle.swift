/// 「专访西南财经大学教授何正阳：县域消费潜力远未释放」, 「对话中科院研究员邵明远：…」: an interview's page title names the
/// interviewee before a colon, as a label would, and is no turn of theirs.
enum InterviewTitle {
    /// Whether a block's text opens with an interview's title word (``DiscourseLexicon/interviewTitleOpenings``) and a name
    /// before a colon, on one line.
    static func isTitle(_ text: String) -> Bool {
        // Cheapest first: most blocks open with a scalar no opening does, told before any prefix is compared.
        guard let first = LeadingScalar.packed(text), openingScalars.contains(first),
            let opening = DiscourseLexicon.interviewTitleOpenings.first(where: { text.hasPrefix($0) })
        else { return false }
        let afterOpening = text.dropFirst(opening.count)
        guard let colon = afterOpening.prefix(Thresholds.InterviewTitle.longestTitledName + 1).firstIndex(where: { $0 == "：" || $0 == ":" })
        else { return false }
        let name = afterOpening[..<colon]
        return !name.isEmpty && !name.contains { $0 == "，" || $0 == "。" || $0 == "\n" } && !text.contains("\n")
    }

    /// The first scalars of ``DiscourseLexicon/interviewTitleOpenings``.
    private static let openingScalars = LeadingScalar.packed(firstOf: DiscourseLexicon.interviewTitleOpenings)
}
