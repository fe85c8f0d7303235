/// Where a transcript comes from and how it was read.
public struct Source: Codable, Hashable, Sendable {
    /// The document's title (front matter, `<title>`, `<h1>` or a `#` heading).
    public var title: String?
    /// The date of the event or the post, ISO 8601.
    public var date: String?
    /// The address of the original page.
    public var url: String?
    /// The publisher the text was taken from (「文章来源：财联社」).
    public var origin: String?
    /// Tags from the front matter.
    public var tags: [String]
    /// Categories from the front matter.
    public var categories: [String]
    /// The format the body was read as: `html`, `markdown` or `text`.
    public var format: String?
    /// The character encoding the bytes were decoded with.
    public var encoding: String?
    /// The transcript's language: `zh`, `zh-Hant` or `en`.
    public var language: String?

    /// Creates a source description.
    public init(
        title: String? = nil, date: String? = nil, url: String? = nil, origin: String? = nil,
        tags: [String] = [], categories: [String] = [], format: String? = nil, encoding: String? = nil,
        language: String? = nil
    ) {
        self.title = title
        self.date = date
        self.url = url
        self.origin = origin
        self.tags = tags
        self.categories = categories
        self.format = format
        self.encoding = encoding
        self.language = language
    }
}
