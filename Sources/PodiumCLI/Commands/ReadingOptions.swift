import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Podium

/// How to read a document's bytes: shared by `parse`, `brief`, `speakers`, `qa`, `check` and `stats`,
/// and carried into the corpus and JSON Lines runners.
struct ReadingOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: "Read the body as html, markdown or text instead of detecting it.")
    var inputFormat: InputFormat?

    @Option(name: .long, help: "Decode with utf-8, utf-16le, utf-16be, gb18030, big5, windows-1252 or iso-8859-1 instead of detecting it.")
    var encoding: TextEncoding?

    /// Parses one document's bytes as these options say; the bytes are freed once decoded when the
    /// caller hands them over.
    func parse(_ data: consuming Data) throws(PodiumError) -> Transcript {
        try Transcript(parsing: consume data, format: inputFormat, encoding: encoding)
    }
}

extension InputFormat: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
