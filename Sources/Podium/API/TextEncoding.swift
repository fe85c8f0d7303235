/// A character encoding Podium can decode.
public enum TextEncoding: String, CaseIterable, Codable, Sendable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16, little-endian unless a byte-order mark says otherwise.
    case utf16le = "utf-16le"
    /// UTF-16, big-endian.
    case utf16be = "utf-16be"
    /// GB18030, the superset of GBK and GB2312.
    case gb18030
    /// Big5, for Traditional Chinese.
    case big5
    /// ISO 8859-1, each byte its own code point; only when asked for by name.
    case latin1 = "iso-8859-1"
    /// Windows-1252: ISO 8859-1 with curly quotes, dashes and ellipses at 0x80–0x9F. A page that declares
    /// `iso-8859-1`, `latin1` or `us-ascii` is read this way too, as browsers read it.
    case windows1252 = "windows-1252"
}
