/// A turn reduced for a briefing: its numbered points as nested lists, placed among the sentences
/// kept from the paragraphs around them.
struct TurnDigest {
    /// How much of a turn a digest keeps.
    enum Mode: Equatable {
        /// Opening statements: each paragraph outside a list reduced to its lead sentence, so every
        /// announcement is there; each point with its headline and the first sentence or two after it.
        case statement
        /// Answers: the lead-in of each list and each point's headline (with its first figure); of the
        /// paragraphs outside lists, the sentences that carry news, at most `sentences` of them
        /// (``NewsSentences``).
        case answer(sentences: Int)
    }

    /// A piece of the digest, in reading order.
    enum Block: Equatable {
        /// Plain text: a sentence or a few.
        case text(String)
        /// One list of points (with their nested lists).
        case list([Point])
    }


    let turn: Turn
    let mode: Mode

    /// A piece of the turn before it is reduced: prose whose sentences are weighed, a lead-in, or a list.
    private enum Segment {
        case prose([String])
        case leadIn(String)
        case list([Point])
    }

    /// The digest's blocks.
    var blocks: [Block] {
        let segments = self.segments
        switch mode {
        case .statement:
            return segments.compactMap { segment in
                switch segment {
                case .prose(let sentences):
                    if Self.isAside(sentences) { return nil }
                    return Self.statementSentences(of: sentences).map(Block.text)
                case .leadIn(let text): return .text(text)
                case .list(let points): return .list(points)
                }
            }
        case .answer(let budget):
            var prose: [String] = []
            for case .prose(let sentences) in segments { prose += sentences }
            let chosen = Set(NewsSentences.choose(prose, budget: budget))
            var blocks: [Block] = []
            var offset = 0
            for segment in segments {
                switch segment {
                case .prose(let sentences):
                    let kept = sentences.indices.filter { chosen.contains(offset + $0) }.map { Self.clipped(sentences[$0]) }
                    if !kept.isEmpty { blocks.append(.text(Self.join(kept))) }
                    offset += sentences.count
                case .leadIn(let text): blocks.append(.text(text))
                case .list(let points): blocks.append(.list(points))
                }
            }
            return blocks
        }
    }

    /// What a statement's paragraph is reduced to: its lead sentence, then the first later sentence
    /// that weighs at least ``Thresholds/Summary/Weights/announcement`` (a decision with its figure).
    static func statementSentences(of sentences: [String]) -> String? {
        guard let lead = leadSentence(of: sentences) else { return nil }
        let announcement = sentences.first { sentence in
            !lead.contains(sentence) && NewsSentences.weight(of: sentence) >= Thresholds.Summary.weights.announcement
        }
        return announcement.map { join([lead, $0]) } ?? lead
    }

    /// A short paragraph in which nothing weighs anything and which is all filler or speaks to the room
    /// (`Sorry, hope you're comfortable.`): an aside.
    static func isAside(_ sentences: [String]) -> Bool {
        guard sentences.reduce(0, { $0 + $1.count }) <= Thresholds.Summary.longestAside,
            sentences.allSatisfy({ NewsSentences.weight(of: $0) == 0 })
        else { return false }
        let content = sentences.filter { !NewsSentences.isFiller($0) }
        return content.isEmpty || content.contains(where: addressesTheRoom)
    }

    /// Whether a sentence speaks to the people in the room: `you`, 「大家」.
    private static func addressesTheRoom(_ sentence: String) -> Bool {
        isWide(sentence)
            ? NewsLexicon.chineseAddressWords.contains { sentence.contains($0) }
            : NewsSentences.latinWords(sentence).contains(where: NewsLexicon.addressWords.contains)
    }

    /// The lead sentence of a paragraph: its first sentence that is neither filler nor a question, with
    /// the next one when it only introduces what follows (ends with a colon).
    static func leadSentence(of sentences: [String]) -> String? {
        let isQuestion: (String) -> Bool = { sentence in sentence.last.map { $0 == "?" || $0 == "？" } ?? false }
        guard let first = sentences.firstIndex(where: { !NewsSentences.isFiller($0) && !isQuestion($0) }) else { return nil }
        var chosen = [clipped(sentences[first])]
        if sentences[first].last.map({ $0 == ":" || $0 == "：" }) == true, first + 1 < sentences.count {
            chosen.append(clipped(sentences[first + 1]))
        }
        return join(chosen)
    }

    /// A sentence longer than ``Thresholds/Summary/longestSummarySentence`` cut after its last clause
    /// (「，」 `,` 「；」 `;`) that fits, with an ellipsis; a sentence without such a clause is kept whole.
    static func clipped(_ sentence: String) -> String {
        let limit = isWide(sentence) ? Thresholds.Summary.longestSummarySentence.wide : Thresholds.Summary.longestSummarySentence.latin
        guard sentence.count > limit else { return sentence }
        let head = sentence.prefix(limit)
        guard let cut = head.lastIndex(where: { "，,；;".contains($0) }),
            head.distance(from: head.startIndex, to: cut) >= limit / Thresholds.Summary.clipDivisor
        else {
            return sentence
        }
        return String(head[head.startIndex..<cut]) + "…"
    }

    /// The turn in reading order: prose paragraphs (and the text before a list in its paragraph), the
    /// sentence that introduces each list, and the lists.
    private var segments: [Segment] {
        let lists = Self.lists(of: turn.points)
        guard !lists.isEmpty else {
            return turn.paragraphs.map { .prose(SentenceSplitter.sentences($0)) }
        }
        let located = lists.map { locate($0) }
        var segments: [Segment] = []
        var paragraph = 0
        var listIndex = 0
        while paragraph < turn.paragraphs.count || listIndex < lists.count {
            if listIndex < lists.count, let place = located[listIndex], place.firstParagraph <= paragraph
                || paragraph >= turn.paragraphs.count
            {
                if place.firstParagraph >= paragraph {
                    var intro = SentenceSplitter.sentences(place.intro)
                    let leadIn = self.leadIn(intro: intro, listParagraph: place.firstParagraph, markerOffset: place.markerOffset)
                    if leadIn != nil, mode != .statement, !intro.isEmpty { intro.removeLast() }
                    if mode != .statement, !intro.isEmpty { segments.append(.prose(intro)) }
                    if let leadIn { segments.append(.leadIn(leadIn)) }
                } else if let leadIn = self.leadIn(intro: [], listParagraph: place.firstParagraph, markerOffset: place.markerOffset) {
                    segments.append(.leadIn(leadIn))
                }
                segments.append(.list(lists[listIndex]))
                paragraph = max(paragraph, place.lastParagraph + 1)
                listIndex += 1
                continue
            }
            if listIndex < lists.count, located[listIndex] == nil, paragraph >= turn.paragraphs.count {
                // Points without a location (made by hand, decoded from JSON): their lists follow the prose.
                segments.append(.list(lists[listIndex]))
                listIndex += 1
                continue
            }
            if paragraph < turn.paragraphs.count {
                // The lead-in of the next list closes this paragraph: it is printed with the list.
                var sentences = SentenceSplitter.sentences(turn.paragraphs[paragraph])
                if listIndex < lists.count, let place = located[listIndex], place.firstParagraph == paragraph + 1,
                    place.markerOffset == 0, let last = sentences.last, endsWithColon(last)
                {
                    sentences.removeLast()
                }
                segments.append(.prose(sentences))
                paragraph += 1
            }
        }
        return segments
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
        /// Where the first marker starts in the first paragraph, in UTF-8 bytes (only whether it is 0 matters: a list that opens its paragraph).
        var markerOffset: Int
        /// The text of the first paragraph before the first marker.
        var intro: String
    }

    /// The paragraphs a list spans, from where the parser found its points; `nil` for points that carry no
    /// location (made by hand, or decoded from JSON).
    private func locate(_ list: [Point]) -> Place? {
        guard let start = list.first?.location, start.paragraph < turn.paragraphs.count else { return nil }
        var last = start.paragraph
        func visit(_ points: [Point]) {
            for point in points {
                if let location = point.location { last = max(last, location.paragraph) }
                visit(point.children)
            }
        }
        visit(list)
        let text = turn.paragraphs[start.paragraph]
        let markerOffset = min(start.markerUTF8Offset, text.utf8.count)
        let intro = String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: markerOffset)])
        return Place(firstParagraph: start.paragraph, lastParagraph: min(last, turn.paragraphs.count - 1), markerOffset: markerOffset, intro: intro)
    }

    /// The sentence that introduces a list. Statements take the first content sentence of the text
    /// before the first marker; answers take its last sentence when it ends with a colon. A list that
    /// starts a paragraph takes the last sentence of the paragraph before when that ends with a colon,
    /// even when it closes the list before (「…有以下几方面的工作：」 between two lists).
    private func leadIn(intro: [String], listParagraph: Int, markerOffset: Int) -> String? {
        if mode == .statement, !intro.isEmpty {
            return Self.leadSentence(of: intro)
        }
        if let last = intro.last {
            return endsWithColon(last) ? last : nil
        }
        if markerOffset == 0, listParagraph > 0,
            let previous = SentenceSplitter.sentences(turn.paragraphs[listParagraph - 1]).last,
            endsWithColon(previous)
        {
            return previous
        }
        return nil
    }

    private func endsWithColon(_ sentence: String) -> Bool {
        guard let last = sentence.last else { return false }
        return last == "：" || last == ":"
    }

    // MARK: - Points

    /// The headline as a briefing prints it. A Latin headline cut inside a word (or after an abbreviation
    /// that its sentence goes on from) runs on to the word's end, then to the end of its phrase (`,` `;`
    /// `:` or the sentence's end) when that is at most ``Thresholds/Summary/headlineRunOnWords`` words
    /// away; further away, it is cut back to the last phrase boundary inside it (`,` `;` ` — ` ` and `),
    /// if it has one. Chinese headlines end where the point's analysis ends them.
    static func displayedHeadline(of point: Point) -> String {
        let headline = point.headline.trimmingCharacters(in: " ")
        guard !headline.isEmpty else { return String(point.text.prefix(Thresholds.Summary.longestTextForHeadline)) }
        guard point.text.hasPrefix(headline), let last = headline.last, !isWideCharacter(last) else { return headline }
        let rest = point.text.dropFirst(headline.count)
        let word = headline + rest.prefix { $0.isLetter || $0.isNumber }
        let after = point.text.dropFirst(word.count)
        // A headline ends on its phrase when punctuation follows; after an abbreviation (`U.S.`) only when
        // the next word does not go on in lower case.
        guard let next = after.first, next == " ", let end = word.last,
            end.isLetter || end.isNumber || (end == "." && after.dropFirst().first?.isLowercase == true)
        else { return word }
        // The rest of the phrase: up to the first phrase mark, or the end of the sentence.
        var sentence = Substring(after)
        while let first = sentence.first, first == " " { sentence = sentence.dropFirst() }
        let phrase = sentence.prefix { !",;:".contains($0) && $0 != "\n" }
        var clipped = String(SentenceSplitter.sentences(String(phrase)).first ?? "")
        while let tail = clipped.last, ".!?".contains(tail) || tail == " " { clipped.removeLast() }
        if clipped.split(separator: " ").count <= Thresholds.Summary.headlineRunOnWords {
            return clipped.isEmpty ? word : word + " " + clipped
        }
        // Too far: back to the last phrase boundary inside the headline (`,` `;` ` — ` ` and `).
        for mark in NewsLexicon.headlinePhraseBoundaries {
            if let range = word.literalRange(of: mark, backwards: true), word.distance(from: word.startIndex, to: range.lowerBound) > Thresholds.Summary.shortestCutHeadline {
                return String(word[word.startIndex..<range.lowerBound])
            }
        }
        return word
    }

    /// For an answer's point: what the briefing prints after the headline, the first sentence of the
    /// point that holds a figure (or the rest of the headline's sentence when the figure is there), cut
    /// to its clauses with figures when it is long; empty when the headline has the figure or the point none.
    static func figureFollowUp(of point: Point) -> String {
        let headline = displayedHeadline(of: point)
        guard !headline.isEmpty, point.text.hasPrefix(headline), !KeyFigureExtractor.containsFigure(headline) else { return "" }
        let rest = String(point.text.dropFirst(headline.count))
        let pieces = SentenceSplitter.sentences(rest)
        guard let found = pieces.firstIndex(where: KeyFigureExtractor.containsFigure), let opening = rest.first else { return "" }
        let figure = KeyFigureExtractor.shortened(pieces[found])
        if found == 0 {
            return (opening.isWhitespace ? " " : "") + figure
        }
        // The headline's sentence is finished first: its terminator, or the rest of its clause.
        let first = pieces[0]
        let finished = first.allSatisfy({ MarkdownSpan.isPunctuation($0) }) ? first : (opening.isWhitespace ? " " : "") + first
        return finished + (isWide(figure) ? "" : " ") + figure
    }

    /// For a statement's point: the first sentence or two after its headline: the rest of the headline's
    /// sentence when the headline is a clause, then the next sentence when that is short.
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
        sentence.count <= (isWide(sentence) ? Thresholds.Summary.shortWideSentence : Thresholds.Summary.shortLatinSentence)
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
        for character in text.prefix(Thresholds.Summary.scriptSampleLength) {
            if isWideCharacter(character) { wide += 1 } else if character.isLetter { latin += 1 }
        }
        return wide > 0 && wide * Thresholds.Summary.latinLettersPerWideCharacter >= latin
    }

    static func isWideCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(TextNormalization.isWide) ?? false
    }
}
