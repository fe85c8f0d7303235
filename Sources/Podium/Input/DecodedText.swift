/// Text decoded from a document's bytes, with the encoding that was used.
struct DecodedText {
    var text: String
    var encoding: TextEncoding
    var diagnostics: [Diagnostic] = []
}
