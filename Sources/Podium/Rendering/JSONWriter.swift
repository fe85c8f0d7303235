/// A small streaming JSON writer: keys in the order written, non-ASCII left as it is,
/// two-space indentation or one line.
///
/// It writes UTF-8 bytes. Without a sink they are kept and read back as ``output``; with a sink they are
/// handed over in pieces of about 64 KB (and the rest by ``finish()``), so a large document is never held
/// as one string.
struct JSONWriter {
    private var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    private var needsComma: [Bool] = [false]
    private var pendingKey = false
    private let sink: ((UnsafeRawBufferPointer) -> Void)?

    private static let chunkSize = 1 << 16

    init(pretty: Bool) {
        self.pretty = pretty
        self.sink = nil
    }

    /// A writer that hands its output to `sink` piece by piece; call ``finish()`` at the end.
    init(pretty: Bool, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.pretty = pretty
        self.sink = sink
        bytes.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Everything written so far (without a sink).
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands the bytes still held to the sink.
    mutating func finish() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    mutating func key(_ name: String) {
        separate()
        appendString(name)
        if pretty {
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: " "))
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    mutating func string(_ value: String?) {
        guard let value else { return null() }
        separate()
        appendString(value)
        flushIfFull()
    }

    mutating func int(_ value: Int?) {
        guard let value else { return null() }
        separate()
        append(String(value))
    }

    mutating func bool(_ value: Bool) {
        separate()
        append(value ? "true" : "false")
    }

    mutating func null() {
        separate()
        append("null")
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Writes `"key": "value"` members in the order given; a `nil` value is written as `null`.
    mutating func members(_ pairs: KeyValuePairs<String, String?>) {
        for (name, value) in pairs {
            key(name)
            string(value)
        }
    }

    /// Writes `items` as the elements of the array just begun, each by `write`. A long array is written on
    /// every core in batches (``SharedWork``): each element is rendered alone, at this writer's depth, and
    /// its bytes are added in order, the same bytes as writing the elements one after the other. A batch at
    /// a time keeps memory to a few hundred rendered elements.
    mutating func elements<Item: Sendable>(_ items: [Item], _ write: @escaping @Sendable (Item, inout JSONWriter) -> Void) {
        guard items.count >= SharedWork.minimumItems else {
            for item in items { write(item, &self) }
            return
        }
        let pretty = pretty
        let depth = depth
        var start = 0
        while start < items.count {
            let batch = Array(items[start..<min(start + Self.elementsPerBatch, items.count)])
            let rendered = SharedWork.map(batch, minimumItems: 2) { item -> [UInt8] in
                var element = JSONWriter(pretty: pretty, depth: depth)
                write(item, &element)
                return element.bytes
            }
            for bytes in rendered {
                if needsComma[needsComma.count - 1] { self.bytes.append(UInt8(ascii: ",")) }
                self.bytes += bytes
                needsComma[needsComma.count - 1] = true
                flushIfFull()
            }
            start += Self.elementsPerBatch
        }
    }

    private static let elementsPerBatch = 256

    /// A writer for one element of an array at `depth`, whose bytes go into that array's writer.
    private init(pretty: Bool, depth: Int) {
        self.pretty = pretty
        self.sink = nil
        self.depth = depth
    }

    mutating func ints(_ values: [Int]) {
        beginArray()
        for value in values { int(value) }
        endArray()
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { newline() }
        bytes.append(bracket)
        needsComma[needsComma.count - 1] = true
        flushIfFull()
    }

    /// Writes the comma and line break that come before a value or a key.
    private mutating func separate() {
        if pendingKey {
            pendingKey = false
            needsComma[needsComma.count - 1] = true
            return
        }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        if pretty && depth > 0 { newline() }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func flushIfFull() {
        if sink != nil, bytes.count >= Self.chunkSize { finish() }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`,
    /// everything else as its UTF-8 bytes. (Control characters are single bytes in UTF-8, so working on
    /// bytes escapes exactly what working on scalars would.)
    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                default:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension Transcript {
    /// Writes the same text as ``jsonString(pretty:)`` in pieces of about 64 KB, so a large transcript is
    /// never held as one string: each piece is UTF-8, valid only during the call.
    ///
    /// ```swift
    /// transcript.writeJSON(pretty: false) { bytes in FileHandle.standardOutput.write(Data(bytes)) }
    /// ```
    public func writeJSON(pretty: Bool = true, to write: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(write) { sink in
            var writer = JSONWriter(pretty: pretty, sink: sink)
            TranscriptJSON.write(self, to: &writer)
            writer.finish()
        }
    }
}
