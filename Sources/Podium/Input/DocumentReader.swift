/// Text in, blocks and what the document says about itself out.
struct DocumentReader {
    var source = Source()
    var summary: String?
    var title: String?
    /// The front matter's `speakers:` list.
    var speakers: [String] = []
    /// The front matter's fields that name who plays a part (`host: Owen Castellano`, `guest: Dr. Priya Raman`),
    /// by the part's word as the field prints it.
    var partHolders: [String: String] = [:]
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []

    /// `observer` is told of the blocks of HTML and Markdown bodies as they are read, in order.
    static func read(_ text: String, format forced: InputFormat?, observer: (any BlockObserver)? = nil) -> DocumentReader {
        var reader = DocumentReader()
        let (matter, escapedBody) = FrontMatter.split(PresentationColons.normalize(LineEndings.normalize(text)))
        let body = EscapedHTML.unescapeIfEscaped(escapedBody)
        let hasFrontMatter = !matter.fields.isEmpty || !matter.lists.isEmpty
        let format = forced ?? FormatDetector.detect(body, hasFrontMatter: hasFrontMatter)
        var heading: String?
        switch format {
        case .html:
            let html = HTMLBlockReader.read(body, observer: observer)
            reader.blocks = html.blocks
            reader.diagnostics += html.diagnostics
            // A page title is often the headline plus the site's name (「…发布会_海川市人民政府」): keep the headline.
            if let title = html.title, let headline = html.firstHeading, title.contains(headline) {
                heading = headline
            } else {
                heading = html.title ?? html.firstHeading
            }
        case .markdown:
            let markdown = MarkdownBlockReader.read(body, observer: observer)
            reader.blocks = markdown.blocks
            reader.summary = markdown.summary
            heading = markdown.firstHeading
        case .text:
            reader.blocks = PlainTextBlockReader.read(body)
        }
        reader.speakers = matter.list("speakers")
        for (key, value) in matter.fields where SpeakerLexicon.frontMatterParts.contains(key.lowercased()) && !value.isEmpty {
            reader.partHolders[key.lowercased()] = value
        }
        reader.title = matter["title"].map { $0.replacingLiteral("\u{A0}", with: " ") } ?? heading
        reader.source = Source(
            title: reader.title,
            date: (matter["date"] ?? matter["published_time"]).flatMap(ISODate.normalize),
            url: matter["source_url"] ?? matter["url"] ?? matter["link"] ?? matter["permalink"],
            origin: matter["source"] ?? matter["origin"],
            tags: matter.list("tags"),
            categories: matter.list("categories") + matter.list("category"),
            format: format.rawValue,
            language: ScriptLexicon.language(of: body))
        if reader.title == nil, format == .text, let first = reader.blocks.first?.text, first.count <= 80,
            !first.contains("：") && !first.contains(":")
        {
            reader.source.title = first
            reader.title = first
        }
        return reader
    }
}
