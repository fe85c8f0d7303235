/// Recognises bytes that are certainly not a text document.
enum BinarySignature {
    private static let signatures: [(kind: String, magic: [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", Array("GIF8".utf8)),
        ("PDF document", Array("%PDF".utf8)),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        ("gzip archive", [0x1F, 0x8B]),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
    ]

    /// The kind of binary file the bytes are, or `nil` when they may be text.
    static func match(_ bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.magic) {
            return signature.kind
        }
        // Control characters other than tab, newline and carriage return are rare in text;
        // UTF-16 text has many NULs, so leave those to the decoder.
        let sample = bytes.prefix(8192)
        var controls = 0
        var nuls = 0
        for byte in sample {
            if byte == 0 { nuls += 1 } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                controls += 1
            }
        }
        // UTF-16 text has control bytes too: `。` is 02 30, `：` is 1A FF. Leave plausible UTF-16 to the decoder.
        if controls * 10 > sample.count && !isPlausibleUTF16(sample) { return "binary data" }
        if nuls * 100 > sample.count * 5 && !looksLikeUTF16(sample) { return "binary data" }
        return nil
    }

    /// Nearly every code unit, read one way or the other, is printable ASCII, CJK or full-width punctuation.
    static func isPlausibleUTF16(_ sample: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(sample.prefix(sample.count & ~1))
        guard bytes.count >= 4 else { return false }
        for littleEndian in [true, false] {
            var plausible = 0
            var index = 0
            while index + 1 < bytes.count {
                let unit = littleEndian
                    ? UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                switch unit {
                case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA0...0xFF, 0x2000...0x206F, 0x3000...0x303F, 0x3400...0x9FFF,
                    0xFF00...0xFFEF:
                    plausible += 1
                default:
                    break
                }
                index += 2
            }
            if plausible * 10 >= (bytes.count / 2) * 9 { return true }
        }
        return false
    }

    private static func looksLikeUTF16(_ sample: ArraySlice<UInt8>) -> Bool {
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return true }
        var even = 0
        var odd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { even += 1 } else { odd += 1 }
        }
        return even == 0 || odd == 0
    }
}
