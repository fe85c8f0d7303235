#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The number formats the command prints (the corpus summary, the progress bar), exactly as
/// `String(format:)` printed them: that initialiser lives in Foundation, which the command does not link.
///
/// Kept by hand, as no library the command links can write them: FoundationEssentials has neither
/// `String(format:)` nor `Double.formatted` (number format styles live in FoundationInternationalization,
/// with ICU), swift-system formats no numbers, and the standard library writes a `Double` in its shortest
/// round-trip digits ("0.15") rather than with a fixed number of places ("0.1", as printf rounds 0.1499…).
/// See docs/performance.md, "The command on swift-system and Synchronization".
enum NumberText {
    /// `value` with `places` decimals, as printf's `%.Nf` writes it.
    ///
    /// The digits come from `vsnprintf` itself: rounding the exact binary value to a decimal (0.15 is
    /// 0.1499…, so "0.1") is easy to get subtly wrong by scaling and rounding a `Double`.
    static func fixed(_ value: Double, places: Int) -> String {
        let places = max(0, places)
        // The longest finite double has 309 integer digits; add a sign, a point, the decimals and a NUL.
        var buffer = [CChar](repeating: 0, count: 312 + places)
        let length = buffer.withUnsafeMutableBufferPointer { characters in
            withVaList([Int32(clamping: places), value]) { arguments in
                vsnprintf(characters.baseAddress, characters.count, "%.*f", arguments)
            }
        }
        guard length >= 0, Int(length) < buffer.count else { return String(value) }
        return String(decoding: buffer[..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `value` in decimal with zeros in front up to `width` characters, sign included, as `%0Nd` writes it.
    static func zeroPadded(_ value: Int, width: Int) -> String {
        let sign = value < 0 ? "-" : ""
        return sign + padded(String(value.magnitude), width: width - sign.count)
    }

    private static func padded(_ digits: String, width: Int) -> String {
        String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
