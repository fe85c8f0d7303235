import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// The library tests' own helpers: their fixtures (copied into the test bundle) and parsing shortcuts.
/// What the CLI tests use too (paths, samples, the corpus) is in PodiumTestSupport.
extension TestSupport {
    /// The bytes of a file in the test target's Fixtures folder, or in one of its subfolders.
    static func fixture(_ name: String, in folder: String = "Fixtures") throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: folder),
            "missing fixture \(folder)/\(name)")
        return try Data(contentsOf: url)
    }

    static func fixtureText(_ name: String) throws -> String {
        String(decoding: try fixture(name), as: UTF8.self)
    }

    /// Parses plain text with everything analysed.
    static func parse(_ text: String, format: InputFormat? = nil, options: ParseOptions = []) throws -> Transcript {
        try Transcript(parsing: text, format: format, options: options)
    }

    /// The blocks a reader produces, through the document reader.
    static func blocks(_ text: String, format: InputFormat) -> [Block] {
        DocumentReader.read(text, format: format).blocks
    }

    /// All paragraphs of all turns, labels removed.
    static func paragraphs(_ transcript: Transcript) -> [String] {
        transcript.turns.flatMap(\.paragraphs)
    }

    /// The participant who speaks a turn.
    static func speaker(_ transcript: Transcript, turn index: Int) -> Participant? {
        guard transcript.turns.indices.contains(index) else { return nil }
        return transcript.participant(withID: transcript.turns[index].speaker)
    }
}

extension Snapshots {
    /// `Tests/PodiumTests/Fixtures/Snapshots`: JSON, Markdown, briefings, Q&A and statements of the samples.
    static let library = Snapshots(target: "PodiumTests")
}
