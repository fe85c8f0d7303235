/// Reads a paragraph's opening with a permissive grammar of label shapes, for the labels no lexicon
/// rule names: prefixes before `：` `:`, a name alone on its line with a timestamp, bold, heading, bracket
/// and angle wrappers, a leading timestamp or question number. It says what the opening looks like, not
/// whether it is a speaker: that is ``LabelEvidence``'s decision, for the whole document at once.
enum CandidateReader {
    /// The candidate that opens the text, or `nil`; most paragraphs are turned down by ``mayOpen(_:strongPrefix:kind:)``
    /// without being read as characters.
    ///
    /// `isLine` reads a line inside a paragraph: a name alone is only a label as a paragraph of its own.
    static func candidate(in text: String, strongPrefix: String?, kind: Block.Kind, isLine: Bool = false) -> LabelCandidate? {
        guard mayOpen(text, strongPrefix: strongPrefix, kind: kind, isLine: isLine) else { return nil }
        return reference(in: text, strongPrefix: strongPrefix, kind: kind, isLine: isLine)
    }

    /// Whether a candidate may open the text, read on its first bytes: a short line that ends with a clock time
    /// or a turn number (a name line), an opening bracket, angle bracket, digit or emphasis, bold or a heading,
    /// or a colon within a label's length. Conservative: `LabelingTests` holds it to the reference on every
    /// corpus block.
    static func mayOpen(_ text: String, strongPrefix: String?, kind: Block.Kind, isLine: Bool = false) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        // A heading, a bold opening, or a paragraph short enough to be a name alone.
        if strongPrefix != nil || kind.isHeading || (!isLine && utf8.count <= Thresholds.LabelCandidate.longestLabel * 3) { return true }
        // A name line ends with its clock time or turn number: `Don Lemmon  0:05`, `Operator    [1]`, `Jane Doe (0:05)`.
        if utf8.count <= Thresholds.LabelCandidate.longestHeaderLine * 3,
            last == 0x5D || last == 0x20 || (0x30...0x39).contains(last) || endsWithBracketedClock(utf8)
        {
            return true
        }
        // `PSAKI. Good evening`, `Q1. When…`: a capital and a capital or a digit open a name closed by a period.
        if utf8.count >= 2, (0x41...0x5A).contains(first),
            case let second = utf8[utf8.index(after: utf8.startIndex)], (0x41...0x5A).contains(second) || (0x30...0x39).contains(second)
        {
            return true
        }
        // `Mr. SMITH. Mr. Speaker…`, `Chairman ISSA. The committee…`: an honorific or an office opens a name.
        if blankAfterHonorificOrOffice(Substring(text).utf8) != nil { return true }
        // `The Chair. Good morning.`: a hearing's presiding office.
        if first == 0x54, presidingOfficeBeforePeriod(Substring(text)) != nil { return true }
        // `Jane Smith — Welcome…`: capitalised words, then a dash.
        if (0x41...0x5A).contains(first), dashAfterOpeningWords(Substring(text).utf8) != nil { return true }
        // `[`, `(`, `<`, `*`, a digit; 【 and 〔 start with E3, （ with EF.
        if first == 0x5B || first == 0x28 || first == 0x3C || first == 0x2A || (0x30...0x39).contains(first) || first == 0xE3
            || first == 0xEF
        {
            return true
        }
        return ColonProbe.hasColon(inFirst: Thresholds.LabelCandidate.longestLabel * 4 + 8, bytesOf: utf8)
    }

    /// The permissive grammar itself, on any text: the plain version of ``candidate(in:strongPrefix:kind:)``.
    static func reference(in text: String, strongPrefix: String?, kind: Block.Kind, isLine: Bool = false) -> LabelCandidate? {
        guard !text.isEmpty, kind != .aside, kind != .labelKey, !ListLine.isBulletedEntry(text) else { return nil }
        var opening = Substring(text)
        let isHeading = kind.isHeading
        var wrapper: LabelForm.Wrapper = isHeading ? .heading : .plain
        if let strongPrefix, !isHeading, text.hasCharacterPrefix(strongPrefix) { wrapper = .bold }
        // `<HANNITY: text>`, `<TRUMP:> text`: a scraper's angle brackets around the paragraph or the label.
        var angleWrapped = false
        if opening.first == "<", opening.count > 2 {
            opening = opening.dropFirst()
            if opening.last == ">" { opening = opening.dropLast() }
            angleWrapped = true
            wrapper = .angle
        }
        opening = opening.drop(while: isBlank)
        var hasTimestamp = false
        var time: String?
        if let (clock, after) = Timestamp.leadingClock(opening) {
            opening = after.drop(while: isBlank)
            hasTimestamp = true
            time = String(clock)
        }
        // `## 1. What changed since…?`: a numbered question heading in an interview is the interviewer's.
        if isHeading, let question = QuestionNumber.heading(opening) {
            let form = LabelForm(
                wrapper: .heading, script: .latin, hasColon: false, standsAlone: false, hasTimestamp: false, isNumbered: true,
                isQuoted: false)
            return LabelCandidate(text: QuestionNumber.anonymousAsker, form: form, rest: String(question))
        }
        opening = LabelParser.withoutBullet(opening.drop { $0 == "*" })
        var isNumbered = false
        if let after = QuestionNumber.leading(opening) ?? QuestionNumber.committeeLeading(opening) {
            opening = after.drop(while: isBlank)
            isNumbered = true
        }
        opening = opening.drop { $0 == "*" || $0 == "—" }.drop(while: isBlank)
        // `00:00:03 - Jane Smith: …`, `[00:00:03] | Jane Smith`: a dash or bar between the clock and the name.
        if hasTimestamp, let first = opening.first, clockSeparators.contains(first) {
            opening = opening.dropFirst().drop(while: isBlank)
        }
        var form = LabelForm(
            wrapper: wrapper, script: .latin, hasColon: false, standsAlone: false, hasTimestamp: hasTimestamp,
            isNumbered: isNumbered, isQuoted: kind == .quote)

        // `u/lakeshore_momof3 · 14 hr. ago`: a thread's post header, the account and the post's age.
        if !angleWrapped, let post = AccountName.postHeader(opening) {
            form.hasTimestamp = true
            form.standsAlone = true
            // The account alone is the label, whatever the thread prints around it (`Posted by`, `OP`), so one person's
            // posts are one candidate.
            let account = AccountName.account(inPrinted: post.printed) ?? post.printed
            return LabelCandidate(text: String(account), form: form, rest: "", time: String(post.age))
        }
        // `Don Lemmon  0:05`, `罗俊杰  0:39`, `Operator    [1]`: a name alone on its line with a clock time or turn
        // number. Read before a colon is sought, as the clock has one.
        if !angleWrapped, let (printedLine, mark, printedAffiliation) = nameBeforeMark(opening),
            case let (printed, bracket) = withoutNameLineBrackets(printedLine), let (name, note, script) = nameOfANameLine(printed)
        {
            // `[主持人]　14:30:05` as `[樊雪]　14:42:18`: the brackets are the label's whatever name they hold.
            if let bracket, form.wrapper == .plain { form.wrapper = bracket }
            let affiliation = printedAffiliation ?? note
            form.script = script
            form.hasTimestamp = true
            form.standsAlone = true
            let text = collapsed(name)
            guard !NonSpeakerText.matches(text) else { return nil }
            let clock = Timestamp.nameLineClock(mark).map(String.init) ?? time
            // A call transcript numbers its turns: the numbering is the evidence, as question numbers are.
            form.isNumbered = TurnNumber.isTurnNumber(mark) || TerminalLink.split(mark) != nil
            return LabelCandidate(text: text, form: form, rest: "", affiliation: affiliation, time: clock)
        }

        // `【马若德】`, `[Audience]:`: a bracketed name opens the paragraph.
        if let (printedInner, after, bracket) = leadingBracket(opening) {
            // `[Lydia Carrow:]`: the label's colon printed inside its brackets.
            let colonInside = printedInner.last.map { $0 == ":" || $0 == "：" } ?? false
            let inner = colonInside ? printedInner.dropLast() : printedInner
            guard !inner.isEmpty, let script = script(ofLabel: inner) else { return nil }
            var rest = after.drop(while: isBlank)
            if colonInside { form.hasColon = true }
            if let colon = rest.first, colon == ":" || colon == "：" {
                rest = rest.dropFirst()
                form.hasColon = true
            }
            if wrapper == .plain { form.wrapper = bracket }
            form.script = script
            return finish(label: inner, rest: rest, form: form, time: time)
        }

        // `Jane Smith [00:00:03] Welcome…`, `Jane Smith (0:03) Welcome…`: a name, its clock in brackets, then the words
        // on the same line. Read before a colon is sought, as the clock has one.
        if !angleWrapped, !hasTimestamp, let (name, clock, rest) = nameBeforeBracketedClock(opening) {
            form.script = name.script
            form.hasTimestamp = true
            return finish(label: Substring(name.text), rest: rest, form: form, time: String(clock))
        }

        // `Name: words`, `《财经》：words`.
        if let colon = colonEnd(opening) {
            var label = opening[..<colon].trimmingCharacters(in: " \t\u{3000}\u{A0}*")
            // `Jane Smith [00:00:03]: Welcome…`, `Jane Smith (00:03): …`: the clock printed in the label is the turn's.
            if time == nil, let (printed, clock) = Timestamp.trailingBracketedClock(label) {
                label = printed
                time = clock
                form.hasTimestamp = true
            }
            // `**iccccce-cream：**`: in bold, a user name in lower case is printed as a label is.
            guard let script = script(ofLabel: Substring(label)) ?? (form.wrapper == .bold && isHandle(label) ? .latin : nil) else { return nil }
            form.hasColon = true
            form.script = script
            var rest = opening[opening.index(after: colon)...]
            if angleWrapped, rest.first == ">" { rest = rest.dropFirst() }
            return finish(label: Substring(label), rest: rest, form: form, time: time)
        }

        // `Jane Smith, Mayor: Good morning…`, `Tom Reed, Daily News: …`: a name, then the speaker's title or outlet.
        if !angleWrapped, let (name, title, rest, script) = nameAndTitleBeforeColon(opening) {
            form.hasColon = true
            form.script = script
            let text = collapsed(name)
            guard !NonSpeakerText.matches(text) else { return nil }
            let words = rest.trimmingCharacters(in: " \t\u{3000}\u{A0}*")
            form.standsAlone = words.isEmpty
            return LabelCandidate(text: text, form: form, rest: words, affiliation: collapsed(title), time: time)
        }

        // `### Powell`, `Powell` alone on its line: a name and nothing else, the words on the next lines; after a
        // clock too (`[00:00:03] Jane Smith`), unless the words tell the time (`2:05 P.M. EDT`).
        // `**Jane Smith** Welcome…`, or `**Jane Smith**` alone on the paragraph's first line: a name in bold, then words.
        if form.wrapper == .bold, !isNumbered, let strongPrefix, strongPrefix.utf8.count < text.utf8.count,
            let name = nameAlone(Substring(strongPrefix))
        {
            let rest = text.dropFirst(strongPrefix.count)
            if let blank = rest.first, isBlank(blank) {
                form.script = name.script
                // `- **Henrik Vold** — Chief Executive Officer`: a roster's line, the office after a dash, as
                // `Jane Smith -- Vice President` prints it.
                let afterName = rest.drop(while: isBlank)
                if let dash = afterName.first, "—–-".contains(dash), case let office = afterName.dropFirst().drop(while: isBlank),
                    !office.contains("\n"), AffiliationLine.isTitleLine(office)
                {
                    form.standsAlone = true
                    return LabelCandidate(text: name.text, form: form, rest: "", affiliation: String(office), time: time)
                }
                return finish(label: Substring(name.text), rest: rest, form: form, time: time)
            }
        }
        // `[11/14/2025 5:58 PM] kettle.host (pinned)`: a chat export's author, a user name after the message's date and time.
        if !angleWrapped, !isLine, let time, Timestamp.isDatedClock(time), case let line = opening.prefix(while: { $0 != "\n" }),
            chatAuthor(line) != nil
        {
            // The state after the name (`(pinned)`) stays in the label as printed: ``CandidateReading`` names the author.
            let words = opening.dropFirst(line.count).drop { $0 == "\n" }
            form.standsAlone = words.isEmpty
            return LabelCandidate(text: line.trimmingCharacters(in: " \t"), form: form, rest: String(words), time: time)
        }
        if !angleWrapped, !isNumbered, !isLine, !hasTimestamp || !tellsTheTime(opening), let name = nameAlone(opening) {
            form.script = name.script
            form.standsAlone = true
            guard !NonSpeakerText.matches(name.text) else { return nil }
            return LabelCandidate(text: name.text, form: form, rest: "", time: time)
        }

        // `Dr. Samuel Achebe, Chief Medical Officer, Riverbend Health` alone on its line or as a heading: a person's name
        // and the offices they hold, the words on the next lines.
        if !angleWrapped, !isNumbered, !isLine, let (name, titles) = nameAndOfficeAlone(opening) {
            form.script = name.script
            form.standsAlone = true
            guard !NonSpeakerText.matches(name.text) else { return nil }
            return LabelCandidate(text: name.text, form: form, rest: "", affiliation: String(titles), time: time)
        }

        // `PSAKI. Good evening`, `JANE DOE — Good evening`, `Jane Doe — Good evening`: a name in capitals closed by a
        // period or a dash, or capitalised words closed by a dash.
        if !angleWrapped, let (name, rest) = capitalsBeforePeriod(opening) {
            form.script = .capitals
            form.hasPeriod = true
            return finish(label: name, rest: rest, form: form, time: time)
        }
        // Capitalised words before a dash open a paragraph only: inside one, a line may open with a speaker's
        // self-correction (`The Pre- — the Vice President met…`).
        if !angleWrapped, let (name, rest, script) = nameBeforeDash(opening), script == .capitals || !isLine {
            form.script = script
            form.hasDash = true
            // `Jane Smith -- Vice President, Investor Relations`, `Mark Chen -- Morgan Stanley -- Analyst`: the name
            // line of a call transcript, the words on the next lines; a column of them is the call's roster.
            if AffiliationLine.isTitleLine(rest[...]) {
                form.standsAlone = true
                let text = collapsed(name)
                guard !NonSpeakerText.matches(text) else { return nil }
                return LabelCandidate(text: text, form: form, rest: "", affiliation: String(rest), time: time)
            }
            return finish(label: name, rest: rest, form: form, time: time)
        }
        // `MERRIMAN SMITH, United Press. Thank you, Mr. President.`: the senior wire reporter's closing thanks in the
        // American Presidency Project's news conferences, the name in capitals and the outlet before a period.
        if !angleWrapped, !isLine, let (name, outlet, rest) = capitalsNameAndOutletBeforePeriod(opening) {
            form.script = .capitals
            form.hasPeriod = true
            let text = collapsed(name)
            guard !NonSpeakerText.matches(text) else { return nil }
            return LabelCandidate(text: text, form: form, rest: String(rest), affiliation: collapsed(outlet), time: time)
        }
        // `Mr. SMITH. Mr. Speaker, I rise…`, `Chairman ISSA. The committee will…`: a congressional record's label.
        // `Chairman Brown. The Committee will…`, `Mr. Powell. Thank you…`: a hearing's record prints the surname
        // capitalised. Only a shape here: the evidence must find it recur and alternate, as speakers do.
        if !angleWrapped, let (name, rest, script) = honorificNameBeforePeriod(opening) ?? presidingOfficeBeforePeriod(opening) {
            form.script = script
            form.hasPeriod = true
            return finish(label: name, rest: rest, form: form, time: time)
        }
        return nil
    }

    /// `The Chair. Good morning.` → (`The Chair`, ` Good morning.`): a hearing record's presiding office
    /// (``SpeakerLexicon/presidingOffices``), a period, then words; the holder may be named in brackets before the period
    /// (`THE CHAIRPERSON (Sen. Villareal). Good morning.`, as the Philippine Senate's stenographic notes print it). Turned
    /// down on the first bytes unless they read `The `.
    static func presidingOfficeBeforePeriod(_ text: Substring) -> (Substring, Substring, LabelForm.Script)? {
        let utf8 = text.utf8
        guard utf8.starts(with: "The ".utf8) || utf8.starts(with: "THE ".utf8),
            let officeEnd = utf8.prefix(SpeakerLexicon.longestPresidingOffice + 2).firstIndex(where: { $0 == 0x2E || $0 == 0x28 })
        else { return nil }
        let office = text[..<officeEnd].trimmingCharacters(in: " ")
        guard SpeakerLexicon.presidingOffices[office.uppercased()] != nil else { return nil }
        var period = officeEnd
        if utf8[officeEnd] == 0x28 {
            // The holder in brackets: a name of a few words, the period after the closing bracket.
            guard let close = utf8[officeEnd...].prefix(Thresholds.LabelCandidate.longestLabel * 2).firstIndex(of: 0x29),
                case let after = utf8.index(after: close), after < utf8.endIndex, utf8[after] == 0x2E
            else { return nil }
            period = after
        }
        let rest = text[text.index(after: period)...]
        guard rest.first == " ", rest.contains(where: \.isLetter) else { return nil }
        let isCapitals = !office.contains(where: \.isLowercase)
        return (text[..<period], rest, isCapitals ? .capitals : .latin)
    }

    /// The words that open a congressional record's labels before the surname: honorifics (`Mr.`, `Ms.`) and
    /// offices (`Chairman`, `Senator`), as ``SpeakerLexicon`` lists them in capitals.
    private static func isHonorificOrOffice<Word: BidirectionalCollection<UInt8>>(_ word: Word) -> Bool {
        let hasPeriod = word.last == 0x2E
        let letters = hasPeriod ? word.dropLast() : word[...]
        guard !letters.isEmpty, letters.allSatisfy(\.isASCIILetter) else { return false }
        // Upper case: the lexicon's words are printed in capitals.
        let text = String(decoding: letters.map { $0 & 0xDF }, as: UTF8.self)
        return hasPeriod ? SpeakerLexicon.englishHonorifics.contains(text) : SpeakerLexicon.personTitleWords.contains(text)
    }

    /// The blank after the text's first word when that word, read on bytes, is an honorific with its period or an
    /// office (``isHonorificOrOffice(_:)``) opening with a capital; `nil` otherwise, as for most paragraphs.
    private static func blankAfterHonorificOrOffice(_ utf8: Substring.UTF8View) -> String.Index? {
        let head = utf8.prefix(Thresholds.LabelCandidate.longestOpeningWord + 1)
        guard let first = head.first, (0x41...0x5A).contains(first), let blank = head.firstIndex(of: 0x20),
            isHonorificOrOffice(head[..<blank])
        else { return nil }
        return blank
    }

    /// `Mr. SMITH. Mr. Speaker…` → (`Mr. SMITH`, `Mr. Speaker…`, capitals): an honorific (`Mr.`) or an office
    /// (`Chairman`), one or two words of a surname, a period, then words. The surname is in capitals in a
    /// congressional record, capitalised in a hearing's (`Chairman Brown.`, script `.latin`); a title in the surname's
    /// place (`Mr. President. I rise…`, `Mr. Chief Justice. Several points…`) addresses someone.
    static func honorificNameBeforePeriod(_ text: Substring) -> (Substring, Substring, LabelForm.Script)? {
        guard let blank = blankAfterHonorificOrOffice(text.utf8) else { return nil }
        let afterOpening = text[text.index(after: blank)...]
        guard let period = afterOpening.prefix(Thresholds.LabelCandidate.longestLabel).firstIndex(of: ".") else { return nil }
        let surname = afterOpening[..<period].split(separator: " ", omittingEmptySubsequences: false)
        let rest = afterOpening[afterOpening.index(after: period)...]
        guard (1...2).contains(surname.count), rest.first == " ", rest.contains(where: { $0.isLetter }) else { return nil }
        let isNameCharacter: (Character) -> Bool = { $0 == "'" || $0 == "-" || $0 == "’" }
        if surname.allSatisfy({ word in word.count >= 2 && word.allSatisfy { ($0.isASCII && $0.isUppercase) || isNameCharacter($0) } }) {
            return (text[..<period], rest, .capitals)
        }
        let isCapitalised = surname.allSatisfy { word in
            guard let first = word.first, first.isASCII, first.isUppercase, word.count >= 2 else { return false }
            return word.dropFirst().allSatisfy { ($0.isASCII && $0.isLetter) || isNameCharacter($0) } && word.contains(where: \.isLowercase)
        }
        guard isCapitalised, !surname.contains(where: { SpeakerLexicon.englishTitles.contains($0.uppercased()) }) else { return nil }
        return (text[..<period], rest, .latin)
    }

    /// `Dr. Samuel Achebe, Chief Medical Officer, Riverbend Health` → the name and `Chief Medical Officer, Riverbend
    /// Health`: a name of two words or more (``nameAlone(_:)``), a comma, and a title line (``AffiliationLine/isTitleLine(_:)``)
    /// that names an office the lexicon knows. `New York, NY` and `Washington, DC` are places, with no office.
    static func nameAndOfficeAlone(_ text: Substring) -> (name: (text: String, script: LabelForm.Script), titles: Substring)? {
        // A line short enough to be a name alone: ``mayOpen(_:strongPrefix:kind:isLine:)`` reads no longer one unread.
        guard text.utf8.count <= Thresholds.LabelCandidate.longestLabel * 3,
            let comma = text.firstByteIndex(inFirst: Thresholds.LabelCandidate.longestLabel, where: { $0 == 0x2C })
        else { return nil }
        let titles = text[text.utf8.index(after: comma)...].drop(while: isBlank)
        guard AffiliationLine.isTitleLine(titles), AffiliationLine.namesAnOffice(titles),
            let name = nameAlone(text[..<comma]), name.text.split(separator: " ").count >= 2
        else { return nil }
        return (name, titles)
    }

    /// `Jane Smith, Mayor: Good morning` → (`Jane Smith`, ` Mayor`, ` Good morning`, latin): a person's name (capitalised
    /// words or capitals) within a label's length, a comma, a title line (``AffiliationLine/isTitleLine(_:)``) within an
    /// affiliation's, and a colon. Sought on bytes: the comma and the colon are ASCII.
    static func nameAndTitleBeforeColon(_ text: Substring) -> (name: Substring, title: Substring, rest: Substring, script: LabelForm.Script)? {
        // `Martin Kessler, Chief Executive Officer, Northwind Logistics:`: the titles may run past a label's length.
        guard let comma = text.firstByteIndex(inFirst: Thresholds.LabelCandidate.longestLabel, where: { $0 == 0x2C }),
            let colon = text[comma...].firstByteIndex(inFirst: Thresholds.Affiliations.longestAffiliation + 2, where: { $0 == 0x3A })
        else { return nil }
        let after = text.utf8.index(after: colon)
        guard after == text.endIndex || text.utf8[after] == 0x20 || text.utf8[after] == 0x09 else { return nil }
        let name = text[..<comma]
        let title = text[text.utf8.index(after: comma)..<colon]
        // `Kojima, NHK:`, `NHK, MORI:`: a reporter's surname beside the outlet, in either order.
        if let (surname, outlet, script) = SurnameAndOutlet.read(name, title) {
            return (surname, outlet, text[after...], script)
        }
        // `DGHS, Dr. Sunita Prakash:`, `ADG (M&C), PIB, Smt. Kavita Raghunathan:`: an honorific after the last comma opens
        // the holder's name, and the words before it are the office.
        if let lastComma = text[..<colon].utf8.lastIndex(of: 0x2C), case let holder = text[text.index(after: lastComma)..<colon].drop(while: isBlank),
            let blank = holder.utf8.firstIndex(of: 0x20), holder.utf8.distance(from: holder.startIndex, to: blank) <= SpeakerLexicon.longestEnglishHonorific,
            SpeakerLexicon.isEnglishHonorific(holder[..<blank]),
            case let office = text[..<lastComma], !office.split(separator: " ").contains(where: { SpeakerLexicon.isEnglishHonorific($0) }),
            AffiliationLine.isTitleLine(office), let script = honorificNameScript(holder)
        {
            return (holder, office, text[after...], script)
        }
        // `Shri Sanjay Rao, Governor:`, `Dr. Rao, Governor:`: an honorific may open the name.
        if let script = personNameScript(name) ?? honorificNameScript(name), AffiliationLine.isTitleLine(title) {
            return (name, title, text[after...], script)
        }
        // `Official Spokesperson, Shri Randhir Jaiswal:`: the office first, then its holder, an honorific perhaps before.
        let holder = title.drop(while: isBlank)
        guard AffiliationLine.isTitleLine(name), AffiliationLine.namesAnOffice(name),
            let script = personNameScript(holder) ?? honorificNameScript(holder)
        else { return nil }
        return (holder, name, text[after...], script)
    }

    /// The script of a name an honorific opens (`Shri Sanjay Rao`, `Dr. Rao`): after the honorific, one word is a
    /// surname. `nil` where no honorific opens the words.
    private static func honorificNameScript(_ name: Substring) -> LabelForm.Script? {
        let words = name.split(separator: " ")
        let bare = words.drop { SpeakerLexicon.isEnglishHonorific($0) }
        guard bare.count < words.count, let first = bare.first, let last = bare.last else { return nil }
        let rest = name[first.startIndex..<last.endIndex]
        if let script = personNameScript(rest) { return script }
        if isSurnameInCapitalsName(bare) { return .latin }
        guard bare.count == 1, let initial = first.first, initial.isUppercase, first.count >= 2, first.allSatisfy({ $0.isLetter || "'-’".contains($0) })
        else { return nil }
        return first.contains(where: \.isLowercase) ? .latin : .capitals
    }

    /// `OHTAKA Masato`, `Ursula VON DER LEYEN`: a name whose surname is printed in capitals and given names
    /// capitalised, as Japan's and the European Union's records print them; two to four words, some of each.
    static func isSurnameInCapitalsName(_ words: some Collection<Substring>) -> Bool {
        guard (Thresholds.Affiliations.fewestWordsInAName...Thresholds.LabelEvidence.mostWordsInAPersonLabel).contains(words.count) else {
            return false
        }
        var capitals = 0
        var capitalised = 0
        for word in words {
            guard SurnameAndOutlet.isNameWord(word) else { return false }
            if word.contains(where: \.isLowercase) { capitalised += 1 } else { capitals += 1 }
        }
        return capitals > 0 && capitalised > 0
    }

    /// `MERRIMAN SMITH, United Press. Thank you…` → (`MERRIMAN SMITH`, ` United Press`, `Thank you…`): a person's name
    /// in capitals, a comma, a title line (``AffiliationLine/isTitleLine(_:)``) in small letters, a period and words.
    /// Sought on bytes: the comma and the period are ASCII.
    static func capitalsNameAndOutletBeforePeriod(_ text: Substring) -> (name: Substring, outlet: Substring, rest: Substring)? {
        // Cheapest first: two capitals open a name in capitals, as they open few paragraphs.
        guard let first = text.utf8.first, (0x41...0x5A).contains(first), let second = text.utf8.dropFirst().first,
            (0x41...0x5A).contains(second),
            let comma = text.firstByteIndex(inFirst: Thresholds.LabelCandidate.longestLabel, where: { $0 == 0x2C }),
            let period = text[comma...].firstByteIndex(inFirst: Thresholds.Affiliations.longestAffiliation + 2, where: { $0 == 0x2E })
        else { return nil }
        let after = text.utf8.index(after: period)
        guard after < text.endIndex, text.utf8[after] == 0x20 else { return nil }
        let name = text[..<comma]
        let outlet = text[text.utf8.index(after: comma)..<period]
        guard personNameScript(name) == .capitals, outlet.contains(where: \.isLowercase), AffiliationLine.isTitleLine(outlet) else { return nil }
        return (name, outlet, text[after...].drop(while: isBlank))
    }

    /// The first dash between blanks after the opening words (a name's few), from its blank to the blank after it,
    /// before anything a name cannot hold (a digit, a comma, a colon) and within a label's length in bytes: read on
    /// bytes, for ``mayOpen(_:strongPrefix:kind:isLine:)`` and ``nameBeforeDash(_:)``.
    private static func dashAfterOpeningWords(_ utf8: Substring.UTF8View) -> Range<String.Index>? {
        // A label's characters, each up to three bytes long.
        let window = utf8.prefix((Thresholds.LabelCandidate.longestLabel + 3) * 3)
        var index = window.startIndex
        // A name before a dash has a few words: prose is turned down at the blank after them.
        var blanks = 0
        var previous: UInt8 = 0
        while index != window.endIndex {
            let byte = window[index]
            defer { previous = byte }
            if byte == 0x20 {
                if previous != 0x20 { blanks += 1 }
                if blanks > Thresholds.LabelEvidence.mostWordsInAPersonLabel { return nil }
                let after = window[window.index(after: index)...]
                for dash in dashBytes where after.starts(with: dash) {
                    return index..<window.index(index, offsetBy: dash.count + 1)
                }
            } else if !(byte.isASCIILetter || byte == 0x2E || byte == 0x27 || byte == 0x2D || byte >= 0x80) {
                return nil
            }
            index = window.index(after: index)
        }
        return nil
    }

    /// ``nameClosingDashes`` as bytes, each without its first blank.
    private static let dashBytes: [[UInt8]] = nameClosingDashes.map { Array($0.utf8.dropFirst()) }

    /// Dashes between a speaker's name and the words, blanks around them: `JANE DOE — Good evening`.
    private static let nameClosingDashes = [" — ", " – ", " -- ", " - "]

    /// `JANE DOE — Good evening`, `MR. DOE - Thank you`: one to three words in capitals, then a dash; `Jane Doe — Good
    /// evening`: two to four capitalised words.
    static func nameBeforeDash(_ text: Substring) -> (name: Substring, rest: Substring, script: LabelForm.Script)? {
        // The dash is found on bytes; most paragraphs hold none after their first few words.
        guard let first = text.utf8.first, (0x41...0x5A).contains(first), let dash = dashAfterOpeningWords(text.utf8),
            // The dash's last blank must be a character of its own (no mark joins it), as the reference reads it.
            let end = String.Index(dash.upperBound, within: text), let found = nameClosedByDash(text, before: dash.lowerBound, after: end),
            // The reference seeks the dash within a label's length of characters.
            text[..<end].count <= Thresholds.LabelCandidate.longestLabel + 3
        else { return nil }
        return found
    }

    /// ``nameBeforeDash(_:)`` on characters, for any text: the plain version the fast path is held to.
    static func nameBeforeDashReference(_ text: Substring) -> (name: Substring, rest: Substring, script: LabelForm.Script)? {
        guard let first = text.first, first.isUppercase, first.isASCII else { return nil }
        let head = text.prefix(Thresholds.LabelCandidate.longestLabel + 3)
        guard let dash = nameClosingDashes.compactMap({ head.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        return nameClosedByDash(text, before: dash.lowerBound, after: dash.upperBound)
    }

    private static func nameClosedByDash(
        _ text: Substring, before dashStart: String.Index, after dashEnd: String.Index
    ) -> (name: Substring, rest: Substring, script: LabelForm.Script)? {
        let name = text[..<dashStart]
        return personNameScript(name).map { (name, text[dashEnd...], $0) }
    }

    /// How a person's name before a dash or a comma is printed: one to three words in capitals (two capitals open it,
    /// `MR.`, `JANE`, so `U.S. - U.S. airlines…` and `Q MBS - …` are prose and a `Q`), or two to four capitalised words
    /// (``isTitleCaseName(_:)``); `nil` for anything else.
    private static func personNameScript(_ name: Substring) -> LabelForm.Script? {
        if name.prefix(2).allSatisfy({ $0.isUppercase && $0.isASCII }), isCapitalsName(name, alsoAllowing: { $0 == "." }) {
            return .capitals
        }
        return isTitleCaseName(name) ? .latin : nil
    }

    /// `Jane Smith`, `Ludwig van Beethoven`, `Mary-Ann O'Neil`: two to four words, each a capital and small letters
    /// (or a name's particle), no honorific. One word before a dash (`Yesterday — `) is prose, and an honorific or
    /// titles alone open a form of address (`Mr. Chairman -- oh, my microphone.`, `Dr. Lee — can you…`).
    static func isTitleCaseName(_ name: Substring) -> Bool {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        // An honorific stands before a name: `Abhishek Sen` ends with a surname that spells one (`SEN`).
        guard (2...Thresholds.LabelEvidence.mostWordsInAPersonLabel).contains(words.count),
            !words.dropLast().contains(where: { SpeakerLexicon.isEnglishHonorific($0) }),
            // `Vice President — `: titles alone address their holder, or open a sentence about them.
            !words.allSatisfy({ SpeakerLexicon.englishTitles.contains($0.uppercased()) })
        else { return false }
        return words.enumerated().allSatisfy { index, word in
            if SpeakerLexicon.nameParticles.contains(String(word)) { return true }
            // `R. Ganesan`: an initial before the surname.
            if index + 1 < words.count, word.count == 2, word.last == ".", let initial = word.first, initial.isUppercase, initial.isLetter {
                return true
            }
            // `Hélène Dubois`, `Łukasz Nowak`: Latin letters beyond ASCII are a name's as well.
            guard let first = word.first, first.isUppercase, word.count >= 2,
                word.dropFirst().contains(where: { $0.isLowercase }), word.last?.isLetter == true || word.last == "."
            else { return false }
            return word.allSatisfy { $0.isLetter || ".'-’".contains($0) }
        }
    }

    /// The whole text when it is a name and nothing else: a few capitalised words (`Jane Q. Public`, `Powell`),
    /// or a Chinese name, outlet or title (``ChineseNameShape``); a parliamentary record's name with notes in
    /// brackets (`John Smith (Leeds North) (Lab)`) or office with the holder's name (`The Secretary of State for
    /// Transport (Mark Harper)`) too (``BracketedNotes``).
    static func nameAlone(_ text: Substring) -> (text: String, script: LabelForm.Script)? {
        // A paragraph that ends with a sentence's mark, an ASCII character after an ASCII one, is no name: the
        // trimming below leaves that mark last, and no scalar before it can join it.
        let bytes = text.utf8
        if let last = bytes.last, sentenceEndingBytes.contains(last), bytes.count >= 2,
            bytes[bytes.index(bytes.endIndex, offsetBy: -2)] < 0x80
        {
            return nil
        }
        return nameAloneReference(text)
    }

    /// The ASCII marks ``nameAlone(_:)`` turns down at a name's end.
    private static let sentenceEndingBytes = ASCIIByteSet(".?!,;:".utf8)

    /// ``nameAlone(_:)`` on characters, for any text: the plain version its last-byte test is held to.
    static func nameAloneReference(_ text: Substring) -> (text: String, script: LabelForm.Script)? {
        let trimmed = text.trimmingCharacters(in: " \t\u{3000}\u{A0}*")
        if trimmed.last == ")", let notes = BracketedNotes(trimmed) {
            if let person = notes.person, script(ofLabel: Substring(person)) != nil,
                notes.base.split(separator: " ").count <= Thresholds.LabelCandidate.mostWordsOfAnOffice
            {
                return (collapsed(Substring(trimmed)), .latin)
            }
            // `REPORTER (BBC)`, `Q (Reuters)`: a role word with the asker's outlet, printed as the names around it are.
            if notes.notes.count == 1, CandidateReading.isLexiconRole(notes.base), let script = script(ofLabel: Substring(notes.base)) {
                return (collapsed(Substring(trimmed)), script)
            }
        }
        guard !trimmed.isEmpty, trimmed.hasLength(atMost: Thresholds.LabelCandidate.longestLabel),
            let last = trimmed.last, !".?!。？！,，;；:：".contains(last), let script = script(ofLabel: Substring(trimmed))
        else { return nil }
        if script == .chinese { return ChineseNameShape.fits(Substring(trimmed)) ? (collapsed(Substring(trimmed)), script) : nil }
        guard trimmed.split(separator: " ").count <= Thresholds.LabelCandidate.mostWordsOfANameAlone else { return nil }
        return (collapsed(Substring(trimmed)), script)
    }

    /// `PSAKI. Good evening…` → (`PSAKI`, `Good evening…`): one to three words in capitals, a period, then words.
    static func capitalsBeforePeriod(_ text: Substring) -> (Substring, Substring)? {
        guard let first = text.first, first.isUppercase, first.isASCII else { return nil }
        if PlainASCII.isPlain(text, characters: Thresholds.LabelCandidate.longestLabel) {
            guard let period = text.utf8.prefix(Thresholds.LabelCandidate.longestLabel).firstIndex(of: 0x2E) else { return nil }
            return capitalsName(text, beforePeriod: period)
        }
        return capitalsBeforePeriodReference(text)
    }

    /// ``capitalsBeforePeriod(_:)`` on characters, for any text: the plain version the fast path is held to.
    static func capitalsBeforePeriodReference(_ text: Substring) -> (Substring, Substring)? {
        guard let first = text.first, first.isUppercase, first.isASCII else { return nil }
        let head = text.prefix(Thresholds.LabelCandidate.longestLabel)
        guard let period = head.firstIndex(of: ".") else { return nil }
        return capitalsName(text, beforePeriod: period)
    }

    private static func capitalsName(_ text: Substring, beforePeriod period: String.Index) -> (Substring, Substring)? {
        let name = text[..<period]
        let after = text[text.index(after: period)...]
        // The period closes a name, not an initial or an honorific: `ROBERT A. LONG` and `MR. LONG` go on.
        // `Q1. …`, `A1. …`: a digit may number the name after its first letter.
        guard after.first == " ", isCapitalsName(name, alsoAllowing: { $0.isASCII && $0.isNumber }) else { return nil }
        return (name, after)
    }

    /// One to three words in capitals (blanks, hyphens and apostrophes between, and what `alsoAllowing` admits),
    /// the last of two letters or more and no honorific: the name a period or a dash closes.
    private static func isCapitalsName(_ name: Substring, alsoAllowing extra: (Character) -> Bool) -> Bool {
        let words = name.split(separator: " ")
        guard name.count >= 2, name.allSatisfy({ ($0.isUppercase && $0.isASCII) || " -'".contains($0) || extra($0) }),
            (1...3).contains(words.count), let lastWord = words.last, lastWord.count >= 2
        else { return false }
        return !SpeakerLexicon.englishHonorifics.contains(String(lastWord))
    }

    private static func finish(label: Substring, rest rawRest: Substring, form: LabelForm, time: String?) -> LabelCandidate? {
        var form = form
        var time = time
        var rest = rawRest.trimmingCharacters(in: " \t\u{3000}\u{A0}*")
        // `Speaker 0: 00:00:02`, `**Gloria Zhao:** 00:00:10`, `【韩立群】6-26 10:03:20`: the words come on the next lines.
        if let (clock, after) = Timestamp.leadingDatedClock(Substring(rest)), after.allSatisfy(isBlank) {
            rest = ""
            form.hasTimestamp = true
            time = String(clock)
        } else if time == nil, let (clock, after) = Timestamp.leadingBracketedClock(Substring(rest)) {
            // `Tom Baker: [00:00:05] Welcome…`
            rest = String(after)
            form.hasTimestamp = true
            time = String(clock)
        }
        form.standsAlone = rest.isEmpty
        let text = collapsed(label)
        guard !NonSpeakerText.matches(text) else { return nil }
        return LabelCandidate(text: text, form: form, rest: rest, time: time)
    }

    // MARK: Shapes

    /// What may stand between a clock and the name after it.
    private static let clockSeparators: Set<Character> = ["-", "–", "|"]

    /// `P.M. EDT`, `am`: words after a clock that say which time it is, not who speaks.
    private static func tellsTheTime(_ text: Substring) -> Bool {
        guard let first = text.split(whereSeparator: isBlank).first else { return false }
        return SpeakerLexicon.clockWords.contains(first.uppercased().trimmingCharacters(in: "."))
    }

    private static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{3000}" || character == "\u{A0}"
    }

    private static func collapsed(_ text: Substring) -> String {
        text.split(whereSeparator: isBlank).joined(separator: " ")
    }

    /// Where the colon that ends a label is: within a label's length, before any sentence punctuation; a
    /// Latin colon is followed by a blank or the end (so `10:30` is not one).
    static func colonEnd(_ text: Substring) -> String.Index? {
        let window = Thresholds.LabelCandidate.longestLabel + 2
        if PlainASCII.isPlain(text, characters: window) {
            return colonEnd(in: text.utf8.prefix(window).lazy.map(ASCIICharacter.init)).map { text.utf8.index(text.startIndex, offsetBy: $0) }
        }
        if WholeScalarCharacter.isWhole(text, characters: window) {
            let scalars = text.unicodeScalars
            let opening = scalars[..<(scalars.index(scalars.startIndex, offsetBy: window, limitedBy: scalars.endIndex) ?? scalars.endIndex)]
            return colonEnd(in: opening.lazy.map { WholeScalarCharacter($0) }).map { scalars.index(scalars.startIndex, offsetBy: $0) }
        }
        return colonEndReference(text)
    }

    /// ``colonEnd(_:)`` on characters, for any text: the plain version the fast path is held to.
    static func colonEndReference(_ text: Substring) -> String.Index? {
        colonEnd(in: text.prefix(Thresholds.LabelCandidate.longestLabel + 2)).map { text.index(text.startIndex, offsetBy: $0) }
    }

    /// The rule of ``colonEnd(_:)`` on the opening characters (a label's length and the one after it), as an
    /// offset; read one character at a time, so that a sentence stops it early.
    private static func colonEnd<S: Sequence>(in characters: S) -> Int? where S.Element: TextCharacter {
        var bracketDepth = 0
        var remaining = characters.makeIterator()
        var offset = 0
        while offset <= Thresholds.LabelCandidate.longestLabel, let character = remaining.next() {
            if isOpeningBracket(character) { bracketDepth += 1 }
            if isClosingBracket(character) { bracketDepth -= 1 }
            if bracketDepth == 0, character == "：" { return offset }
            if bracketDepth == 0, character == ":" {
                guard let next = remaining.next() else { return offset }
                if next == " " || next == "\t" || next == "\u{3000}" || next == "\u{A0}" || next == "*" || next == ">" { return offset }
                return nil
            }
            if bracketDepth == 0, isSentencePunctuation(character) { return nil }
            offset += 1
        }
        return nil
    }

    private static func isSentencePunctuation<C: TextCharacter>(_ character: C) -> Bool {
        character.isMember(of: sentencePunctuation)
    }

    // Square brackets hold a clock time printed in the label (`Tom Baker [00:00:05]:`), whose colons end nothing.
    private static func isOpeningBracket<C: TextCharacter>(_ character: C) -> Bool { character.isMember(of: openingBrackets) }
    private static func isClosingBracket<C: TextCharacter>(_ character: C) -> Bool { character.isMember(of: closingBrackets) }

    private static let openingBrackets = CharacterClass("《（(〈[")
    private static let closingBrackets = CharacterClass("》）)〉]")
    private static let sentencePunctuation = CharacterClass("。？！；，、?!;,“”\"…")

    /// `[主持人]` → `主持人` and its square brackets: a name line's name printed inside brackets and nothing else.
    private static func withoutNameLineBrackets(_ printed: Substring) -> (Substring, LabelForm.Wrapper?) {
        guard let (inner, after, wrapper) = leadingBracket(printed), wrapper == .square || wrapper == .lenticular, !inner.isEmpty,
            after.allSatisfy(isBlank)
        else { return (printed, nil) }
        return (inner, wrapper)
    }

    /// `【X】` or `[X]` at the start, the text after it, and which bracket.
    private static func leadingBracket(_ text: Substring) -> (Substring, Substring, LabelForm.Wrapper)? {
        guard let open = text.first else { return nil }
        let close: Character
        let wrapper: LabelForm.Wrapper
        switch open {
        case "【": (close, wrapper) = ("】", .lenticular)
        case "[": (close, wrapper) = ("]", .square)
        case "〔": (close, wrapper) = ("〕", .lenticular)
        case "（": (close, wrapper) = ("）", .round)
        case "(": (close, wrapper) = (")", .round)
        default: return nil
        }
        guard let end = text.prefix(Thresholds.LabelCandidate.longestLabel + 2).firstIndex(of: close) else { return nil }
        let inner = text[text.index(after: text.startIndex)..<end]
        let lowered = inner.lowercased()
        // `[inaudible]`, `【掌声】`: a stage direction, not a name.
        guard !DiscourseLexicon.stageWords.contains(where: { lowered.containsLiteral($0) }) else { return nil }
        // `（主持人）各位好`: round brackets hold a speaker only as a role word the lexicon knows, before words on the
        // same line. `（一）`, `(A)`, `(Applause)` and `（議員舉手）` are a list's marker or a direction.
        if wrapper == .round {
            guard inner.count >= 2 || !inner.allSatisfy(\.isASCII), CandidateReading.isLexiconRole(String(inner)),
                text[text.index(after: end)...].contains(where: { !isBlank($0) })
            else { return nil }
        }
        return (inner, text[text.index(after: end)...], wrapper)
    }

    /// `（内閣広報官）` alone on a paragraph's first line, the Japanese words under it: a name or title in round brackets,
    /// as the Japanese Prime Minister's Office prints its speakers. Round brackets open a paragraph with a direction or
    /// a list's number more often (`（笑）`, `（一）`, a Chinese record's `（議員舉手）`), so only a bracket that fills its
    /// line, holds ideographs and no direction, over words in kana, is a candidate; the evidence decides the rest.
    static func bracketedLine(_ block: Block) -> LabelCandidate? {
        // A bracket opens the paragraph's first line (`（` is EF BC 88): most paragraphs are turned down on their first
        // bytes, before the line is read.
        let printed = block.lines.first ?? block.text
        guard let first = printed.utf8.first, first == 0x28 || first == 0xEF, block.lines.count > 1,
            block.kind != .aside, block.kind != .labelKey, block.strongPrefix == nil,
            printed.utf8.count <= (Thresholds.LabelCandidate.longestChineseLabel + 2) * 3 + 8,
            case let line = printed.trimmingCharacters(in: " \t\u{3000}\u{A0}"), isBracketLine(line)
        else { return nil }
        let inner = line.dropFirst().dropLast()
        guard inner.count >= 2, script(ofLabel: inner) == .chinese, !inner.contains(where: { "（()）".contains($0) }),
            !OrdinalLexicon.chineseNumerals.contains(String(inner)),
            !DiscourseLexicon.stageWords.contains(where: { inner.containsLiteral($0) })
        else { return nil }
        let rest = TextNormalization.joinWrapped(Array(block.lines.dropFirst()))
        guard rest.unicodeScalars.contains(where: { ScriptLexicon.kana.contains($0.value) }) else { return nil }
        let form = LabelForm(
            wrapper: .round, script: .chinese, hasColon: false, standsAlone: false, hasTimestamp: false, isNumbered: false,
            isQuoted: false)
        return finish(label: inner, rest: Substring(rest), form: form, time: nil)
    }

    /// Whether a line is one round bracket and what it holds, short enough for a label: `（内閣広報官）`.
    static func isBracketLine(_ line: String) -> Bool {
        guard let open = line.first, open == "（" || open == "(", let close = line.last, close == "）" || close == ")" else { return false }
        return line.hasLength(atMost: Thresholds.LabelCandidate.longestChineseLabel + 2)
    }

    /// `Don Lemmon  0:05  ` → `Don Lemmon`; `Jane Public,  Acme Corp - CFO    [3]` → `Jane Public` and the
    /// affiliation after the comma: a name with a clock time or a call transcript's turn number.
    private static func nameBeforeMark(_ text: Substring) -> (name: Substring, mark: Substring, affiliation: String?)? {
        // A header line is short and ends with its mark (`]`, `)`, a digit, or blanks after them); a paragraph is
        // turned down on its bytes, without being read.
        guard text.utf8.count <= Thresholds.LabelCandidate.longestHeaderLine * 4, let last = text.utf8.last,
            last == 0x5D || last == 0x20 || last == 0x7D || (0x30...0x39).contains(last) || endsWithBracketedClock(text.utf8)
                || ((last == 0x2E || last == 0x4D || last == 0x6D) && Timestamp.meridiem(endingWith: text) != nil)
        else { return nil }
        let printedLine = text.trimmingCharacters(in: " \t\u{A0}")
        // `Mr Speaker 10:05 a.m.`: the clock's half of the day is part of the mark.
        let meridiem = Timestamp.meridiem(endingWith: printedLine) ?? ""
        let trimmed = String(printedLine.dropLast(meridiem.count))
        let withMeridiem = { (mark: Substring) in meridiem.isEmpty ? mark : Substring(mark + meridiem) }
        if let (before, link) = TerminalLink.split(Substring(trimmed)) {
            let header = TerminalLink.withoutTurnMarker(Substring(before.trimmingCharacters(in: " \t\u{A0}")))
            guard !header.isEmpty, header.count <= Thresholds.LabelCandidate.longestLabel else { return nil }
            return (header, link, nil)
        }
        guard trimmed.count <= Thresholds.LabelCandidate.longestHeaderLine,
            let lastBlank = trimmed.lastIndex(where: isBlank)
        else { return nil }
        var mark = trimmed[trimmed.index(after: lastBlank)...]
        let isTurnNumber = TurnNumber.isTurnNumber(mark)
        guard Timestamp.markClock(mark) != nil || isTurnNumber else { return nil }
        var beforeMark = trimmed[..<lastBlank].trimmingCharacters(in: " \t\u{A0}")
        // `主持人 2025-06-18 15:00:26`: a date before the clock is the time's.
        // Most headers end with a letter: a date ends with a digit.
        if !isTurnNumber, let lastByte = beforeMark.utf8.last, (0x30...0x39).contains(lastByte),
            case let trailingDate = beforeMark.reversed().prefix(while: { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/") }),
            Timestamp.isDate(beforeMark.suffix(trailingDate.count))
        {
            beforeMark.removeLast(trailingDate.count)
            mark = trimmed[trimmed.index(trimmed.startIndex, offsetBy: beforeMark.count)...].drop { isBlank($0) }
        }
        // `Tom Baker — 00:05`: a dash or bar may stand between the name and its clock.
        let header = beforeMark.trimmingCharacters(in: " \t\u{A0}—–-|·•")
        guard !header.isEmpty else { return nil }
        if isTurnNumber, let comma = header.firstIndex(of: ",") {
            let affiliation = header[header.index(after: comma)...].trimmingCharacters(in: " \t\u{A0}")
            return (Substring(header[..<comma]), withMeridiem(mark), affiliation.isEmpty ? nil : affiliation)
        }
        // `Henrik Vold · Chief Executive Officer · 01:56:48`: an export's header prints the speaker's office between the
        // name and the clock.
        if !isTurnNumber, let separator = officeSeparators.first(where: { header.containsLiteral($0) }),
            let range = header.literalRange(of: separator)
        {
            let name = header[..<range.lowerBound].trimmingCharacters(in: " \t\u{A0}")
            let office = header[range.upperBound...].split(separator: separator).map { $0.trimmingCharacters(in: " \t\u{A0}") }
                .joined(separator: ", ")
            guard !name.isEmpty, name.count <= Thresholds.LabelCandidate.longestLabel, !office.isEmpty else { return nil }
            return (Substring(name), withMeridiem(mark), office)
        }
        // `Minister for Roads and Highways (Mr Yaw Boateng)`: a note after the name may be as long as a label's note.
        let longest = Thresholds.LabelCandidate.longestLabel + (header.last == ")" ? Thresholds.LabelReading.longestNoteAfterAName : 0)
        guard header.count <= longest else { return nil }
        return (Substring(header), withMeridiem(mark), nil)
    }

    /// What an export's header prints between a speaker's name, office and clock. A bar is left to the name, where
    /// an outlet may follow it (`Kirsten Ohlsson | KJRH 2 (@kirstenKJRH)  00:02:20`).
    private static let officeSeparators = [" · ", " • "]

    /// `Jane Smith [00:00:03] Welcome…` → the name, `00:00:03` and `Welcome…`: a name (``nameAlone(_:)``) closed by a
    /// clock in square or round brackets, and words after it that a colon does not open (`Jane Smith [00:00:03]: …`
    /// is a colon label with its clock).
    static func nameBeforeBracketedClock(_ text: Substring) -> (name: (text: String, script: LabelForm.Script), clock: Substring, rest: Substring)? {
        guard let open = text.firstByteIndex(inFirst: Thresholds.LabelCandidate.longestLabel + 1, where: { $0 == 0x5B || $0 == 0x28 }),
            open > text.startIndex,
            let close = text[open...].firstByteIndex(inFirst: Thresholds.LabelCandidate.longestUnnamedLabel, where: { $0 == 0x5D || $0 == 0x29 })
        else { return nil }
        let clock = text[text.utf8.index(after: open)..<close]
        let rest = text[text.utf8.index(after: close)...].drop(while: isBlank)
        guard Timestamp.isClock(clock), let first = rest.first, first != ":", first != "：",
            let name = nameAlone(text[..<open])
        else { return nil }
        return (name, clock, rest)
    }

    /// The name a name line prints before its clock, with the note after it and its script: a name as labels print
    /// them, or, as Microsoft Teams prints people, the surname first (`Okafor, Chidi`, `Brandt, Helen (Contoso)`).
    static func nameOfANameLine(_ printed: Substring) -> (name: Substring, note: String?, script: LabelForm.Script)? {
        // `Chief R. Dunmore (@ChiefDunmoreTFD)  00:00:38`: a social account's display name and handle, read as a label
        // (``CandidateReading``).
        if AccountName.displayName(printed) != nil { return (printed, nil, .latin) }
        if let script = script(ofLabel: printed), script != .chinese || ChineseNameShape.fits(printed) { return (printed, nil, script) }
        // 「说话人 1  00:00:03」: a meeting recorder's speaker it has not named; `+1 513-555-****   3:58`, a caller.
        if SpeakerLexicon.isDiarizationLabel(printed), let first = printed.unicodeScalars.first {
            return (printed, nil, first.isASCII ? .latin : .chinese)
        }
        if SpeakerLexicon.isPhoneNumber(printed) { return (printed, nil, .latin) }
        // 「网友“城南老街坊”  15:05:30」, 「投资者 lz***88 提问 2024-05-17 15:04:21」: an asker's word and the handle they
        // post under, in quotes or masked, perhaps with the entry's action after it.
        if printed.last == "”" || printed.last == "」" || SpeakerLexicon.handleAskerWords.contains(where: { printed.hasPrefix($0) }),
            printed.count <= Thresholds.LabelCandidate.longestChineseLabel,
            let reading = LabelParser.parseChinese(SpeakerLexicon.withoutEntryAction(String(printed)) ?? String(printed)),
            reading.roleHint == .reporter, reading.name != nil
        {
            return (printed, nil, .chinese)
        }
        var name = printed
        var note: String?
        if printed.last == ")", let open = printed.lastIndex(of: "("), open > printed.startIndex {
            note = printed[printed.index(after: open)..<printed.index(before: printed.endIndex)].trimmingCharacters(in: " ")
            name = Substring(printed[..<open].trimmingCharacters(in: " "))
        }
        // `Minister for Roads and Highways (Mr Yaw Boateng)`: an office, its holder in the note, as a record prints a
        // minister's first words.
        if let holder = note, SpeakerLexicon.isEnglishHonorific(holder.prefix { $0 != " " }),
            script(ofLabel: Substring(holder)) == .latin, AffiliationLine.namesAnOffice(name)
        {
            return (Substring(holder), String(name), .latin)
        }
        // `Okafor, Chidi`, or a name with its note: `Helen Brandt (Contoso)`.
        let parts = name.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 || (parts.count == 1 && note != nil), note?.isEmpty != true else { return nil }
        let words = parts.flatMap { $0.split(separator: " ") }
        guard (2...Thresholds.LabelEvidence.mostWordsInAPersonLabel).contains(words.count),
            words.allSatisfy({ word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-'’".contains($0) } })
        else { return nil }
        return (name, note, .latin)
    }

    /// Whether the bytes end with a clock in round brackets, `(0:05)`: a name line's mark. A line ending with a
    /// link's `(https://…)` or a note is turned down without being read.
    static func endsWithBracketedClock<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard bytes.last == 0x29 else { return false }
        let inner = bytes.dropLast().reversed().prefix { (0x30...0x3A).contains($0) || $0 == 0x2E || $0 == 0x2C }
        guard inner.count >= 3, inner.count < bytes.count - 1 else { return false }
        return bytes.dropLast(inner.count + 1).last == 0x28
    }

    /// A forum or chat user name: one word of Latin letters, digits, `-`, `_` and `.`, with two letters or more.
    /// `kettle.host (pinned)` → `kettle.host`: a user name alone, a message's state (``SocialLexicon/messageFlags``) after it.
    static func chatAuthor(_ line: Substring) -> String? {
        var author = line.trimmingCharacters(in: " \t")
        for flag in SocialLexicon.messageFlags where author.hasSuffix(flag) { author = String(author.dropLast(flag.count)) }
        return isHandle(author) ? author : nil
    }

    static func isHandle(_ text: String) -> Bool {
        guard text.count <= Thresholds.LabelCandidate.longestHandle, text.filter(\.isLetter).count >= 2 else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-_.".contains($0) }
    }

    /// The script of a text shaped like a label, or `nil` when it is not one: a few capitalised words, or
    /// a few Chinese characters without sentence punctuation.
    static func script(ofLabel raw: Substring) -> LabelForm.Script? {
        let label = raw.trimmingCharacters(in: " \t\u{3000}\u{A0}*")
        guard !label.isEmpty, label.count <= Thresholds.LabelCandidate.longestLabel else { return nil }
        if label.unicodeScalars.contains(where: { $0.properties.isIdeographic }) {
            guard label.count <= Thresholds.LabelCandidate.longestChineseLabel,
                !label.contains(where: { $0.isMember(of: sentencePunctuation) || $0 == ":" || $0 == "：" })
            else { return nil }
            return .chinese
        }
        // `iPad (2)`, `Jordan's iPhone`: a meeting app's account named for a device is printed as a name is; so is
        // `spk06`, a speech recogniser's placeholder in small letters.
        if SpeakerLexicon.isDeviceAccount(label) || SpeakerLexicon.isDiarizationLabel(label) { return .latin }
        let words = label.split(whereSeparator: isBlank)
        guard (1...Thresholds.LabelCandidate.mostLatinWords).contains(words.count) else { return nil }
        var letters = 0
        for (position, word) in words.enumerated() {
            guard let first = word.first else { return nil }
            let isParticle = SpeakerLexicon.nameParticles.contains(String(word))
            // A number closes a label (`Speaker 2`, `Analyst 1`); before other words it is a heading's year or
            // quarter (`Q3 2025 Earnings Call`).
            guard isParticle || (first.isUppercase && first.isLetter) || (first.isNumber && position == words.count - 1) else { return nil }
            // `SPEAKER_00`: pyannote's and WhisperX's diarization labels join the word and the number with `_`.
            guard word.allSatisfy({ $0.isLetter || $0.isNumber || ".-'’&_".contains($0) }) else { return nil }
            letters += word.filter(\.isLetter).count
        }
        guard letters >= 1, words.contains(where: { $0.filter(\.isLetter).count >= 2 }) || words.count == 1 else { return nil }
        return label.contains(where: \.isLowercase) ? .latin : .capitals
    }
}

/// Whether a colon (`:` or the full-width `：`) starts within the first bytes of a text, found on bytes.
enum ColonProbe {
    static func hasColon(inFirst limit: Int, bytesOf utf8: String.UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            let count = min(limit, bytes.count)
            var index = 0
            while index < count {
                let byte = bytes[index]
                // `：` is EF BC 9A.
                if byte == 0x3A || (byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A) {
                    return true
                }
                index += 1
            }
            return false
        } ?? reference(inFirst: limit, bytesOf: utf8)
    }

    /// The same rule read plainly: a `:` among the first `limit` bytes, or a `：` that starts among them.
    static func reference(inFirst limit: Int, bytesOf utf8: String.UTF8View) -> Bool {
        let bytes: [UInt8] = Array(utf8)
        let fullWidthColon: [UInt8] = Array("：".utf8)
        for index in 0..<min(limit, bytes.count) {
            if bytes[index] == UInt8(ascii: ":") { return true }
            if bytes[index...].starts(with: fullWidthColon) { return true }
        }
        return false
    }

    /// Whether the text holds at least `count` colons, `:` or `：`.
    static func colonCount(in utf8: String.UTF8View, atLeast count: Int) -> Bool {
        var found = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if byte == 0x3A || (byte == 0x9A && previous == (0xEF, 0xBC)) {
                found += 1
                if found >= count { return true }
            }
            previous = (previous.1, byte)
        }
        return false
    }
}
