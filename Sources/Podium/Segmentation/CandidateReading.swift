/// Who an accepted candidate names, read as far as its words allow: an outlet in title brackets, a role
/// word, a question number, a name with an honorific, or the label as printed.
enum CandidateReading {
    static func label(for candidate: LabelCandidate) -> SpeakerLabel {
        let text = candidate.text
        if let role = SpeakerLexicon.roleLabel(text) { return SpeakerLabel(text: text, roleHint: role) }
        if candidate.form.wrapper == .signature, let name = SignatureTag.name(inPrinted: text) {
            var label = SpeakerLabel(text: text, name: name)
            label.isSignature = true
            return label
        }
        if let header = candidate.affiliation {
            if let label = AffiliationLine.label(header: header, name: text) { return label }
            // `Jane Smith -- Vice President, Investor Relations`, `Jane Smith, Mayor:`: the titles printed beside a
            // name.
            if candidate.form.hasDash || candidate.form.hasColon || candidate.form.standsAlone {
                return AffiliationLine.label(titleLine: header, name: text)
            }
        }
        if candidate.form.hasTimestamp, candidate.form.standsAlone {
            // `[deleted] · 12 hr. ago`: a post by nobody the reader can name.
            if SocialLexicon.removedAccounts.contains(text) { return SpeakerLabel(text: text) }
            // `[11/14/2025 5:58 PM] kettle.host (pinned)`: a chat message's author, its state after the name.
            if let time = candidate.time, Timestamp.isDatedClock(time), let author = CandidateReader.chatAuthor(Substring(text)) {
                return SpeakerLabel(text: text, name: author)
            }
            // `Kirsten Ohlsson | KJRH 2 (@kirstenKJRH)`: the display name, and the outlet after a bar.
            if let (name, outlet) = AccountName.displayName(Substring(text)) {
                return SpeakerLabel(text: text, roleHint: outlet == nil ? nil : .reporter, name: String(name), outlet: outlet)
            }
        }
        // 「说话人 1」, 「发言人2」: a placeholder for one person, not a spokesperson numbered.
        if candidate.form.script == .chinese, SpeakerLexicon.isDiarizationLabel(text) { return SpeakerLabel(text: text, name: text) }
        switch candidate.form.script {
        case .chinese: return chinese(text)
        case .capitals, .latin: return latin(text, capitals: candidate.form.script == .capitals)
        }
    }

    /// What the label lexicon reads in it (「巴西晚报记者」, 「《新华社》记者」, 「羅秉成」); else `《财经》` is an outlet,
    /// `《某报》Jane Doe` a reporter of it, and anything else the name printed.
    private static func chinese(_ text: String) -> SpeakerLabel {
        // 「吴海涛 董事长 发言」, 「投资者 lz***88 提问」: a roadshow's record prints what the entry is after the speaker.
        if let speaker = SpeakerLexicon.withoutEntryAction(text) {
            var reading = chinese(speaker)
            reading.text = text
            return reading
        }
        if var reading = LabelParser.parseChinese(text) {
            reading.isTentative = false
            return reading
        }
        if text.hasPrefix("《"), let close = text.firstIndex(of: "》") {
            let outlet = String(text[text.index(after: text.startIndex)..<close])
            let name = text[text.index(after: close)...].trimmingCharacters(in: " ")
            return SpeakerLabel(text: text, roleHint: .reporter, name: name.isEmpty ? nil : name, outlet: outlet)
        }
        if OutletLexicon.isOutlet(text) { return SpeakerLabel(text: text, roleHint: .reporter, outlet: text) }
        return SpeakerLabel(text: text, name: text)
    }

    private static func latin(_ text: String, capitals: Bool) -> SpeakerLabel {
        // `John Smith (Leeds North) (Lab)`, `The Secretary of State for Transport (Mark Harper)`.
        // `THE CHAIRPERSON (Sen. Villareal)` before its period: a role word and its holder, read as after a colon.
        if text.last == ")", let first = text.split(separator: " (").first, SpeakerLexicon.roleLabel(String(first)) != nil,
            let (label, _) = LabelParser.latinLabelWithNotes(text + ":"), label.name != nil
        {
            return label
        }
        if text.last == ")", let notes = BracketedNotes(text) {
            if let person = notes.person {
                return SpeakerLabel(
                    text: text, roleHint: notes.office == nil ? nil : .official, name: SpeakerLexicon.withoutEnglishHonorifics(person),
                    title: notes.office)
            }
            // `REPORTER (BBC)`: the lexicon reads a role word and the outlet in its note, as after a colon.
            if var reading = LabelParser.parseChinese(text), reading.roleHint != nil {
                reading.isTentative = false
                return reading
            }
        }
        let words = text.split(separator: " ").map(String.init)
        // `Q1`, `Q1 Follow-up`, `Question 3`, `Audience 2`: a role word numbered.
        if let role = numberedRole(words) {
            // `Audience 2`, `Speaker 1`: a numbered member of a group is one person; `Q1` numbers a question.
            let isPerson = words.count >= 2 && words[1].allSatisfy(\.isNumber)
            return SpeakerLabel(text: text, roleHint: role, name: isPerson ? text : nil)
        }
        if let holder = SpeakerLexicon.titleOnlyLabels[text.uppercased()] {
            return SpeakerLabel(text: text, roleHint: holder.role, title: holder.title)
        }
        if capitals {
            // `AFP:`: an agency's initials the lexicon knows ask (``LabelParser/parseEnglish(_:)``).
            if OutletLexicon.knownName(text) != nil { return LabelParser.parseEnglish(text) }
            // `MSM`: initials stay as printed.
            if words.count == 1, text.count <= Thresholds.LabelCandidate.longestInitials {
                return SpeakerLabel(text: text, name: text)
            }
            return LabelParser.parseEnglish(text)
        }
        // `NATO Secretary General Henrik Aasland`, `NATO Secretary General`: the organisation, then the office.
        let organization = LabelParser.organizationAcronym(words)
        let printed = organization.map { $0.rest.joined(separator: " ") } ?? text
        if isTitleAlone(printed) {
            return SpeakerLabel(text: text, roleHint: .official, title: printed, organization: organization?.organization)
        }
        // `Mr. Smith`, `Dr. Jane Public`: the honorific is not part of the name; `Prime Minister Kishida`: nor is the
        // title, which is the speaker's title.
        var nameWords = organization?.rest ?? words[...]
        var titleWords: [String] = []
        while nameWords.count > 1, let first = nameWords.first?.trimmingCharacters(in: ".").uppercased() {
            if SpeakerLexicon.englishHonorifics.contains(first) {
                nameWords = nameWords.dropFirst()
            } else if SpeakerLexicon.englishTitles.contains(first), first != "THE", first != "OF", let word = nameWords.first {
                titleWords.append(word)
                nameWords = nameWords.dropFirst()
            } else {
                break
            }
        }
        // `Speaker 1`, `Panelist 2`: a numbered participant, not a title before a name.
        if !titleWords.isEmpty, !nameWords.contains(where: { $0.contains(where: \.isLetter) }) {
            return SpeakerLabel(text: text, name: text)
        }
        return SpeakerLabel(
            text: text, name: nameWords.joined(separator: " "), title: titleWords.isEmpty ? nil : titleWords.joined(separator: " "),
            organization: organization?.organization)
    }

    /// `Operator`, `Q1`, `Q1 Follow-up`, `Audience 2`, `Chief Executive`: a role word or a title printed alone that the
    /// lexicon knows, perhaps numbered.
    static func isLexiconRole(_ text: String) -> Bool {
        SpeakerLexicon.roleLabel(text) != nil || numberedRole(text.split(separator: " ").map(String.init)) != nil
            || SpeakerLexicon.titleOnlyLabels[text.uppercased()] != nil || isTitleAlone(text)
    }

    /// `COMMISSIONER`, `THE SECRETARY`, `Deputy Mayor`: title words only, the last naming a person's office.
    static func isTitleAlone(_ text: String) -> Bool {
        let words = text.uppercased().split(separator: " ").map { $0.trimmingCharacters(in: ".") }
        guard let last = words.last, SpeakerLexicon.personTitleWords.contains(last) else { return false }
        return words.allSatisfy { SpeakerLexicon.englishTitles.contains($0) || SpeakerLexicon.englishHonorifics.contains($0) }
    }

    static func numberedRole(_ words: [String]) -> LabelRole? {
        guard var first = words.first else { return nil }
        var words = words
        // 「Q5（追問）」: a note in brackets after the number.
        if first.last == "）" || first.last == ")", let open = first.firstIndex(where: { $0 == "（" || $0 == "(" }), open > first.startIndex {
            words.append(String(first[first.index(after: open)...].dropLast()))
            first = String(first[..<open])
        }
        // `Q3-2. Follow-up`: the period after the number closes it.
        if first.last == ".", first.dropLast().last?.isNumber == true { first.removeLast() }
        var base = first
        // `Q3-1`: a question's part numbered after its own number, as a company's Q&A summary prints follow-ups.
        if let digit = first.firstIndex(where: \.isNumber), digit > first.startIndex, first.last?.isNumber == true,
            first[digit...].allSatisfy({ $0.isNumber || $0 == "-" }), first[digit...].count(where: { $0 == "-" }) <= 1
        {
            base = String(first[..<digit])
        } else if words.count >= 2, words[1].allSatisfy(\.isNumber) {
            base = first
        } else {
            return nil
        }
        guard let role = SpeakerLexicon.roleLabel(base) else { return nil }
        let followUp = words.contains { SpeakerLexicon.followUpWords.contains($0.lowercased()) }
        return followUp ? .followUp : role
    }
}
