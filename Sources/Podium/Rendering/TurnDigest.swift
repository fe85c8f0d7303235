/// A turn reduced for a briefing: its numbered points as nested lists, placed among the first sentences
/// of the paragraphs around them.
struct TurnDigest {
    /// How much of a turn a digest keeps.
    enum Mode {
        /// Opening statements: each paragraph outside a list reduced to its first sentence; each point
        /// with its headline and the first sentence or two after it.
        case statement
        /// Answers: the lead-in of each list and each point's headline; the first sentences of the
        /// answer when it has no list.
        case answer
    }

    /// A piece of the digest, in reading order.
    enum Block: Equatable {
        /// Plain text: a sentence or two.
        case text(String)
        /// One list of points (with their nested lists).
        case list([Point])
    }

    /// Sentences of at most this many characters get a second sentence after them (Chinese).
    static let shortWide = 30
    /// Sentences of at most this many characters get a second sentence after them (English).
    static let shortLatin = 90

    let turn: Turn
    let mode: Mode

    /// The digest's blocks.
    var blocks: [Block] {
        let lists = Self.lists(of: turn.points)
        guard !lists.isEmpty else {
            return leadingSentences(of: turn.paragraphs).map { [.text($0)] } ?? []
        }
        let located = lists.map { locate($0) }
        var blocks: [Block] = []
        var paragraph = 0
        var listIndex = 0
        while paragraph < turn.paragraphs.count || listIndex < lists.count {
            if listIndex < lists.count, let place = located[listIndex], place.firstParagraph <= paragraph
                || paragraph >= turn.paragraphs.count
            {
                if place.firstParagraph >= paragraph,
                    let leadIn = leadIn(intro: place.intro, listParagraph: place.firstParagraph, markerOffset: place.markerOffset)
                {
                    blocks.append(.text(leadIn))
                }
                blocks.append(.list(lists[listIndex]))
                paragraph = max(paragraph, place.lastParagraph + 1)
                listIndex += 1
                continue
            }
            if listIndex < lists.count, located[listIndex] == nil {
                // A list whose text could not be found: keep it where it falls in order.
                blocks.append(.list(lists[listIndex]))
                listIndex += 1
                continue
            }
            if paragraph < turn.paragraphs.count {
                if mode == .statement, let sentence = leadingSentences(of: [turn.paragraphs[paragraph]], count: 1) {
                    blocks.append(.text(sentence))
                }
                paragraph += 1
            }
        }
        return blocks
    }

    // MARK: - Lists

    /// Splits a turn's top-level points into lists: a new list starts where numbering starts again.
    static func lists(of points: [Point]) -> [[Point]] {
        var lists: [[Point]] = []
        for point in points {
            if let last = lists.last?.last, point.ordinal > last.ordinal {
                lists[lists.count - 1].append(point)
            } else {
                lists.append([point])
            }
        }
        return lists
    }

    /// Where a list sits among the paragraphs.
    private struct Place: Equatable {
        var firstParagraph: Int
        var lastParagraph: Int
        /// Where the first marker starts in the first paragraph, in characters.
        var markerOffset: Int
        /// The text of the first paragraph before the first marker.
        var intro: String
    }

    /// Finds the paragraphs a list spans by looking up the start of each point's text.
    private func locate(_ list: [Point]) -> Place? {
        guard let first = list.first, let start = find(first, from: 0) else { return nil }
        var last = start.paragraph
        var from = start.paragraph
        func visit(_ points: [Point]) {
            for point in points {
                if let found = find(point, from: from) {
                    last = max(last, found.paragraph)
                    from = found.paragraph
                }
                visit(point.children)
            }
        }
        visit(list)
        let characters = Array(turn.paragraphs[start.paragraph])
        let markerOffset = markerStart(first.marker, in: characters, before: start.offset)
        let intro = String(characters[0..<markerOffset])
        return Place(firstParagraph: start.paragraph, lastParagraph: last, markerOffset: markerOffset, intro: intro)
    }

    /// The paragraph and character offset where a point's text starts.
    private func find(_ point: Point, from paragraph: Int) -> (paragraph: Int, offset: Int)? {
        let probe = String(point.text.prefix(16))
        guard !probe.isEmpty else { return nil }
        for index in paragraph..<turn.paragraphs.count {
            let text = turn.paragraphs[index]
            if let range = text.literalRange(of: probe) {
                return (index, text.distance(from: text.startIndex, to: range.lowerBound))
            }
        }
        return nil
    }

    /// Where the marker printed before a point's text starts: the last occurrence of the marker
    /// before the text, or the text's own start when the marker is not found.
    private func markerStart(_ marker: String, in characters: [Character], before offset: Int) -> Int {
        let markerCharacters = Array(marker)
        guard !markerCharacters.isEmpty, offset >= markerCharacters.count else { return offset }
        var position = offset - markerCharacters.count
        while position >= 0 {
            if Array(characters[position..<position + markerCharacters.count]) == markerCharacters {
                // Include an opening bracket printed before the marker, as in 「（一）」.
                if position > 0, "（(".contains(characters[position - 1]), !marker.hasPrefix("（"), !marker.hasPrefix("(") {
                    return position - 1
                }
                return position
            }
            position -= 1
        }
        return offset
    }

    /// The sentence that introduces a list. Statements take the first content sentence of the text
    /// before the first marker; answers take its last sentence when it ends with a colon, or the last
    /// sentence of the paragraph before when the list starts a paragraph and that sentence ends with one.
    private func leadIn(intro: String, listParagraph: Int, markerOffset: Int) -> String? {
        let introSentences = SentenceSplitter.sentences(intro)
        switch mode {
        case .statement:
            return leadingSentences(of: [intro], count: 1)
        case .answer:
            if let last = introSentences.last {
                return endsWithColon(last) ? last : nil
            }
            if markerOffset == 0, listParagraph > 0,
                let previous = SentenceSplitter.sentences(turn.paragraphs[listParagraph - 1]).last,
                endsWithColon(previous), !pointsCover(paragraph: listParagraph - 1)
            {
                return previous
            }
            return nil
        }
    }

    private func endsWithColon(_ sentence: String) -> Bool {
        guard let last = sentence.last else { return false }
        return last == "：" || last == ":"
    }

    /// Whether a paragraph holds the text of any point.
    private func pointsCover(paragraph: Int) -> Bool {
        let text = turn.paragraphs[paragraph]
        func covers(_ points: [Point]) -> Bool {
            points.contains { point in
                (!point.text.isEmpty && text.contains(String(point.text.prefix(16)))) || covers(point.children)
            }
        }
        return covers(turn.points)
    }

    // MARK: - Sentences

    /// The first sentences of the paragraphs that are not courtesies, one or (when the first is short)
    /// two; `nil` when there are none.
    func leadingSentences(of paragraphs: [String], count: Int = 2) -> String? {
        let sentences = paragraphs.flatMap(SentenceSplitter.sentences)
        let content = sentences.filter { !Self.isCourtesy($0) }
        guard let first = content.first else { return nil }
        var chosen = [first]
        if count > 1, content.count > 1, Self.isShort(first) { chosen.append(content[1]) }
        return Self.join(chosen)
    }

    /// The first sentence or two after a point's headline: the rest of the headline's sentence when
    /// the headline is a clause, then the next sentence when that is short.
    /// The headline as a briefing prints it: a Latin headline cut inside a word runs on to the word's end.
    static func displayedHeadline(of point: Point) -> String {
        let headline = point.headline.trimmingCharacters(in: " ")
        guard !headline.isEmpty else { return String(point.text.prefix(40)) }
        guard point.text.hasPrefix(headline), let last = headline.last, last.isLetter || last.isNumber,
            !isWideCharacter(last)
        else { return headline }
        let rest = point.text.dropFirst(headline.count)
        let runOn = rest.prefix { $0.isLetter || $0.isNumber }
        return headline + runOn
    }

    static func followUp(of point: Point) -> String {
        let headline = displayedHeadline(of: point)
        guard !headline.isEmpty, point.text.hasPrefix(headline) else { return "" }
        let rest = String(point.text.dropFirst(headline.count))
        var pieces = SentenceSplitter.sentences(rest)
        guard let first = pieces.first, let opening = rest.first else { return "" }
        pieces.removeFirst()
        var output: String
        if first.allSatisfy({ MarkdownSpan.isPunctuation($0) }) {
            // The headline was a whole sentence: its terminator, then the next sentence.
            output = first
            if let next = pieces.first {
                output += (isWide(next) ? "" : " ") + next
                pieces.removeFirst()
            }
        } else if MarkdownSpan.isPunctuation(opening) {
            // The headline was a clause: the rest of its sentence.
            output = first
        } else {
            output = (opening.isWhitespace || !isWide(first) ? " " : "") + first
        }
        if isShort(output), let next = pieces.first {
            output += (isWide(next) ? "" : " ") + next
        }
        return output
    }

    static func isCourtesy(_ sentence: String) -> Bool {
        let limit = isWide(sentence) ? CourtesyLexicon.maximumWideLength : CourtesyLexicon.maximumLatinLength
        guard sentence.count <= limit else { return false }
        return CourtesyLexicon.phrases.contains { sentence.contains($0) }
    }

    static func isShort(_ sentence: String) -> Bool {
        sentence.count <= (isWide(sentence) ? shortWide : shortLatin)
    }

    /// Joins sentences: without a space between wide ones, with one otherwise.
    static func join(_ sentences: [String]) -> String {
        var output = ""
        for sentence in sentences {
            if !output.isEmpty, !(output.last.map(isWideCharacter) ?? false) || !isWide(sentence) { output += " " }
            output += sentence
        }
        return output
    }

    /// Whether text is mostly written in a script without spaces between words.
    static func isWide(_ text: String) -> Bool {
        var wide = 0
        var latin = 0
        for character in text.prefix(200) {
            if isWideCharacter(character) { wide += 1 } else if character.isLetter { latin += 1 }
        }
        return wide > 0 && wide * 2 >= latin
    }

    static func isWideCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(TextNormalization.isWide) ?? false
    }
}
