/// The language of the words Podium prints around a transcript's text: headings, column names, labels.
///
/// By default it follows ``Source/language``, so a Chinese transcript gets Chinese headings;
/// pass one explicitly to force it.
public enum OutputLanguage: String, CaseIterable, Codable, Sendable {
    /// Simplified Chinese (`zh`).
    case simplifiedChinese = "zh"
    /// Traditional Chinese (`zh-Hant`).
    case traditionalChinese = "zh-Hant"
    /// English (`en`).
    case english = "en"

    /// The language for a code such as `zh`, `zh-Hans`, `zh-CN`, `zh-Hant`, `zh-TW` or `en-US`.
    public init?(code: String) {
        let lowered = code.lowercased().replacingLiteral("_", with: "-")
        if lowered == "zh-hant" || lowered.hasPrefix("zh-hant") || ["zh-tw", "zh-hk", "zh-mo"].contains(lowered) {
            self = .traditionalChinese
        } else if lowered == "zh" || lowered.hasPrefix("zh-") {
            self = .simplifiedChinese
        } else if lowered == "en" || lowered.hasPrefix("en-") {
            self = .english
        } else {
            return nil
        }
    }

    /// The language of a transcript: its ``Source/language``, or English when that is missing or unknown.
    public init(of transcript: Transcript) {
        self = transcript.source.language.flatMap(OutputLanguage.init(code:)) ?? .english
    }

    var lexicon: BriefingLexicon { BriefingLexicon.forLanguage(self) }
}

/// The name ``OutputLanguage`` had when only briefings used it.
@available(*, deprecated, renamed: "OutputLanguage")
public typealias BriefingLanguage = OutputLanguage
