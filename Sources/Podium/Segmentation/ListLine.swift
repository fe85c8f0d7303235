/// A line of a list of names: `蔣麗芸議員 , J.P.` after `鄧家彪議員` in a roll of members.
enum ListLine {
    /// Whether a short text opens with a Chinese name, title or outlet and says little after it.
    static func opensWithAName(_ text: String) -> Bool {
        guard text.hasLength(atMost: Thresholds.LabelEvidence.longestListLine) else { return false }
        let head = text.prefix { !" ,，、;；".contains($0) }
        guard head.unicodeScalars.first?.properties.isIdeographic == true else { return false }
        return ChineseNameShape.fits(head)
    }

    /// `* David Moritz, Chief Executive Officer` under `Company Participants`: a bulleted line with no colon is a list's
    /// entry, not a speaker's line.
    static func isBulletedEntry(_ line: String) -> Bool {
        guard let first = line.first, SpeakerLexicon.listBullets.contains(first), line.dropFirst().first == " " else { return false }
        return !line.contains(":") && !line.contains("：")
    }
}
