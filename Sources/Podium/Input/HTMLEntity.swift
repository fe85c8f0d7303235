/// The character references that appear in scraped text.
enum HTMLEntity {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": " ", "emsp": " ",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "middot": "·", "times": "×", "copy": "©", "reg": "®", "deg": "°",
    ]

    static func decode(_ characters: [Character], from start: Int) -> (String, Int)? {
        guard let end = characters[start...].prefix(12).firstIndex(of: ";") else { return nil }
        let name = String(characters[(start + 1)..<end])
        if let value = named[name] { return (value, end + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let number = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let number, let scalar = Unicode.Scalar(number), number != 0 else { return nil }
        return (String(Character(scalar)), end + 1)
    }
}
