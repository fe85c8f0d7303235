extension TextEncoding {
    /// Reads an encoding name as HTML and XML declarations spell it.
    init?(label: String) {
        switch label.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf-16le", "utf16": self = .utf16le
        case "utf-16be": self = .utf16be
        case "gb18030", "gbk", "gb2312", "gb_2312-80", "x-gbk", "cp936", "euc-cn": self = .gb18030
        case "big5", "big5-hkscs", "cp950", "x-x-big5": self = .big5
        // The WHATWG encoding standard reads all of these labels as Windows-1252.
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii": self = .windows1252
        default: return nil
        }
    }
}
