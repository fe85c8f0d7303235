/// Pairs each question with the official turns that answer it, up to the next question or the
/// host's moving on. An official's own hand-over (「接下來請唐鳳政委。」, "Dr. Lee?") is not an answer and does not
/// end the exchange, nor does a host's interjection between answers.
enum ExchangeBuilder {
    static func exchanges(turns: [Turn], roles: [String: Role]) -> [Exchange] {
        var exchanges: [Exchange] = []
        var index = 0
        while index < turns.count {
            let question = turns[index]
            guard question.kind == .question else {
                index += 1
                continue
            }
            var answers: [Int] = []
            var answerers: [String] = []
            var next = index + 1
            while next < turns.count, turns[next].kind != .question {
                let turn = turns[next]
                if roles[turn.speaker] == .moderator {
                    // The host taking the floor to move on ends the exchange; a host's words before any answer
                    // (「…我们请部长先讲短网址的部分」), an operator's "One moment while I get their line." or
                    // 「請部長補充」 between answers do not.
                    if !answers.isEmpty && isHostMovingOn(turn.paragraphs) { break }
                    next += 1
                    continue
                }
                if turn.kind == .answer {
                    answers.append(turn.index)
                    if !answerers.contains(turn.speaker) { answerers.append(turn.speaker) }
                }
                next += 1
            }
            // A question nobody answers stays a question turn but pairs with nothing.
            if !answers.isEmpty {
                let status: Exchange.Status = isDeflection(answers.map { turns[$0].paragraphs }) ? .deflected : .answered
                exchanges.append(
                    Exchange(
                        index: exchanges.count, question: question.index, answers: answers, asker: question.speaker,
                        answerers: answerers, status: status,
                        parts: QuestionParts.parts(question: question, answers: answers.map { turns[$0] })))
            }
            index = next
        }
        return exchanges
    }

    /// A short answer that declines: "I'd refer you to the Department of Justice.", 「请向主管部门询问。」
    static func isDeflection(_ answers: [[String]]) -> Bool {
        let paragraphs = answers.flatMap { $0 }
        guard !says(moreThan: Thresholds.Exchanges.longestDeflection, paragraphs) else { return false }
        return deflections.containsAny(in: paragraphs.joined(separator: " "))
    }

    /// Whether `paragraphs` say more than `limit` Latin letters do: a wide character (an ideograph) counts twice, as it
    /// says about twice as much. 「不會，現在待遇比較好。」 says as much as "No, it pays better now."
    static func says(moreThan limit: Int, _ paragraphs: [String]) -> Bool {
        // Cheapest first: a scalar is four bytes at most and weighs one at least, so more than four bytes per unit of
        // the limit say more before any scalar is weighed.
        if paragraphs.reduce(0, { $0 + $1.utf8.count }) > limit * 4 { return true }
        var weight = 0
        for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars {
                weight += !scalar.isASCII && scalar.isIdeographicByValue ? 2 : 1
                if weight > limit { return true }
            }
        }
        return false
    }

    /// A host's turn that moves on (「下面请李局长介绍…」, "Next question"): moderation words and no request that a
    /// colleague add to the answer.
    private static func isHostMovingOn(_ paragraphs: [String]) -> Bool {
        let text = paragraphs.joined()
        return RoleInference.isModeration(paragraphs) && !DiscourseLexicon.handOverPhrases.contains { text.containsLiteral($0) }
            && !RoleInference.asksSomeoneElseToAnswer(in: text)
    }

    /// The turn's first words close the event, or thanks before them: "Thank you." / "That concludes our call.". An
    /// answer printed over the closing words under one label (「我们坚决反对……」 / 「今天的发布会到此结束。」) answers.
    static func closesBeforeAnswering(_ paragraphs: [String]) -> Bool {
        guard let closing = paragraphs.firstIndex(where: { closingPhrases.containsAny(in: $0) }) else { return false }
        return paragraphs[..<closing].allSatisfy { isThanks([$0]) }
    }

    /// 「謝謝 TTC 及所有同仁救災的協助。」, `Thank you, Zeke.`: short thanks answer nothing, and a stage direction printed
    /// after them, as a paragraph or closing one (`(The briefing was concluded at 2:31 p.m.)`), says nothing more.
    static func isThanks(_ paragraphs: [String]) -> Bool {
        // Cheapest first: most turns open with more words than thanks hold, and no paragraph needs reading as a direction.
        guard let first = paragraphs.first, StageDirection.withoutTrailing(first).hasLength(atMost: Thresholds.Exchanges.longestThanks)
        else { return false }
        let spoken = paragraphs.filter { !StageDirection.isStageDirection($0) }.map { String(StageDirection.withoutTrailing($0)) }
        guard spoken.hasLength(atMost: Thresholds.Exchanges.longestThanks) else { return false }
        let text = spoken.joined()
        guard !text.containsQuestionMark() else { return false }
        var opening = Substring(text)
        for filler in DiscourseLexicon.openingFillers where opening.hasPrefix(filler) {
            opening = opening.dropFirst(filler.count).drop { $0 == " " }
        }
        return DiscourseLexicon.thanksPhrases.contains { opening.hasPrefix($0) }
    }

    /// A short rejoinder that pushes back ("But it was about the President's awareness") asks again,
    /// where 「Jen —」, `Thank you, Jen` or "I'm looking ahead." do not.
    static func isPushback(_ text: String) -> Bool {
        guard !text.containsLiteral("—"), !text.containsLiteral("–") else { return false }
        return DiscourseLexicon.pushbackOpenings.contains { text.hasPrefix($0) }
    }

    /// "They will be gone again in a year." from someone other than the asker whose question is being answered, asking
    /// nothing and standing for no unprinted words: a heckle the answer goes on through.
    static func isHeckle(_ paragraphs: [String], by speaker: Int, answering asker: Int?) -> Bool {
        guard let asker, asker != speaker else { return false }
        return !questionCues.containsAny(in: paragraphs.joined()) && !paragraphs.contains(where: StageDirection.standsForUnprintedWords)
    }

    /// 「谈谈你被抓的过程吧。」, 「有人质疑你当初的举报动机不单纯。」: an interviewer's short prompt, a request or a claim
    /// put to the official, asks for what the official then says at length; so does a labelled `Q (Inaudible.)`.
    /// A word or two that completes the official's sentence ("Dependencies.", "Assurances, yeah."), thanks, a greeting
    /// or words cut off by a dash (「Karine —」) ask nothing.
    static func isPrompt(_ paragraphs: [String], answeredBy next: SegmentedDocument.Turn?, roles: [Role]) -> Bool {
        let limits = Thresholds.Exchanges.self
        guard let next, roles[next.speaker] == .official, says(moreThan: limits.shortestAnswerToAPrompt, next.paragraphs),
            let last = paragraphs.last?.trimmingCharacters(in: " ").last, !"—–-".contains(last)
        else { return false }
        let text = paragraphs.joined(separator: " ")
        if StageDirection.isStageDirection(text) { return StageDirection.standsForUnprintedWords(text) }
        if let reply = next.paragraphs.first, opensWithAgreement(reply) { return false }
        let wide = text.unicodeScalars.filter { $0.isIdeographicByValue }.count
        let latinWords = text.split(separator: " ").filter { $0.contains { $0.isASCII && $0.isLetter } }.count
        guard wide >= limits.fewestIdeographsInAPrompt || latinWords >= limits.fewestWordsInAPrompt else { return false }
        return !isThanks(paragraphs) && !isGreeting(paragraphs) && !isAcknowledgement(paragraphs)
    }

    /// "Who else did you work with besides your adviser –": English words that open a question and break off at a dash
    /// before any question mark ask, when the official then answers afresh at length (not going on from a dash). A
    /// word or two ("Can you —", "Is —") asks nothing yet.
    static func asksBeforeTheBreak(_ paragraphs: [String], answeredBy next: SegmentedDocument.Turn?, roles: [Role]) -> Bool {
        guard let next, roles[next.speaker] == .official,
            says(moreThan: Thresholds.Exchanges.shortestAnswerToAPrompt, next.paragraphs),
            let reply = next.paragraphs.first, !opensResuming(reply), let last = paragraphs.last, endsBreakingOff(last)
        else { return false }
        let spoken = words(of: paragraphs.map { String($0.map { $0 == "’" ? "'" : $0 }) }, keeping: "'").split(separator: " ").map(String.init)
        guard spoken.count >= Thresholds.Exchanges.fewestWordsBeforeTheBreak,
            let opening = spoken.firstIndex(where: { !DiscourseLexicon.questionLeadIns.contains($0) }),
            DiscourseLexicon.askingOpeningWords.contains(spoken[opening])
        else { return false }
        let second = spoken.index(after: opening)
        let exclaims = (spoken[opening] == "what" || spoken[opening] == "how") && second < spoken.endIndex
            && DiscourseLexicon.exclamationSeconds.contains(spoken[second])
        return !exclaims
    }

    /// `Yup. No, …`, 「对。这在中国…」: a reply that opens by agreeing, the word closed by punctuation (「对于…」 is no
    /// agreement).
    static func opensWithAgreement(_ reply: String) -> Bool {
        DiscourseLexicon.agreementOpenings.contains { word in
            guard reply.hasPrefix(word) else { return false }
            return reply.dropFirst(word.count).first.map { ",.!;，。！；、".contains($0) } ?? true
        }
    }

    /// `How are you?`, `Good morning.`: a greeting asks nothing.
    static func isGreeting(_ paragraphs: [String]) -> Bool {
        paragraphs.hasLength(atMost: Thresholds.Exchanges.longestGreeting) && DiscourseLexicon.greetings.contains(words(of: paragraphs))
    }

    /// "…later this afternoon —" / "Yes." / "— so, stay tuned.": a `Yeah.` or `Mm-hm.` at `position` while the speaker
    /// before it breaks off at a dash and goes on after it from one (``DiscourseLexicon/resumingMarks``), or after
    /// words that do not end asking, only lets them finish.
    static func isAcknowledgedBreak(at position: Int, in turns: [SegmentedDocument.Turn]) -> Bool {
        guard position > 0, position + 1 < turns.count else { return false }
        let (before, turn, after) = (turns[position - 1], turns[position], turns[position + 1])
        // Cheapest first: most turns between two of one speaker's follow a question, and are no acknowledgement; a
        // turn's words, read on bytes, tell that before the turn before it is trimmed and its endings compared.
        guard before.speaker == after.speaker, turn.speaker != before.speaker,
            isAcknowledgement(turn.paragraphs) || isBackchannel(turn.paragraphs),
            let broken = before.paragraphs.last?.trimmingCharacters(in: " "), let resumed = after.paragraphs.first
        else { return false }
        // "…The president is going to meet with him Thursday." / "Yeah." / "What will he — talk about that piece.": a
        // `Yeah.` to words that end without asking lets the speaker go on to the question; one after a question mark
        // answers it, and so does a plain `Yes.` to "Isn't that …".
        let breaksOff = DiscourseLexicon.breakingMarks.contains { broken.hasSuffix($0) }
        guard breaksOff ? opensResuming(resumed) : !RoleInference.endsAsking(before) else { return false }
        return breaksOff || !DiscourseLexicon.affirmations.contains(words(of: turn.paragraphs))
    }

    /// "That's right —", 「其實……」: an official's first words cut off by the asker, who takes the floor back at once
    /// with words of their own, answer nothing yet; the asker's next turn finishes the question. Words that ask back
    /// (「對不對？打那個…」) answer, and an asker's `Okay.` lets the official go on; so do `Right. You'd take it...` to a
    /// question, which says yes before the break, and words the official goes on with from a dash after the asker's
    /// aside (`Well, you don't want to do that and...` / `And women?` / `-- and if they knew about it…`).
    static func isCutOffStart(at position: Int, in turns: [SegmentedDocument.Turn], roles: [Role], askingHost: Int?) -> Bool {
        guard position > 0, position + 1 < turns.count else { return false }
        let (before, turn, after) = (turns[position - 1], turns[position], turns[position + 1])
        guard before.speaker == after.speaker, turn.speaker != before.speaker,
            roles[before.speaker] == .reporter || before.speaker == askingHost,
            let first = turn.paragraphs.first, let last = turn.paragraphs.last, endsBreakingOff(last),
            turn.paragraphs.hasLength(atMost: Thresholds.Exchanges.longestCutOffStart),
            !turn.paragraphs.contains(where: { $0.containsQuestionMark() }),
            !isAcknowledgement(after.paragraphs), !isBackchannel(after.paragraphs)
        else { return false }
        if opensWithAgreement(first) && RoleInference.endsAsking(before) { return false }
        if position + 2 < turns.count, turns[position + 2].speaker == turn.speaker,
            let resumed = turns[position + 2].paragraphs.first, opensResuming(resumed)
        {
            return false
        }
        return true
    }

    /// Whether `paragraph` ends with a breaking mark (``DiscourseLexicon/breakingMarks``), trailing spaces aside, as
    /// ``endsBreakingOffReference(_:)`` tells: its last bytes turn down most paragraphs before any character is compared.
    /// No mark has a canonical equivalent, so a paragraph whose last characters are a mark ends with the mark's bytes.
    static func endsBreakingOff(_ paragraph: String) -> Bool {
        let bytes = paragraph.utf8.reversed().drop { $0 == UInt8(ascii: " ") }
        guard breakingMarkBytes.contains(where: { bytes.starts(with: $0) }) else { return false }
        return endsBreakingOffReference(paragraph)
    }

    static func endsBreakingOffReference(_ paragraph: String) -> Bool {
        let trimmed = paragraph.trimmingCharacters(in: " ")
        return DiscourseLexicon.breakingMarks.contains { trimmed.hasSuffix($0) }
    }

    /// Each mark's bytes, last first.
    private static let breakingMarkBytes = DiscourseLexicon.breakingMarks.map { Array($0.utf8.reversed()) }

    /// `-- and if they knew about it…`: a paragraph that goes on with its speaker's interrupted sentence
    /// (``DiscourseLexicon/resumingMarks``).
    private static func opensResuming(_ paragraph: String) -> Bool {
        DiscourseLexicon.resumingMarks.contains { paragraph.hasPrefix($0) }
    }

    /// `I am so sorry, guys.`: an official who only apologises (the plane is landing, the time is up) answers nothing.
    static func isApology(_ paragraphs: [String]) -> Bool {
        // "Excuse me?" asks what was meant (``isAskingBack(_:)``).
        guard paragraphs.hasLength(atMost: Thresholds.Exchanges.longestGreeting), !paragraphs.contains(where: { $0.containsLiteral("?") }),
            paragraphs.contains(where: { paragraph in DiscourseLexicon.apologyStems.contains { paragraph.containsLiteral($0) } })
        else { return false }
        let spoken = words(of: paragraphs, keeping: "'").split(separator: " ").map(String.init)
        return spoken.contains(where: DiscourseLexicon.apologyWords.contains) && spoken.allSatisfy(DiscourseLexicon.apologyTurnWords.contains)
    }

    /// `Yeah.` after a reporter's aside acknowledges it; it answers nothing.
    static func isAcknowledgement(_ paragraphs: [String]) -> Bool {
        // Read for every official's turn: one with more letters than any acknowledgement is turned down after reading
        // that many, not lower-cased whole.
        hasLetters(atMost: acknowledgementLetterLimit, paragraphs) && DiscourseLexicon.acknowledgements.contains(words(of: paragraphs))
    }

    /// Whether `paragraphs` hold no more than `limit` letters, read only until there are more.
    ///
    /// ``hasLettersReference(atMost:_:)`` on bytes while they are ASCII, where a character is a byte (or a CR LF, no
    /// letter) and the letters are the ASCII letters, then on scalars while each is a character of its own
    /// (``WholeCharacterLetters``): English, Chinese and their punctuation, where it asked `Character.isLetter` of
    /// every character of every official's turn.
    static func hasLetters(atMost limit: Int, _ paragraphs: [String]) -> Bool {
        var letters = 0
        for paragraph in paragraphs {
            var utf8 = paragraph.utf8.makeIterator()
            while let byte = utf8.next() {
                guard byte < 0x80 else { return hasLettersOnScalars(atMost: limit, paragraphs) }
                guard byte.isASCIILetter else { continue }
                letters += 1
                // The letter is a character of its own unless a mark that is not ASCII joins it: the scalars decide.
                if letters > limit {
                    var after = utf8
                    return after.next().map { $0 < 0x80 ? false : hasLettersOnScalars(atMost: limit, paragraphs) } ?? false
                }
            }
        }
        return true
    }

    private static func hasLettersOnScalars(atMost limit: Int, _ paragraphs: [String]) -> Bool {
        var letters = 0
        for paragraph in paragraphs {
            var scalars = paragraph.unicodeScalars.makeIterator()
            while let scalar = scalars.next() {
                guard let isLetter = WholeCharacterLetters.isLetter(scalar) else { return hasLettersReference(atMost: limit, paragraphs) }
                guard isLetter else { continue }
                letters += 1
                // The letter is a character of its own unless a scalar that is no whole character joins it: the
                // characters decide.
                if letters > limit {
                    var after = scalars
                    return after.next().map { WholeCharacterLetters.isLetter($0) == nil ? hasLettersReference(atMost: limit, paragraphs) : false }
                        ?? false
                }
            }
        }
        return true
    }

    /// ``hasLetters(atMost:_:)`` on characters, for any text.
    static func hasLettersReference(atMost limit: Int, _ paragraphs: [String]) -> Bool {
        var letters = 0
        for paragraph in paragraphs {
            for character in paragraph where character.isLetter {
                letters += 1
                if letters > limit { return false }
            }
        }
        return true
    }

    private static let acknowledgementLetterLimit = DiscourseLexicon.acknowledgements.map { $0.filter(\.isLetter).count }.max() ?? 0

    /// The turn's words in lower case, one space apart, without punctuation, as the phrase tables list them;
    /// `keeping` names other characters that belong to a word there (the hyphen of `mm-hm`).
    ///
    /// ``wordsReference(of:keeping:)`` on bytes where the paragraphs and `keeping` are ASCII: a character is then a
    /// byte (or a CR LF, which is dropped), a letter an ASCII letter and its lower case one byte. Elsewhere on scalars
    /// where each is a character of its own (``WholeCharacterLetters``).
    static func words(of paragraphs: [String], keeping: Character? = nil) -> String {
        let kept: UInt8?
        if let keeping {
            guard let ascii = keeping.asciiValue, keeping.unicodeScalars.count == 1 else { return wordsReference(of: paragraphs, keeping: keeping) }
            kept = ascii
        } else {
            kept = nil
        }
        var words: [UInt8] = []
        // A space goes in only before the next word's first byte: runs of spaces become one, none at either end.
        var spaceBefore = false
        for paragraph in paragraphs {
            for byte in paragraph.utf8 {
                guard byte < 0x80 else { return wordsOnScalars(of: paragraphs, keeping: kept.map(Unicode.Scalar.init)) }
                if byte == 0x20 {
                    spaceBefore = !words.isEmpty
                } else if byte.isASCIILetter || byte == kept {
                    if spaceBefore { words.append(0x20) }
                    spaceBefore = false
                    words.append(byte.isASCIILetter ? byte | 0x20 : byte)
                }
            }
        }
        return String(decoding: words, as: UTF8.self)
    }

    /// ``words(of:keeping:)`` on scalars, lower-cased a scalar at a time (``Swift/StringProtocol/lowercasedByScalar()``);
    /// on characters where a scalar is not a character of its own.
    private static func wordsOnScalars(of paragraphs: [String], keeping kept: Unicode.Scalar?) -> String {
        var words = String.UnicodeScalarView()
        var spaceBefore = false
        for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars {
                guard let isLetter = WholeCharacterLetters.isLetter(scalar) else {
                    return wordsReference(of: paragraphs, keeping: kept.map(Character.init))
                }
                if scalar == " " {
                    spaceBefore = !words.isEmpty
                } else if isLetter || scalar == kept {
                    if spaceBefore { words.append(" ") }
                    spaceBefore = false
                    words.append(scalar)
                }
            }
        }
        return String(words).lowercasedByScalar()
    }

    /// ``words(of:keeping:)`` on characters, for any text.
    static func wordsReference(of paragraphs: [String], keeping: Character? = nil) -> String {
        let letters = paragraphs.joined().filter { $0.isLetter || $0 == " " || $0 == keeping }.lowercased()
        return letters.split(separator: " ").joined(separator: " ")
    }

    private static let backchannelLetterLimit = 2 * (DiscourseLexicon.backchannels.map(\.count).max() ?? 0) + 8

    static func isBackchannel(_ paragraphs: [String]) -> Bool {
        // A backchannel is a word or two: a turn with more letters than any of them holds is turned down
        // after reading that many, not filtered and lower-cased whole.
        hasLetters(atMost: backchannelLetterLimit, paragraphs) && DiscourseLexicon.backchannels.contains(words(of: paragraphs, keeping: "-"))
    }

    /// "Me?", "You're talking about the video that the agency released?": a short official turn right after a
    /// question that asks only what the question meant (a few words, or ``DiscourseLexicon/askingBackOpenings``);
    /// it answers nothing.
    static func isAskingBack(_ paragraphs: [String]) -> Bool {
        guard paragraphs.count == 1, let text = paragraphs.first, text.hasLength(atMost: Thresholds.Exchanges.longestAskingBack)
        else { return false }
        let trimmed = text.trimmingCharacters(in: " ")
        guard trimmed.hasSuffix("?") || trimmed.hasSuffix("？") else { return false }
        // "Say that one more time? You wonder what?": a request to hear the question again, in any sentence.
        let lowered = trimmed.lowercased()
        if DiscourseLexicon.repairRequests.contains(where: { lowered.containsLiteral($0) }) { return true }
        guard SentenceSplitter.sentences(trimmed).count == 1 else { return false }
        // A few words ("Me?", "We support?"), a phrase rather than a clause ("A commission in Congress?") or an
        // opening that refers back to the question; a longer question back (「你怎么不报呢？」) is rhetorical, an answer.
        let latinWords = trimmed.split(separator: " ")
        let ideographic = trimmed.unicodeScalars.contains { $0.isIdeographicByValue }
        if !ideographic && latinWords.count <= Thresholds.Exchanges.mostWordsAskingBack { return true }
        if !ideographic, let first = latinWords.first, DiscourseLexicon.phraseOpenings.contains(first.lowercased()) { return true }
        return DiscourseLexicon.askingBackOpenings.contains { trimmed.hasPrefix($0) }
    }

    /// Between a host's questions, a turn that passes the floor to the other guests ("Anybody else want to jump
    /// in?") or that neither ends by asking nor prompts the next speaker to talk at length ("But there is now.").
    /// `moderation` for the first, `remark` for the second, `nil` for a turn that puts something to the guests.
    /// A host who breaks into an answer ("Yes?", "This was four in the afternoon.") while the guest goes on with the
    /// same sentence (`-- and if they knew about it…`) asks nothing new: a `remark`.
    static func hostInterjection(
        _ turn: SegmentedDocument.Turn, after previous: SegmentedDocument.Turn?, answeredBy next: SegmentedDocument.Turn?, roles: [Role]
    ) -> Turn.Kind? {
        if isHandOver(turn.paragraphs, speaker: turn.speaker, colleagues: [:]) { return .moderation }
        if let previous, let next, previous.speaker == next.speaker, next.speaker != turn.speaker,
            turn.paragraphs.hasLength(atMost: Thresholds.Exchanges.longestHostInterjection),
            let resumed = next.paragraphs.first, opensResuming(resumed)
        {
            return .remark
        }
        let keepsTalking = turn.paragraphs.hasLength(atMost: Thresholds.Exchanges.longestHostInterjection)
            && !RoleInference.endsAsking(turn) && !isPrompt(turn.paragraphs, answeredBy: next, roles: roles)
        return keepsTalking ? .remark : nil
    }

    /// A short official turn that hands the floor to a colleague: a phrase of ``DiscourseLexicon/handOverPhrases``
    /// ("Anything you'd like to add, Dr. Lee?"), or a few words naming another official and asking ("Dr. Lee?").
    static func isHandOver(_ paragraphs: [String], speaker: Int, colleagues: [Int: [String]]) -> Bool {
        guard paragraphs.hasLength(atMost: Thresholds.Exchanges.longestHandOver) else { return false }
        let text = paragraphs.joined(separator: " ")
        if handOverPhrases.containsAny(in: text) { return true }
        // "Dr. Lee?", "Thank you, Helen. Rania, please.": a colleague named, and asked to speak.
        guard text.hasSuffix("?") || text.hasSuffix("？") || DiscourseLexicon.handOverCourtesies.contains(where: text.lowercased().hasSuffix)
        else { return false }
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != "." })
        guard words.count <= Thresholds.Exchanges.mostWordsNamingAColleague else { return false }
        return colleagues.contains { index, names in
            index != speaker && words.contains { word in names.contains(String(word)) }
        }
    }

    /// "Monica.", "Hi, Zeke.", "J.J.": a few capitalised words, none a reply word (``DiscourseLexicon/replyWords``), that
    /// an official says after an official's turn and before a reporter's call on the reporter. Right after a question
    /// the same few words ("Thursday.") answer it.
    static func callsOnTheNextAsker(at position: Int, in turns: [SegmentedDocument.Turn], roles: [Role]) -> Bool {
        guard position > 0, position + 1 < turns.count else { return false }
        let (before, turn, after) = (turns[position - 1], turns[position], turns[position + 1])
        guard roles[before.speaker] == .official, roles[after.speaker] == .reporter, after.speaker != turn.speaker,
            turn.paragraphs.count == 1, let text = turn.paragraphs.first?.trimmingCharacters(in: " "),
            text.hasLength(atMost: Thresholds.Exchanges.longestCallingOn), text.hasSuffix(".") || text.hasSuffix("?")
        else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count <= Thresholds.Exchanges.mostWordsCallingOn else { return false }
        var named = false
        for (offset, word) in words.enumerated() {
            let bare = String(word).trimmingCharacters(in: ".?")
            let lowered = bare.lowercased()
            if offset == 0, words.count > 1, DiscourseLexicon.callingOnGreetings.contains(lowered) { continue }
            guard let first = bare.first, first.isUppercase, !isReplyWord(lowered) else { return false }
            named = true
        }
        return named
    }

    private static func isReplyWord(_ lowered: String) -> Bool {
        replyWords.contains(lowered)
    }

    /// ``DiscourseLexicon/replyWords`` and every word that only confirms (``confirmationWords``).
    private static let replyWords = DiscourseLexicon.replyWords.union(confirmationWords)

    /// "I don't have any update on internal briefings, no. Go ahead.": an official whose turn says a sentence of their
    /// own before the sentence that hands on (``DiscourseLexicon/moderationPhrases``, ``DiscourseLexicon/handOverLeads``)
    /// has answered. "Sure. Go ahead.", "Alex. Alex. Go ahead." and "I think we're going to move on. Go ahead." have not.
    static func answersBeforeHandingOn(_ paragraphs: [String]) -> Bool {
        let text = paragraphs.joined(separator: " ")
        let starts = (DiscourseLexicon.moderationPhrases + DiscourseLexicon.handOverLeads).compactMap { text.literalRange(of: $0)?.lowerBound }
        guard let handOver = starts.min(),
            let end = text[..<handOver].lastIndex(where: { sentenceEnds.contains($0) })
        else { return false }
        // The sentence the hand-over sits in is the hand-over's: what comes before its start is said of its own.
        let said = text[...end].split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        return said.contains { word in
            let lowered = word.lowercased()
            if DiscourseLexicon.handOverFillers.contains(lowered) || DiscourseLexicon.acknowledgements.contains(lowered)
                || DiscourseLexicon.callingOnGreetings.contains(lowered)
            {
                return false
            }
            // A name calls on someone ("Alex."); a reply word ("No.", "Soon.") answers.
            return word.first?.isUppercase != true || isReplyWord(lowered)
        }
    }

    private static let sentenceEnds: Set<Character> = [".", "?", "!", "。", "？", "！"]

    /// `Yeah.`, `Sure. Yeah.`, `Mm-hmm.`, `Correct.`: a reply to a question back that only confirms what the official
    /// understood, so the question stands as it was asked.
    static func onlyConfirms(_ paragraphs: [String]) -> Bool {
        guard hasLetters(atMost: Thresholds.Exchanges.longestConfirmation, paragraphs) else { return false }
        let spoken = words(of: paragraphs, keeping: "-")
        return !spoken.isEmpty && spoken.split(separator: " ").allSatisfy { confirmationWords.contains(String($0)) }
    }

    /// The words, lower-cased, of acknowledgements, backchannels, affirmations and agreement openings.
    private static let confirmationWords: Set<String> = Set(
        DiscourseLexicon.acknowledgements.flatMap { $0.split(separator: " ").map(String.init) }
            + DiscourseLexicon.backchannels + DiscourseLexicon.affirmations
            + DiscourseLexicon.agreementOpenings.map { $0.lowercased() })

    /// 「我請龐處長說一下大約的數字。」: a short official turn asking a colleague to speak (「請」 and then
    /// ``DiscourseLexicon/colleagueRequestVerbs``), both in its first sentence, after which another official speaks, hands
    /// over. An answer before the request (「縣長還在議會質詢期間。…請提案人來說明」) answers.
    static func asksAColleagueToSpeak(at position: Int, in turns: [SegmentedDocument.Turn], roles: [Role]) -> Bool {
        guard position + 1 < turns.count, case let next = turns[position + 1], next.speaker != turns[position].speaker,
            roles[next.speaker] == .official, turns[position].paragraphs.hasLength(atMost: Thresholds.Exchanges.longestHandOver)
        else { return false }
        let text = turns[position].paragraphs.joined()
        for request in DiscourseLexicon.colleagueRequests {
            guard let found = text.literalRange(of: request), !text[..<found.lowerBound].contains(where: sentenceEnds.contains)
            else { continue }
            let rest = text[found.upperBound...].prefix { !sentenceEnds.contains($0) }
            if DiscourseLexicon.colleagueRequestVerbs.contains(where: { rest.containsLiteral($0) }) { return true }
        }
        return false
    }

    /// The words of each official's name that others call them by (`Lee` of `Dr. Jane Lee`), by speaker index.
    static func colleagueNames(names: [String?], roles: [Role]) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for (index, name) in names.enumerated() where roles.indices.contains(index) && roles[index] == .official {
            let words = (name ?? "").split(separator: " ").map(String.init).filter { word in
                word.count >= 3 && word.first?.isUppercase == true && !SpeakerLexicon.englishHonorifics.contains(word.uppercased())
            }
            if !words.isEmpty { result[index] = words }
        }
        return result
    }

    /// The lexicon lists ``kinds(turns:roles:names:askingHost:)`` reads every turn against, searched for together.
    static let handOverPhrases = PhraseSet(DiscourseLexicon.handOverPhrases)
    static let deflections = PhraseSet(DiscourseLexicon.deflections)
    static let questionCues = PhraseSet(DiscourseLexicon.questionCues)
    static let closingPhrases = PhraseSet(DiscourseLexicon.closingPhrases)

    /// Statement before the first question, answer after one, moderation for hosts.
    /// The asking host's turns (``RoleAssignment/askingHost``) are read as a reporter's are, whatever their role: a
    /// panel's moderator asks the questions.
    static func kinds(turns: [SegmentedDocument.Turn], roles: [Role], names: [String?] = [], askingHost: Int? = nil) -> [Turn.Kind] {
        let colleagues = colleagueNames(names: names, roles: roles)
        var seenQuestion = false
        var kinds: [Turn.Kind] = []
        // The official just asked what the question meant ("Me?", "You're talking about the video?").
        var askedBack = false
        // "Thank you. That concludes our Q3 call. Thank you for joining us.": the last word of anyone but a host.
        let lastGuestTurn = turns.lastIndex { roles[$0.speaker] != .moderator }
        // Who asked the question being answered.
        var asker: Int?
        for (position, turn) in turns.enumerated() {
            let kind: Turn.Kind
            let answersAskingBack = askedBack
            askedBack = false
            let next = position + 1 < turns.count ? turns[position + 1] : nil
            let role = turn.speaker == askingHost ? .reporter : roles[turn.speaker]
            // "Anybody else want to jump in?", "But there is now.": a panel's host keeps the guests talking. An
            // interviewer's short claim (「但据说你编著的教材被下架了。」) puts something to the one guest.
            let interjection = turn.speaker == askingHost && roles[turn.speaker] == .moderator && seenQuestion
                ? hostInterjection(turn, after: position > 0 ? turns[position - 1] : nil, answeredBy: next, roles: roles) : nil
            switch role {
            case _ where interjection != nil:
                kind = interjection ?? .remark
            case .moderator:
                kind = .moderation
            case .reporter:
                // 「Jen —」, `Thank you, Jen`: a reporter who asks nothing is not asking a question.
                if isGreeting(turn.paragraphs) {
                    kind = .remark
                } else if turn.speaker == askingHost, roles[turn.speaker] == .moderator, !seenQuestion,
                    !turn.paragraphs.contains(where: { $0.containsQuestionMark() }), RoleInference.isModeration(turn.paragraphs)
                {
                    // 「各位网友大家好，欢迎收看人民网访谈。…两位嘉宾好！」: the host opening the programme asks nothing yet.
                    kind = .moderation
                } else if isAcknowledgedBreak(at: position + 1, in: turns) {
                    // "…the backend —" / "Yeah." / "— the meeting with Putin: …?": the question is the turn that finishes it.
                    kind = .remark
                } else if position > 0, let next, next.speaker == turns[position - 1].speaker, roles[next.speaker] == .official,
                    kinds.last == .answer, !turn.paragraphs.contains(where: { $0.containsQuestionMark() }),
                    turn.paragraphs.hasLength(atMost: Thresholds.Exchanges.longestReporterRemark),
                    let resumed = next.paragraphs.first,
                    opensResuming(resumed) || isHeckle(turn.paragraphs, by: turn.speaker, answering: asker)
                {
                    // "But you can't say when." / "– but no, I can't give you a date…": a remark the answer goes on
                    // through, from a dash; or another member's heckle.
                    kind = .remark
                } else if let next, roles[next.speaker] == .official, turn.paragraphs.count == 1,
                    StageDirection.standsForUnprintedWords(turn.paragraphs[0]),
                    !next.paragraphs.hasLength(atMost: Thresholds.Exchanges.longestReporterRemark)
                        || (next.paragraphs.count == 1 && StageDirection.standsForUnprintedWords(next.paragraphs[0])),
                    !RoleInference.isModeration(next.paragraphs, limit: Thresholds.Exchanges.officialModerationLimit)
                {
                    // `Q. (No microphone.)`, `QUESTION: (Off-mike.)`: somebody asked, and the official's words answer it,
                    // printed or not (「（以葡文回應，內容從略）」); "Go ahead, Karen." and "What's that?" after a `Q (Inaudible.)`
                    // answer nothing.
                    seenQuestion = true
                    kind = .question
                } else if answersAskingBack && !onlyConfirms(turn.paragraphs) {
                    // "Me?" — "Her.": the reply that says what was meant is the question; `Yeah.` leaves it as asked.
                    kind = .question
                } else if turn.paragraphs.hasLength(atMost: Thresholds.Exchanges.longestReporterRemark),
                    case let text = turn.paragraphs.joined(),
                    !questionCues.containsAny(in: text), !isPushback(text),
                    !isPrompt(turn.paragraphs, answeredBy: next, roles: roles),
                    !asksBeforeTheBreak(turn.paragraphs, answeredBy: next, roles: roles)
                {
                    kind = .remark
                } else {
                    seenQuestion = true
                    kind = .question
                }
            case .official:
                // 「接下來請唐鳳政委。」: a hand-over by an official answers nothing; nor does a closing
                // thanks that follows no question (「謝謝 TTC 及所有同仁救災的協助。」), nor thanks for an asker's words
                // that ask nothing ("Thank you, Donald. It was a pleasure…" / "Thanks for having me on.").
                // Cheapest first: most official turns answer a question that asks, and are no thanks.
                let closingThanks = seenQuestion
                    && (kinds.last != .question || !turns[position - 1].paragraphs.contains(where: { $0.containsQuestionMark() }))
                    && isThanks(turn.paragraphs)
                let closesTheEvent = seenQuestion && position == lastGuestTurn
                    && turn.paragraphs.hasLength(atMost: Thresholds.Exchanges.longestClosingWords)
                    && closesBeforeAnswering(turn.paragraphs)
                // "Thank you so much, Admiral." / "Okay, we have a couple minutes left. Zeke?": thanks and a hand-over,
                // a paragraph each.
                let thanksAndHandsOver = turn.paragraphs.count > 1 && turn.paragraphs.contains(where: { isThanks([$0]) })
                    && turn.paragraphs.allSatisfy { paragraph in
                        isThanks([paragraph]) || RoleInference.isModeration([paragraph], limit: Thresholds.Exchanges.officialModerationLimit)
                    }
                // "No. Go ahead.", "I don't have any update on that. Go ahead.": words of their own before the call
                // on the next reporter answer the question.
                let moderates = RoleInference.isModeration(turn.paragraphs, limit: Thresholds.Exchanges.officialModerationLimit)
                    && !(kinds.last == .question && answersBeforeHandingOn(turn.paragraphs))
                if moderates || closingThanks || closesTheEvent || thanksAndHandsOver
                    || (seenQuestion && isHandOver(turn.paragraphs, speaker: turn.speaker, colleagues: colleagues))
                    || (seenQuestion && callsOnTheNextAsker(at: position, in: turns, roles: roles))
                    || (seenQuestion && asksAColleagueToSpeak(at: position, in: turns, roles: roles))
                {
                    kind = .moderation
                } else if isBackchannel(turn.paragraphs) || isAcknowledgedBreak(at: position, in: turns) || isApology(turn.paragraphs)
                    || isCutOffStart(at: position, in: turns, roles: roles, askingHost: askingHost)
                    || ((kinds.last == .remark || kinds.last == .moderation) && isAcknowledgement(turn.paragraphs))
                {
                    // `Mm-hm.`, and `Yep.` to the host's "Karine, there's time —"
                    kind = .remark
                } else if kinds.last == .question && isAskingBack(turn.paragraphs) {
                    askedBack = true
                    kind = .remark
                } else {
                    kind = seenQuestion ? .answer : .statement
                }
            case .unknown:
                kind = .remark
            }
            if kind == .question { asker = turn.speaker }
            kinds.append(kind)
        }
        return kinds
    }
}
