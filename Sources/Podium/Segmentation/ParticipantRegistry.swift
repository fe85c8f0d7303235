/// Resolves every label form to one participant per person.
struct ParticipantRegistry {
    struct Entry {
        var name: String?
        var labelRole: LabelRole?
        var title: String?
        var organization: String?
        var outlet: String?
        var label: String
        var aliases: [String]
        var anonymousKey: String?
    }

    private(set) var entries: [Entry] = []
    /// Who holds the conference, when the title or opening names them: 「外交部发言人华春莹主持例行记者会」.
    var host: String?

    mutating func resolve(_ label: SpeakerLabel) -> Int {
        let index = find(label) ?? add(label)
        var entry = entries[index]
        if !entry.aliases.contains(label.text) { entry.aliases.append(label.text) }
        entry.title = entry.title ?? label.title
        entry.organization = entry.organization ?? label.organization
        entry.outlet = entry.outlet ?? label.outlet
        if entry.labelRole == nil || entry.labelRole == .unknown { entry.labelRole = label.roleHint ?? entry.labelRole }
        entries[index] = entry
        return index
    }

    /// Fills in who each person a roster lists is (``CallRoster``), for the speakers whose labels printed the name
    /// alone: what a label said stands.
    mutating func complete(with roster: CallRoster) {
        for person in roster.people {
            guard let name = person.name,
                let index = entries.firstIndex(where: { entry in entry.name.map { Self.sameName(name, $0) } ?? false }),
                entries[index].title == nil, entries[index].organization == nil, entries[index].outlet == nil
            else { continue }
            entries[index].title = person.title
            entries[index].outlet = person.outlet
            if entries[index].labelRole == nil || entries[index].labelRole == .unknown { entries[index].labelRole = person.roleHint }
        }
    }

    mutating func setOutlet(_ outlet: String, at index: Int) {
        entries[index].outlet = outlet
    }

    /// Gives the office a heading printed over a speaker's turns (「【国家发展改革委主任 郑立新】」) to the one participant of that
    /// name whose labels printed none.
    mutating func giveOffice(_ office: String, toTheOneNamed name: String) {
        guard let index = entries.firstIndex(where: { $0.name == name }), entries[index].title == nil else { return }
        entries[index].title = office
        if entries[index].labelRole == nil || entries[index].labelRole == .unknown { entries[index].labelRole = .official }
    }

    /// Gives each participant printed by surname and office alone (「韦副区长」) the full name the texts print beside
    /// that office (``SurnameAndOffice``), unless another participant goes by it. The texts are gathered only where
    /// such a participant is.
    mutating func nameSurnameOfficeHolders(from texts: @autoclosure () -> [String]) {
        guard entries.contains(where: { $0.name?.count == 1 && $0.title != nil }) else { return }
        let texts = texts()
        for index in entries.indices {
            guard let name = entries[index].name, name.count == 1, let surname = name.first, SpeakerLexicon.chineseSurnames.contains(surname),
                let office = entries[index].title, let full = SurnameAndOffice.fullName(surname: surname, office: office, in: texts),
                !entries.contains(where: { $0.name == full })
            else { continue }
            entries[index].name = full
        }
    }

    /// Gives a participant whose labels said no role the one the document shows is theirs (a host who says so).
    mutating func setLabelRole(_ role: LabelRole, at index: Int) {
        entries[index].labelRole = role
    }

    /// Gives a participant printed under a placeholder (`Speaker 0`) the name the document shows is theirs.
    mutating func setName(_ name: String, at index: Int) {
        entries[index].name = name
    }

    /// The host, as a participant, for turns the document gives to nobody by name.
    mutating func resolveHost() -> Int? {
        guard let host else { return nil }
        return resolve(SpeakerLabel(text: host, roleHint: .official, name: host))
    }

    private func find(_ label: SpeakerLabel) -> Int? {
        if let holder = titleHolder(for: label) { return holder }
        if let holder = surnameAndOfficeHolder(for: label) { return holder }
        if let holder = officeAndSurnameHolder(for: label) { return holder }
        if let name = label.name ?? hostName(for: label) {
            return entries.firstIndex { entry in
                guard let other = entry.name else { return false }
                return Self.sameName(name, other)
            }
        }
        if let outlet = label.outlet {
            return entries.firstIndex { $0.name == nil && $0.outlet == outlet }
        }
        let key = anonymousKey(label)
        return entries.firstIndex { $0.anonymousKey == key }
    }

    /// `Governor:` after `Shri Sanjay Rao, Governor:`, `Moderator:` after `Moderator (Shri Puneet Kaushal, Chief
    /// General Manager):`: a label that prints an office or a role alone is the one person an earlier label gave it to.
    private func titleHolder(for label: SpeakerLabel) -> Int? {
        // A label read as a name holds no other words than the office it prints; one who asks holds no office.
        guard label.roleHint != .reporter, label.name.map({ Self.sameIgnoringCase($0, label.text) }) ?? true, label.outlet == nil,
            label.text.utf8.count <= Thresholds.Affiliations.longestAffiliation
        else { return nil }
        if label.name == nil, label.roleHint == .moderator {
            // `MODERATOR (Jane Doe)` or `JANE DOE (MODERATOR)`, 「主持人（總統府發言人 郭雅婷）」, 「林佳慧（主持人）」: the role
            // printed with the name in a note.
            let role = label.text.uppercased()
            let named = entries.indices.filter { index in
                let printed = entries[index].label.uppercased()
                return entries[index].name != nil
                    && (printed.hasPrefix(role + " (") || printed.hasPrefix(role + "（") || printed.hasSuffix(" (" + role + ")")
                        || printed.hasSuffix("（" + role + "）"))
            }
            if named.count == 1 { return named.first }
        }
        // `DGHS:` after `DGHS, Dr. Sunita Prakash:`, `ADG:` after `ADG (M&C), PIB, Smt. Kavita Raghunathan:`: an office the
        // lexicon does not know is one where an earlier label printed it, as printed, beside a name.
        let printedBeside = entries.indices.filter { index in
            guard entries[index].name != nil, let title = entries[index].title, title.hasPrefix(label.text), entries[index].label != label.text
            else { return false }
            return title == label.text || title.prefix { $0 != "(" && $0 != "," }.trimmingCharacters(in: " ") == label.text
        }
        if printedBeside.count == 1 { return printedBeside.first }
        // `MOS:` after `MOS Rahman:`: capitals an earlier label printed before a name are that person's office.
        if Self.isAbbreviatedOffice(label.text) {
            let printedBefore = label.text + " "
            let named = entries.indices.filter { entries[$0].label.hasPrefix(printedBefore) && entries[$0].name != nil }
            if named.count == 1 { return named.first }
        }
        guard AffiliationLine.namesAnOffice(label.text) else { return nil }
        let office = label.text.lowercased()
        let holders = entries.indices.filter { index in
            let entry = entries[index]
            guard entry.name != nil, entry.label != label.text, let title = entry.title?.lowercased() else { return false }
            // `NATO Secretary General:` after `NATO Secretary General Henrik Aasland:`.
            return title == office || entry.organization.map { $0.lowercased() + " " + title == office } == true
        }
        return holders.count == 1 ? holders.first : nil
    }

    /// Two to five ASCII capitals, an office's initials (`MOS`, `DPM`): no name has that shape.
    private static func isAbbreviatedOffice(_ text: String) -> Bool {
        (Thresholds.Affiliations.shortestAbbreviatedOffice...Thresholds.Affiliations.longestAbbreviatedOffice).contains(text.utf8.count)
            && text.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }

    /// 「陳次長：」 after 「經濟部政務次長 陳國樑：」, 「簡副主委：」 after 「國發會副主委 簡仲儀：」: a surname and an office are the
    /// one person an earlier label named in full with that surname and an office that ends with it.
    private func surnameAndOfficeHolder(for label: SpeakerLabel) -> Int? {
        guard let (surname, office) = label.chineseSurnameAndOffice else { return nil }
        let holders = entries.indices.filter { index in
            guard let name = entries[index].name, name.count >= 2, name.first == surname, let title = entries[index].title else { return false }
            return title.hasSuffix(office)
        }
        return holders.count == 1 ? holders.first : nil
    }

    /// `Press Secretary OHTAKA:` after `Mr. OHTAKA Masato, Press Secretary:`, `State Minister Nakayama:` after `State
    /// Minister for Foreign Affairs Yasuhide Nakayama:`: an office and a surname are the one person an earlier label named
    /// in full with that surname, first or last, and an office that opens with those words.
    private func officeAndSurnameHolder(for label: SpeakerLabel) -> Int? {
        // Asked of every turn's label: told first on the word before the surname, which must name an office
        // (`Secretary`, `Minister`).
        guard label.roleHint != .reporter, label.outlet == nil, label.name.map({ $0 == label.text }) ?? false,
            let blank = label.text.lastIndex(of: " "),
            let officeWord = label.text[..<blank].split(separator: " ").last,
            SpeakerLexicon.personTitleWords.contains(officeWord.uppercased())
        else { return nil }
        let office = label.text[..<blank].lowercased()
        let surname = label.text[label.text.index(after: blank)...].lowercased()
        let holders = entries.indices.filter { index in
            let entry = entries[index]
            guard let name = entry.name, entry.label != label.text, let title = entry.title?.lowercased(),
                title == office || title.hasPrefix(office + " ")
            else { return false }
            let words = SpeakerLexicon.withoutEnglishHonorifics(name).lowercased().split(separator: " ")
            return words.count >= 2 && (words.first == surname[...] || words.last == surname[...])
        }
        return holders.count == 1 ? holders.first : nil
    }

    private mutating func add(_ label: SpeakerLabel) -> Int {
        let name = label.name ?? hostName(for: label)
        entries.append(
            Entry(
                name: name, labelRole: label.roleHint, title: label.title, organization: label.organization,
                outlet: label.outlet, label: label.text, aliases: [],
                anonymousKey: name == nil && label.outlet == nil ? anonymousKey(label) : nil))
        return entries.count - 1
    }

    /// `答` is the host when the document names one.
    private func hostName(for label: SpeakerLabel) -> String? {
        guard label.name == nil, label.outlet == nil, label.roleHint == .official, let host else { return nil }
        return host
    }

    private func anonymousKey(_ label: SpeakerLabel) -> String {
        switch label.roleHint {
        case .reporter?, .followUp?: return "reporter"
        case .moderator?: return "moderator:" + label.text.uppercased()
        // `A1：`, `A2：`: numbered answers of one respondent the record does not name.
        case .official?: return "official:" + (label.title ?? Self.withoutAnswerNumber(label.text))
        case .unknown?, nil: return "unknown:" + label.text
        }
    }

    /// `A1` → `A`, 「答2」 → 「答」: an answer's label without its number; other labels as printed.
    private static func withoutAnswerNumber(_ text: String) -> String {
        let base = text.prefix { !($0.isASCII && $0.isNumber) }
        guard base.count < text.count, text.dropFirst(base.count).allSatisfy({ $0.isASCII && $0.isNumber }),
            SpeakerLexicon.entryMarkers.contains(String(base))
        else { return text }
        return String(base)
    }

    /// `DGHS` and `Dghs`: the same words but for case. Every named label is asked: ASCII words of other lengths are
    /// told apart on their byte counts, before either is upper-cased.
    private static func sameIgnoringCase(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        if first.utf8.count != second.utf8.count, first.utf8.allSatisfy({ $0 < 0x80 }), second.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        return first.uppercased() == second.uppercased()
    }

    /// 「罗俊杰」 and 「罗俊杰」, `Psaki` and `Jen Psaki`, `Senator LACHLAN` and `Senator Lachlan`.
    static func sameName(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        // Only names of several words can differ and still match; a space is a byte of one of them first.
        guard first.containsByte(0x20) || second.containsByte(0x20) else { return false }
        let (short, long) = first.count < second.count ? (first, second) : (second, first)
        guard short.count >= 2 else { return false }
        // `Senator LACHLAN` and `Senator Lachlan`: one name printed in capitals and read from a note's label.
        if short.utf8.count == long.utf8.count, short.lowercased() == long.lowercased() { return true }
        if long.contains(" ") || short.contains(" ") {
            return long.lowercased().hasSuffix(" " + short.lowercased()) || sameHonorificAndSurname(short, long)
        }
        return false
    }

    /// `Ms Whitfield` and `Ms Clare Whitfield`, `Mr. Hughes` and `Mr. Alan Hughes`: one honorific opens both, and the
    /// shorter name's words after it close the longer. `Mr Smith` and `Ms Jane Smith` are two people.
    private static func sameHonorificAndSurname(_ short: String, _ long: String) -> Bool {
        // `Dr. Ganesan` and `R. Ganesan`, the honorific left out of a name printed with it before: the surname. Told on the
        // first words, as every label is compared with every participant.
        let opensWithHonorific = { (name: String) in name.firstIndex(of: " ").map { SpeakerLexicon.isEnglishHonorific(name[..<$0]) } ?? false }
        if opensWithHonorific(short) != opensWithHonorific(long) {
            let (shortBare, longBare) = (SpeakerLexicon.withoutEnglishHonorifics(short), SpeakerLexicon.withoutEnglishHonorifics(long))
            let (surname, name) = shortBare.count <= longBare.count ? (shortBare, longBare) : (longBare, shortBare)
            if !surname.isEmpty, !surname.contains(" "), name.lowercased().hasSuffix(" " + surname.lowercased()) { return true }
        }
        let shortWords = short.split(separator: " ")
        guard shortWords.count >= 2, let honorific = shortWords.first,
            SpeakerLexicon.isEnglishHonorific(honorific),
            long.split(separator: " ").first == honorific
        else { return false }
        return long.lowercased().hasSuffix(" " + shortWords.dropFirst().joined(separator: " ").lowercased())
    }
}
