/// Comma-separated values as RFC 4180 describes them: CRLF between records, and a field quoted when
/// it holds a comma, a quote, a line break or leading or trailing spaces, with quotes doubled inside.
struct CSVWriter {
    private(set) var output = ""

    mutating func row(_ fields: [String]) {
        output += Self.record(fields) + "\r\n"
    }

    /// One record without its line break.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingLiteral("\"", with: "\"\"") + "\""
    }
}
