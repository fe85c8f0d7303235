import CLibXML2

/// Reads HTML with libxml2's forgiving parser and walks the tree into blocks:
/// block elements and `<br>` end a paragraph, inline elements do not, bold runs are remembered,
/// and hidden or scripted content is left out.
struct HTMLBlockReader {
    private(set) var blocks: [Block] = []
    private(set) var title: String?
    private(set) var firstHeading: String?
    private(set) var diagnostics: [Diagnostic] = []

    private var buffer = ""
    private var strongPrefix = ""
    private var prefixOpen = true
    private var strongDepth = 0
    private var quoteDepth = 0
    private var headingLevel: Int?
    private var listDepth = 0

    static func read(_ html: String) -> HTMLBlockReader {
        var reader = HTMLBlockReader()
        ParserSetup.ensureInitialized()
        // HUGE lifts libxml2's 10 MB limit on one text node and raises its nesting limit.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        var utf8 = Array(html.utf8)
        if utf8.isEmpty { return reader }
        guard let context = htmlNewParserCtxt() else { return scanned(html) }
        defer { htmlFreeParserCtxt(context) }
        let document = utf8.withUnsafeMutableBufferPointer { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        // Nesting deeper than libxml2's limit halts its parser, and everything after is dropped:
        // read such a document with the tag scanner instead, so no text is lost.
        if context.pointee.disableSAX != 0 {
            if let document { xmlFreeDoc(document) }
            return scanned(html)
        }
        guard let document else { return reader }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return reader }
        reader.walk(from: root)
        reader.flush()
        return reader
    }

    /// Paragraphs from the tag scanner, for HTML libxml2 gave up on; bold runs are not known there.
    private static func scanned(_ html: String) -> HTMLBlockReader {
        var reader = HTMLBlockReader()
        for line in HTMLText.lines(html) {
            let text = TextNormalization.collapse(line)
            if !text.isEmpty { reader.blocks.append(Block(text: text, lines: [text])) }
        }
        reader.diagnostics.append(
            Diagnostic(
                severity: .warning, code: "html-too-deep",
                message: "the HTML nests deeper than libxml2 reads; it was read as plain paragraphs, without bold or headings"))
        return reader
    }

    /// Walks the tree without recursion, so deeply nested input cannot exhaust the stack.
    private mutating func walk(from root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        while let current = node {
            if enter(current), let child = current.pointee.children {
                node = child
                continue
            }
            var climbing = current
            node = nil
            while true {
                leave(climbing)
                if climbing == root { break }
                if let next = climbing.pointee.next {
                    node = next
                    break
                }
                guard let parent = climbing.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
                climbing = parent
            }
        }
    }

    /// Returns whether to descend into the node's children.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { append(String(cString: content)) }
            return false
        case XML_ELEMENT_NODE:
            break
        default:
            return false
        }
        let name = HTMLVocabulary.name(of: node)
        if name == "title" {
            if title == nil { title = TextNormalization.collapse(HTMLVocabulary.textContent(of: node)) }
            return false
        }
        if HTMLVocabulary.skipped.contains(name) || HTMLVocabulary.isHidden(node) { return false }
        if HTMLVocabulary.breaks.contains(name) {
            flush()
            return false
        }
        if HTMLVocabulary.blocks.contains(name) { flush() }
        switch name {
        case "strong", "b": strongDepth += 1
        case "blockquote": quoteDepth += 1
        case "ul", "ol": listDepth += 1
        case "h1", "h2", "h3", "h4", "h5", "h6":
            headingLevel = Int(String(name.dropFirst()))
        default: break
        }
        return true
    }

    private mutating func leave(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        let name = HTMLVocabulary.name(of: node)
        if name == "title" || HTMLVocabulary.skipped.contains(name) || HTMLVocabulary.isHidden(node)
            || HTMLVocabulary.breaks.contains(name)
        {
            return
        }
        if HTMLVocabulary.blocks.contains(name) { flush() }
        switch name {
        case "strong", "b": strongDepth = max(0, strongDepth - 1)
        case "blockquote": quoteDepth = max(0, quoteDepth - 1)
        case "ul", "ol": listDepth = max(0, listDepth - 1)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            if name == "h1", firstHeading == nil, let last = blocks.last, last.isHeading { firstHeading = last.text }
            headingLevel = nil
        default: break
        }
    }

    private mutating func append(_ text: String) {
        buffer += text
        if prefixOpen {
            if strongDepth > 0 {
                strongPrefix += text
            } else if text.unicodeScalars.contains(where: { !TextNormalization.isSpace($0) }) {
                prefixOpen = false
            }
        }
    }

    private mutating func flush() {
        defer {
            buffer = ""
            strongPrefix = ""
            prefixOpen = true
        }
        let text = TextNormalization.collapse(buffer)
        guard !text.isEmpty else { return }
        let kind: Block.Kind
        if let headingLevel {
            kind = .heading(level: headingLevel)
        } else if quoteDepth > 0 {
            kind = .quote
        } else if listDepth > 0 {
            kind = .listItem
        } else {
            kind = .paragraph
        }
        let prefix = TextNormalization.collapse(strongPrefix)
        blocks.append(Block(kind: kind, text: text, strongPrefix: prefix.isEmpty ? nil : prefix, lines: [text]))
        if kind == .heading(level: 1), firstHeading == nil { firstHeading = text }
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
