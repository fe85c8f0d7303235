/// One paragraph-level piece of a document's body, with its markup removed.
struct Block: Equatable {
    enum Kind: Equatable {
        case paragraph
        case heading(level: Int)
        case quote
        case listItem
        /// A page header, footer or number of a paged record: kept as a note, never a speaker's words.
        case furniture
    }

    var kind: Kind
    /// The paragraph's text, whitespace collapsed, markup removed.
    var text: String
    /// The text of a bold run at the very start of the block, if there is one.
    var strongPrefix: String?
    /// The block's source lines when it came from hard-wrapped text, so a line-sized label can be found;
    /// empty (no allocation per block) when it is one line, as HTML paragraphs are.
    var lines: [String]

    init(kind: Kind = .paragraph, text: String, strongPrefix: String? = nil, lines: [String] = []) {
        self.kind = kind
        self.text = text
        self.strongPrefix = strongPrefix
        self.lines = lines
    }

    var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}

/// The blocks of a document's body, with what the format said about the document.
struct BlockDocument {
    var metadata = FrontMatter()
    var format: InputFormat
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []
}
