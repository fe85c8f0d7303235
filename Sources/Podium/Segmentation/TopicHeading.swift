/// 「谈现状：县城不缺需求，缺的是“好供给”」, `### **谈方法：“以种适地”…**`, `<h3>谈出海：…</h3>`: an interview's section
/// titles, a topic verb and the topic before a colon, over a headline. A surname (谈) can open a name of the same shape,
/// so only a run tells them: two topics or more under one verb, each printed once, each over words that end no
/// sentence. A person speaks again, or says a sentence.
enum TopicHeading {
    /// The blocks that are such titles.
    static func headings(in blocks: [LabeledBlock]) -> [Int] {
        var byVerb: [Character: [(index: Int, topic: String)]] = [:]
        for index in blocks.indices {
            guard let (verb, topic) = topic(ofBlockText: blocks[index].block.text) else { continue }
            byVerb[verb, default: []].append((index, topic))
        }
        var result: [Int] = []
        for titles in byVerb.values {
            let topics = titles.map(\.topic)
            guard Set(topics).count == topics.count, topics.count >= Thresholds.TopicHeading.fewestTitles else { continue }
            result += titles.map(\.index)
        }
        return result.sorted()
    }

    /// The verb and the title before the colon of a block that opens with a topic verb and a few characters, over a
    /// headline. Told on the printed text: the label readers take some titles for names and not others
    /// (「谈方法：」 but not 「谈现状：“…”」).
    private static func topic(ofBlockText text: String) -> (Character, String)? {
        // Cheapest first: most blocks open with no topic verb, told on the first scalar before any character is formed.
        guard let scalar = LeadingScalar.packed(text), verbScalars.contains(scalar), let verb = text.first,
            DiscourseLexicon.topicHeadingVerbs.contains(verb)
        else { return nil }
        let limits = Thresholds.TopicHeading.self
        guard let colon = text.prefix(limits.longestLabel + 1).firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let title = text[..<colon]
        let headline = text[text.index(after: colon)...].trimmingCharacters(in: " \u{3000}")
        guard title.count > 1, !title.contains(where: { $0 == " " || sentenceEnds.contains($0) }), !headline.isEmpty,
            !headline.contains("\n"), headline.hasLength(atMost: limits.longestHeadline), let last = headline.last,
            !sentenceEnds.contains(last)
        else { return nil }
        return (verb, String(title))
    }

    private static let verbScalars = LeadingScalar.packed(firstOf: DiscourseLexicon.topicHeadingVerbs.map(String.init))

    private static let sentenceEnds: Set<Character> = ["。", "！", "？", "…", ".", "!", "?"]
}
