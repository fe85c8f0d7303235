import Foundation
import Testing

@testable import Podium

/// Paths and loaders shared by the tests.
enum TestSupport {
    /// The package root: three levels above this file (Tests/PodiumTests/Support).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus`, beside the package; `nil` when it is absent.
    static let corpus: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static var hasCorpus: Bool { corpus != nil }

    /// Set where the corpus and the binary must be present (CI): their absence fails a test.
    static var requiresCorpus: Bool { ProcessInfo.processInfo.environment["PODIUM_REQUIRE_CORPUS"] == "1" }

    static let samples = packageRoot.appendingPathComponent("Samples")

    /// The raw documents of `../shared/corpus` (its gold annotations left out), as paths inside it; empty
    /// when it is absent.
    static func corpusFiles() -> [String] {
        guard let corpus else { return [] }
        let prefix = corpus.path + "/"
        return files(under: corpus).map { String($0.path.dropFirst(prefix.count)) }.filter { !$0.hasPrefix("gold/") }
    }

    /// The text of a corpus document, decoded as UTF-8 with repairs.
    static func corpusText(_ path: String) throws -> String {
        let corpus = try #require(corpus, "../shared/corpus is absent")
        return String(decoding: try Data(contentsOf: corpus.appendingPathComponent(path)), as: UTF8.self)
    }

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

    static func sample(_ name: String) throws -> Data {
        try Data(contentsOf: samples.appendingPathComponent(name))
    }

    /// Every regular file under a folder, sorted, skipping hidden files and README.md.
    static func files(under folder: URL, extensions: Set<String>? = nil) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            if url.lastPathComponent == "README.md" { continue }
            if let extensions, !extensions.contains(url.pathExtension) { continue }
            result.append(url)
        }
        return result.sorted { $0.path < $1.path }
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
