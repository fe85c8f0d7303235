/// The shape of a document's body.
public enum InputFormat: String, CaseIterable, Codable, Sendable {
    /// An HTML page or fragment.
    case html
    /// Markdown, including Jekyll and Hexo posts whose body mixes Markdown and HTML.
    case markdown
    /// Plain text, paragraphs split by blank lines or line breaks.
    case text
}
