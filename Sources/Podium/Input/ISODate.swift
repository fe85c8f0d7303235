/// Dates as front matter writes them, turned into ISO 8601.
enum ISODate {
    /// `2022-04-19 10:45:38 +0800` → `2022-04-19T10:45:38+08:00`; `2021-01-20` stays as it is.
    static func normalize(_ value: String) -> String? {
        let parts = value.split(separator: " ")
        guard let day = parts.first, day.count == 10, day.dropFirst(4).first == "-" else { return value }
        guard parts.count >= 2 else { return String(day) }
        var result = "\(day)T\(parts[1])"
        if parts.count >= 3 {
            let zone = parts[2]
            if zone.count == 5, zone.first == "+" || zone.first == "-" {
                result += "\(zone.prefix(3)):\(zone.suffix(2))"
            } else {
                result += zone
            }
        }
        return result
    }
}
