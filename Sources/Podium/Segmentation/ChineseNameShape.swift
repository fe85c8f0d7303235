/// Whether a Chinese text has the shape of a speaker printed alone: a name (a surname and one to three
/// characters, or a familiar name: 「小满」), an outlet in title brackets, or words the label lexicon reads (a title, a role, 「…记者」).
enum ChineseNameShape {
    static func fits(_ text: Substring) -> Bool {
        let trimmed = String(text).trimmingCharacters(in: " \u{3000}")
        guard !trimmed.isEmpty, trimmed.count <= Thresholds.LabelCandidate.longestChineseNameAlone else { return false }
        if trimmed.hasPrefix("《") { return true }
        if SpeakerLexicon.roleLabel(trimmed) != nil { return true }
        if LabelParser.isChineseName(trimmed), let first = trimmed.first,
            SpeakerLexicon.chineseSurnames.contains(first) || (trimmed.count == 2 && SpeakerLexicon.familiarNamePrefixes.contains(first))
        {
            return true
        }
        return LabelParser.parseChinese(trimmed).map { !$0.isTentative } ?? false
    }
}
