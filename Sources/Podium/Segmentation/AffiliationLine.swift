/// Call transcripts name a speaker on one line and their affiliation on the next:
/// `David A. Helfand` / `Equity Commonwealth - President, CEO & Trustee`.
enum AffiliationLine {
    static let separators = [" - ", " – ", " — "]

    static func label(name: String, affiliation: String) -> SpeakerLabel? {
        guard LabelParser.isLatinName(name), name.split(separator: " ").count >= Thresholds.Affiliations.fewestWordsInAName,
            LabelParser.split(name, strongPrefix: nil) == nil, LabelParser.split(affiliation, strongPrefix: nil) == nil
        else { return nil }
        return label(header: affiliation, name: name)
    }

    /// A name and its `Organization - Title`, as a call transcript's header line prints them on one line:
    /// `Jane Public,  Acme Corp - CFO    [3]`.
    static func label(header affiliation: String, name: String) -> SpeakerLabel? {
        guard affiliation.count <= Thresholds.Affiliations.longestAffiliation,
            let separator = separators.first(where: { affiliation.containsLiteral($0) }),
            let range = affiliation.literalRange(of: separator)
        else { return nil }
        let organization = String(affiliation[..<range.lowerBound]).trimmingCharacters(in: " ")
        let title = String(affiliation[range.upperBound...]).trimmingCharacters(in: " ")
        guard !organization.isEmpty, !title.isEmpty, organization.first?.isUppercase == true,
            let last = title.last, !".?!:;—-–".contains(last), !organization.containsLiteral(":")
        else { return nil }
        let isAnalyst = SpeakerLexicon.analystWords.contains { title.containsLiteral($0) || organization.containsLiteral($0) }
        return SpeakerLabel(
            text: name, roleHint: isAnalyst ? .reporter : .official, name: name, title: title,
            organization: isAnalyst ? nil : organization, outlet: isAnalyst ? organization : nil)
    }
}
