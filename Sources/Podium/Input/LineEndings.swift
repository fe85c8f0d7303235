/// Windows (`\r\n`) and old Mac (`\r`) line endings, turned into `\n` before any reader splits lines.
///
/// Swift treats `\r\n` as one `Character`, so splitting a `String` at `"\n"` never splits a CRLF
/// line: without this, a CRLF document is read as a single line.
enum LineEndings {
    static func normalize(_ text: String) -> String {
        guard text.containsByte(0x0D) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
