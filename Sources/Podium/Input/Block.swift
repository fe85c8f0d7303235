/// One paragraph-level piece of a document's body, with its markup removed.
struct Block: Equatable {
    enum Kind: Equatable {
        case paragraph
        case heading(level: Int)
        case quote
        case listItem
        /// Printed but not spoken: a paged record's headers, footers and page numbers, an ad break marked like
        /// a label (`**Break:** [19:33]`). Kept as a note, never a speaker's words.
        case aside
        /// A key line that defines the document's short labels (``LabelKey``): kept as a note, not a turn.
        case labelKey

        var isHeading: Bool {
            if case .heading = self { return true }
            return false
        }
    }

    var kind: Kind
    /// The paragraph's text, whitespace collapsed, markup removed.
    var text: String
    /// The text of a bold run at the very start of the block, if there is one.
    var strongPrefix: String?
    /// The block's source lines when it came from hard-wrapped text, so a line-sized label can be found;
    /// empty (no allocation per block) when it is one line, as HTML paragraphs are.
    var lines: [String]
    /// Who speaks the block, when the format itself says so: a table's speaker cell (``DelimitedTable``). The block's
    /// text is then the words alone, and no label is looked for in them. ``unnamedSpeaker`` when the format marks a
    /// change of speaker without naming them (a caption's `>>`), until the speaker is read from the words.
    var speaker: String?

    /// A change of speaker the format marks and names nobody (``speaker``).
    static let unnamedSpeaker = ""
    /// What the format prints an unnamed speaker's words in, where it tells speakers apart so (a subtitle's colour):
    /// the stretches of one voice are one person's. `nil` for every other block.
    var voice: String?
    /// The clock time a subtitle cue gives each of ``lines`` (the cue's first line; `nil` for the lines after it);
    /// empty for every other format.
    var lineTimes: [String?]

    init(
        kind: Kind = .paragraph, text: String, strongPrefix: String? = nil, lines: [String] = [], lineTimes: [String?] = [],
        speaker: String? = nil, voice: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.strongPrefix = strongPrefix
        self.lines = lines
        self.lineTimes = lineTimes
        self.speaker = speaker
        self.voice = voice
    }

    /// The time printed for the block's first line, when a subtitle cue gave one.
    var startTime: String? { lineTimes.first ?? nil }

    var isHeading: Bool { kind.isHeading }
}

/// The blocks of a document's body, with what the format said about the document.
struct BlockDocument {
    var metadata = FrontMatter()
    var format: InputFormat
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []
}
