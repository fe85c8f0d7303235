#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns bytes into text: byte-order mark first, then a declared charset, then detection.
enum TextDecoder {
    static func decode(_ data: Data, forcing forced: TextEncoding?) throws(PodiumError) -> DecodedText {
        if forced == nil, let decoded = try validUTF8(data) { return decoded }
        let bytes = [UInt8](data)
        if bytes.allSatisfy(\.isASCIIWhitespace) { throw .emptyDocument }
        if let kind = BinarySignature.match(bytes) { throw .binaryContent(kind) }

        if let forced {
            guard let text = decode(bytes, as: forced, lossy: true) else { throw .undecodable(encoding: forced.rawValue) }
            return finish(text, encoding: forced, bytes: bytes)
        }
        if let (encoding, skip) = byteOrderMark(bytes) {
            let body = Array(bytes[skip...])
            let text = decode(body, as: encoding, lossy: true) ?? ""
            return finish(text, encoding: encoding, bytes: body)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return finish(text, encoding: .utf8, bytes: bytes)
        }
        if let declared = declaredCharset(bytes), let text = decode(bytes, as: declared, lossy: false) {
            return finish(text, encoding: declared, bytes: bytes)
        }
        if let guess = guessUTF16WithoutMark(bytes), let text = decode(bytes, as: guess, lossy: false) {
            return finish(text, encoding: guess, bytes: bytes)
        }
        if let (encoding, text) = bestLegacyChineseDecoding(bytes) {
            return finish(text, encoding: encoding, bytes: bytes)
        }
        // Mostly UTF-8 with a few bad bytes: keep everything readable and say so.
        let repaired = String(decoding: bytes, as: UTF8.self)
        var result = finish(repaired, encoding: .utf8, bytes: bytes)
        let count = repaired.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        result.diagnostics.append(
            Diagnostic(
                severity: .warning, code: "invalid-bytes",
                message: "\(count) byte sequence(s) are not valid UTF-8 and were replaced with U+FFFD"))
        return result
    }

    /// The common case, valid UTF-8 with or without a byte-order mark, read without copying the bytes
    /// first; `nil` sends anything else to the general path, which reaches the same result for these bytes.
    private static func validUTF8(_ data: Data) throws(PodiumError) -> DecodedText? {
        let outcome: Result<String?, PodiumError> = data.withUnsafeBytes { raw in
            if raw.allSatisfy(\.isASCIIWhitespace) { return .failure(.emptyDocument) }
            if let kind = BinarySignature.match(Array(raw.prefix(8192))) { return .failure(.binaryContent(kind)) }
            let hasMark = raw.starts(with: [0xEF, 0xBB, 0xBF])
            if !hasMark, raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) { return .success(nil) }
            return .success(String(validating: hasMark ? UnsafeRawBufferPointer(rebasing: raw[3...]) : raw, as: UTF8.self))
        }
        switch outcome {
        case .failure(let error): throw error
        case .success(let text): return text.map { finish($0, encoding: .utf8, bytes: []) }
        }
    }

    private static func finish(_ text: String, encoding: TextEncoding, bytes: [UInt8]) -> DecodedText {
        // Most texts hold no NUL: one byte scan, instead of counting scalars twice.
        guard text.containsByte(0) else { return DecodedText(text: text, encoding: encoding) }
        var cleaned = text
        if cleaned.unicodeScalars.contains("\u{0}") {
            cleaned = String(String.UnicodeScalarView(cleaned.unicodeScalars.filter { $0 != "\u{0}" }))
        }
        var result = DecodedText(text: cleaned, encoding: encoding)
        if cleaned.unicodeScalars.count != text.unicodeScalars.count {
            result.diagnostics.append(
                Diagnostic(severity: .warning, code: "nul-bytes", message: "NUL characters were removed from the text"))
        }
        return result
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16le, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16be, 2) }
        return nil
    }

    /// UTF-16 without a mark shows up as every other byte being zero in ASCII-heavy text.
    private static func guessUTF16WithoutMark(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros > half / 3 && evenZeros == 0 { return .utf16le }
        if evenZeros > half / 3 && oddZeros == 0 { return .utf16be }
        return nil
    }

    /// `<meta charset="gb2312">` or `encoding="big5"` near the top of the document.
    static func declaredCharset(_ bytes: [UInt8]) -> TextEncoding? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for key in ["charset=", "encoding="] {
            guard let range = head.literalRange(of: key) else { continue }
            let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if let encoding = TextEncoding(label: String(value)) { return encoding }
        }
        return nil
    }

    /// Decodes every way and keeps the one whose text is made of the most common characters;
    /// UTF-16 without a byte-order mark and without ASCII (so without zero bytes) is found here too.
    private static func bestLegacyChineseDecoding(_ bytes: [UInt8]) -> (TextEncoding, String)? {
        var encodings: [TextEncoding] = [.gb18030, .big5]
        if bytes.count % 2 == 0, BinarySignature.isPlausibleUTF16(bytes[...]) { encodings += [.utf16le, .utf16be] }
        let candidates: [(TextEncoding, String)] = encodings.compactMap { encoding in
            decode(bytes, as: encoding, lossy: false).map { (encoding, $0) }
        }
        return candidates.max { commonCharacterScore($0.1) < commonCharacterScore($1.1) }
    }

    private static let commonHanText = "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切米言這個們來說為時國過會後對實發動經還開當從體現點於裡長問進應樣種無麼頭與"
    private static let commonHan = Set(commonHanText.unicodeScalars)

    private static func commonCharacterScore(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (commonHan.contains($1) ? 1 : 0) }
    }

    static func decode(_ bytes: [UInt8], as encoding: TextEncoding, lossy: Bool) -> String? {
        switch encoding {
        case .utf8:
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            return lossy ? String(decoding: bytes, as: UTF8.self) : nil
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .windows1252:
            return String(String.UnicodeScalarView(bytes.map(windows1252Scalar)))
        case .utf16le, .utf16be:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 0
            while index + 1 < bytes.count {
                let (low, high) = encoding == .utf16le ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
                index += 2
            }
            if !lossy, transcodeFails(units) { return nil }
            return String(decoding: units, as: UTF16.self)
        case .gb18030, .big5:
            return IconvTranscoder.decode(bytes, from: encoding == .gb18030 ? "GB18030" : "BIG5", lossy: lossy)
        }
    }

    /// The character a Windows-1252 byte stands for. The five bytes the code page leaves unassigned (0x81, 0x8D,
    /// 0x8F, 0x90, 0x9D) keep their ISO 8859-1 code point, as the WHATWG encoding standard decodes them, so no
    /// byte is lost.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(windows1252HighHalf[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }

    /// Code points of the bytes 0x80–0x9F in Windows-1252.
    private static let windows1252HighHalf: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func transcodeFails(_ units: [UInt16]) -> Bool {
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return false
            case .error: return true
            }
        }
    }
}

extension UInt8 {
    fileprivate var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D || self == 0x0C }
}
