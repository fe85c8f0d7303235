import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads HTML with libxml2's forgiving parser into blocks: block elements and `<br>` end a paragraph,
/// inline elements do not, bold runs are remembered, and hidden or scripted content is left out.
///
/// The parser's SAX events are read as they come, without building libxml2's tree: memory stays near the
/// size of the text, and the events are those the tree would be built from, walked in the same order
/// (``SAXWalker`` keeps to the root element and skips what the tree walk did not descend into).
struct HTMLBlockReader {
    private(set) var blocks: [Block] = []
    private(set) var title: String?
    private(set) var firstHeading: String?
    private(set) var diagnostics: [Diagnostic] = []

    /// Told of each block as it is finished.
    private var observer: (any BlockObserver)?

    private var buffer: [UInt8] = []
    private var strongPrefix: [UInt8] = []
    private var prefixOpen = true
    private var strongDepth = 0
    private var quoteDepth = 0
    private var headingLevel: Int?
    private var listDepth = 0
    /// Table rows open, and the cells begun in the innermost: a row's cells are one paragraph (`Sitting Date:` beside
    /// `14 October 2025`), as a reader reads the row.
    private var rowDepth = 0
    private var cellsInRow = 0
    private var preformattedDepth = 0
    /// Open page-furniture elements (``HTMLVocabulary/furniture``): what they print is kept as a note, not words.
    private var furnitureDepth = 0
    /// The tables open, innermost last, read cell by cell as well: one whose rows are a transcript's turns is read as
    /// such when it closes. Their blocks are reported to the observer then.
    private var tables: [HTMLTableRows] = []

    static func read<Text: StringProtocol>(_ html: Text, observer: (any BlockObserver)? = nil) -> HTMLBlockReader {
        ParserSetup.ensureInitialized()
        // HUGE lifts libxml2's 10 MB limit on one text node and raises its nesting limit.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        if html.utf8.isEmpty { return HTMLBlockReader() }
        guard let context = htmlNewParserCtxt() else { return scanned(String(html)) }
        defer { htmlFreeParserCtxt(context) }
        let walker = SAXWalker()
        walker.reader.observer = observer
        SAXWalker.install(in: context, walker: walker)
        // The text is UTF-8 already: libxml2 pulls it in pieces through a read callback (its buffer holds a
        // window, not a copy of the whole text) and without an encoder (which would copy it once more);
        // a <meta charset> must not switch it either.
        htmlCtxtUseOptions(context, options | Int32(HTML_PARSE_IGNORE_ENC.rawValue))
        func parse(_ buffer: UnsafeBufferPointer<UInt8>) {
            guard buffer.baseAddress != nil else { return }
            var source = ChunkSource(buffer: buffer)
            withUnsafeMutablePointer(to: &source) { pointer in
                let input = xmlParserInputBufferCreateIO(
                    { context, destination, length in
                        guard let context, let destination, length > 0 else { return 0 }
                        return context.assumingMemoryBound(to: ChunkSource.self).pointee.read(into: destination, length)
                    }, nil, pointer, XML_CHAR_ENCODING_NONE)
                guard let input else { return }
                guard let stream = xmlNewIOInputStream(context, input, XML_CHAR_ENCODING_NONE) else {
                    xmlFreeParserInputBuffer(input)
                    return
                }
                inputPush(context, stream)
                // UTF-8 as is: no conversion (htmlCtxtReadMemory with "UTF-8" would install a copying encoder).
                xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                htmlParseDocument(context)
            }
        }
        if html.utf8.withContiguousStorageIfAvailable(parse) == nil {
            Array(html.utf8).withUnsafeBufferPointer(parse)
        }
        // A parser that halted drops everything after the point where it stopped:
        // read such a document with the tag scanner instead, so no text is lost.
        if context.pointee.disableSAX != 0 {
            observer?.readerStartedOver()
            return scanned(String(html))
        }
        walker.finish()
        var reader = walker.reader
        if walker.sawRoot { reader.flush() }
        reader.closeTables()
        return reader
    }

    /// Paragraphs from the tag scanner, for HTML libxml2 gave up on; bold runs are not known there.
    fileprivate static func scanned(_ html: String) -> HTMLBlockReader {
        var reader = HTMLBlockReader()
        for line in HTMLText.lines(html) {
            let text = TextNormalization.collapse(line)
            if !text.isEmpty { reader.blocks.append(Block(text: text)) }
        }
        reader.diagnostics.append(
            Diagnostic(
                severity: .warning, code: "html-too-deep",
                message: "the HTML nests deeper than libxml2 reads; it was read as plain paragraphs, without bold or headings"))
        return reader
    }

    /// An element the walk enters: a block flushes the paragraph, emphasis and nesting are counted.
    fileprivate mutating func enter(element name: String) {
        if rowDepth > 0, HTMLVocabulary.tableCells.contains(name) {
            if cellsInRow > 0 { buffer.append(UInt8(ascii: " ")) }
            cellsInRow += 1
            if !tables.isEmpty { tables[tables.count - 1].startCell() }
            return
        }
        if HTMLVocabulary.blocks.contains(name), preformattedDepth == 0 { flush() }
        if name == "table" {
            if !tables.isEmpty { tables[tables.count - 1].setIrregular() }
            tables.append(HTMLTableRows(firstBlock: blocks.count))
        }
        if name == "tr" {
            rowDepth += 1
            cellsInRow = 0
            if !tables.isEmpty { tables[tables.count - 1].startRow() }
        }
        switch name {
        case "pre": preformattedDepth += 1
        case "strong", "b": strongDepth += 1
        case "blockquote": quoteDepth += 1
        case "ul", "ol": listDepth += 1
        case _ where HTMLVocabulary.furniture.contains(name): furnitureDepth += 1
        case "h1", "h2", "h3", "h4", "h5", "h6":
            headingLevel = Int(String(name.dropFirst()))
        default: break
        }
    }

    fileprivate mutating func leave(element name: String) {
        if name == "pre" {
            preformattedDepth = max(0, preformattedDepth - 1)
            if preformattedDepth == 0 { flushPreformatted() }
            return
        }
        if rowDepth > 0, HTMLVocabulary.tableCells.contains(name) { return }
        if name == "tr" {
            // The row's words are its last paragraph, read while the row is still open.
            if preformattedDepth == 0 { flush() }
            if !tables.isEmpty { tables[tables.count - 1].endRow() }
            rowDepth = max(0, rowDepth - 1)
        }
        if HTMLVocabulary.blocks.contains(name), preformattedDepth == 0 { flush() }
        if name == "table", let table = tables.popLast() { close(table) }
        switch name {
        case "strong", "b": strongDepth = max(0, strongDepth - 1)
        case "blockquote": quoteDepth = max(0, quoteDepth - 1)
        case "ul", "ol": listDepth = max(0, listDepth - 1)
        case _ where HTMLVocabulary.furniture.contains(name): furnitureDepth = max(0, furnitureDepth - 1)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            if name == "h1", firstHeading == nil, let last = blocks.last, last.isHeading { firstHeading = last.text }
            headingLevel = nil
        default: break
        }
    }

    fileprivate mutating func setTitle(_ text: [UInt8]) {
        if title == nil { title = TextNormalization.collapse(String(decoding: text, as: UTF8.self)) }
    }

    /// Text of the paragraph being read, as UTF-8.
    fileprivate mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: text)
        if rowDepth > 0, !tables.isEmpty { tables[tables.count - 1].append(text) }
        if prefixOpen {
            if strongDepth > 0 {
                strongPrefix.append(contentsOf: text)
            } else if Self.hasNonSpace(text) {
                prefixOpen = false
            }
        }
    }

    private static func hasNonSpace(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in text where byte < 0x80 {
            if !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) { return true }
        }
        return String(decoding: text, as: UTF8.self).unicodeScalars.contains { !TextNormalization.isSpace($0) }
    }

    /// A `<pre>` keeps its lines as a text file does: a hearing's record printed in one (as govinfo.gov prints them) is
    /// read as plain text, its paragraphs told by their blank lines and indents.
    private mutating func flushPreformatted() {
        defer { startParagraph() }
        let text = String(decoding: buffer, as: UTF8.self)
        for block in PlainTextBlockReader.read(Substring(text)) {
            blocks.append(block)
            observer?.observe(block)
        }
    }

    /// Empties what the paragraph just read left, for the next one.
    private mutating func startParagraph() {
        buffer.removeAll(keepingCapacity: true)
        strongPrefix.removeAll(keepingCapacity: true)
        prefixOpen = true
    }

    fileprivate mutating func flush() {
        defer { startParagraph() }
        guard !buffer.isEmpty else { return }
        let text = buffer.withUnsafeBufferPointer { TextNormalization.collapse($0) }
        guard !text.isEmpty else { return }
        let kind: Block.Kind
        if furnitureDepth > 0 {
            kind = .aside
        } else if let headingLevel {
            kind = .heading(level: headingLevel)
        } else if quoteDepth > 0 {
            kind = .quote
        } else if listDepth > 0 {
            kind = .listItem
        } else {
            kind = .paragraph
        }
        let prefix = strongPrefix.withUnsafeBufferPointer { TextNormalization.collapse($0) }
        let block = Block(kind: kind, text: text, strongPrefix: prefix.isEmpty ? nil : prefix)
        blocks.append(block)
        if tables.isEmpty {
            observer?.observe(block)
        } else {
            tables[tables.count - 1].endParagraph(inRow: rowDepth > 0)
        }
        if kind == .heading(level: 1), firstHeading == nil { firstHeading = text }
    }

    /// A table closes: a transcript's rows become its turns. Once no table is open, its blocks are reported.
    private mutating func close(_ table: HTMLTableRows) {
        let start = min(table.firstBlock, blocks.count)
        if !blocks[start...].contains(where: { $0.kind == .aside }), let turns = table.transcriptBlocks() {
            blocks.replaceSubrange(start..., with: turns)
        }
        guard tables.isEmpty else { return }
        for block in blocks[start...] { observer?.observe(block) }
    }

    /// Closes the tables the document left open at its end.
    fileprivate mutating func closeTables() {
        while let table = tables.popLast() { close(table) }
    }
}

/// The text handed to libxml2 in pieces, as it asks for them.
private struct ChunkSource {
    let buffer: UnsafeBufferPointer<UInt8>
    var offset = 0

    mutating func read(into destination: UnsafeMutablePointer<CChar>, _ length: Int32) -> Int32 {
        let count = min(Int(length), buffer.count - offset)
        guard count > 0, let base = buffer.baseAddress else { return 0 }
        UnsafeMutableRawPointer(destination).copyMemory(from: base + offset, byteCount: count)
        offset += count
        return Int32(count)
    }
}

/// Turns libxml2's SAX events into the enter/leave walk of ``HTMLBlockReader``, as a walk of the tree
/// they would build: from the root element only, not into `<title>` (whose text becomes the title),
/// hidden or non-text elements, or `<br>`/`<hr>`.
///
/// libxml2's tree builder hangs an element that opens after the root has closed (`</html><p>…`) under the
/// root when the root is the document's first child, and beside it otherwise (after a DOCTYPE, a comment or
/// a processing instruction); the walker does the same, and leaves the root only at the end.
final class SAXWalker {
    fileprivate var reader = HTMLBlockReader()
    /// Whether the document had a root element.
    fileprivate private(set) var sawRoot = false
    /// Open elements from the root down (the root is depth 1); 0 outside the root.
    private var depth = 0
    /// Whether the root element is read (not hidden, skipped or a title).
    private var rootEntered = false
    private var rootClosed = false
    /// Whether the root is the document's first child, so later top-level elements go under it.
    private var appendsToRoot = true
    /// Depth inside a top-level element that does not go under the root.
    private var outside = 0
    /// Depth inside an element whose content the walk leaves out; 0 when reading.
    private var ignoring = 0
    private var titleText: [UInt8]?
    private var open: [String] = []
    /// A text node's content ends at a NUL, as the tree's C string does.
    private var textEnded = false

    fileprivate static func install(in context: htmlParserCtxtPtr, walker: SAXWalker) {
        guard let sax = context.pointee.sax else { return }
        var handler = xmlSAXHandler()
        handler.initialized = 1
        handler.startElement = { context, name, attributes in
            SAXWalker.from(context)?.start(name, attributes)
        }
        handler.endElement = { context, _ in
            SAXWalker.from(context)?.end()
        }
        handler.characters = { context, text, length in
            SAXWalker.from(context)?.text(text, length)
        }
        handler.cdataBlock = { context, text, length in
            SAXWalker.from(context)?.text(text, length)
        }
        handler.comment = { context, _ in
            SAXWalker.from(context)?.otherNode()
        }
        handler.processingInstruction = { context, _, _ in
            SAXWalker.from(context)?.otherNode()
        }
        handler.internalSubset = { context, _, _, _ in
            // A DOCTYPE becomes the document's first child, wherever it appears.
            SAXWalker.from(context)?.appendsToRoot = false
        }
        sax.pointee = handler
        context.pointee.userData = Unmanaged.passUnretained(walker).toOpaque()
    }

    private static func from(_ context: UnsafeMutableRawPointer?) -> SAXWalker? {
        context.map { Unmanaged<SAXWalker>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Leaves the root, once the document is read.
    fileprivate func finish() {
        if rootEntered, let name = open.first { reader.leave(element: name) }
    }

    private func otherNode() {
        textEnded = false
        // A comment or processing instruction before the root becomes the document's first child.
        if !sawRoot { appendsToRoot = false }
    }

    private func start(_ rawName: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        textEnded = false
        if outside > 0 {
            outside += 1
            return
        }
        if depth == 0 {
            if !sawRoot {
                sawRoot = true
            } else if rootClosed, appendsToRoot, rootEntered {
                depth = 1
            } else {
                outside = 1
                return
            }
        }
        depth += 1
        if ignoring > 0 {
            ignoring += 1
            return
        }
        let name = rawName.map { Self.lowercased(String(cString: $0)) } ?? ""
        if name == "title" {
            titleText = []
            ignoring = 1
            return
        }
        if HTMLVocabulary.skipped.contains(name) || Self.isHidden(attributes) {
            ignoring = 1
            return
        }
        if HTMLVocabulary.breaks.contains(name) {
            reader.flush()
            ignoring = 1
            return
        }
        if depth == 1 { rootEntered = true }
        reader.enter(element: name)
        open.append(name)
    }

    private func end() {
        textEnded = false
        if outside > 0 {
            outside -= 1
            return
        }
        guard depth > 0 else { return }
        if ignoring > 0 {
            ignoring -= 1
            if ignoring == 0, let text = titleText {
                reader.setTitle(text)
                titleText = nil
            }
        } else if depth > 1, let name = open.popLast() {
            reader.leave(element: name)
        }
        depth -= 1
        if depth == 0 { rootClosed = true }
    }

    private func text(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard outside == 0, depth > 0, !textEnded, let characters, length > 0 else { return }
        var count = Int(length)
        if let nul = memchr(characters, 0, count) {
            count = UnsafeRawPointer(characters).distance(to: UnsafeRawPointer(nul))
            textEnded = true
        }
        let text = UnsafeBufferPointer(start: characters, count: count)
        if ignoring > 0 {
            titleText?.append(contentsOf: text)
            return
        }
        reader.append(text)
    }

    /// libxml2 lower-cases HTML names already; this only guards the ASCII capitals it might leave.
    private static func lowercased(_ name: String) -> String {
        name.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ? name.lowercased() : name
    }

    /// A `hidden` attribute, or a style that hides the element (``HTMLVocabulary/styleHides(_:)``).
    private static func isHidden(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        guard let attributes else { return false }
        var style: String?
        var index = 0
        while let name = attributes[index] {
            let attribute = String(cString: name)
            if attribute == "hidden" { return true }
            if attribute == "style", style == nil { style = attributes[index + 1].map { String(cString: $0) } ?? "" }
            index += 2
        }
        return style.map(HTMLVocabulary.styleHides) ?? false
    }
}

/// libxml2 is set up once per process and never torn down: other threads may still be parsing.
enum ParserSetup {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }
}
