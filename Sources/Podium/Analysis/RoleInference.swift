/// Gives each participant a role: from the label's words when they say, else from what the person does.
enum RoleInference {
    /// Each participant's role, by registry index, and the host who asks throughout (``askingHost(_:turns:)``), whose
    /// asking turns are questions whatever their role. `context` is the title and the lead, where a live event
    /// (``DiscourseLexicon/liveEventWords``) may be named.
    static func roles(for registry: ParticipantRegistry, turns: [SegmentedDocument.Turn], context: [String] = []) -> RoleAssignment {
        let entries = registry.entries
        let labelledReporters = Set(entries.indices.filter { isLabelledReporter(entries[$0]) })
        let host = askingHost(entries, turns: turns)
        let hostModerates = host.map { isModeratedEvent(host: $0, entries: entries, turns: turns, context: context) } ?? false
        let askers = (labelledReporters.isEmpty ? likelyAskers(entries, turns: turns) : [])
            .union(introducedAskers(entries, turns: turns))
            .union(host.map { [$0] } ?? [])
        // Who speaks right after whom, read once for every participant.
        // A spokesperson's title does not make them an official when all they do is host.
        var answersReporters = Set<Int>()
        // Nor does someone who speaks right after a question (「主持人：请问…？」) call on people.
        var answersQuestions = Set<Int>()
        // Nor a spokesperson who hosts and answers one of the reporters' questions at length (「关于第一个问题，…」).
        // The words before the closing words printed under the same label answer (``ExchangeBuilder/closesBeforeAnswering``).
        var answersAtLength = Set<Int>()
        // How often each speaker's turn is followed by someone else's question: a host calls on the askers.
        var handsToAskers: [Int: Int] = [:]
        for (previous, turn) in zip(turns, turns.dropFirst()) {
            if previous.speaker != turn.speaker, labelledReporters.contains(turn.speaker) || asks(turn) {
                handsToAskers[previous.speaker, default: 0] += 1
            }
            if labelledReporters.contains(previous.speaker) {
                answersReporters.insert(turn.speaker)
                if !answersAtLength.contains(turn.speaker) {
                    let answer = Array(turn.paragraphs.prefix { !ExchangeBuilder.closingPhrases.containsAny(in: $0) })
                    if !isModeration(answer), !answer.hasLength(atMost: Thresholds.Roles.shortestAnswerAtLength) {
                        answersAtLength.insert(turn.speaker)
                    }
                }
            }
            if previous.speaker != turn.speaker, !answersQuestions.contains(turn.speaker), asks(previous) {
                answersQuestions.insert(turn.speaker)
            }
        }
        let roles = entries.enumerated().map { index, entry -> Role in
            if index == host && hostModerates { return .moderator }
            let own = turns.filter { $0.speaker == index }
            let answersReporters = answersReporters.contains(index)
            let answersQuestions = answersQuestions.contains(index)
            let answersAtLength = answersAtLength.contains(index)
            if entry.name != nil, entry.labelRole == .official || entry.labelRole == nil, !own.isEmpty, !answersAtLength,
                isModerator(
                    own, answers: answersReporters || answersQuestions, handsToAskers: handsToAskers[index, default: 0],
                    opensTheRecord: turns.first?.speaker == index)
            {
                return .moderator
            }
            if let hint = entry.labelRole { return hint.role }
            if entry.outlet != nil { return .reporter }
            if holdsAnExecutiveOffice(entry) { return .official }
            guard !own.isEmpty else { return .unknown }
            // 「網管人：」, `tvbs:` — a label that is no one's name, asking questions, is an outlet.
            if let name = entry.name, !isPersonName(name), asksMostly(own) { return .reporter }
            // Someone the host called on by name, who then asked; not one who answers a labelled reporter at length, a
            // presenter whose statement asks what it then answers ("What should governments do? We put forward…").
            if askers.contains(index), !answersAtLength || index == host { return .reporter }
            // A named speaker who only asks and never answers a reporter interviews, though reporters are
            // labelled too (a radio host beside 「記：」).
            if !answersReporters, own.count >= 2, own.allSatisfy({ asks($0) && $0.paragraphs.hasLength(atMost: Thresholds.Roles.longestInterviewerQuestion) }) {
                return .reporter
            }
            // Nor does one who follows up on the answers beside labelled questions, asking in half their turns or more
            // and saying only a few words otherwise (「谢谢，有加了」): a co-written interview's signed interviewer.
            if !labelledReporters.isEmpty, !answersReporters, own.count >= 2, own.filter(asks).count * 2 >= own.count,
                own.allSatisfy({ turn in
                    turn.paragraphs.hasLength(atMost: asks(turn) ? Thresholds.Roles.longestInterviewerQuestion : Thresholds.Roles.longestInterviewerRemark)
                })
            {
                return .reporter
            }
            // Nor one who only asks, each time right after a host's hand-over (`AM Our last question today goes to
            // Guilherme…` / `GU Thank you, Anna. …Is WHO concerned…?`): called on, as the reporters beside them are.
            if !labelledReporters.isEmpty, !answersQuestions, !answersReporters,
                own.allSatisfy({ asks($0) && $0.paragraphs.hasLength(atMost: Thresholds.Roles.longestInterviewerQuestion) }),
                case let calledOn = zip(turns, turns.dropFirst()).filter({ $1.speaker == index && $0.speaker != index }),
                calledOn.count == own.count, calledOn.allSatisfy({ previous, _ in isModeration(previous.paragraphs) })
            {
                return .reporter
            }
            // Where reporters are labelled as such, a named speaker is one of the people answering.
            if !labelledReporters.isEmpty { return .official }
            // Where nobody is labelled a reporter, someone who only asks and never speaks after a question is one of
            // the askers, however seldom they speak: a reader's one question to the guest of an online salon.
            if !answersQuestions, own.allSatisfy(asks) { return .reporter }
            return askers.contains(index) ? .reporter : .official
        }
        return RoleAssignment(roles: roles, askingHost: host)
    }

    /// The one named speaker, under no reporter's label, who asks throughout a conversation and hands the floor to
    /// the others: a panel's or a town hall's host, or an interviewer. More of the turns after which someone else (no
    /// labelled reporter) speaks are theirs than anyone else's, and their turns end by asking clearly more often than
    /// those of anyone else with ``Thresholds/Roles/fewestHostTurns`` turns or more, labelled reporters aside.
    static func askingHost(_ entries: [ParticipantRegistry.Entry], turns: [SegmentedDocument.Turn]) -> Int? {
        let limits = Thresholds.Roles.self
        var counts: [Int: (turns: Int, endAsking: Int)] = [:]
        for turn in turns {
            counts[turn.speaker, default: (0, 0)].turns += 1
            // "…that could hold data. Martin?": a colleague named to go on is no question put.
            if endsAsking(turn), !endsNamingSomeone(turn.paragraphs) { counts[turn.speaker, default: (0, 0)].endAsking += 1 }
        }
        // Reporters labelled as such ask too (an audience's questions to a town hall's guest), and are no host.
        let shares = counts.filter { $0.value.turns >= limits.fewestHostTurns && !isLabelledReporter(entries[$0.key]) }
            .mapValues { Double($0.endAsking) / Double($0.turns) }
        // The host asks clearly more often than anyone who speaks about as much: an audience member's two questions
        // in four turns weigh nothing against a host's forty.
        let leads: (Int, Double) -> Bool = { host, share in
            let fewestRivalTurns = Double(counts[host, default: (0, 0)].turns) * limits.smallestRivalTurnShare
            let rivals = shares.filter { $0.key != host && Double(counts[$0.key, default: (0, 0)].turns) >= fewestRivalTurns }
            return share >= (rivals.values.max() ?? 0) + limits.hostAskingLead
        }
        guard let (host, share) = shares.filter(leads).max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
            share >= limits.lowestHostAskingShare, entries[host].outlet == nil
        else { return nil }
        // Where labelled reporters (`Q`, 「记者」) speak as often as the host asks, the host calls on them and hands their
        // questions to colleagues ("Dr. Walensky, anything you want to add?"): a press briefing's chair. An audience
        // member's question or two to a panel leaves the panel's host.
        let reporterTurns = counts.filter { isLabelledReporter(entries[$0.key]) }.values.reduce(0) { $0 + $1.turns }
        guard reporterTurns < counts[host, default: (0, 0)].endAsking else { return nil }
        // Nor does one who answers others' questions more often than they ask: an official whom unnamed voices
        // (`Speaker 3`, `Speaker 4`) ask, once each, and who once asks a colleague something.
        guard turnsAfterAsking(by: host, in: turns) <= counts[host, default: (0, 0)].endAsking else { return nil }
        // A named speaker under no role's label; or a host labelled as one (「主持人」, `MODERATOR`) where no reporter is
        // labelled at all: a television interview's or a panel's host, who asks the questions.
        switch entries[host].labelRole {
        case nil: guard entries[host].name != nil, !holdsAnExecutiveOffice(entries[host]) else { return nil }
        case .moderator: guard reporterTurns == 0 else { return nil }
        default: return nil
        }
        var handOvers = 0
        var from: [Int: Int] = [:]
        // Where the others answer: a turn after which a labelled reporter speaks is a press secretary's call.
        for (previous, turn) in zip(turns, turns.dropFirst())
        where previous.speaker != turn.speaker && turn.speaker != host && !isLabelledReporter(entries[turn.speaker]) {
            handOvers += 1
            from[previous.speaker, default: 0] += 1
        }
        let fromHost = from[host, default: 0]
        guard handOvers > 0, Double(fromHost) >= Double(handOvers) * limits.lowestHostHandOverShare,
            !from.contains(where: { $0.key != host && $0.value >= fromHost })
        else { return nil }
        let others = Set(counts.keys).filter { $0 != host && !isLabelledReporter(entries[$0]) }
        return asksRhetorically(host, others: others, means: meanTurnLengths(turns, of: others.union([host]))) ? nil : host
    }

    /// The title a label printed names an office whose holder answers (``SpeakerLexicon/executiveTitleWords``):
    /// `Governor Dana Whitfield`.
    static func holdsAnExecutiveOffice(_ entry: ParticipantRegistry.Entry) -> Bool {
        guard let title = entry.title else { return false }
        return title.uppercased().split(whereSeparator: { " ,-".contains($0) }).contains { SpeakerLexicon.executiveTitleWords.contains(String($0)) }
    }

    /// An asking host moderates an event before an audience with several guests: live-event words
    /// (``DiscourseLexicon/liveEventWords``) in the context, a label or a stage direction, and at least
    /// ``Thresholds/Roles/fewestGuestsOfAModerator`` others, not labelled reporters, who speak twice or more.
    private static func isModeratedEvent(
        host: Int, entries: [ParticipantRegistry.Entry], turns: [SegmentedDocument.Turn], context: [String]
    ) -> Bool {
        var turnCounts: [Int: Int] = [:]
        for turn in turns where turn.speaker != host && !isLabelledReporter(entries[turn.speaker]) {
            turnCounts[turn.speaker, default: 0] += 1
        }
        guard turnCounts.values.filter({ $0 >= 2 }).count >= Thresholds.Roles.fewestGuestsOfAModerator else { return false }
        let mentionsEvent: (String) -> Bool = { text in
            let lowered = text.lowercased()
            return DiscourseLexicon.liveEventWords.contains { lowered.containsLiteral($0) }
        }
        // Cheapest first: the title and the labels, then the host's welcome ("This is a CNN town hall…"), then the
        // stage directions of every turn.
        if context.contains(where: mentionsEvent) || entries.contains(where: { mentionsEvent($0.label) }) { return true }
        if let welcome = turns.first(where: { $0.speaker == host }), welcome.paragraphs.contains(where: mentionsEvent) {
            return true
        }
        return turns.contains { turn in
            turn.paragraphs.contains { paragraph in
                asides(in: paragraph).contains(where: mentionsEvent)
            }
        }
    }

    /// The turn's last sentence asks: it ends with a question mark, closing quotes and bracketed asides after it
    /// left out (`…a clash of civilizations? (APPLAUSE)`).
    static func endsAsking(_ turn: SegmentedDocument.Turn) -> Bool {
        guard let last = turn.paragraphs.last else { return false }
        // Indices stepped back one at a time: `Substring.dropLast()` re-counts from the start, which made a paragraph
        // of 20,000 `[1]` asides quadratic.
        var end = last.endIndex
        while true {
            while end > last.startIndex, case let before = last.index(before: end),
                last[before].isWhitespace || closingQuotes.contains(last[before])
            {
                end = before
            }
            guard end > last.startIndex, let open = asideOpeners[last[last.index(before: end)]],
                let start = last[..<end].lastIndex(of: open)
            else { break }
            end = start
        }
        guard end > last.startIndex else { return false }
        let final = last[last.index(before: end)]
        return final == "?" || final == "？"
    }

    private static let closingQuotes: Set<Character> = ["\"", "”", "’", "」", "』", "'"]
    private static let asideOpeners: [Character: Character] = [")": "(", "）": "（", "]": "[", "】": "【", ">": "<"]
    private static let asideOpenerTexts = asideOpeners.values.map(String.init)

    /// The bracketed asides of a paragraph, lower-cased: `(applause)`, `<laughter>`.
    private static func asides(in paragraph: String) -> [String] {
        // Most paragraphs hold no opening bracket: told on their bytes before their characters are read.
        guard asideOpenerTexts.contains(where: paragraph.containsLiteral) else { return [] }
        var result: [String] = []
        var open: (Character, String.Index)?
        for index in paragraph.indices {
            let character = paragraph[index]
            if let (opener, start) = open, asideOpeners[character] == opener {
                result.append(paragraph[paragraph.index(after: start)..<index].lowercased())
                open = nil
            } else if asideOpeners.values.contains(character) {
                open = (character, index)
            }
        }
        return result
    }

    private static func isLabelledReporter(_ entry: ParticipantRegistry.Entry) -> Bool {
        entry.outlet != nil || entry.labelRole == .reporter || entry.labelRole == .followUp
    }

    /// Someone who only opens, hands over and closes: most of their turns are short moderation, or, never speaking
    /// right after a question, they speak briefly and someone else asks after them (``callsOnAskers(_:handsToAskers:)``).
    private static func isModerator(
        _ turns: [SegmentedDocument.Turn], answers: Bool, handsToAskers: Int, opensTheRecord: Bool
    ) -> Bool {
        // A short turn that hands the floor to a colleague ("I'll ask Rukmini to respond.") moderates as well. Counted
        // until two thirds can no longer be reached: a speaker of ten thousand turns is read no further than needed.
        var moderating = 0
        for (position, turn) in turns.enumerated() {
            if isModeration(turn.paragraphs)
                || turn.paragraphs.hasLength(atMost: Thresholds.Exchanges.longestHandOver)
                    && turn.paragraphs.contains(where: { ExchangeBuilder.handOverPhrases.containsAny(in: $0) })
            {
                moderating += 1
            }
            if (moderating + turns.count - position - 1) * 3 < turns.count * 2 { break }
        }
        if moderating * 3 >= turns.count * 2 { return true }
        // `MICHELLE SMITH. Chris.`: someone who never speaks right after a reporter or a question, only ever
        // says a few words and asks nothing, or names who speaks next (`Thank you, Mr. Chair. Nina.`, `Let's go to
        // Greta Lindahl at Bloomberg.`), is calling on people.
        guard !answers, turns.count >= 2 else { return false }
        var calls = false
        var thanks = false
        let hosts = turns.allSatisfy { turn in
            if turn.paragraphs.hasLength(atMost: Thresholds.Roles.longestCallingOnTurn), !turn.paragraphs.joined().containsQuestionMark() {
                return true
            }
            if isModeration(turn.paragraphs) || endsCallingOn(turn.paragraphs) {
                calls = true
                return true
            }
            // `Thank you, everyone. (Whereupon, the press conference concluded…)`: the closing thanks of one who calls on
            // people; a guest who only thanks ("Thank you so much.") calls on nobody.
            thanks = ExchangeBuilder.isThanks(turn.paragraphs)
            return thanks
        }
        return hosts && (calls || !thanks) || callsOnAskers(turns, handsToAskers: handsToAskers, opensTheRecord: opensTheRecord)
    }

    /// A host who opens the record and calls on the room in words of their own (`We start with the gentleman in front.`,
    /// `Kyodo News, please.`) rather than the lexicon's: they speak ``Thresholds/Roles/fewestTurnsOfACallingHost``
    /// times or more, someone else asks after more than half of the turns anyone follows, their turns between the
    /// opening and the closing are a few words, and after the opening they ask nothing but who goes on (`Questions in
    /// the room? Yes, Jamil.`, `Operator?`). A guest's short statements after the host's questions open nothing.
    private static func callsOnAskers(_ turns: [SegmentedDocument.Turn], handsToAskers: Int, opensTheRecord: Bool) -> Bool {
        let limits = Thresholds.Roles.self
        guard opensTheRecord, turns.count >= limits.fewestTurnsOfACallingHost, handsToAskers * 2 > turns.count - 1,
            let opening = turns.first, let closing = turns.last,
            opening.paragraphs.hasLength(atMost: limits.longestOpeningOrClosingOfACallingHost),
            closing.paragraphs.hasLength(atMost: limits.longestOpeningOrClosingOfACallingHost)
        else { return false }
        // Bytes, not characters: an ideograph weighs about as much as a Latin word's three letters.
        return turns.dropFirst().dropLast().allSatisfy { $0.paragraphs.reduce(0) { $0 + $1.utf8.count } <= limits.longestCallOfACallingHost }
            && turns.dropFirst().allSatisfy { !asks($0) || endsCallingOn($0.paragraphs) || endsNamingSomeone($0.paragraphs) }
    }

    /// A short turn whose last sentence only names someone: `Thank you, Mr. Chair. Nina.`, `Deutsche Welle.`, `Anadolu
    /// Agency, and then the Kyiv Independent.`; not an acknowledgement (`Sure.`).
    static func endsCallingOn(_ paragraphs: [String]) -> Bool {
        // Most turns end otherwise than with a full stop in ASCII (「。」, `?`): told on their last byte.
        guard let last = paragraphs.last, last.utf8.last == UInt8(ascii: "."), paragraphs.hasLength(atMost: Thresholds.Roles.longestNamingTurn),
            let sentence = SentenceSplitter.sentences(last).last, sentence.last == "."
        else { return false }
        let words = sentence.dropLast().split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...Thresholds.Roles.mostWordsInACall).contains(words.count),
            !DiscourseLexicon.acknowledgements.contains(sentence.dropLast().lowercased())
        else { return false }
        // `Then border controls, please.`: a chair who moves the room to a topic names it, not a person.
        // `Yes, please.` accepts an offer.
        if words.count > 1, let last = words.last, DiscourseLexicon.callingRequests.contains(last.lowercased()) {
            return !DiscourseLexicon.acknowledgements.contains(words.dropLast().joined(separator: " ").lowercased())
        }
        return words.allSatisfy { word in
            word.first?.isUppercase == true || DiscourseLexicon.wordsBetweenCalledNames.contains(word.lowercased())
        } && words.first?.first?.isUppercase == true
    }

    /// A turn whose last sentence is only a name asked to go on: `Martin?`, `Dr. Lee?`, `Commissioner Davis?`.
    ///
    /// Most turns that end asking are questions of many words: the last paragraph's final words are read on bytes
    /// first, and where none of them can end a sentence the last sentence is longer than a name, so the paragraph is
    /// not split into sentences. ``endsNamingSomeoneReference(_:)`` splits every one, and `FastPathTests` holds the two
    /// equal.
    static func endsNamingSomeone(_ paragraphs: [String]) -> Bool {
        guard let last = paragraphs.last else { return false }
        let bytes = last.utf8.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        guard bytes.first == UInt8(ascii: "?") else { return false }
        var words = 0
        var previous: UInt8 = 0x20
        // Words counted from the end, blanks between them; a byte past ASCII, a mark or a line break that may end a
        // sentence stops the count, and the reference decides.
        for byte in bytes.dropFirst() {
            if byte >= 0x80 || sentenceBoundaryBytes.contains(byte) { break }
            // Blanks between words, as the reference splits them; a run of blanks is one.
            if byte == 0x20 && previous != 0x20 { words += 1 }
            if words > Thresholds.SelfIntroduction.mostWordsInACalledName { return false }
            previous = byte
        }
        return endsNamingSomeoneReference(paragraphs)
    }

    /// ASCII bytes at which ``SentenceSplitter`` may end a sentence: marks and line breaks.
    private static let sentenceBoundaryBytes = ASCIIByteSet(".!?\n\r\u{0B}\u{0C}".utf8)

    /// ``endsNamingSomeone(_:)`` on every turn's last sentence: the plain version of the rule.
    static func endsNamingSomeoneReference(_ paragraphs: [String]) -> Bool {
        guard let last = paragraphs.last, let sentence = SentenceSplitter.sentences(last).last?.trimmingCharacters(in: " "),
            sentence.last == "?"
        else { return false }
        let words = sentence.dropLast().split(whereSeparator: { $0 == " " || $0 == "," })
        return (1...Thresholds.SelfIntroduction.mostWordsInACalledName).contains(words.count)
            && words.allSatisfy { $0.first?.isUppercase == true || DiscourseLexicon.wordsBetweenCalledNames.contains($0.lowercased()) }
            && words.first?.first?.isUppercase == true
    }

    static func isModeration(_ paragraphs: [String], limit: Int = Thresholds.Roles.moderationLimit) -> Bool {
        guard paragraphs.hasLength(atMost: limit - 1) else { return false }
        let text = paragraphs.joined()
        return moderationPhrases.containsAny(in: text) || asksSomeoneToAnswer(text)
    }

    /// 「这个问题请林海波先生回答。」, 「请章可新先生回答。」: a few words that ask somebody else to answer.
    static func asksSomeoneToAnswer(_ text: String) -> Bool {
        // Every turn is asked: one in ASCII alone holds no 请 and is turned down on its bytes.
        guard text.utf8.count <= Thresholds.Roles.longestChineseHandOver * 4, text.utf8.contains(where: { $0 >= 0x80 }),
            text.hasLength(atMost: Thresholds.Roles.longestChineseHandOver), request(in: text) != nil
        else { return false }
        let words = text.reversed().drop { "。！ ".contains($0) }
        return DiscourseLexicon.chineseHandOverEndings.contains { ending in words.starts(with: ending.reversed()) }
    }

    /// 「谢谢孟雅琳女士。下面请方卫东先生回答学校方面的问题。」: after its 请, a host's turn asks somebody else to answer.
    static func asksSomeoneElseToAnswer(in text: String) -> Bool {
        guard let request = request(in: text) else { return false }
        return DiscourseLexicon.chineseHandOverEndings.contains { request.containsLiteral($0) }
    }

    /// The words from a text's first 请 (請) on, where it asks somebody to do something.
    private static func request(in text: String) -> Substring? {
        text.firstIndex { $0 == "请" || $0 == "請" }.map { text[$0...] }
    }

    /// ``DiscourseLexicon/moderationPhrases``, searched for together: every turn of a document is asked.
    static let moderationPhrases = PhraseSet(DiscourseLexicon.moderationPhrases)

    /// A Chinese name starts with a common surname; a Latin name is capitalised words, not an acronym.
    private static func isPersonName(_ name: String) -> Bool {
        if let first = name.first, first.unicodeScalars.first?.properties.isIdeographic == true {
            return SpeakerLexicon.chineseSurnames.contains(first)
        }
        let words = name.split(separator: " ")
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return word.dropFirst().contains { $0.isLowercase } || word.count <= 2
        }
    }

    /// Whether a paragraph asks: it holds a question mark, found on bytes.
    static func asks(_ paragraph: String) -> Bool {
        paragraph.containsQuestionMark()
    }

    private static func asks(_ turn: SegmentedDocument.Turn) -> Bool {
        turn.paragraphs.contains(where: asks)
    }

    /// `Operator: Our next question comes from Raj Patel…` / `Raj Patel: What about…?`: whoever the turn before
    /// names, and who then asks, is one of the askers.
    private static func introducedAskers(_ entries: [ParticipantRegistry.Entry], turns: [SegmentedDocument.Turn]) -> Set<Int> {
        var result = Set<Int>()
        for (previous, turn) in zip(turns, turns.dropFirst()) where previous.speaker != turn.speaker {
            let entry = entries[turn.speaker]
            // Cheapest first: most turns are not a named speaker's after a short hand-over.
            // `I call Deputy Furlong.`: the chair calls a member by title and surname.
            guard entry.labelRole == nil, let name = entry.name, name.contains(" "), let surname = name.split(separator: " ").last,
                RoleInference.isModeration(previous.paragraphs),
                previous.paragraphs.contains(where: { $0.containsLiteral(name) || $0.containsLiteral(" " + surname) }), asks(turn)
            else { continue }
            result.insert(turn.speaker)
        }
        return result
    }

    /// How many of `speaker`'s turns come right after someone else's turn that ends asking: answers, as an asker's
    /// turns seldom are.
    private static func turnsAfterAsking(by speaker: Int, in turns: [SegmentedDocument.Turn]) -> Int {
        zip(turns, turns.dropFirst()).filter { previous, turn in
            turn.speaker == speaker && previous.speaker != speaker && endsAsking(previous)
        }.count
    }

    private static func asksMostly(_ turns: [SegmentedDocument.Turn]) -> Bool {
        let asking = turns.filter(asks)
        return !turns.isEmpty && asking.count * 2 >= turns.count
    }

    /// In an interview nobody is labelled a reporter: the askers are the people most of whose turns
    /// ask something, clearly more often than the person who asks least.
    private static func likelyAskers(_ entries: [ParticipantRegistry.Entry], turns: [SegmentedDocument.Turn]) -> Set<Int> {
        var ratios: [Int: Double] = [:]
        var askingTurns: [Int: Int] = [:]
        // Someone the label makes an official (`The Secretary of State (Mark Harper)`) sets how little an answerer
        // asks, but is no asker.
        var officialRatios: [Double] = []
        for index in entries.indices where entries[index].labelRole == nil || entries[index].labelRole == .official {
            let own = turns.filter { $0.speaker == index }
            guard own.count >= 2 else { continue }
            let asking = own.filter(asks).count
            askingTurns[index] = asking
            let ratio = Double(asking) / Double(own.count)
            guard entries[index].labelRole == nil else {
                officialRatios.append(ratio)
                continue
            }
            ratios[index] = ratio
        }
        let limits = Thresholds.Roles.self
        guard ratios.count + officialRatios.count >= 2, let lowest = (Array(ratios.values) + officialRatios).min() else { return [] }
        if ratios.count == 2, officialRatios.isEmpty, let (asker, ratio) = ratios.max(by: { $0.value < $1.value }),
            let (other, otherRatio) = ratios.first(where: { $0.key != asker }),
            ratio >= limits.lowestAskerAskingShare, ratio > otherRatio,
            saysLess(asker, than: other, turns: turns)
        {
            // Two people talking: the one who asks more and says less is the interviewer.
            return [asker]
        }
        // One who answers others' questions more often than they ask (`…could hold data. Martin?`) is no asker.
        let candidates = Set(ratios.filter { $0.value >= limits.lowestAskerAskingShare && $0.value >= lowest + limits.askerAskingLead }.keys)
            .filter { speaker in turnsAfterAsking(by: speaker, in: turns) <= askingTurns[speaker, default: 0] }
        guard !candidates.isEmpty else { return [] }
        let answerers = Set(turns.map(\.speaker)).subtracting(candidates).filter { entries[$0].labelRole != .moderator }
        let means = meanTurnLengths(turns, of: answerers.union(candidates))
        return candidates.filter { !asksRhetorically($0, others: answerers, means: means) }
    }

    /// Someone who speaks in monologues, ``Thresholds/Roles/longestMeanAskingTurn`` characters a turn or more, and
    /// says as much as anyone they would be asking, asks rhetorically: a compilation of hosts' monologues ("So is
    /// there an ideal podcast length? Nope. …"). `means` holds ``meanTurnLengths(_:of:)`` of them all.
    private static func asksRhetorically(_ speaker: Int, others: Set<Int>, means: [Int: Double]) -> Bool {
        let own = means[speaker, default: 0]
        return own > Double(Thresholds.Roles.longestMeanAskingTurn) && !others.contains { means[$0, default: 0] > own }
    }

    /// Whether `speaker` says less, turn for turn, than `other`.
    private static func saysLess(_ speaker: Int, than other: Int, turns: [SegmentedDocument.Turn]) -> Bool {
        let means = meanTurnLengths(turns, of: [speaker, other])
        return means[speaker, default: 0] < means[other, default: 0]
    }

    /// Characters per turn of each speaker asked for, in one pass: counting reads every word of their turns.
    private static func meanTurnLengths(_ turns: [SegmentedDocument.Turn], of speakers: Set<Int>) -> [Int: Double] {
        var totals: [Int: (characters: Int, turns: Int)] = [:]
        for turn in turns where speakers.contains(turn.speaker) {
            let characters = turn.paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
            totals[turn.speaker, default: (0, 0)].characters += characters
            totals[turn.speaker, default: (0, 0)].turns += 1
        }
        return totals.mapValues { Double($0.characters) / Double($0.turns) }
    }
}
