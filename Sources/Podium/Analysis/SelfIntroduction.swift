/// What people say about themselves in their first turns: a reporter's outlet (`Chris Rugaber, Associated Press.`), and
/// who a diarization label stands for (``assignListedNames(_:listed:)``).
enum SelfIntroduction {
    /// The segmented document with what its speakers say of themselves, or what a host says of them, added: outlets
    /// first, then the names a list gives diarization labels, the reporters under a shared label who name
    /// themselves, and those a host calls on. Each step reads what the one before it settled.
    static func introduced(_ segments: SegmentedDocument, listed: [String]) -> SegmentedDocument {
        var introduced = segments
        assignOutlets(&introduced)
        assignListedNames(&introduced, listed: listed)
        assignAccountHolders(&introduced)
        assignNamedHosts(&introduced)
        assignAnonymousAskers(&introduced)
        assignCalledOnAskers(&introduced)
        return introduced
    }

    /// `[OUSD Communications]` / "Good morning. I'm Marisol Ventura, director of communications.": a meeting account named
    /// for an office (``SpeakerLexicon/officeAccountWords``) is the person who introduces themselves in its first turns.
    static func assignAccountHolders(_ segments: inout SegmentedDocument) {
        for (index, entry) in segments.registry.entries.enumerated() {
            guard let name = entry.name, entry.labelRole == nil, entry.outlet == nil, isOfficeAccount(name),
                let given = nameIntroduced(by: index, in: segments),
                given.contains(" "), !segments.registry.entries.contains(where: { $0.name == given })
            else { continue }
            segments.registry.setName(given, at: index)
        }
    }

    /// 「我是主持人晓彤。」, "I'm your host tonight.", or a programme's credits before the first turn (「节目主持：晓彤　志刚」,
    /// `Moderator: Julie Ménard`): a participant under a label that says no role, whom the document names its host,
    /// hosts.
    static func assignNamedHosts(_ segments: inout SegmentedDocument) {
        let entries = segments.registry.entries
        let candidates = Set(entries.indices.filter { entries[$0].labelRole == nil && entries[$0].outlet == nil && entries[$0].name != nil })
        guard !candidates.isEmpty else { return }
        let credited = creditedHosts(in: segments.lead + segments.notes.filter { $0.turn == nil || $0.turn == 0 }.map(\.text))
        // Each candidate's first two turns, read in one pass over the turns.
        var turnsRead: [Int: Int] = [:]
        var introduced = Set<Int>()
        let limit = Thresholds.SelfIntroduction.turnsSearchedForAnIntroduction
        for turn in segments.turns where candidates.contains(turn.speaker) && turnsRead[turn.speaker, default: 0] < limit {
            turnsRead[turn.speaker, default: 0] += 1
            if introducesTheirHost(turn.paragraphs) { introduced.insert(turn.speaker) }
        }
        for index in candidates {
            guard let name = entries[index].name else { continue }
            // A one-character name (「李」) could stand inside another's.
            let named = name.count >= 2 && credited.contains { $0.containsLiteral(name) }
            if named || introduced.contains(index) { segments.registry.setLabelRole(.moderator, at: index) }
        }
    }

    /// Whether a turn's opening words say its speaker hosts (``DiscourseLexicon/hostSelfIntroductions``).
    private static func introducesTheirHost(_ paragraphs: [String]) -> Bool {
        let opening = paragraphs.openingJoined(characters: Thresholds.SelfIntroduction.longestOpening).lowercasedByScalar()
        return DiscourseLexicon.hostSelfIntroductions.contains { opening.containsLiteral($0) }
    }

    /// What a credits line gives after a host's key (``DiscourseLexicon/hostCreditKeys``): the names of the hosts, one
    /// or several (「晓彤　志刚」, `Ann Lee and Bo Wu`).
    static func creditedHosts(in lines: [String]) -> [Substring] {
        lines.compactMap { line in
            guard let key = MetadataLines.fieldKey(line), DiscourseLexicon.hostCreditKeys.contains(key.uppercased()),
                let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" })
            else { return nil }
            return line[line.index(after: colon)...]
        }
    }

    /// The name a participant gives themselves in their first two turns ("I'm Marisol Ventura", "My name is Aron").
    private static func nameIntroduced(by speaker: Int, in segments: SegmentedDocument) -> String? {
        segments.turns.lazy.filter { $0.speaker == speaker }.prefix(Thresholds.SelfIntroduction.turnsSearchedForAnIntroduction)
            .compactMap { introducedName(in: $0.paragraphs) }.first
    }

    /// `Metro Transit Comms`, `Tulsa Emergency Mgmt`: two words or more, the last naming an office rather than a person.
    static func isOfficeAccount(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return false }
        return SpeakerLexicon.officeAccountWords.contains(String(last))
    }

    /// `Reporter: I am Sato from NHK. When will…`: under a label shared by every reporter (`Q`, `Reporter`, 「记者」), a
    /// turn whose asker gives a name and an outlet is that reporter's, a participant of their own.
    static func assignAnonymousAskers(_ segments: inout SegmentedDocument) {
        for position in segments.turns.indices {
            let entry = segments.registry.entries[segments.turns[position].speaker]
            guard entry.labelRole == .reporter, entry.name == nil, entry.outlet == nil,
                let opening = segments.turns[position].paragraphs.first
            else { continue }
            if let (name, outlet) = introducedNameAndOutlet(in: opening) ?? nameAndOutlet(in: [opening]) {
                segments.turns[position].speaker = segments.registry.resolve(
                    SpeakerLabel(text: entry.label, roleHint: .reporter, name: name, outlet: outlet))
            } else if let outlet = chineseIntroducedOutlet(in: opening) {
                segments.turns[position].speaker = segments.registry.resolve(SpeakerLabel(text: entry.label, roleHint: .reporter, outlet: outlet))
            }
        }
    }

    /// 「记者：…我是新京报记者。」, 「我是来自成都商报的记者」: the outlet a reporter under a shared label names as theirs.
    static func chineseIntroducedOutlet(in opening: String) -> String? {
        let window = opening.prefix(Thresholds.SelfIntroduction.longestChineseOpening)
        guard let introduction = window.literalRange(of: "我是") else { return nil }
        let rest = window[introduction.upperBound...]
        for word in SpeakerLexicon.reporterWords {
            guard let reporter = rest.literalRange(of: word) else { continue }
            var outlet = String(rest[..<reporter.lowerBound])
            for prefix in ["来自", "來自"] where outlet.hasPrefix(prefix) { outlet.removeFirst(prefix.count) }
            if outlet.hasSuffix("的") { outlet.removeLast() }
            outlet = outlet.replacingLiteral("《", with: "").replacingLiteral("》", with: "")
            return OutletLexicon.isOutlet(outlet) ? outlet : nil
        }
        return nil
    }

    /// "I am Sato from NHK": the name a phrase introduces and the outlet after it.
    private static func introducedNameAndOutlet(in opening: String) -> (name: String, outlet: String)? {
        guard let name = introducedName(in: [opening]), name.contains(where: \.isLetter),
            !name.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
            let outlet = OutletLexicon.selfIntroducedOutlet(name: name, in: opening),
            // `I'm Marisol Vega with the World Bank's press team.`: an institution's press officer, who hosts.
            !outlet.hasSuffix("'s"), !outlet.hasSuffix("’s"), !introducesTheirHost([opening])
        else { return nil }
        return (name, outlet)
    }

    /// `Operator: Our next question comes from Craig Mailman with Citi.` then `Q: I just want…`: under a label shared by
    /// every reporter, the asker the host has just called on by name is that reporter, a participant of their own, up
    /// to the host's next turn; an asker labelled by that name has the outlet the host gave.
    static func assignCalledOnAskers(_ segments: inout SegmentedDocument) {
        var called: (name: String, outlet: String?)?
        for position in segments.turns.indices {
            let entry = segments.registry.entries[segments.turns[position].speaker]
            if entry.labelRole == .moderator {
                called = calledOnName(in: segments.turns[position].paragraphs)
                continue
            }
            guard let (name, outlet) = called, entry.outlet == nil else { continue }
            // `Operator: …from Claire Broussard with The Advocate.` then `Claire Broussard: …`: the named asker's outlet.
            if let printed = entry.name, let outlet, ParticipantRegistry.sameName(printed, name) {
                segments.registry.setOutlet(outlet, at: segments.turns[position].speaker)
                called = nil
                continue
            }
            guard entry.labelRole == .reporter, entry.name == nil else { continue }
            segments.turns[position].speaker = segments.registry.resolve(
                SpeakerLabel(text: entry.label, roleHint: .reporter, name: name, outlet: outlet))
        }
    }

    /// The person a host's turn calls on, and their outlet: "Our next question comes from the line of Craig Mailman
    /// with Citi.", "Next we'll go to Sheryl Stolberg with the New York Times."
    static func calledOnName(in paragraphs: [String]) -> (name: String, outlet: String?)? {
        guard let last = paragraphs.last, last.hasLength(atMost: Thresholds.SelfIntroduction.longestOpening) else { return nil }
        let lowered = last.lowercased()
        guard callingOnPhrases.containsAny(in: lowered) else { return nil }
        for phrase in DiscourseLexicon.callingOnPhrases {
            guard let range = lowered.literalRange(of: phrase) else { continue }
            let after = last.dropFirst(lowered.distance(from: lowered.startIndex, to: range.upperBound))
            let words = leadingName(after, atMost: Thresholds.SelfIntroduction.mostWordsInACalledName, initials: true)
            guard words.count >= 2 else { continue }
            let name = words.joined(separator: " ")
            return (name, OutletLexicon.selfIntroducedOutlet(name: name, in: String(after)))
        }
        return nil
    }

    /// ``DiscourseLexicon/selfIntroductionPhrases`` and ``DiscourseLexicon/callingOnPhrases``, searched for together.
    static let introductionPhrases = PhraseSet(DiscourseLexicon.selfIntroductionPhrases)
    static let callingOnPhrases = PhraseSet(DiscourseLexicon.callingOnPhrases)

    private static func cuesAQuestion(_ turn: SegmentedDocument.Turn) -> Bool {
        turn.paragraphs.contains { paragraph in ExchangeBuilder.questionCues.containsAny(in: paragraph) }
    }

    /// `Speaker 0` … `Speaker 3` in a transcript whose front matter lists the people (`speakers: ['Aaron van Wirdum',
    /// 'Ava Chow', …]`): each placeholder is the listed person whose name the speaker gives in their first turns
    /// ("My name is Aron Favirim", "Hi, I'm Eva"), spelled as speech recognition heard it, so matched loosely; the
    /// last placeholder that introduced itself and the last listed name are one another.
    static func assignListedNames(_ segments: inout SegmentedDocument, listed: [String]) {
        guard !listed.isEmpty else { return }
        var introduced: [(index: Int, name: String)] = []
        for (index, entry) in segments.registry.entries.enumerated() {
            guard let name = entry.name, isPlaceholder(name),
                let given = nameIntroduced(by: index, in: segments)
            else { continue }
            introduced.append((index, given))
        }
        guard !introduced.isEmpty else { return }
        var unmatched = listed
        var unnamed: [Int] = []
        for (index, given) in introduced {
            let scored = unmatched.map { ($0, distance(given, $0)) }.min { $0.1 < $1.1 }
            if let (person, score) = scored, score <= Thresholds.SelfIntroduction.largestNameDistance {
                segments.registry.setName(person, at: index)
                unmatched.removeAll { $0 == person }
            } else {
                unnamed.append(index)
            }
        }
        if unnamed.count == 1, unmatched.count == 1, let index = unnamed.first, let person = unmatched.first {
            segments.registry.setName(person, at: index)
        }
    }

    /// `Speaker 0`, `SPEAKER 12`, `SPEAKER_00`, 「说话人 1」: a diarization label, a word and a number.
    private static func isPlaceholder(_ name: String) -> Bool {
        SpeakerLexicon.isDiarizationLabel(name)
    }

    /// The name after "my name is", "I'm", 「我是」… in the opening words of a turn: one to three capitalised words, or
    /// two to four Chinese characters.
    static func introducedName(in paragraphs: [String]) -> String? {
        let opening = paragraphs.openingJoined(characters: Thresholds.SelfIntroduction.longestOpening)
        let lowered = opening.lowercasedByScalar()
        // Most openings hold none of the phrases: one pass over their bytes tells, not a search for each phrase.
        guard introductionPhrases.containsAny(in: lowered) else { return nil }
        for phrase in DiscourseLexicon.selfIntroductionPhrases {
            guard let range = lowered.literalRange(of: phrase) else { continue }
            // Lower-casing may change a text's length: the offset is carried over without assuming it does not.
            let after = opening.dropFirst(lowered.distance(from: lowered.startIndex, to: range.upperBound))
            if phrase.unicodeScalars.contains(where: { $0.properties.isIdeographic }) {
                let name = after.prefix { $0.unicodeScalars.first?.properties.isIdeographic == true }.prefix(4)
                if name.count >= 2 { return String(name) }
                continue
            }
            let words = leadingName(after, atMost: 3, initials: false)
            if !words.isEmpty { return words.joined(separator: " ") }
        }
        return nil
    }

    /// The capitalised words a name opens `text` with, up to `limit`, its punctuation trimmed; the name ends at a word
    /// that punctuation closed. With `initials`, `J.` is a word of the name (`Jonathan J. Atkin`).
    static func leadingName(_ text: Substring, atMost limit: Int, initials: Bool) -> [String] {
        var words: [String] = []
        for word in text.split(separator: " ").prefix(limit) {
            let bare = word.trimmingCharacters(in: initials ? ",;:!?" : ",.;:!?")
            let isInitial = initials && bare.count == 2 && bare.last == "." && bare.first?.isUppercase == true
            let name = initials && !isInitial ? bare.trimmingCharacters(in: ".") : bare
            guard let first = name.first, first.isUppercase,
                name.allSatisfy({ $0.isLetter || "-'’".contains($0) || (initials && $0 == ".") })
            else { break }
            words.append(name)
            if name.count != word.count && !isInitial { break }
        }
        return words
    }

    /// How far a name as heard is from a listed name: the smallest edit distance between a word of one and a word of the
    /// other, over the longer word's length (`Eva`–`Ava` 0.33, `Aron`–`Aaron` 0.2).
    static func distance(_ heard: String, _ listed: String) -> Double {
        var best = 1.0
        for a in heard.lowercased().split(separator: " ") {
            for b in listed.lowercased().split(separator: " ") {
                let d = Double(editDistance(Array(a), Array(b))) / Double(max(a.count, b.count))
                best = min(best, d)
            }
        }
        return best
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// `Chris Rugaber, Associated Press. …?`: the outlet a named speaker gives in their first turns, when they ask
    /// something (a question cue, ``DiscourseLexicon/questionCues``: "I wonder if…"). A witness who only testifies
    /// (`Cindy Castillo with the Faculty Association…, in support.`) names an affiliation, not an outlet.
    static func assignOutlets(_ segments: inout SegmentedDocument) {
        for (index, entry) in segments.registry.entries.enumerated() where entry.outlet == nil {
            // 「说话人 4」: 「我是羊城晚报的记者」, "this is Marcus Bell at the Cincinnati Enquirer" in a placeholder's, a
            // caller's or a device's first turns is its outlet.
            if let name = entry.name, entry.labelRole == nil,
                isPlaceholder(name) || SpeakerLexicon.isPhoneNumber(name) || SpeakerLexicon.isDeviceAccount(name)
            {
                let openings = segments.turns.lazy.filter { $0.speaker == index }.prefix(2).compactMap(\.paragraphs.first)
                let introduced = openings.compactMap { opening in
                    chineseIntroducedOutlet(in: opening)
                        ?? introducedNameAndOutlet(in: opening).flatMap { $0.name.split(separator: " ").count >= 2 ? $0.outlet : nil }
                }
                if let outlet = introduced.first {
                    segments.registry.setOutlet(outlet, at: index)
                }
                continue
            }
            // The outlet first: two turns read for it, where the question cues are sought in all of them.
            guard let name = entry.name, entry.labelRole == nil,
                let outlet = segments.turns.lazy.filter({ $0.speaker == index }).prefix(2).compactMap({
                    introducedOutlet(of: name, in: $0.paragraphs.joined(separator: " "))
                }).first,
                segments.turns.contains(where: { $0.speaker == index && cuesAQuestion($0) })
            else { continue }
            segments.registry.setOutlet(outlet, at: index)
        }
    }

    /// The outlet a speaker labelled by name gives after it: `Chris Rugaber, Associated Press.` anywhere in the
    /// window for a full name; a given name alone (India's `Aditi:`) only as the turn opens and before `from` or
    /// `with`, its surname allowed between (`Sir, Aditi from WION.`, `Sir, this is Kavya Menon from The Hindu.`): one
    /// word further in, or before a comma (`I'm Bob Fenton, the White House Monkeypox Response Coordinator`), is too
    /// often a title or somebody else.
    private static func introducedOutlet(of name: String, in text: String) -> String? {
        if name.contains(" ") { return OutletLexicon.selfIntroducedOutlet(name: name, in: text) }
        // A given name alone is read in Latin letters: 「唐鳳」 gives no outlet with `from`.
        guard name.utf8.first.map({ $0 < 0x80 }) == true else { return nil }
        let opening = String(text.prefix(Thresholds.Outlets.latestIntroductionStart))
        func linked(_ introduced: String) -> Bool {
            OutletLexicon.introductionLinks.contains { opening.contains(introduced + " " + $0 + " ") }
        }
        // The outlet is read from the whole text, so that the opening's cut cannot shorten it (`Hindustan Ti`).
        if linked(name), let outlet = OutletLexicon.selfIntroducedOutlet(name: name, in: text) { return outlet }
        guard let (introduced, outlet) = nameAndOutlet(in: [text]), introduced.hasPrefix(name + " "), linked(introduced) else { return nil }
        return outlet
    }

    /// A reporter's name and outlet from the first sentences of a question: `Owen Jensen with EWTN`,
    /// `Nick Timiraos of the Wall Street Journal`, `Rachel Siegel from the Washington Post`, `Thanks, Governor. Tom
    /// Reilly, Australian Financial Review.`
    static func nameAndOutlet(in question: [String]) -> (name: String, outlet: String)? {
        // Every anonymous asker's question is asked, and splitting it into sentences is the cost: most hold no
        // capitalised word before a comma or a link word, which their bytes tell.
        guard let first = question.first, mayIntroduce(first) else { return nil }
        return nameAndOutletReference(in: question)
    }

    /// Whether the opening bytes of `text` hold what every introduction ``nameAndOutletReference(in:)`` reads holds: two
    /// capitalised words, the second before a comma or a link word (`Tom Reilly,`, `Owen Jensen with`), or one after a
    /// word and a comma and before `from` or `with` (`Sir, Sidhant from`). A byte past ASCII counts as a capital.
    static func mayIntroduce(_ text: String) -> Bool {
        let words = text.utf8.prefix(Thresholds.Outlets.longestIntroductionWindow * 4).split { $0 == 0x20 || (0x09...0x0D).contains($0) }
        func isCapitalised(_ word: Substring.UTF8View.SubSequence) -> Bool {
            word.first.map { (0x41...0x5A).contains($0) || $0 >= 0xC0 } ?? false
        }
        func endsInALetter(_ word: Substring.UTF8View.SubSequence) -> Bool {
            word.last.map { $0 >= 0x80 || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) } ?? false
        }
        for index in words.indices.dropFirst() where isCapitalised(words[index]) {
            let word = words[index]
            let before = words[index - 1]
            let link = index + 1 < words.endIndex ? Self.linkBytes.contains { words[index + 1].elementsEqual($0) } : false
            if isCapitalised(before), endsInALetter(before), word.last == UInt8(ascii: ",") || (link && endsInALetter(word)) { return true }
            if before.last == UInt8(ascii: ","), link, endsInALetter(word) { return true }
        }
        return false
    }

    private static let linkBytes: [[UInt8]] = OutletLexicon.introductionLinks.map { Array($0.utf8) }

    /// ``nameAndOutlet(in:)`` without the turndown on bytes.
    static func nameAndOutletReference(in question: [String]) -> (name: String, outlet: String)? {
        // The introduction is in the first two sentences: only the opening characters are split into sentences, not
        // the whole of a long first paragraph.
        guard let first = question.first else { return nil }
        let window = first.prefix(Thresholds.Outlets.longestIntroductionWindow)
        var sentences = SentenceSplitter.sentences(String(window))
        // A sentence the window cuts is no whole one: `Tom Reilly, Australian Fin` names no outlet.
        if window.endIndex != first.endIndex, !sentences.isEmpty { sentences.removeLast() }
        let opening = sentences.prefix(2)
        for sentence in opening {
            let words = sentence.split(separator: " ").map(String.init)
            for index in words.indices {
                // `Name with Outlet` or `Name, Outlet.`
                let linked = OutletLexicon.introductionLinks.contains(words[index])
                guard linked || words[index].hasSuffix(",") else { continue }
                let nameEnd = linked ? index : index + 1
                guard nameEnd < words.count, let nameStart = introducedNameStart(in: words, end: nameEnd, linked: linked) else { continue }
                let nameWords = words[nameStart..<nameEnd].map { $0.trimmingCharacters(in: ",") }
                var position = nameEnd + (linked ? 1 : 0)
                if position < words.count, words[position].lowercased() == "the" { position += 1 }
                var outlet: [String] = []
                // Without a linking word the outlet ends its sentence: `Sebastian Smith, AFP.`, where `Derrick
                // Johnson, NAACP President, said` quotes somebody.
                var closed = false
                while position < words.count, let first = words[position].first, first.isUppercase || first.isNumber {
                    let word = words[position]
                    outlet.append(word.trimmingCharacters(in: ",.;:!?"))
                    position += 1
                    if let last = word.last, ",.;:!?".contains(last) {
                        closed = ".!?".contains(last)
                        break
                    }
                    closed = position == words.count
                }
                guard !outlet.isEmpty, outlet.count <= Thresholds.Outlets.mostWordsInAnOutlet, linked || closed else { continue }
                return (nameWords.joined(separator: " "), outlet.joined(separator: " "))
            }
        }
        return nil
    }

    /// Where the name that ends at `end` starts: two name words that open the sentence or follow a greeting
    /// (`Thanks. Owen Jensen with EWTN`, `Thank you, Chris Rugaber, Associated Press`, `Hi, I'm Jose Diaz from
    /// Reforma`), or, before `with` or `from`, one name word after the sentence's first word and a comma (`Sir, Sidhant
    /// from WION`): a capitalised word alone opening a sentence is too often none (`Shares of…`, `Specifically from…`).
    private static func introducedNameStart(in words: [String], end: Int, linked: Bool) -> Int? {
        func isBareName(_ position: Int) -> Bool { !words[position].hasSuffix(",") && isNameWord(words[position].trimmingCharacters(in: ",")) }
        if end >= 2, isBareName(end - 2), isBareName(end - 1) || (!linked && isNameWord(words[end - 1].trimmingCharacters(in: ","))) {
            guard end >= 3 else { return end - 2 }
            let before = words[end - 3].lowercased().trimmingCharacters(in: ",.!")
            if DiscourseLexicon.wordsBeforeAnIntroducedName.contains(before) || (words[end - 3].hasSuffix(",") && end == 3) { return end - 2 }
            return nil
        }
        guard linked, end == 2, words[0].hasSuffix(","), isBareName(1), words[end].lowercased() != "of" else { return nil }
        return 1
    }

    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 1, word.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" || $0 == "'" }) else {
            return false
        }
        let lower = word.lowercased()
        return !SpeakerLexicon.englishTitles.contains(word.uppercased()) && !NewsLexicon.englishFunctionWords.contains(lower)
            && !SpeakerLexicon.formsOfAddress.contains(lower)
    }
}
