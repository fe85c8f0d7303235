/// Inline Markdown pieces.
enum MarkdownSpan {
    /// Strong emphasis around plain text. CommonMark only closes `**` after punctuation when
    /// punctuation or a space follows, so pass what comes next to get a space where one is needed.
    static func strong(_ text: String, before next: String = "") -> String {
        let escaped = MarkdownEscaper.line(text)
        guard !escaped.isEmpty else { return "" }
        var result = "**" + escaped + "**"
        if let last = text.last, isPunctuation(last), let following = next.first,
            !isPunctuation(following), !following.isWhitespace
        {
            result += " "
        }
        return result
    }

    /// Emphasis around plain text.
    static func emphasis(_ text: String) -> String {
        let escaped = MarkdownEscaper.line(text)
        return escaped.isEmpty ? "" : "*" + escaped + "*"
    }

    /// A link; the destination is written in angle brackets when it holds spaces or parentheses.
    static func link(_ text: String, to url: String) -> String {
        let destination: String
        if url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) {
            destination = "<" + url.replacingLiteral("<", with: "%3C").replacingLiteral(">", with: "%3E")
                .replacingLiteral(" ", with: "%20") + ">"
        } else {
            destination = url
        }
        return "[" + MarkdownEscaper.line(text) + "](" + destination + ")"
    }

    static func isPunctuation(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            scalar.properties.generalCategory.isPunctuationOrSymbol
        }
    }
}

extension Unicode.GeneralCategory {
    /// CommonMark's "punctuation character": Unicode P* and S* categories.
    fileprivate var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
