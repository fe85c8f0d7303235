/// How news outlets are named, so a bare 「央廣：」 or 「自由時報：」 label reads as a reporter.
enum OutletLexicon {
    /// Endings of outlet names.
    static let suffixes: [String] = [
        "报", "報", "报社", "報社", "日报", "日報", "晚报", "晚報", "时报", "時報", "新闻", "新聞", "通讯社", "通訊社",
        "电视台", "電視台", "電視", "电视", "卫视", "衛視", "广播", "廣播", "电台", "電台", "传媒", "傳媒", "媒体", "媒體",
        "周刊", "週刊", "杂志", "雜誌", "新闻网", "新聞網", "网", "網", "频道", "頻道", "社",
    ]

    /// Outlets whose names carry no such ending.
    static let names: Set<String> = [
        "新华社", "新華社", "中新社", "央视", "央視", "央广", "央廣", "总台", "總台", "人民网", "中央社", "公视", "公視",
        "台视", "台視", "中视", "中視", "华视", "華視", "民视", "民視", "三立", "东森", "東森", "年代", "TVBS", "非凡",
        "寰宇", "鏡週刊", "联合", "聯合", "中时", "中時", "自由", "苹果", "蘋果", "新唐人", "大纪元", "大紀元", "法广",
        "法廣", "德国之声", "德國之聲", "美国之音", "美國之音", "彭博", "路透", "路透社", "法新社", "美联社", "美聯社",
        "共同社", "日本放送協會", "日本放送协会", "自由亞洲", "自由亚洲", "DIGITIMES", "NHK", "CNN", "BBC", "CNBC", "AFP", "AP", "Reuters", "Bloomberg", "NBC", "ABC", "CBS", "NPR", "Fox",
        "Axios", "Politico", "Newsmax", "Univision", "Telemundo", "ITV", "Sky News", "Al Jazeera", "Yonhap", "Kyodo",
        // Japan's, at its ministries' press conferences (`Kojima, NHK:`).
        "Nikkei", "Jiji", "TBS", "NTV", "TV Asahi", "TV Tokyo", "NHK World",
        // News agencies, which international organisations' transcripts print as the asker's label (`EFE:`, `DPA:`).
        "EFE", "DPA", "ANSA", "TASS", "Xinhua", "Anadolu", "Interfax", "RIA Novosti", "Kyodo News", "Prensa Latina",
        "Europa Press", "APA", "Agence France-Presse", "Associated Press",
        // India's, at its central bank's and ministries' press conferences.
        "ET Now", "Times Now", "NDTV", "PTI", "ANI", "Mint", "The Hindu", "CNBC-TV18", "Moneycontrol", "Doordarshan", "DD News",
    ]

    /// English words that end an outlet's name: `Wall Street Journal`, `Associated Press`.
    static let englishEndings: [String] = [
        "Press", "News", "Times", "Post", "Journal", "Herald", "Tribune", "Network", "Radio", "Television", "TV",
        "Magazine", "Review", "Wire", "Daily", "Agency", "Media", "Report", "Bloomberg", "Reuters", "Politico",
        "Axios", "CNN", "CNBC", "NBC", "ABC", "CBS", "NPR", "Fox", "Marketplace", "Economist", "Insider",
        "Telegraph", "Guardian", "Monitor", "Street", "Barron's", "MarketWatch", "Yahoo Finance", "Finance",
        "Business", "Broadcasting", "Service", "Channel", "Gazette", "Observer", "Globe", "Sun", "Star", "Bulletin",
        "Standard", "Chronicle", "Courier", "Express", "Mail", "Independent", "BusinessLine", "Shimbun",
    ]

    /// How a reporter's name is followed by their outlet in a self-introduction, the longer first:
    /// `Chris Rugaber, Associated Press.`, `Howard Schneider with Reuters`, `Jane Doe from the Times`.
    static let connectors: [String] = [
        ", from the ", ", with the ", " from the ", " with the ", " at the ", " of the ", " here from ", ", ", " from ",
        " with ", " at ", " of ",
    ]

    /// Words between a reporter's name and their outlet in an introduction inside a question: `Owen Jensen with
    /// EWTN`, `Nick Timiraos of the Wall Street Journal`, `Rachel Siegel from the Washington Post`.
    static let introductionLinks: Set<String> = ["with", "from", "of"]

    /// Words of an outlet's name not written with a capital (`Voice of America`, `Dow Jones & Company`); an
    /// outlet's name never ends with one.
    static let lowercaseNameWords: Set<String> = ["of", "the", "&"]

    /// Whether a label is an outlet: a name the lexicon knows, or a Chinese name with an outlet's ending.
    static func isOutlet(_ label: String) -> Bool {
        if names.contains(label) { return true }
        let (shortest, longest) = (Thresholds.Outlets.shortestChineseOutlet, Thresholds.Outlets.longestChineseOutlet)
        guard label.count >= shortest, label.count <= longest else { return false }
        return suffixes.contains { label.hasSuffix($0) && label.count > $0.count }
    }

    /// `Chris Rugaber, Associated Press.` or `Howard Schneider with Reuters`: the outlet a reporter names
    /// right after their own name.
    static func selfIntroducedOutlet(name: String, in text: String) -> String? {
        let window = String(text.prefix(Thresholds.Outlets.longestIntroductionWindow))
        guard let range = caseInsensitiveRange(of: name, in: window) else { return nil }
        var rest = window[range.upperBound...]
        guard let connector = connectors.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(connector.count)
        let phrase = rest.prefix { !".,;!?—–(".contains($0) }
        var words: [Substring] = []
        for word in phrase.split(separator: " ") {
            guard let first = word.first, first.isUppercase || first.isNumber || lowercaseNameWords.contains(String(word)) else { break }
            words.append(word)
            if words.count == Thresholds.Outlets.mostWordsInAnOutlet { break }
        }
        while let last = words.last, lowercaseNameWords.contains(String(last)) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        let outlet = words.joined(separator: " ")
        // Early in the turn, "Edward Lawrence of Fox Business." is an introduction whatever the outlet.
        let early = window.distance(from: window.startIndex, to: range.lowerBound) <= Thresholds.Outlets.latestIntroductionStart
        return isEnglishOutlet(outlet) || early ? outlet : nil
    }

    /// `Reuters`, `Daily News`, `City Radio`: an outlet the lexicon knows, or English words ending as outlets' names do.
    /// `REUTERS`, `Kyodo`: an outlet's name the lexicon knows, in any case, as the lexicon spells it. Names that are
    /// also surnames (`Fox`, `Mint`) are left to the name's readers.
    static func knownName(_ label: String) -> String? {
        guard label.utf8.count <= longestNameBytes else { return nil }
        let upper = label.uppercased()
        guard let name = namesByUpperCase[upper], !surnameLikeNames.contains(name) else { return nil }
        return name
    }

    private static let namesByUpperCase = Dictionary(names.map { ($0.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
    private static let longestNameBytes = names.map(\.utf8.count).max() ?? 0
    /// Outlets' names (of ``names``) a person may bear as a surname.
    static let surnameLikeNames: Set<String> = ["Fox", "Mint"]

    static func isEnglishOutlet(_ name: String) -> Bool {
        names.contains(name) || englishEndings.contains { name.hasSuffix($0) }
    }

    /// The first place `name` appears in `text`, ignoring case.
    private static func caseInsensitiveRange(of name: String, in text: String) -> Range<String.Index>? {
        let wanted = name.map { $0.lowercased() }
        guard !wanted.isEmpty else { return nil }
        var start = text.startIndex
        while start < text.endIndex {
            var index = start
            var matched = 0
            while matched < wanted.count, index < text.endIndex, text[index].lowercased() == wanted[matched] {
                index = text.index(after: index)
                matched += 1
            }
            if matched == wanted.count { return start..<index }
            start = text.index(after: start)
        }
        return nil
    }
}
