/// A HackMD signature closing a line: `words [name=kiang]`, `- [name=Huizhong] [time=Mon, Dec 7]`.
enum SignatureTag {
    /// The words before the signature (trailing dashes removed) and the name signed.
    static func trailing(_ line: String) -> (words: String, name: String)? {
        guard line.containsLiteral("[name=") else { return nil }
        var rest = Substring(line).trimmingCharacters(in: " \t")[...]
        // Other HackMD tags may follow the name: `[time=…]`, `[color=…]`.
        while rest.hasSuffix("]"), let open = rest.lastIndex(of: "["), !rest[open...].hasPrefix("[name=") {
            let tag = rest[open...]
            guard tag.hasPrefix("[time=") || tag.hasPrefix("[color=") else { return nil }
            rest = rest[..<open].trimmingCharacters(in: " ")[...]
        }
        let signed = String(rest)
        guard signed.hasSuffix("]"), let open = signed.literalRange(of: "[name=", backwards: true) else { return nil }
        let name = signed[open.upperBound..<signed.index(before: signed.endIndex)].trimmingCharacters(in: " ")
        guard !name.isEmpty, name.count <= Thresholds.LabelCandidate.longestLabel, !name.contains("]") else { return nil }
        let words = signed[..<open.lowerBound].trimmingCharacters(in: " -—–\t")
        return (words, name)
    }

    /// The signature as printed, which is the label: `[name=kiang]`.
    static func printed(_ name: String) -> String { "[name=\(name)]" }

    /// The name a printed signature signs.
    static func name(inPrinted label: String) -> String? {
        guard label.hasPrefix("[name="), label.hasSuffix("]") else { return nil }
        return String(label.dropFirst(6).dropLast())
    }
}
