/// The units that make a number a key figure in a briefing: a number directly followed by one of
/// these (「6.5%」, 「2.6个百分点」, 「129.3万辆」, `$2.1 billion`, `12 percent`). Data, not logic.
enum KeyFigureLexicon {
    /// Units written right after the number, Chinese and symbols. Longer entries first is not needed:
    /// any entry that matches makes the sentence a key figure.
    static let wideUnits: [String] = [
        "%", "％", "‰", "个百分点", "個百分點", "百分点", "百分點", "万亿", "萬億", "亿", "億", "万", "萬", "千亿",
        "倍", "元", "美元", "欧元", "港元", "港币", "新台币", "新臺幣", "台币", "日元", "英镑", "吨", "噸", "公里",
        "千米", "平方公里", "平方米", "立方米", "千瓦", "兆瓦", "吉瓦", "千瓦时", "度电", "公顷", "亩", "畝",
        "人次", "架次", "车次", "標準箱", "标准箱",
        // Counted things: 「703家」, 「13.4万个」, 「61万款」, 「4811万户」.
        "家", "个", "個", "项", "項", "款", "户", "戶", "辆", "輛", "台", "座", "名", "件", "起", "例", "剂", "劑",
        "所", "艘", "批",
    ]

    /// Units written after the number and a space, English; matched as whole words, case-insensitively.
    static let latinUnits: [String] = [
        "percent", "per cent", "percentage point", "percentage points", "basis point", "basis points", "bps",
        "thousand", "million", "billion", "trillion", "times", "fold", "dollars", "euros", "yuan", "tons",
        "tonnes", "miles", "kilometers", "kilometres", "barrels", "gigawatts", "megawatts", "jobs",
        // Counted things: `900 bridges`, `100 days`, `15 executive actions`.
        "days", "weeks", "months", "people", "americans", "states", "countries", "shots", "doses", "vaccinations",
        "homes", "houses", "bridges", "acres", "structures", "households", "workers", "employees", "customers",
        "cases", "deaths", "troops", "executive actions", "executive orders", "students", "schools", "families",
        "businesses", "units", "square feet", "megawatt", "members",
    ]

    /// Currency signs written before the number: `$2.1`, `¥300`.
    static let currencySigns: Set<Character> = ["$", "¥", "€", "£", "￥"]

    /// Chinese numerals that can open a spelled-out figure (「一千万辆」, 「两倍」).
    static let chineseNumeralStarts: Set<Character> = ["一", "二", "两", "兩", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// Chinese numeral characters that can continue one.
    static let chineseNumerals: Set<Character> = [
        "〇", "零", "一", "二", "两", "兩", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "萬",
        "亿", "億",
    ]
    /// Units that make a spelled-out Chinese number a figure; 「万」 and 「亿」 inside the number count too.
    static let chineseNumeralUnits: [String] = ["倍", "个百分点", "個百分點", "万", "萬", "亿", "億"]
}
