/// A small streaming JSON writer: keys in the order written, non-ASCII left as it is,
/// two-space indentation or one line.
struct JSONWriter {
    private(set) var output = ""
    private let pretty: Bool
    private var depth = 0
    private var needsComma: [Bool] = [false]

    init(pretty: Bool) {
        self.pretty = pretty
    }

    mutating func beginObject() { open("{") }
    mutating func endObject() { close("}") }
    mutating func beginArray() { open("[") }
    mutating func endArray() { close("]") }

    mutating func key(_ name: String) {
        separate()
        appendString(name)
        output += pretty ? ": " : ":"
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    mutating func string(_ value: String?) {
        guard let value else { return null() }
        separate()
        appendString(value)
    }

    mutating func int(_ value: Int?) {
        guard let value else { return null() }
        separate()
        output += String(value)
    }

    mutating func bool(_ value: Bool) {
        separate()
        output += value ? "true" : "false"
    }

    mutating func null() {
        separate()
        output += "null"
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    mutating func ints(_ values: [Int]) {
        beginArray()
        for value in values { int(value) }
        endArray()
    }

    private var pendingKey = false

    private mutating func open(_ bracket: String) {
        separate()
        output += bracket
        depth += 1
        needsComma.append(false)
        openedEmpty = true
    }

    private var openedEmpty = false

    private mutating func close(_ bracket: String) {
        depth -= 1
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { newline() }
        output += bracket
        needsComma[needsComma.count - 1] = true
        openedEmpty = false
    }

    /// Writes the comma and line break that come before a value or a key.
    private mutating func separate() {
        if pendingKey {
            pendingKey = false
            needsComma[needsComma.count - 1] = true
            return
        }
        if needsComma[needsComma.count - 1] { output += "," }
        if pretty && depth > 0 { newline() }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    private mutating func appendString(_ value: String) {
        output += "\""
        var clean = true
        for unit in value.utf8 where unit < 0x20 || unit == 0x22 || unit == 0x5C {
            clean = false
            break
        }
        if clean {
            output += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\""
                case "\\": output += "\\\\"
                case "\n": output += "\\n"
                case "\r": output += "\\r"
                case "\t": output += "\\t"
                case "\u{8}": output += "\\b"
                case "\u{C}": output += "\\f"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        output.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        output += "\""
    }
}
