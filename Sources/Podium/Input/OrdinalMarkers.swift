/// Recognises one enumeration marker at a position in the text.
enum OrdinalMarkers {
    /// Families of markers that continue each other: 一是 follows 一是, 第二 follows 第一.
    enum Family: Hashable {
        case shi, di, sequence, parenthesised, enumerationComma, arabic, keycap, english, englishArticle

        /// The list a marker belongs to: "First, …" and "the second topic …" make one list.
        var list: Family { self == .englishArticle ? .english : self }
    }

    /// How a marker stands in its sentence, which decides what else it needs to be an item.
    enum Form: Hashable {
        /// A marker of its own: 一是, 第一，, `First,`, `Firstly,`, `First of all,`, `Number one,`, "The first is".
        case standalone
        /// An ordinal before a noun that names items (``OrdinalLexicon/itemNouns``): "the second question".
        case itemNoun
        /// An ordinal qualifying another noun, "The first study …": an item only where an ordinal next to it
        /// qualifies the same noun ("… The second study …"), never beside "the first gathering" alone.
        case qualifying(String)
        /// A bare number word, `one,`, or `Number one` without punctuation: an item only beside another English
        /// ordinal next to it ("One, … And second of all, …").
        case numberWord
        /// 「第一这个东西…，第二后续…」: a 第 ordinal run straight into its clause with no punctuation
        /// (``OrdinalLexicon/clauseOpenersAfterAnOrdinal``), or 「一個是…」 opening a spoken series: an item only beside
        /// another 第 ordinal next to it.
        case runOn
    }

    struct Match: Equatable {
        var family: Family
        /// 1-based; 0 for a closing word (最后, Finally) that continues whatever came before.
        var ordinal: Int
        /// The marker as printed, without punctuation: 「一是」, 「第一」, `1`, `First`.
        var marker: String
        /// Characters taken by the marker and the punctuation after it.
        var length: Int
        var form: Form = .standalone
        /// Read only in speech (`one,`, "a second question", 「首先是」, 「第二位」): no reason to refuse a speaker label.
        var spoken = false
        /// The marker ends in punctuation of its own (「第二，」, `Secondly,`): such a marker may open a list whose
        /// first item is unmarked.
        var punctuated = false
    }

    private static let numeralValues: [(String, Int)] = OrdinalLexicon.chineseNumerals.enumerated()
        .map { ($0.element, $0.offset + 1) }.sorted { $0.0.count > $1.0.count }

    static func startsWithMarker(_ text: String) -> Bool {
        match(Substring(text)).map { !$0.spoken } ?? false
    }

    /// Whether ``match(_:)`` can succeed on text whose first character starts with `scalar`, so scanners
    /// skip most positions without reading characters. Conservative: false only for ASCII and CJK scalars
    /// that are not marker initials; `FastPathTests` checks on the corpus that it never turns down a place where
    /// `match` reads a marker. Every branch there starts with a numeral,
    /// 第/关/關, a bracket, a digit, a sequence word, an uppercase letter, a determiner (`the`, `a`, `my`), `number`
    /// or a number word.
    static func mayStart(withScalar scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A: return true
        case 0x00...0x7F: return markerInitialScalars.contains(scalar)
        case 0x2000...0x206F, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF07, 0xFF09...0xFF0F, 0xFF1A...0xFF20:
            return markerInitialScalars.contains(scalar)
        default: return true
        }
    }

    /// ``mayStart(withScalar:)`` for an ASCII byte, read from a bit of ``asciiStarts``: the scans ask it of every word.
    static func mayStart(withASCII byte: UInt8) -> Bool {
        asciiStarts.contains(byte)
    }

    /// ``mayStart(withScalar:)`` of each ASCII scalar, a bit each.
    private static let asciiStarts = ASCIIByteSet(where: mayStart(withScalar:))

    private static let markerInitialScalars = ScalarList(scalars: markerInitials.compactMap(\.unicodeScalars.first))

    private static let markerInitials: Set<Character> = Set(
        ["关", "關", "第", "（", "(", "t", "n"] + OrdinalLexicon.chineseNumerals.compactMap(\.first)
            + OrdinalLexicon.chineseSequence.compactMap(\.word.first)
            + (OrdinalLexicon.englishOrdinals + OrdinalLexicon.englishClosers + OrdinalLexicon.englishNumberWords
                + OrdinalLexicon.englishDeterminers)
            .compactMap { $0.lowercased().first })

    /// The capital initials of the English words read at a word's start below (ordinals, closers, number
    /// words): a word that starts with another letter is none of them, and most sentences' first words are not.
    private static let englishWordInitials: Set<Character> = Set(
        (OrdinalLexicon.englishOrdinalAdverbs + OrdinalLexicon.englishOrdinals + OrdinalLexicon.englishClosers
            + OrdinalLexicon.englishNumberWords).compactMap { $0.first.map { Character($0.uppercased()) } })

    /// ``OrdinalLexicon/englishNumberWords`` as they open a sentence, capitalised once rather than per reading.
    private static let capitalisedNumberWords = withInitials(OrdinalLexicon.englishNumberWords.map(\.capitalized))

    // The lexicon's words with their first characters, worked out once rather than at every reading.
    private static let chineseSequenceWords = OrdinalLexicon.chineseSequence.compactMap { entry in
        entry.word.first.map { (initial: $0, word: entry.word, ordinal: entry.ordinal) }
    }
    private static let determiners = withInitials(OrdinalLexicon.englishDeterminers)
    private static let ordinalAdverbs = withInitials(OrdinalLexicon.englishOrdinalAdverbs)
    private static let ordinals = withInitials(OrdinalLexicon.englishOrdinals)
    private static let finalWord = OrdinalLexicon.englishClosingAdjective + " "
    /// "the first" … "the fifth", lower-cased once rather than on every reading.
    private static let articleOrdinals = OrdinalLexicon.englishOrdinals.prefix(5).map { $0.lowercased() }
    private static let closers = withInitials(OrdinalLexicon.englishClosers)

    private static func withInitials(_ words: [String]) -> [(initial: Character, word: String)] {
        words.compactMap { word in word.first.map { (initial: $0, word: word) } }
    }

    /// The most characters the English readings of ``match(_:)`` compare with a capitalised text: an adverb,
    /// closer or number word and its comma, an ordinal, `One ` and a verb and a blank.
    private static let longestCapitalisedReading: Int = {
        let withComma: [String] = OrdinalLexicon.englishOrdinalAdverbs + OrdinalLexicon.englishClosers + OrdinalLexicon.englishNumberWords
        let lengths: [Int] = withComma.map { $0.count + 1 } + OrdinalLexicon.englishOrdinals.map(\.count)
            + OrdinalLexicon.numberWordVerbs.map { "One ".count + $0.count + 1 }
        return lengths.max() ?? 0
    }()

    /// The marker at the start of `text`: words that open none are turned down on their bytes, English readings are
    /// made on bytes (``ASCIIMarkerReading``) where they decide, a Chinese numeral that opens a word on its scalars
    /// (``turnsDownNumeral(_:)``), and the rest on characters (``matchReference(_:)``).
    static func match(_ text: Substring) -> Match? {
        if turnsDown(text.utf8) { return nil }
        if let reading = ASCIIMarkerReading.match(text) { return reading }
        if turnsDownNumeral(text) { return nil }
        return matchReference(text)
    }

    /// Whether the text opens with a Chinese numeral that ``matchReference(_:)`` reads as no marker: one followed by
    /// none of ``numeralMarkerFollowers``, as most 一 of running text are (一些, 一个, 一下). Told on scalars where the
    /// one after the numeral is a whole character, which starts the character after it; `FastPathTests` holds it to
    /// the reading on characters.
    static func turnsDownNumeral(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let numerals = numeralEntriesByInitial[first],
            let numeral = numerals.first(where: { scalars.starts(with: $0.scalars) })
        else { return false }
        guard let next = scalars.dropFirst(numeral.scalars.count).first else { return true }
        return next.isWholeCharacter && !numeralMarkerFollowers.contains(next)
    }

    /// The characters after which ``matchReference(_:)`` reads a Chinese numeral as a marker: 「一是」, 「二、」, 「三．」,
    /// 「一，」 in speech, 「一個是」.
    private static let numeralMarkerFollowers: Set<Unicode.Scalar> = ["是", "、", "．", "，", "個", "个"]

    /// Whether text that opens with these bytes holds no marker for ``matchReference(_:)``, told from its first
    /// words: a word of ASCII letters that opens no English reading, or a determiner not followed by a word an
    /// article reading takes ("The president said …"). It reads only the first two words, so scanners may ask it
    /// before cutting the text to ``match(_:)``'s window.
    static func turnsDown<Bytes: Collection<UInt8>>(_ utf8: Bytes) -> Bool {
        guard let opening = utf8.first, opening.isASCIILetter else { return false }
        guard let word = PackedWords.pack(utf8), englishMarkerWordsPacked.contains(word) else { return true }
        return determinersPacked.contains(word) && !opensArticleReading(afterDeterminerOf: utf8)
    }

    /// The determiners of ``OrdinalLexicon/englishDeterminers``.
    static let determinersPacked = PackedWords(OrdinalLexicon.englishDeterminers)

    /// The words that may follow a determiner in a reading (`first` … `fifth`, `final`).
    static let articleFollowersPacked = PackedWords(articleOrdinals + [OrdinalLexicon.englishClosingAdjective])

    /// Whether the word after the opening determiner, past one space, is one the article readings take; case aside,
    /// so it says yes to more than they read.
    private static func opensArticleReading<Bytes: Collection<UInt8>>(afterDeterminerOf utf8: Bytes) -> Bool {
        let rest = utf8.drop { $0.isASCIILetter }
        guard rest.first == UInt8(ascii: " "), let next = PackedWords.pack(rest.dropFirst()) else { return false }
        return articleFollowersPacked.contains(next)
    }

    /// Every English reading below opens with one of these words, in lower case: an article, `number`, an
    /// ordinal, an ordinal adverb, a closer's first word, a number word.
    static let englishMarkerWords: Set<String> = Set(
        (OrdinalLexicon.englishDeterminers + ["Number"] + OrdinalLexicon.englishOrdinals + OrdinalLexicon.englishOrdinalAdverbs
            + OrdinalLexicon.englishClosers + OrdinalLexicon.englishNumberWords)
            .compactMap { $0.split(separator: " ").first?.lowercased() })

    /// ``englishMarkerWords`` packed, so that a text's first word is looked up without building a string.
    /// `LexiconTests` holds that every word packs.
    static let englishMarkerWordsPacked = PackedWords(englishMarkerWords)

    /// ``match(_:)`` without its shortcut for a text whose first word is no marker word: the plain version the
    /// shortcut is held to.
    static func matchReference(_ text: Substring) -> Match? {
        guard let first = text.first else { return nil }
        // 1️⃣ 2️⃣ 3️⃣: the keycap emoji with which social posts and 公众号 notes number their items.
        if let value = keycapValue(first) {
            return Match(family: .keycap, ordinal: value, marker: String(first), length: 1)
        }
        // 关于第一个问题: the marker is the ordinal noun phrase.
        if first == "关" || first == "關", text.hasPrefix("关于第") || text.hasPrefix("關於第") {
            if var inner = match(text.dropFirst(2)), inner.family == .di, inner.marker.count > 2 {
                inner.length += 2
                return inner
            }
        }
        if first == "第", let (value, numeralLength) = numeral(text.dropFirst()) {
            let after = text.dropFirst(1 + numeralLength)
            for noun in OrdinalLexicon.ordinalNouns where after.hasPrefix(noun) {
                if OrdinalLexicon.ordinalNounsBeforeAClause.contains(noun),
                    !(after.dropFirst(noun.count).first.map(OrdinalLexicon.clauseOpenersAfterAnOrdinalNoun.contains) ?? false)
                {
                    return nil
                }
                let markerText = String(text.prefix(1 + numeralLength)) + noun
                let punctuation = after.dropFirst(noun.count).first.map(isPunctuation) == true ? 1 : 0
                return Match(
                    family: .di, ordinal: value, marker: markerText, length: markerText.count + punctuation,
                    spoken: OrdinalLexicon.spokenOrdinalNouns.contains(noun))
            }
            guard let follower = after.first else { return nil }
            if OrdinalLexicon.clauseOpenersAfterAnOrdinal.contains(follower) {
                return Match(
                    family: .di, ordinal: value, marker: String(text.prefix(1 + numeralLength)), length: 1 + numeralLength,
                    form: .runOn, spoken: true)
            }
            guard OrdinalLexicon.ordinalFollowers.contains(follower) else { return nil }
            let consumesFollower = isPunctuation(follower)
            if follower == "是" || follower == "个" || follower == "個" {
                return Match(family: .di, ordinal: value, marker: String(text.prefix(2 + numeralLength)), length: 2 + numeralLength)
            }
            if !consumesFollower { return nil }
            return Match(family: .di, ordinal: value, marker: String(text.prefix(1 + numeralLength)), length: 2 + numeralLength, punctuated: true)
        }
        if let (value, numeralLength) = numeral(text) {
            let after = text.dropFirst(numeralLength)
            if after.first == "是" {
                // 「一是一、二是二」: "one is one, two is two", an idiom (what is right is right), not a list.
                if after.dropFirst().hasPrefix(text.prefix(numeralLength)) { return nil }
                return Match(family: .shi, ordinal: value, marker: String(text.prefix(numeralLength + 1)), length: numeralLength + 1)
            }
            if after.first == "、" || after.first == "．" {
                return Match(family: .enumerationComma, ordinal: value, marker: String(text.prefix(numeralLength)), length: numeralLength + 1)
            }
            // 「兩個問題：一個是Uber…；第二個問題是…」: the first of a spoken series, an item only beside 第二個.
            if value == 1, after.hasPrefix("個是") || after.hasPrefix("个是") {
                return Match(
                    family: .di, ordinal: 1, marker: String(text.prefix(numeralLength + 1)), length: numeralLength + 1, form: .runOn,
                    spoken: true)
            }
            // 「一，…。二，…」 said rather than written: read only where a sentence starts.
            if after.first == "，" {
                return Match(
                    family: .enumerationComma, ordinal: value, marker: String(text.prefix(numeralLength)), length: numeralLength + 1,
                    spoken: true)
            }
            return nil
        }
        if first == "（" || first == "(" {
            let inner = text.dropFirst()
            if let (value, length) = numeral(inner), let close = inner.dropFirst(length).first, close == "）" || close == ")" {
                return Match(family: .parenthesised, ordinal: value, marker: "（\(inner.prefix(length))）", length: length + 2)
            }
            let digits = inner.prefix { $0.isASCII && $0.isNumber }
            if (1...2).contains(digits.count), let close = inner.dropFirst(digits.count).first, close == "）" || close == ")",
                let value = Int(digits)
            {
                return Match(family: .parenthesised, ordinal: value, marker: "（\(digits)）", length: digits.count + 2)
            }
            return nil
        }
        if first.isASCII && first.isNumber {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count), let value = Int(digits) else { return nil }
            let after = text.dropFirst(digits.count)
            guard let punctuation = after.first, punctuation == "." || punctuation == "、" || punctuation == "．" || punctuation == ")" else {
                return nil
            }
            // 1.5 is a number, not a marker.
            if let next = after.dropFirst().first, next.isNumber { return nil }
            return Match(family: .arabic, ordinal: value, marker: String(digits), length: digits.count + 1)
        }
        for (initial, word, value) in chineseSequenceWords where initial == first && text.hasPrefix(word) {
            guard let next = text.dropFirst(word.count).first, OrdinalLexicon.chineseSequenceFollowers.contains(next) else {
                return nil
            }
            let punctuation = isPunctuation(next)
            return Match(family: .sequence, ordinal: value, marker: word, length: word.count + (punctuation ? 1 : 0), spoken: !punctuation)
        }
        // "The first question is …, the second question is …", "The first is …", "a second question": the ordinal
        // after an article, and the word after it says what it does (``Form``).
        for (initial, article) in determiners where initial == first && text.hasASCIIPrefix(article) {
            let rest = text.dropFirst(article.count)
            // "a second question", "my second question": only before a noun that names items.
            let itemNounOnly = article != "The " && article != "the "
            for (offset, word) in articleOrdinals.enumerated()
            where rest.hasASCIIPrefix(word) && (rest.dropFirst(word.count).first == " " || rest.dropFirst(word.count).first == ",") {
                let noun = String(rest.dropFirst(word.count + 1).prefix { $0.isLetter || $0 == "-" })
                // "The second, if we get to that point, …": the ordinal stands for the item (where a sentence opens or
                // after a lead-in only, ``PointExtractor``).
                if !itemNounOnly, rest.dropFirst(word.count).first == "," {
                    return Match(
                        family: .englishArticle, ordinal: offset + 1, marker: word, length: article.count + word.count + 1,
                        punctuated: true)
                }
                // "the first one is who you are": `one` stands for the item, as "the first is" does.
                if noun == "one", !itemNounOnly, case let after = rest.dropFirst(word.count + 1 + noun.count), after.first == " ",
                    OrdinalLexicon.pronounFollowers.contains(String(after.dropFirst().prefix { $0.isLetter }))
                {
                    return Match(
                        family: .englishArticle, ordinal: offset + 1, marker: word, length: article.count + word.count,
                        form: .standalone)
                }
                guard let next = noun.first, next.isLowercase, !OrdinalLexicon.nonEnumeratingNouns.contains(noun),
                    !OrdinalLexicon.englishNumberWords.contains(noun)
                else { return nil }
                let form: Form
                if OrdinalLexicon.itemNouns.contains(noun) {
                    form = .itemNoun
                } else if itemNounOnly {
                    return nil  // "a second dose", "my first visit"
                } else if OrdinalLexicon.pronounFollowers.contains(noun) {
                    form = .standalone
                } else {
                    form = .qualifying(noun)
                }
                return Match(
                    family: .englishArticle, ordinal: offset + 1, marker: word, length: article.count + word.count,
                    form: form, spoken: itemNounOnly)
            }
            // "The final point that I will make": the closing word of a list, before a noun that names items.
            if rest.hasASCIIPrefix(finalWord), OrdinalLexicon.itemNouns.contains(String(rest.dropFirst(finalWord.count).prefix { $0.isLetter })) {
                return Match(
                    family: .englishArticle, ordinal: 0, marker: String(rest.prefix(finalWord.count - 1)),
                    length: article.count + finalWord.count - 1, form: .itemNoun)
            }
            break
        }
        if first == "N" || first == "n", text.hasASCIIPrefix("Number ") || text.hasASCIIPrefix("number ") {
            let word = text.dropFirst(7).prefix { $0.isLetter }
            if let index = OrdinalLexicon.englishNumberWords.firstIndex(of: word.lowercased()) {
                let after = text.dropFirst(7 + word.count)
                let punctuated = after.first.map { ",:".contains($0) } == true
                return Match(
                    family: .english, ordinal: index + 1, marker: String(text.prefix(7)) + word, length: 7 + word.count + (punctuated ? 1 : 0),
                    form: punctuated ? .standalone : .numberWord)
            }
        }
        if first.isLetter, first.isASCII, case let initial = Character(first.uppercased()), englishWordInitials.contains(initial) {
            // "First, …" opens a sentence; "…, second, …" may sit inside one.
            // Only as much of the text as the longest word read below: a whole paragraph is not copied per reading.
            let capitalised = Substring(first.uppercased() + text.dropFirst().prefix(longestCapitalisedReading))
            for (offset, (wordInitial, word)) in ordinalAdverbs.enumerated() where wordInitial == initial && capitalised.hasASCIIPrefix(word + ",") {
                return Match(family: .english, ordinal: offset + 1, marker: String(text.prefix(word.count)), length: word.count + 1, punctuated: true)
            }
            for (offset, (wordInitial, word)) in ordinals.enumerated() where wordInitial == initial && capitalised.hasASCIIPrefix(word) {
                let after = text.dropFirst(word.count)
                let printed = String(text.prefix(word.count))
                if after.hasASCIIPrefix(",") {
                    return Match(family: .english, ordinal: offset + 1, marker: printed, length: word.count + 1, punctuated: true)
                }
                // "First of all, …", "And second of all, …": the words belong to the marker.
                if after.hasASCIIPrefix(" of all,") {
                    return Match(family: .english, ordinal: offset + 1, marker: String(text.prefix(word.count + 7)), length: word.count + 8)
                }
                // "And then second topic is …": an ordinal before a noun that names items; "Second is on wages.": one
                // that stands for the item.
                if after.hasASCIIPrefix(" ") {
                    let noun = String(after.dropFirst().prefix { $0.isLetter || $0 == "-" })
                    if OrdinalLexicon.itemNouns.contains(noun) {
                        return Match(family: .english, ordinal: offset + 1, marker: printed, length: word.count + 1, form: .itemNoun, spoken: true)
                    }
                    if OrdinalLexicon.pronounFollowers.contains(noun) {
                        return Match(family: .english, ordinal: offset + 1, marker: printed, length: word.count + 1, spoken: true)
                    }
                }
                return nil
            }
            for (wordInitial, word) in closers where wordInitial == initial && capitalised.hasASCIIPrefix(word + ",") {
                return Match(family: .english, ordinal: 0, marker: word, length: word.count + 1)
            }
            // "… and finally a link to the episode": said without its comma, the closing word of a spoken list.
            for (wordInitial, word) in closers where wordInitial == initial && !word.hasPrefix("And") && capitalised.hasASCIIPrefix(word + " ") {
                return Match(family: .english, ordinal: 0, marker: String(text.prefix(word.count)), length: word.count, spoken: true)
            }
            // "One, can we expect …? And second of all, …": a number word said as a marker.
            for (offset, word) in OrdinalLexicon.englishNumberWords.enumerated()
            where capitalisedNumberWords[offset].initial == initial && capitalised.hasASCIIPrefix(capitalisedNumberWords[offset].word + ",") {
                return Match(
                    family: .english, ordinal: offset + 1, marker: String(text.prefix(word.count)), length: word.count + 1, form: .numberWord,
                    spoken: true)
            }
            // "One is a very basic one. … The second question is …": `is` stays in the item's text.
            for verb in OrdinalLexicon.numberWordVerbs where initial == "O" && capitalised.hasASCIIPrefix("One " + verb + " ") {
                return Match(family: .english, ordinal: 1, marker: String(text.prefix(3)), length: 4, form: .numberWord, spoken: true)
            }
        }
        return nil
    }

    /// The number a keycap emoji shows: a digit, the emoji variation selector where printed, and the enclosing keycap
    /// (U+20E3); or the one keycap ten (U+1F51F). Keycap zero and `#`, `*` number nothing.
    private static func keycapValue(_ character: Character) -> Int? {
        let scalars = Array(character.unicodeScalars)
        if scalars == [keycapTen] { return 10 }
        guard scalars.last == enclosingKeycap, let digit = scalars.first, (0x31...0x39).contains(digit.value),
            scalars.count == 2 || (scalars.count == 3 && scalars[1] == emojiPresentation)
        else { return nil }
        return Int(digit.value - 0x30)
    }

    private static let enclosingKeycap: Unicode.Scalar = "\u{20E3}"
    private static let emojiPresentation: Unicode.Scalar = "\u{FE0F}"
    private static let keycapTen: Unicode.Scalar = "\u{1F51F}"

    private static func numeral(_ text: Substring) -> (Int, Int)? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let numerals = numeralEntriesByInitial[first] else { return nil }
        for numeral in numerals where scalars.starts(with: numeral.scalars) {
            // Numerals are whole characters; a mark joined to the last one makes a different character.
            let next = scalars.dropFirst(numeral.scalars.count).first
            if next == nil || next?.isWholeCharacter == true || text.hasPrefix(numeral.text) { return (numeral.value, numeral.text.count) }
        }
        return nil
    }

    /// ``numeralValues`` by their first scalar, in their order (the longest first), each with its scalars: a text is
    /// compared only with the numerals that open as it does.
    private static let numeralEntriesByInitial: [Unicode.Scalar: [(text: String, scalars: [Unicode.Scalar], value: Int)]] = Dictionary(
        grouping: numeralValues.compactMap { numeral, value in
            numeral.unicodeScalars.isEmpty ? nil : (text: numeral, scalars: Array(numeral.unicodeScalars), value: value)
        },
        by: { $0.scalars[0] })

    private static func isPunctuation(_ character: Character) -> Bool {
        "，、：,:．.".contains(character)
    }
}
