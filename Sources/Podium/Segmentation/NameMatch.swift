/// Whether a name printed alone is one a surer label gave in full.
enum NameMatch {
    /// `Jane Doe` is `Jane Doe`, `WALENSKY` and `Dr. WALENSKY` are `Walensky`, `Williams` is `John Williams`;
    /// `Fed's Williams` is not `Williams`: the short form must be the full name or its last words.
    static func names(_ full: String, shortForm: String) -> Bool {
        let full = words(full)
        let short = words(shortForm)
        guard !short.isEmpty, short.count <= full.count else { return false }
        return Array(full.suffix(short.count)) == short
    }

    private static func words(_ name: String) -> [String] {
        var words = name.lowercased().split(separator: " ").map(String.init)
        while words.count > 1, let first = words.first,
            SpeakerLexicon.isEnglishHonorific(first)
        {
            words.removeFirst()
        }
        return words
    }
}
