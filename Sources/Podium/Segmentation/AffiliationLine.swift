/// Call transcripts name a speaker on one line and their affiliation on the next:
/// `David A. Helfand` / `Equity Commonwealth - President, CEO & Trustee`.
enum AffiliationLine {
    static let separators = [" - ", " – ", " — "]

    static func label(name: String, affiliation: String) -> SpeakerLabel? {
        // `Company Participants` / `Jenna Morales - Director, Investor Relations`: a roster's heading over its first line.
        guard LabelParser.isLatinName(name), name.split(separator: " ").count >= Thresholds.Affiliations.fewestWordsInAName,
            !SectionHeading.isNamedHeading(name), !SpeakerLexicon.eventNames.contains(where: name.containsLiteral),
            LabelParser.split(name, strongPrefix: nil) == nil, LabelParser.split(affiliation, strongPrefix: nil) == nil
        else { return nil }
        if let (titles, role) = roleNote(closing: affiliation) {
            // `Senior Fellow, Meridian Policy Forum (Moderator)`: the note says the part the speaker plays, so the
            // line is the speaker's though its title names no office.
            guard titles.isEmpty || isTitleLine(titles[...]) else { return nil }
            var reading = label(header: titles, name: name) ?? label(titleBeforeCompany: titles, name: name)
                ?? label(titleAndCompany: titles, name: name)
            reading.roleHint = role
            return reading
        }
        return label(header: affiliation, name: name) ?? label(titleBeforeCompany: affiliation, name: name)
    }

    /// The titles before a role word in brackets that closes an affiliation line, and the role:
    /// `Senior Fellow, Meridian Policy Forum (Moderator)`, `(Host)`.
    static func roleNote(closing line: String) -> (titles: String, role: LabelRole)? {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "("),
            case let word = line[line.index(after: open)..<line.index(before: line.endIndex)],
            let role = SpeakerLexicon.roleLabel(String(word))
        else { return nil }
        return (line[..<open].trimmingCharacters(in: " ,"), role)
    }

    /// A title line read as its title, then the company after its first comma, whatever office the title names.
    private static func label(titleAndCompany line: String, name: String) -> SpeakerLabel {
        guard let (title, company) = sides(of: line, at: [", "]) else {
            return SpeakerLabel(text: name, name: name, title: line.isEmpty ? nil : line)
        }
        return SpeakerLabel(text: name, name: name, title: title, organization: company)
    }

    /// `Vice President-Investor Relations, Orion Health Systems, Inc.`, `Analyst, JPMorgan Securities LLC`: FactSet's
    /// title line, the title before the first comma and the company after it. The title must name an office or an
    /// analyst, so that a capitalised line of words is not taken for one.
    static func label(titleBeforeCompany line: String, name: String) -> SpeakerLabel? {
        guard isTitleLine(line[...]), let comma = line.literalRange(of: ", ") else { return nil }
        let title = String(line[..<comma.lowerBound]).trimmingCharacters(in: " ")
        let company = String(line[comma.upperBound...]).trimmingCharacters(in: " ")
        guard !title.isEmpty, !company.isEmpty else { return nil }
        let isAnalyst = SpeakerLexicon.analystWords.contains { title.containsLiteral($0) }
        guard isAnalyst || namesAnOffice(title) else { return nil }
        return SpeakerLabel(
            text: name, roleHint: isAnalyst ? .reporter : .official, name: name, title: title,
            organization: isAnalyst ? nil : company, outlet: isAnalyst ? company : nil)
    }

    /// `Vice President, Investor Relations`, `Morgan Stanley -- Analyst`: titles and an organisation after a name and
    /// a dash (`Jane Smith -- Vice President…`), each word capitalised (or `of`, `and`, `&`), no sentence's mark at
    /// the end: what a call transcript prints beside a speaker's name, not words the speaker says.
    static func isTitleLine(_ text: Substring) -> Bool {
        let trimmed = text.trimmingCharacters(in: " ")
        guard !trimmed.isEmpty, trimmed.count <= Thresholds.Affiliations.longestAffiliation, !trimmed.contains("\n"),
            let last = trimmed.split(separator: " ").last, let mark = last.last, !"?!:;,—-–".contains(mark),
            mark != "." || last.count <= Thresholds.Affiliations.longestAbbreviation
        else { return false }
        return trimmed.split(separator: " ").allSatisfy { word in
            guard let first = word.first else { return true }
            // `ADG (M&C)`: an office's short form in brackets.
            if first == "(", word.dropFirst().first?.isUppercase == true { return true }
            return first.isUppercase || first.isNumber || titleLineJoints.contains(String(word))
                || SpeakerLexicon.lowercaseTitleWords.contains(String(word))
        }
    }

    /// Whether words name an office the lexicon knows (``SpeakerLexicon/personTitleWords``): `Chief Medical Officer`,
    /// `Vice President-Investor Relations`, `The Minister of State, Department for Transport`.
    static func namesAnOffice<Words: StringProtocol>(_ words: Words) -> Bool {
        words.uppercased().split(whereSeparator: { " ,-&".contains($0) }).contains { SpeakerLexicon.personTitleWords.contains(String($0)) }
    }

    /// The words either side of a line's separating dash (``separators``, or the `marks` given), trimmed: `Acme Corp` and `CFO` of `Acme Corp -
    /// CFO`, `Dana Whitlock` and `Head of Investor Relations` of a roster's line. `nil` for a line with none, or longer
    /// than an affiliation.
    static func sides(of line: String, at marks: [String] = separators) -> (before: String, after: String)? {
        guard line.count <= Thresholds.Affiliations.longestAffiliation,
            let separator = marks.first(where: { line.containsLiteral($0) }),
            let range = line.literalRange(of: separator)
        else { return nil }
        return (String(line[..<range.lowerBound]).trimmingCharacters(in: " "), String(line[range.upperBound...]).trimmingCharacters(in: " "))
    }

    /// What stands between the words of a title line: its parts' dashes and an ampersand.
    private static let titleLineJoints: Set<String> = ["--", "-", "–", "—", "&", "|"]

    /// The speaker a name and its title line (``isTitleLine(_:)``) print: `Organization -- Title`, or a title alone.
    /// An analyst's line names the firm the analyst asks for, as an outlet; a known outlet alone is a reporter's.
    static func label(titleLine: String, name: String) -> SpeakerLabel {
        let parts = titleLine.components(separatedBy: " -- ").flatMap { $0.components(separatedBy: " - ") }
            .map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        let organization = parts.count >= 2 ? parts.first : nil
        let title = (parts.count >= 2 ? parts.dropFirst() : parts[...]).joined(separator: ", ")
        let isAnalyst = SpeakerLexicon.analystWords.contains { word in parts.contains { $0.containsLiteral(word) } }
        // `Tom Reed, Reuters:`: an outlet the lexicon knows is the asker's.
        if !isAnalyst, parts.count == 1, OutletLexicon.isEnglishOutlet(title) || OutletLexicon.isOutlet(title) {
            return SpeakerLabel(text: name, roleHint: .reporter, name: name, outlet: title)
        }
        // `STEVE INSKEEP, HOST:`, `Jane Smith, Moderator:`: a host's role word after the name is the speaker's role.
        // `Jerome Powell, Chair` chairs a committee, not the press conference.
        if !isAnalyst, let word = title.split(separator: " ").last, SpeakerLexicon.hostTitleWords.contains(word.uppercased()) {
            return SpeakerLabel(text: name, roleHint: .moderator, name: name, title: title, organization: organization)
        }
        // An office (`Chief Executive Officer`, `Vice President, Investor Relations`) answers; other words alone
        // (`Guest`, `Author`) do not say who asks: what the speaker says does.
        let holdsAnOffice = organization != nil || namesAnOffice(title)
        // `Shri Anil Kumar Bhatnagar`: the honorific is printed with the name, and is no part of it.
        return SpeakerLabel(
            text: name, roleHint: isAnalyst ? .reporter : holdsAnOffice ? .official : nil, name: SpeakerLexicon.withoutEnglishHonorifics(name),
            title: title.isEmpty ? nil : title, organization: isAnalyst ? nil : organization, outlet: isAnalyst ? organization : nil)
    }

    /// A name and its `Organization - Title`, as a call transcript's header line prints them on one line:
    /// `Jane Public,  Acme Corp - CFO    [3]`.
    static func label(header affiliation: String, name: String) -> SpeakerLabel? {
        // `AFL Round 14 – Tigers v Blues – FULL TIME`: a banner's parts, where an organisation and a title are two.
        guard let (organization, title) = sides(of: affiliation), !organization.isEmpty, !title.isEmpty, organization.first?.isUppercase == true,
            let last = title.last, !".?!:;—-–".contains(last), !organization.containsLiteral(":"), sides(of: title) == nil
        else { return nil }
        let isAnalyst = SpeakerLexicon.analystWords.contains { title.containsLiteral($0) || organization.containsLiteral($0) }
        return SpeakerLabel(
            text: name, roleHint: isAnalyst ? .reporter : .official, name: name, title: title,
            organization: isAnalyst ? nil : organization, outlet: isAnalyst ? organization : nil)
    }
}
