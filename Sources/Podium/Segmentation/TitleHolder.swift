/// Who a title or role printed alone as a label stands for: the one person the heading, title, front matter
/// or opening lines name in it. `PM:` is `Prime Minister Jane Smith`, 「行政長官：」 is 「行政長官李家超」; `Q:` is
/// the `INTERVIEWER: Peter Asaro` of the metadata, 「问：」 the 「撰文 / 陈少远」 of the by-line; `A:` and 「答：」
/// are the interviewee (`INTERVIEWEE:`, 「周雪光：…」 as a headline, the one name of `speakers:`); `MSM:` is
/// `M. S. Mahoney`, whose initials it prints.
enum TitleHolder {
    /// What the document says about itself before the transcript.
    struct Opening {
        var title: String?
        var lead: [String]
        /// The front matter's `speakers:` list.
        var speakers: [String] = []
        /// Who the front matter says plays each part, by the part's word lower-cased (`host: Owen Castellano`).
        var partHolders: [String: String] = [:]
        /// Title and lead, and the same lower-cased, for case-blind phrase searches; the `speakers:` list lower-cased.
        let texts: [String]
        let loweredTexts: [String]
        private let loweredSpeakers: [String]
        /// Fields printed between the lead and the first label (`出席人员：…董事会秘书 何婧`), searched for offices only: a
        /// by-line there (`作者：…`) names no interviewer.
        private let fields: [String]

        init(title: String?, lead: [String], speakers: [String] = [], partHolders: [String: String] = [:], fields: [String] = []) {
            self.title = title
            self.lead = lead
            self.speakers = speakers
            self.partHolders = partHolders
            self.fields = fields
            texts = [title].compactMap { $0 } + lead
            loweredTexts = texts.map { $0.lowercased() }
            loweredSpeakers = speakers.map { $0.lowercased() }
        }

        /// The names printed right after each occurrence of `phrase` in the texts.
        func holders(after phrase: String) -> [String] {
            zip(texts, loweredTexts).flatMap { TitleHolder.holders(after: phrase, in: $0, lowered: $1) }
        }

        /// The names printed right after each occurrence of `phrase` in the front matter's `speakers:` list.
        func listedHolders(after phrase: String) -> [String] {
            zip(speakers, loweredSpeakers).flatMap { TitleHolder.holders(after: phrase, in: $0, lowered: $1) }
        }

        /// The names printed on a line of their own right over a line that opens with `phrase`: a page's header
        /// `THE HON DANIEL KEARNEY MP` over `PRIME MINISTER OF AUSTRALIA`.
        func holders(overLineOpening phrase: String) -> [String] {
            let lowered = phrase.lowercased()
            return zip(lead, loweredTexts.suffix(lead.count).dropFirst()).compactMap { line, next in
                next.hasPrefix(lowered) ? TitleHolder.nameLine(line) : nil
            }
        }

        /// The names printed right after the Chinese `office` in the texts, less those of another office that ends with
        /// it: 「市長」 in 「臺北市長周以衡…副市長林雅文」 names 周以衡 alone.
        func holders(ofChineseOffice office: String) -> [String] {
            // 「公司董事会秘书：邵明远」: a field's colon may stand between the office and the name.
            var names = holders(after: office) + holders(after: office + "：")
                + fields.flatMap { TitleHolder.holders(after: office, in: $0, lowered: $0) }
            for prefix in SpeakerLexicon.chineseTitlePrefixes {
                for deputy in holders(after: String(prefix) + office) {
                    if let index = names.firstIndex(of: deputy) { names.remove(at: index) }
                }
            }
            return names
        }

        /// The one name printed right after `office` in the texts, or else right before `, office`: `Chair Ellison`,
        /// `Hon. Margaret Ellison, Chair of the Committee, presiding`.
        func holder(ofOffice office: String) -> String? {
            // `GOVERNOR` under a field `Speakers: Tomáš Hálek, Governor; …`: an office printed in capitals is the one the
            // opening prints with capitals opening its words, in its texts or its fields.
            let printings = office.contains(where: \.isLowercase) ? [office] : [office, TitleHolder.capitalizedWords(office)]
            return TitleHolder.unique(holders(after: office))
                ?? printings.lazy.compactMap { printed in
                    TitleHolder.unique((texts + fields).flatMap { TitleHolder.holders(before: ", " + printed, in: $0) })
                }.first
        }
    }

    /// The person `label` stands for when it names none itself, or `nil`.
    static func holder(of label: SpeakerLabel, in opening: Opening) -> String? {
        if let listed = listedHolder(of: label, in: opening) { return listed }
        // 「答（曾）：」 under 「出席名單：疾管署 曾淑芬 副署長」: a role word and the surname of the one person the
        // opening names with it.
        if label.name == nil, let surname = bracketedSurname(label.text) {
            return unique(opening.texts.flatMap { namesPrinted(startingWith: surname, in: $0) })
        }
        // 「被告人：」 under 「…被告人孟庆祥及其辩护人程一鸣到庭」, 「审判长：」 under 「由审判员邵明远担任审判长」.
        if label.name == nil, SpeakerLexicon.courtRoles.contains(label.text) {
            return unique(opening.holders(ofChineseOffice: label.text) + opening.texts.flatMap { appointed(to: label.text, in: $0) })
        }
        // 「邱局長：」 under 「工務局長邱建宏…陪同出席」: a surname and an office are the one holder of the office the
        // opening names with that surname.
        if let (surname, office) = label.chineseSurnameAndOffice {
            return unique(opening.holders(ofChineseOffice: office).filter { $0.first == surname })
        }
        // 「發展局局長：」, 「市長：」, 「助理處長（刑事）：」, 「總警司：」 under 「以下是發展局局長黃偉倫今日…」 or 「警務處助理處長
        // （刑事）程家樂與…總警司莫頌恩今日…」: an office printed alone, one that one person holds or more than a bare title
        // (「专家」 alone is any expert the opening mentions), is the one person the opening names right after it.
        if label.name == nil || label.name == label.text, label.outlet == nil, label.roleHint != .reporter, isChineseOfficeAlone(label.text), let name = unique(opening.holders(ofChineseOffice: label.text))
        {
            return name
        }
        // `Deputy Spokesperson:`, read as a name or not, is an office printed alone.
        let isLatinOffice = label.name == nil || label.name == label.text
            ? label.text.utf8.first.map({ $0 < 0x80 }) == true && CandidateReading.isTitleAlone(label.text) : false
        let isTitleOnly = SpeakerLexicon.titleOnlyLabels[label.text.uppercased()] != nil || isLatinOffice
        guard label.name == nil || isInitials(label.text) || isTitleOnly, label.outlet == nil else { return nil }
        if isInitials(label.text), let name = nameWithInitials(label.text, in: opening.texts) { return name }
        // `**Host:**` under `host: Owen Castellano`; `Guest:` under `guest: Dr. Priya Raman`.
        if let holder = opening.partHolders[label.text.lowercased()] { return holder }
        if let title = SpeakerLexicon.titleOnlyLabels[label.text.uppercased()] ?? SpeakerLexicon.titleOnlyLabels[label.text] {
            // `Chair Ellison`, or a hearing's `Hon. Margaret Ellison, Chair of the Committee, presiding`.
            return unique(title.phrases.flatMap(opening.holders(after:)))
                ?? unique(title.phrases.flatMap { phrase in opening.texts.flatMap { holders(before: ", " + phrase, in: $0) } })
                ?? unique(title.phrases.flatMap(opening.holders(overLineOpening:)))
        }
        // `Deputy Spokesperson:` under `…noon briefing by Marta Lindqvist, Deputy Spokesperson for the Secretary-General`,
        // or `Deputy Spokesperson Marta Lindqvist`.
        if isLatinOffice, let name = opening.holder(ofOffice: label.text) { return name }
        // 「董秘回复：」 under 「公司董事会秘书：邵明远」: the short form of an office is its one holder the opening names.
        if label.name == nil, let office = label.title, SpeakerLexicon.chineseOfficeAbbreviations.values.contains(office),
            let name = unique(opening.holders(ofChineseOffice: office))
        {
            return name
        }
        switch label.roleHint {
        case .moderator?:
            // `Chair:` under a committee's `Members present: Dame Harriet Coyle (Chair); Ben Hurst; …`, `Moderator:` under
            // a roster's `Jane Doe (Moderator)`: the one name the opening gives the role in brackets after it.
            // 「主持人：」 under 「由公視新聞主播沈佩蓉擔任主持人」.
            return unique(SpeakerLexicon.moderatorPhrases.flatMap(opening.holders(after:)))
                ?? unique(opening.texts.flatMap { holders(before: " (" + label.text + ")", in: $0) })
                ?? unique(opening.texts.flatMap { appointed(to: label.text, in: $0) })
        case .reporter?: return unique(SpeakerLexicon.interviewerPhrases.flatMap(opening.holders(after:)) + possessiveInterviewers(opening.texts))
        case .official?:
            var names = SpeakerLexicon.intervieweePhrases.flatMap(opening.holders(after:))
            if let title = opening.title {
                names += (headlineSpeaker(title) ?? headlineInterviewee(title, lead: opening.lead) ?? possessiveHeadlineSpeaker(title)).map { [$0] } ?? []
            }
            if names.isEmpty, opening.speakers.count == 1 { names = opening.speakers }
            return unique(names)
        default: return nil
        }
    }

    /// The one person a presiding line (``SpeakerLexicon/presidingLineKeys``) names, for a label a sitting's chair is
    /// printed under (``SpeakerLexicon/sittingChairLabels``).
    static func sittingChair(of label: SpeakerLabel, in opening: Opening) -> String? {
        guard label.outlet == nil, SpeakerLexicon.sittingChairLabels.contains(label.text.uppercased()) else { return nil }
        return unique(SpeakerLexicon.presidingLinePhrases.flatMap(opening.holders(after:)))
            ?? unique(opening.texts.flatMap(presidingHolders(in:)))
    }

    /// `President Valdivieso presiding,`, `Judge Amara Osei presiding`: a record's cover names its chair by their title,
    /// then their name, before the word; the name without the title.
    static func presidingHolders(in text: String) -> [String] {
        var result: [String] = []
        var searchStart = text.startIndex
        while let range = text[searchStart...].literalRange(of: SpeakerLexicon.presidingWord) {
            searchStart = range.upperBound
            let words = text[..<range.lowerBound].split(separator: " ").suffix(Thresholds.LabelReading.mostWordsInALatinName + 2)
            let capitalised = words.reversed().prefix { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || "-'’.".contains($0) } }
            let name = capitalised.reversed().drop { SpeakerLexicon.personTitleWords.contains($0.trimmingCharacters(in: ".").uppercased()) || SpeakerLexicon.englishTitles.contains($0.uppercased()) }
            // The title must be printed: a name alone before the word is a sentence's subject.
            guard !name.isEmpty, name.count < capitalised.count else { continue }
            result.append(name.joined(separator: " "))
        }
        return result
    }

    /// 「總警司」, 「助理處長（刑事）」, 「市長」: a Chinese office, its bracketed qualifier aside, that ends with a title and is
    /// either one that one person holds or more than the bare title (a rank or an organisation before it).
    static func isChineseOfficeAlone(_ text: String) -> Bool {
        var office = Substring(text)
        if office.last == "）" || office.last == ")", let open = office.lastIndex(where: { $0 == "（" || $0 == "(" }) { office = office[..<open] }
        guard !office.isEmpty, office.unicodeScalars.allSatisfy(\.properties.isIdeographic) else { return false }
        if SpeakerLexicon.singleHolderChineseOffices.contains(String(office)) { return true }
        return SpeakerLexicon.chineseTitles.contains { office.hasSuffix($0) && office.count > $0.count }
    }

    /// 「指揮官：」 and 「周組長：」 under front matter `speakers: 中央流行疫情指揮中心指揮官 張立德、…、疫情監測組組長 周育成`:
    /// the one listed speaker whose office the label prints, followed by their name, or the one whose office ends with
    /// the label's and whose name starts with its surname.
    private static func listedHolder(of label: SpeakerLabel, in opening: Opening) -> String? {
        guard !opening.speakers.isEmpty, label.outlet == nil, let first = label.text.first,
            label.text.unicodeScalars.allSatisfy(\.properties.isIdeographic)
        else { return nil }
        if let office = unique(opening.listedHolders(after: label.text)) { return office }
        guard SpeakerLexicon.chineseSurnames.contains(first), label.text.count >= 3 else { return nil }
        return unique(opening.listedHolders(after: String(label.text.dropFirst())).filter { $0.first == first })
    }

    fileprivate static func unique(_ names: [String]) -> String? {
        let distinct = Set(names)
        return distinct.count == 1 ? distinct.first : nil
    }

    /// `MSM`: two to four capitals, no other letters.
    static func isInitials(_ text: String) -> Bool {
        (2...Thresholds.LabelCandidate.longestInitials).contains(text.count) && text.allSatisfy { $0.isUppercase && $0.isASCII }
    }

    /// The one name in the texts whose words' initials spell `initials`: `M. S. Mahoney` for `MSM`.
    private static func nameWithInitials(_ initials: String, in texts: [String]) -> String? {
        var names = Set<String>()
        for text in texts {
            let words = text.split(whereSeparator: { " ,;:()’'\"".contains($0) })
            for start in words.indices {
                for length in 2...4 where start + length <= words.count {
                    let run = words[start..<(start + length)]
                    guard run.allSatisfy({ $0.first?.isUppercase == true }), String(run.compactMap(\.first)) == initials,
                        let last = run.last, last.count > 2
                    else { continue }
                    // `PIO` of `Dana Oyelaran, BFD Public Information Officer`, `ADG` of `Smt. Kavita Raghunathan, Additional
                    // Director General`: the initials of an office stand for its holder, named before the comma.
                    if run.contains(where: { SpeakerLexicon.personTitleWords.contains($0.trimmingCharacters(in: ".").uppercased()) }) {
                        if let holder = holder(before: run, in: text) { names.insert(holder) }
                        continue
                    }
                    names.insert(run.joined(separator: " "))
                }
            }
        }
        // `Dan Whitcombe` in the title and `HEAD COACH DAN WHITCOMBE` over his turns are one name, printed as the title does.
        let distinct = Dictionary(grouping: names, by: { $0.lowercased() })
        guard distinct.count == 1, let spellings = distinct.values.first else { return nil }
        return spellings.sorted().first { $0.contains(where: \.isLowercase) } ?? spellings.sorted().first
    }

    /// `Dana Oyelaran, BFD Public Information Officer` → `Dana Oyelaran`: the name before the comma that opens the
    /// office's phrase, an organisation of a few words perhaps between.
    private static func holder(before office: ArraySlice<Substring>, in text: String) -> String? {
        guard let start = text.literalRange(of: office.joined(separator: " "))?.lowerBound, let comma = text[..<start].lastIndex(of: ","),
            text[text.index(after: comma)..<start].split(separator: " ").count <= Thresholds.Affiliations.mostWordsBeforeAnOffice
        else { return nil }
        return nameEnding(text[..<comma])
    }

    /// `Professor M. S. Mahoney’s interview with Al Aho`: the possessive names the interviewer.
    private static func possessiveInterviewers(_ texts: [String]) -> [String] {
        texts.flatMap { text -> [String] in
            SpeakerLexicon.possessiveInterviewMarkers.compactMap { marker in
                guard let range = text.literalRange(of: marker) else { return nil }
                let before = text[..<range.lowerBound].split(separator: " ").suffix(3)
                let name = before.reversed().prefix { $0.first?.isUppercase == true }.reversed()
                return name.count >= 2 ? name.joined(separator: " ") : nil
            }
        }
    }

    /// 「周雪光：新型冠状病毒暴露了…」: a headline that quotes one named person.
    /// `Meet the candidates: Marisol Ibarra - U-T San Diego` over a lead that opens `Marisol Ibarra, 44, was first
    /// elected…`: the name a page's title closes on after a colon, its site's name aside, which the lead prints as well.
    private static func headlineInterviewee(_ title: String, lead: [String]) -> String? {
        guard let colon = title.lastIndex(of: ":") else { return nil }
        var name = Substring(title[title.index(after: colon)...])
        for separator in [" - ", " | ", " – ", " — "] {
            if let range = name.literalRange(of: separator) { name = name[..<range.lowerBound] }
        }
        let trimmed = name.trimmingCharacters(in: " ")
        // The lead's own words must print the name: a heading that repeats the title is no evidence.
        let topic = String(title[..<colon])
        guard trimmed.split(separator: " ").count >= 2, LabelParser.isLatinName(trimmed),
            lead.contains(where: { $0.containsLiteral(trimmed) && !$0.containsLiteral(topic) })
        else { return nil }
        return trimmed
    }

    private static func headlineSpeaker(_ title: String) -> String? {
        let lastPart = title.split(whereSeparator: { $0 == "|" || $0 == "｜" }).last.map(String.init) ?? title
        guard let colon = lastPart.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let name = lastPart[..<colon].trimmingCharacters(in: " ")
        return LabelParser.isChineseName(name) && name.first.map { SpeakerLexicon.chineseSurnames.contains($0) } == true ? name : nil
    }

    /// `Governor Sakamoto's Press Conference on October 30, 2025` → `Sakamoto`: the surname whose event the headline names
    /// (``SpeakerLexicon/ownedEventWords``), an office's capitalised words before it aside.
    static func possessiveHeadlineSpeaker(_ title: String) -> String? {
        for mark in ["'s ", "’s "] {
            guard let range = title.literalRange(of: mark),
                SpeakerLexicon.ownedEventWords.contains(where: { title[range.upperBound...].hasPrefix($0) }),
                let surname = title[..<range.lowerBound].split(separator: " ").last, surname.first?.isUppercase == true,
                surname.dropFirst().contains(where: \.isLowercase), !SpeakerLexicon.personTitleWords.contains(surname.uppercased())
            else { continue }
            return String(surname)
        }
        return nil
    }

    /// The names printed right after each occurrence of `phrase` in `text` (`lowered` is the text lower-cased),
    /// case aside.
    static func holders(after phrase: String, in text: String, lowered: String) -> [String] {
        var result: [String] = []
        var searchStart = lowered.startIndex
        while let range = lowered[searchStart...].literalRange(of: phrase.lowercased()) {
            searchStart = range.upperBound
            let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
            let after = text.dropFirst(offset)
            if let name = phrase.unicodeScalars.contains(where: { $0.properties.isIdeographic }) ? chineseName(after) ?? chineseNameAfterTitle(after) : latinName(after) {
                result.append(name)
            }
        }
        return result
    }

    /// 「答（曾）」 → 曾: a role word the lexicon knows, then a surname alone in brackets.
    static func bracketedSurname(_ text: String) -> Character? {
        guard text.last == "）" || text.last == ")", let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard inner.count == 1, let surname = inner.first, SpeakerLexicon.chineseSurnames.contains(surname),
            SpeakerLexicon.roleLabel(String(text[..<open])) != nil
        else { return nil }
        return surname
    }

    /// 「疾管署曾淑芬副署長」 → 曾淑芬 for 曾: the Chinese names that open with the surname and end the text, a clause or
    /// stand before an office (「副署長」, 「主任」).
    static func namesPrinted(startingWith surname: Character, in text: String) -> [String] {
        var result: [String] = []
        var index = text.startIndex
        while let found = text[index...].firstIndex(of: surname) {
            index = text.index(after: found)
            for length in [3, 2] {
                let name = text[found...].prefix(length)
                guard name.count == length, name.allSatisfy({ $0.unicodeScalars.first?.properties.isIdeographic == true }) else { continue }
                let after = text[name.endIndex...]
                let office = after.drop { SpeakerLexicon.chineseTitlePrefixes.contains($0) }
                if after.first.map({ !$0.isLetter }) ?? true || SpeakerLexicon.chineseTitles.contains(where: { office.hasPrefix($0) }) {
                    result.append(String(name))
                    break
                }
            }
        }
        return result
    }

    /// 「审判员邵明远担任审判长」, 「主播沈佩蓉擔任主持人」: the names printed right before 「担任」 and the office, a title
    /// perhaps before them.
    static func appointed(to office: String, in text: String) -> [String] {
        var result: [String] = []
        var searchStart = text.startIndex
        while let range = text[searchStart...].literalRange(of: "担任" + office) ?? text[searchStart...].literalRange(of: "擔任" + office) {
            searchStart = range.upperBound
            let before = text[..<range.lowerBound].suffix(3)
            for length in [3, 2] where before.count >= length {
                let name = String(before.suffix(length))
                if let surname = name.first, SpeakerLexicon.chineseSurnames.contains(surname), LabelParser.isChineseName(name) {
                    result.append(name)
                    break
                }
            }
        }
        return result
    }

    /// The names printed right before each occurrence of `phrase` in `text`: `Hon. Margaret Ellison, Chair of the
    /// Committee, presiding` → `Margaret Ellison` before `, Chair`. Capitalised words, an honorific dropped.
    static func holders(before phrase: String, in text: String) -> [String] {
        var result: [String] = []
        var searchStart = text.startIndex
        while let range = text[searchStart...].literalRange(of: phrase) {
            searchStart = range.upperBound
            // The phrase must end a word: `, Chair of`, not `, Chairs`.
            guard range.upperBound == text.endIndex || !text[range.upperBound].isLetter else { continue }
            if let name = nameEnding(text[..<range.lowerBound]) { result.append(name) }
        }
        return result
    }

    /// `DEPUTY GOVERNOR` → `Deputy Governor`: each word opened by a capital, the rest in small letters.
    static func capitalizedWords(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
            .joined(separator: " ")
    }

    /// The capitalised words that end `text`, an honorific dropped, when they are enough for a full name.
    private static func nameEnding(_ text: Substring) -> String? {
        let words = text.split(separator: " ").suffix(Thresholds.LabelEvidence.mostWordsInAPersonLabel)
        let name = words.reversed().prefix { word in
            word.first?.isUppercase == true && !SpeakerLexicon.isEnglishHonorific(word)
                && word.allSatisfy { $0.isLetter || "-'’".contains($0) }
        }.reversed()
        return name.count >= Thresholds.Affiliations.fewestWordsInAName ? name.joined(separator: " ") : nil
    }

    /// `Jane Smith MP, Canberra` → `Jane Smith`; `JANE SMITH` → `Jane Smith`; `Peter Asaro, IEEE` → `Peter Asaro`;
    /// `THE HON DANIEL KEARNEY MP` → `Daniel Kearney`.
    private static func latinName(_ text: Substring) -> String? {
        var words: [String] = []
        for word in withoutParliamentaryStyle(text.split(separator: " ")).prefix(4) {
            let bare = word.trimmingCharacters(in: ",;:")
            // `INTERVIEWER: Peter Asaro DATE: 16 September 2014`: a record's next field ends the name.
            if word.hasSuffix(":"), SpeakerLexicon.metadataKeys.contains(bare.uppercased()) { break }
            guard let first = bare.first, first.isUppercase, bare.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }),
                !SpeakerLexicon.nameStopWords.contains(bare.uppercased())
            else { break }
            let isShouted = bare.count > 1 && bare.allSatisfy { !$0.isLowercase }
            words.append(isShouted ? bare.prefix(1) + bare.dropFirst().lowercased() : bare)
            if bare.count != word.count && !bare.hasSuffix(".") { break }
        }
        while let last = words.last, last.hasSuffix(".") && last.count > 2 { words[words.count - 1] = String(last.dropLast()) }
        if words.count >= 2 { return words.joined(separator: " ") }
        // `President Biden`, `Governor Hochul`: a title names its holder by surname alone.
        guard let surname = words.first, surname.count >= 3, !SpeakerLexicon.englishTitles.contains(surname.uppercased()) else { return nil }
        return surname
    }

    /// A line that is a name and nothing else but a style and a post-nominal (`THE HON DANIEL KEARNEY MP`).
    fileprivate static func nameLine(_ line: String) -> String? {
        let words = withoutParliamentaryStyle(line.split(separator: " "))
        let named = words.prefix { !SpeakerLexicon.nameStopWords.contains($0.uppercased()) }
        guard words.dropFirst(named.count).allSatisfy({ SpeakerLexicon.postNominals.contains($0.uppercased()) }),
            (Thresholds.Affiliations.fewestWordsInAName...Thresholds.LabelEvidence.mostWordsInAPersonLabel).contains(named.count),
            let name = latinName(named.joined(separator: " ")[...]), name.split(separator: " ").count == named.count
        else { return nil }
        return name
    }

    /// The words after a Westminster style that opens them (`The Hon`, `The Rt Hon`, `Hon.`): a style is no part of
    /// the name, and `The` alone is not one (`Prime Minister The Cabinet met`).
    private static func withoutParliamentaryStyle(_ words: [Substring]) -> ArraySlice<Substring> {
        let style = words.prefix { SpeakerLexicon.parliamentaryStyleWords.contains($0.trimmingCharacters(in: ".").uppercased()) }
        guard style.contains(where: { $0.trimmingCharacters(in: ".").uppercased() != "THE" }) else { return words[...] }
        return words.dropFirst(style.count)
    }

    /// 「中国工程院院士杨振国」 → 「杨振国」: the name after the last title word the lexicon knows, in the few characters
    /// an organisation and its titles take.
    private static func chineseNameAfterTitle(_ text: Substring) -> String? {
        let window = text.prefix(Thresholds.LabelReading.longestChineseTitleBeforeAName)
        let ends = SpeakerLexicon.chineseTitles.compactMap { window.literalRange(of: $0, backwards: true)?.upperBound }
        guard let end = ends.max() else { return nil }
        if let name = chineseName(text[end...]) { return name }
        // 「研究員許文瀚，主持人為…」: the last title in reach may belong to the next clause; the first title a name follows.
        return Set(ends).sorted().lazy.compactMap { chineseName(text[$0...]) }.first
    }

    /// 「李家超接受訪問」 → 「李家超」: a surname and one or two characters, not a verb that follows the name.
    private static func chineseName(_ text: Substring) -> String? {
        // A two-character name may end a list's item (「董事会秘书 何婧；独立董事…」), not a clause (「专访时称，」).
        let opening = text.drop { $0 == " " || $0 == "\u{3000}" }
        let ideographs = opening.prefix { $0.unicodeScalars.first?.properties.isIdeographic == true }.prefix(3)
        let endsAListItem = ideographs.count == 2 && opening.dropFirst(2).first.map { $0 == "；" || $0 == "、" } == true
        let characters = Array(ideographs.count == 3 || endsAListItem ? ideographs : opening.prefix(3))
        guard characters.allSatisfy({ $0.unicodeScalars.first?.properties.isIdeographic == true }) else { return nil }
        // 「行政長官於行政會議前…」: 於 and 于 are surnames, but right after a title they say where, not who.
        guard characters.count >= 2, let surname = characters.first, SpeakerLexicon.chineseSurnames.contains(surname),
            !SpeakerLexicon.charactersAfterNames.contains(surname)
        else { return nil }
        if characters.count == 3, !SpeakerLexicon.charactersAfterNames.contains(characters[2]) { return String(characters) }
        return String(characters.prefix(2))
    }
}
