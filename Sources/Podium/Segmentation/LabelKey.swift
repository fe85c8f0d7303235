/// A key line that defines a document's short labels: `記：現場採訪記者　蕭：蕭世和`,
/// `（問：記者；鄭：鄭某；李：李某）`; or a roster line that names who holds a role before the dialogue opens
/// (「主持人：本报记者 孙婷」, `Host: Jane Smith`). It is not a turn; the labels after it are the people it names.
struct LabelKey {
    /// The blocks that are key lines.
    var lines: [Int] = []
    /// Each short label and what the key says it stands for.
    var names: [String: String] = [:]
    /// The blocks whose label notes its short form (``AbbreviatedLabel``): the label and the words after it.
    var abbreviating: [Int: (label: String, printed: String, rest: String)] = [:]

    /// The key lines among the blocks: a line of two or more `X：Y` pairs whose short labels the document
    /// then uses as labels.
    static func find(in blocks: [LabeledBlock]) -> LabelKey {
        var key = LabelKey()
        var openings = Set<String>()
        for block in blocks {
            if let text = block.label?.text ?? block.candidate?.text { openings.insert(text) }
        }
        for (index, block) in blocks.enumerated() {
            guard let pairs = keyPairs(of: block), pairs.contains(where: { openings.contains($0.label) }) else { continue }
            key.lines.append(index)
            for pair in pairs where key.names[pair.label] == nil { key.names[pair.label] = pair.meaning }
        }
        // 「林正宏（以下簡稱林）：」 defines 「林：」 as a key line would.
        for (index, block) in blocks.enumerated() {
            guard let (label, short, printed, rest) = AbbreviatedLabel.split(block.block.text) else { continue }
            key.abbreviating[index] = (label, printed, rest)
            if key.names[short] == nil { key.names[short] = label }
        }
        // 「…主席馮志強（下稱馮）、…林詠欣（下稱林）出席」: a lead's words note each speaker's short form, near the top.
        for index in blocks.indices.prefix(Thresholds.LabelKey.openingBlocksNotingShortForms) where blocks[index].label == nil {
            for (short, name) in AbbreviatedLabel.definitions(in: blocks[index].block.text) where key.names[short] == nil {
                key.names[short] = name
            }
        }
        // `HM: Helen Marsh` / `TA: Tom Ashworth`: a key printed a pair a line, each label the initials of its name.
        for (index, initials, name) in initialsPairLines(in: blocks) where key.names[initials] == nil {
            key.lines.append(index)
            key.names[initials] = name
        }
        var rosterPeople: [String] = []
        for (index, meaning, under, person) in rosterLines(in: blocks) {
            guard let role = blocks[index].label?.text, key.names[role] == nil else { continue }
            key.lines.append(index)
            if let under { key.lines.append(under) }
            key.names[role] = meaning
            rosterPeople.append(person)
        }
        // A key line's own opening looks like a label; what it defines must be used by other blocks.
        let used = Set(blocks.indices.filter { !key.lines.contains($0) }.compactMap { blocks[$0].label?.text ?? blocks[$0].candidate?.text })
        // A roster's person may speak under their own name (`Moderator:` / `Shri Nitin Bhardwaj – …`, then `Nitin
        // Bhardwaj:`).
        if !key.names.keys.contains(where: used.contains) && !rosterPeople.contains(where: used.contains) { key = LabelKey() }
        // A listed key's initials open paragraphs of their own, no label read before the key is known.
        let listed = initialsList(in: blocks)
        var byInitials = LabelKey()
        for (initials, name) in listed.names where byInitials.names[initials] == nil { byInitials.names[initials] = name }
        let keyEnd = listed.lines.max() ?? blocks.endIndex
        guard blocks.indices.dropFirst(keyEnd + 1).contains(where: { byInitials.initialsOpening(blocks[$0]) != nil }) else { return key }
        key.lines += listed.lines
        for (initials, name) in byInitials.names where key.names[initials] == nil { key.names[initials] = name }
        return key
    }

    /// A key printed as a list under its heading, one speaker a line: `Speaker key:` / `AM Anna Moretti` / `JO Dr
    /// Jonas Okello` (the World Health Organization's press conferences). Its lines, and each speaker's initials and
    /// name; nothing when fewer than two lines follow the heading.
    static func initialsList(in blocks: [LabeledBlock]) -> (lines: [Int], names: [(initials: String, name: String)]) {
        guard let heading = blocks.indices.first(where: { isSpeakerKeyHeading(blocks[$0].block.text) }) else { return ([], []) }
        var lines = [heading]
        var names: [(String, String)] = []
        for index in blocks.indices.dropFirst(heading + 1) {
            let entries = blocks[index].block.text.split(separator: "\n").map(initialsEntry)
            guard !entries.isEmpty, entries.allSatisfy({ $0 != nil }) else { break }
            lines.append(index)
            names += entries.compactMap { $0 }
        }
        guard names.count >= Thresholds.LabelKey.fewestListedSpeakers else { return ([], []) }
        return (lines, names)
    }

    /// Lines of a key printed a pair a line with no heading (`HM: Helen Marsh` / `TA: Tom Ashworth` / `PL: Priya Lal`, as
    /// a broadcaster's transcript prints its key): two such lines or more in a row, each a label of capitals that are the
    /// initials of the name after it, which spells out nothing else.
    static func initialsPairLines(in blocks: [LabeledBlock]) -> [(index: Int, initials: String, name: String)] {
        var run: [(index: Int, initials: String, name: String)] = []
        var result: [(index: Int, initials: String, name: String)] = []
        for (index, block) in blocks.enumerated() {
            if let label = block.label?.text ?? block.candidate?.text, label.utf8.count <= Thresholds.LabelKey.longestInitials,
                let name = initialsPair(initials: label, words: block.text)
            {
                run.append((index, label, name))
                continue
            }
            if run.count >= Thresholds.LabelKey.fewestListedSpeakers { result += run }
            run = []
        }
        if run.count >= Thresholds.LabelKey.fewestListedSpeakers { result += run }
        return result
    }

    /// The name when `words` are a person's name whose words' first letters are `initials` (`HM`, `Helen Marsh`).
    private static func initialsPair(initials: String, words: String) -> String? {
        // Every short label is asked, most of them over a turn's words: the words' length turns those down first.
        guard initials.utf8.count >= 2, words.utf8.count <= Thresholds.LabelKey.longestLatinMeaning else { return nil }
        let name = words.trimmingCharacters(in: " ")
        let parts = name.split(separator: " ")
        guard initials.count >= 2, initials.allSatisfy({ $0.isASCII && $0.isUppercase }), parts.count == initials.count,
            LabelParser.isLatinName(name), String(parts.compactMap(\.first)) == initials
        else { return nil }
        return name
    }

    /// `Speaker key:` (``SpeakerLexicon/speakerKeyHeadings``). Every block is asked: its length and first letter turn
    /// most down before it is trimmed and lower-cased.
    static func isSpeakerKeyHeading(_ text: String) -> Bool {
        guard text.utf8.count <= SpeakerLexicon.longestSpeakerKeyHeading + 2, let first = text.utf8.first,
            SpeakerLexicon.speakerKeyHeadingInitials.contains(first | 0x20)
        else { return false }
        return SpeakerLexicon.speakerKeyHeadings.contains(text.trimmingCharacters(in: " :").lowercased())
    }

    /// `AM Anna Moretti` → `AM` and `Anna Moretti`: capitals standing for a name, then the name's capitalised
    /// words; a clock the line ran into (`GU Guilherme  00:00:12`) is no part of it.
    private static func initialsEntry(_ line: Substring) -> (initials: String, name: String)? {
        let words = line.split(separator: " ").filter { !Timestamp.isClock($0) }
        guard words.count >= 2, let initials = words.first,
            (1...Thresholds.LabelKey.longestInitials).contains(initials.count),
            initials.allSatisfy({ $0.isASCII && $0.isUppercase }),
            words.count - 1 <= Thresholds.LabelEvidence.mostWordsInAPersonLabel + 1,
            words.dropFirst().allSatisfy({ word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || ".'-’".contains($0) } })
        else { return nil }
        return (String(initials), words.dropFirst().joined(separator: " "))
    }

    /// A paragraph the initials of a listed key open (``initialsList(in:)``): `AM Hello and welcome…` → `AM` and the
    /// words. Only a paragraph no other label opens.
    func initialsOpening(_ block: LabeledBlock) -> (initials: String, rest: String)? {
        guard block.label == nil, let space = block.text.firstIndex(of: " "),
            case let initials = String(block.text[..<space]), initials.utf8.count <= Thresholds.LabelKey.longestInitials,
            names[initials] != nil, initials.allSatisfy({ $0.isASCII && $0.isUppercase })
        else { return nil }
        return (initials, block.text[block.text.index(after: space)...].trimmingCharacters(in: " "))
    }

    /// The block `initialsOpening` reads, labelled by the key.
    func labelingInitials(_ block: LabeledBlock) -> LabeledBlock? {
        guard let (initials, rest) = initialsOpening(block), let meaning = names[initials] else { return nil }
        var labeled = LabeledBlock(label: Self.label(text: initials, meaning: meaning), text: rest, block: block.block)
        labeled.time = block.time
        return labeled
    }

    /// Roster lines and what each says of its role: a role word's label (「主持人」, `Host`) whose words are only a
    /// person, perhaps after a title (「本报记者 孙婷」, `Jane Smith, City Radio`), printed before that role speaks,
    /// when the role or the person then speaks under a label of their own.
    static func rosterLines(in blocks: [LabeledBlock]) -> [(index: Int, meaning: String, under: Int?, person: String)] {
        // A roster comes before the dialogue: the lines read are those before the first label printed again.
        var seen = Set<String>()
        var rosters: [(index: Int, role: String, meaning: String, person: String, under: Int?)] = []
        for (index, block) in blocks.enumerated() {
            guard let text = block.label?.text ?? block.candidate?.text else { continue }
            guard seen.insert(text).inserted else { break }
            // Nor after a speaker has said more than a roster's line: `Mr Speaker: Mr Vikram Nair.` after the minister's
            // answer calls on a member.
            if block.label != nil, !block.text.hasLength(atMost: Thresholds.LabelKey.longestRosterLine),
                block.text.contains(where: { ".?!。？！".contains($0) })
            {
                break
            }
            guard let label = block.label, let role = label.roleHint, role != .unknown, SpeakerLexicon.roleLabel(label.text) != nil
            else { continue }
            // `Moderator:` over `Shri Nitin Bhardwaj – Chief General Manager, Reserve Bank of India`: the roster's
            // person on the next line.
            var words = block.text
            var under: Int?
            if words.isEmpty, index + 1 < blocks.count, blocks[index + 1].label == nil, blocks[index + 1].candidate == nil {
                words = blocks[index + 1].block.text
                under = index + 1
            }
            guard words.hasLength(atMost: under == nil ? Thresholds.LabelKey.longestLatinMeaning : Thresholds.LabelKey.longestLine),
                let person = person(in: words)
            else { continue }
            rosters.append((index, label.text, words, person.name, under))
        }
        guard !rosters.isEmpty else { return [] }
        // The role, or the person the roster names, then speaks under a label of its own.
        return rosters.filter { roster in
            blocks[(roster.index + 1)...].contains { block in
                guard let text = block.label?.text ?? block.candidate?.text else { return false }
                return text == roster.role || text == roster.person
            }
        }.map { ($0.index, $0.meaning, $0.under, $0.person) }
    }

    /// The person a roster line's words name, and the title before or after the name: 「本报记者 孙婷」 → 孙婷 and 本报记者,
    /// 「北京大学教授 赵明远」, `Jane Smith`, `Jane Smith, City Radio`. `nil` for words that say more than who.
    static func person(in words: String) -> (name: String, title: String?)? {
        guard !words.contains(where: { "。？！?!；;：:".contains($0) }) else { return nil }
        let parts = words.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        if let last = parts.last, last.unicodeScalars.allSatisfy({ $0.properties.isIdeographic }) {
            guard !words.contains("，") else { return nil }
            // The name closes the words, after a title the lexicon knows when one is printed with no blank between
            // (「本报记者孙婷」, 「北京大学国家发展研究院教授赵明远」); three characters are tried before two.
            for length in [3, 2] where last.count >= length {
                let name = String(last.suffix(length))
                let title = (parts.dropLast() + [String(last.dropLast(length))]).joined(separator: " ").trimmingCharacters(in: " ")
                guard let surname = name.first, SpeakerLexicon.chineseSurnames.contains(surname), LabelParser.isChineseName(name),
                    title.isEmpty || parts.count > 1
                        || (SpeakerLexicon.chineseTitles + SpeakerLexicon.reporterWords).contains(where: title.hasSuffix)
                else { continue }
                return (name, title.isEmpty ? nil : title)
            }
            return nil
        }
        // `Jane Smith` or `Jane Smith, City Radio`: two to four capitalised words, then what they are; an honorific may
        // open them and a dash close them (`Shri Nitin Bhardwaj – Chief General Manager, …`).
        let dash = AffiliationLine.separators.compactMap { words.literalRange(of: $0)?.lowerBound }.min()
        let comma = dash ?? words.firstIndex(of: ",") ?? words.endIndex
        let name = words[..<comma].split(separator: " ").drop { SpeakerLexicon.isEnglishHonorific($0) }
        guard (2...Thresholds.LabelEvidence.mostWordsInAPersonLabel).contains(name.count),
            name.allSatisfy({ word in word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isLetter || ".'-’".contains($0) } })
        else { return nil }
        let title = comma < words.endIndex ? words[words.index(after: comma)...].trimmingCharacters(in: " –—-,") : ""
        return (name.joined(separator: " "), title.isEmpty ? nil : title)
    }

    /// `記：現場採訪記者蕭：蕭世和` → [(記, 現場採訪記者), (蕭, 蕭世和)], `(Q: Reporter; JP: Jerome Powell)` →
    /// [(Q, Reporter), (JP, Jerome Powell)]: each colon ends a short label; what stands between it and the
    /// next label is its meaning.
    static func pairs(in text: String) -> [(label: String, meaning: String)]? {
        var characters = Array(text.trimmingCharacters(in: " *\u{3000}"))
        if let first = characters.first, let last = characters.last, (first == "（" && last == "）") || (first == "(" && last == ")") {
            characters = Array(characters.dropFirst().dropLast())
        }
        let colons = characters.indices.filter { characters[$0] == "：" || characters[$0] == ":" }
        guard colons.count >= 2 else { return nil }
        var labels: [Range<Int>] = []
        for colon in colons {
            guard let start = labelStart(before: colon, in: characters) else { return nil }
            labels.append(start..<colon)
        }
        guard labels.first?.lowerBound == 0 else { return nil }
        var pairs: [(String, String)] = []
        for (number, label) in labels.enumerated() {
            let end = number + 1 < labels.count ? labels[number + 1].lowerBound : characters.count
            guard end > label.upperBound + 1 else { return nil }
            let meaning = String(characters[(label.upperBound + 1)..<end]).trimmingCharacters(in: separators)
            let longest = characters[label.lowerBound].isASCII ? Thresholds.LabelKey.longestLatinMeaning : Thresholds.LabelKey.longestMeaning
            guard !meaning.isEmpty, meaning.count <= longest,
                !meaning.contains(where: { "。？！?!“”\"".contains($0) })
            else { return nil }
            pairs.append((String(characters[label]), meaning))
        }
        return pairs
    }

    /// A block's pairs when it is a key line: joined by colons (`（問：記者；鄭：鄭某）`), or by equals signs after the
    /// words that introduce them in a paragraph of no label (``equalsPairs(in:)``).
    private static func keyPairs(of block: LabeledBlock) -> [(label: String, meaning: String)]? {
        let text = block.block.text
        let bytes = text.utf8
        if bytes.count <= Thresholds.LabelKey.longestLine * 4, ColonProbe.hasColon(inFirst: 12, bytesOf: bytes),
            ColonProbe.colonCount(in: bytes, atLeast: 2), text.hasLength(atMost: Thresholds.LabelKey.longestLine),
            let pairs = pairs(in: text)
        {
            return pairs
        }
        // 「※發言代號：持＝主持人 呂佩華；主＝…」: the key's heading before a colon reads as a label.
        guard block.label.map({ isKeyHeading($0.text) }) ?? true, bytes.count <= Thresholds.LabelKey.longestLine * 8, let pairs = equalsPairs(in: text),
            text.hasLength(atMost: Thresholds.LabelKey.longestLine * 2)
        else { return nil }
        return pairs
    }

    /// `…经嘉宾审阅。文中 Q = 主持人赵一禾，A = 博士后林栖。`, 「（以下Q为媒体提问，李为制作人李牧之）」: a key whose pairs an
    /// equals sign or a 为 joins (``SpeakerLexicon/keyJoiners``), after the words that introduce it, read as
    /// ``pairs(in:)`` reads one joined by colons.
    ///
    /// Every block is asked: one where fewer than two joiners may join a pair is turned down on its bytes
    /// (``possibleJoiners(in:)``); ``equalsPairsReference(in:)`` reads every block, and `FastPathTests` holds the two
    /// equal.
    static func equalsPairs(in text: String) -> [(label: String, meaning: String)]? {
        guard possibleJoiners(in: text.utf8) >= 2 else { return nil }
        return equalsPairsReference(in: text)
    }

    /// How many joiners in the bytes may join a key's pair: every equals sign, and every 为 (為) after an ASCII letter or
    /// blank, or after a scalar that follows a separator, a bracket, the text's start or a key introduction's last
    /// ideograph; never fewer than ``equalsPairsReference(in:)`` finds, since a key has two pairs at least.
    static func possibleJoiners(in utf8: String.UTF8View) -> Int {
        utf8.withContiguousStorageIfAvailable(possibleJoiners(in:)) ?? possibleJoiners(in: Array(utf8)[...])
    }

    private static func possibleJoiners<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> Int where Bytes.Index == Int {
        var count = 0
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "=") || (index >= 2 && bytes[index - 2] == 0xEF && bytes[index - 1] == 0xBC && bytes[index] == 0x9D) {
                count += 1
                continue
            }
            // 为 is E4 B8 BA, 為 E7 82 BA.
            guard index >= 2, bytes[index] == 0xBA, (bytes[index - 2] == 0xE4 && bytes[index - 1] == 0xB8) || (bytes[index - 2] == 0xE7 && bytes[index - 1] == 0x82)
            else { continue }
            var before = index - 3
            while before >= 0, bytes[before] == 0x20 { before -= 1 }
            guard before >= 0 else { continue }
            if bytes[before] < 0x80 {
                count += 1
                continue
            }
            // The label's ideograph starts three bytes back; what stands before it decides.
            let labelStart = before - 2
            guard labelStart >= 0 else { continue }
            var previous = labelStart - 1
            while previous >= 0, bytes[previous] == 0x20 { previous -= 1 }
            if previous < 0 || bytes[previous] < 0x80 || previous < 2 {
                count += 1
                continue
            }
            let scalar = UInt32(bytes[previous - 2]) << 16 | UInt32(bytes[previous - 1]) << 8 | UInt32(bytes[previous])
            if scalarsBeforeAKeyLabel.contains(scalar) { count += 1 }
        }
        return count
    }

    /// ``equalsPairs(in:)`` read on the characters of any text.
    static func equalsPairsReference(in text: String) -> [(label: String, meaning: String)]? {
        let characters = Array(text)
        let joiners = characters.indices.filter { joinsPair(at: $0, in: characters) }
        guard let firstJoiner = joiners.first else { return nil }
        var labelEnd = firstJoiner
        while labelEnd > 0, characters[labelEnd - 1] == " " { labelEnd -= 1 }
        var labelStart = labelEnd
        while labelStart > 0, !separators.contains(characters[labelStart - 1]), !"。.：:（(".contains(characters[labelStart - 1]),
            !endsKeyIntroduction(characters[..<labelStart])
        {
            labelStart -= 1
        }
        guard labelStart < labelEnd else { return nil }
        // The joiners become colons, without the blanks around them; the closing period goes.
        var key: [Character] = []
        for (offset, character) in characters[labelStart...].enumerated() {
            let index = labelStart + offset
            if character == " ", (index + 1 < characters.count && joiners.contains(index + 1)) || (index > 0 && joiners.contains(index - 1)) {
                continue
            }
            key.append(joiners.contains(index) ? "：" : character)
        }
        while let last = key.last, "。. ）)".contains(last) { key.removeLast() }
        return pairs(in: String(key))
    }

    /// Whether the character at `index` joins a key's label to its meaning: an equals sign, or a 为 after a label that
    /// stands alone (one ideograph, or Latin initials, after a separator or the words that introduce the key), which
    /// the 为 of 因为 and 作为 is not (``SpeakerLexicon/wordsBeforeJoiningWei``).
    private static func joinsPair(at index: Int, in characters: [Character]) -> Bool {
        let character = characters[index]
        guard SpeakerLexicon.keyJoiners.contains(character) else { return false }
        if character == "=" || character == "＝" { return true }
        var end = index
        while end > 0, characters[end - 1] == " " { end -= 1 }
        var start = end
        if end > 0, characters[end - 1].unicodeScalars.first?.properties.isIdeographic == true {
            guard !SpeakerLexicon.wordsBeforeJoiningWei.contains(characters[end - 1]) else { return false }
            start = end - 1
        } else {
            while start > 0, characters[start - 1].isASCII, characters[start - 1].isUppercase { start -= 1 }
            guard start < end, end - start <= Thresholds.LabelKey.longestInitials else { return false }
        }
        var before = start
        while before > 0, characters[before - 1] == " " { before -= 1 }
        return before == 0 || separators.contains(characters[before - 1]) || "（(".contains(characters[before - 1])
            || endsKeyIntroduction(characters[..<before])
    }

    /// 「※發言代號」: a label that is a key's heading (``SpeakerLexicon/keyHeadings``). Every label is asked: its last
    /// scalar turns most down before any suffix is compared.
    private static func isKeyHeading(_ label: String) -> Bool {
        guard let last = label.unicodeScalars.last, keyHeadingEnds.contains(last), label.utf8.count <= Thresholds.LabelKey.longestKeyHeading * 4
        else { return false }
        return SpeakerLexicon.keyHeadings.contains { label.hasSuffix($0) }
    }

    private static let keyHeadingEnds = Set(SpeakerLexicon.keyHeadings.compactMap(\.unicodeScalars.last))

    /// Whether the characters end with the words that introduce a key (「以下」, 「文中」).
    private static func endsKeyIntroduction(_ characters: ArraySlice<Character>) -> Bool {
        SpeakerLexicon.keyIntroductions.contains { characters.reversed().starts(with: $0.reversed()) }
    }


    /// The three-byte scalars a key's label of one ideograph may follow (the separators, a bracket, the last ideograph of a
    /// key's introduction), packed into one number each, for ``possibleJoiners(in:)``.
    private static let scalarsBeforeAKeyLabel: Set<UInt32> = Set(
        (separators + "（下中文").unicodeScalars.compactMap { scalar -> UInt32? in
            let bytes = Array(String(scalar).utf8)
            guard bytes.count == 3 else { return nil }
            return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
        })

    /// What separates one pair of a key from the next.
    private static let separators = " ；;，,、\u{3000}"

    /// Where the short label before a key's colon starts: one ideograph (`蕭`), or Latin initials (`Q`,
    /// `JP`, `JP2`) after a separator, so that a word's last capitals are never taken for a label.
    private static func labelStart(before colon: Int, in characters: [Character]) -> Int? {
        guard colon > 0 else { return nil }
        if characters[colon - 1].unicodeScalars.first?.properties.isIdeographic == true { return colon - 1 }
        var start = colon
        while start > 0, characters[start - 1].isASCII, characters[start - 1].isUppercase || characters[start - 1].isNumber {
            start -= 1
        }
        guard start < colon, colon - start <= Thresholds.LabelKey.longestInitials, characters[start].isUppercase,
            start == 0 || separators.contains(characters[start - 1])
        else { return nil }
        return start
    }

    /// The speaker a short label stands for, when the key defines it.
    func label(for candidate: LabelCandidate) -> SpeakerLabel? {
        if let meaning = names[candidate.text] { return Self.label(text: candidate.text, meaning: meaning) }
        return reporterWithOutlet(candidate.text)
    }

    /// Whether the key defines the label, or a reporter's label it defines with a bracketed outlet after it.
    func defines(_ text: String) -> Bool {
        names[text] != nil || reporterWithOutlet(text) != nil
    }

    /// 「記（公視）：」 under 「記＝現場記者（括號內為媒體名稱）」: the key's reporter, the outlet in the brackets.
    private func reporterWithOutlet(_ text: String) -> SpeakerLabel? {
        guard let (short, note) = bracketed(text), let meaning = names[short] else { return nil }
        var label = Self.label(text: short, meaning: meaning)
        guard label.roleHint == .reporter, label.name == nil else { return nil }
        label.text = text
        label.outlet = note
        return label
    }

    /// 「記（公視）」 → 「記」 and 「公視」: a short label and a note in brackets after it.
    private func bracketed(_ text: String) -> (short: String, note: String)? {
        guard text.hasSuffix("）") || text.hasSuffix(")"), let open = text.firstIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let short = text[..<open].trimmingCharacters(in: " ")
        let note = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: " ")
        guard !short.isEmpty, !note.isEmpty, short.count <= Thresholds.LabelKey.longestInitials else { return nil }
        return (short, note)
    }

    /// A certain label the key also defines (`問：記者`, `DH:` read as the name Dh) takes the key's name when
    /// the key gives one.
    func resolving(_ block: LabeledBlock) -> LabeledBlock {
        // Cheapest first: most labels are none the key defines, and are told so before any text is lower-cased.
        guard let label = block.label, let meaning = names[label.text],
            label.name.map({ label.text.lowercased().contains($0.lowercased()) }) ?? true
        else { return block }
        var resolved = LabeledBlock(label: Self.label(text: label.text, meaning: meaning), text: block.text, block: block.block)
        resolved.time = block.time
        return resolved
    }

    private static func label(text: String, meaning: String) -> SpeakerLabel {
        // 「主持人：本报记者 孙婷」: a roster names who holds the role, which stays the label's.
        if let role = SpeakerLexicon.roleLabel(text), let person = person(in: meaning) {
            return SpeakerLabel(text: text, roleHint: role, name: person.name, title: person.title)
        }
        if let role = SpeakerLexicon.roleLabel(meaning) {
            // `(O: Operator; …)`: a host is called by the role word the key spells out, not by its letter; the label
            // stays as printed.
            return SpeakerLabel(text: text, roleHint: role, name: role == .moderator ? meaning : nil)
        }
        if SpeakerLexicon.reporterWords.contains(where: meaning.containsLiteral) {
            return SpeakerLabel(text: text, roleHint: .reporter)
        }
        // 「李为制作人李牧之」: the title the key prints before the name is the person's title.
        if meaning.unicodeScalars.first?.properties.isIdeographic == true, let person = person(in: meaning), let title = person.title {
            return SpeakerLabel(text: text, name: person.name, title: title)
        }
        return SpeakerLabel(text: text, name: meaning)
    }
}
