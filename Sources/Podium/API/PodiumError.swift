/// Why a document could not be read as a transcript.
public enum PodiumError: Error, Hashable, Sendable {
    /// The document holds no bytes, or only whitespace.
    case emptyDocument
    /// The bytes are not text: an image, an archive or other binary data.
    case binaryContent(String)
    /// The bytes could not be decoded with the encoding that was asked for.
    case undecodable(encoding: String)
    /// The text holds no speaker labels, so there are no turns to report.
    case noSpeakerTurns

    /// A one-line explanation for people.
    public var message: String {
        switch self {
        case .emptyDocument:
            return "the document is empty"
        case .binaryContent(let kind):
            return "the document is not text (\(kind))"
        case .undecodable(let encoding):
            return "the bytes are not valid \(encoding)"
        case .noSpeakerTurns:
            return "no speaker turns found: the document has no speaker labels such as 「主持人：」 or `MS. PSAKI:`"
        }
    }
}

extension PodiumError: CustomStringConvertible {
    public var description: String { message }
}
