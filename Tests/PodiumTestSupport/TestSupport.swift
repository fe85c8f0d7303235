import Foundation
import Podium
import Testing

/// Paths and loaders that both test targets use: the package, its samples, `../shared/corpus`.
public enum TestSupport {
    /// The package root: three levels above this file (Tests/PodiumTestSupport/TestSupport.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus`, beside the package; `nil` when it is absent.
    public static let corpus: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    public static var hasCorpus: Bool { corpus != nil }

    /// Set where the corpus and the binary must be present (CI): their absence fails a test.
    public static var requiresCorpus: Bool { ProcessInfo.processInfo.environment["PODIUM_REQUIRE_CORPUS"] == "1" }

    public static let samples = packageRoot.appendingPathComponent("Samples")

    /// The sample most tests of the renderings and the command read: `Samples/` holds it as the corpus does.
    public static let seedName = "zh_scio_miit_presser_2022-04-19.md"

    /// The raw documents of `../shared/corpus` (its gold annotations left out), as paths inside it; empty
    /// when it is absent.
    public static func corpusFiles() -> [String] {
        guard let corpus else { return [] }
        let prefix = corpus.path + "/"
        return files(under: corpus).map { String($0.path.dropFirst(prefix.count)) }.filter { !$0.hasPrefix("gold/") }
    }

    /// The text of a corpus document, decoded as UTF-8 with repairs.
    public static func corpusText(_ path: String) throws -> String {
        let corpus = try #require(corpus, "../shared/corpus is absent")
        return String(decoding: try Data(contentsOf: corpus.appendingPathComponent(path)), as: UTF8.self)
    }

    /// Every sample transcript in `Samples/`, sorted (README.md and hidden files left out).
    public static var sampleNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    public static func sampleURL(_ name: String) -> URL {
        samples.appendingPathComponent(name)
    }

    /// The bytes of a sample.
    public static func sample(_ name: String) throws -> Data {
        try Data(contentsOf: sampleURL(name))
    }

    /// A sample parsed with the default options, as `podium parse` parses it.
    public static func sampleTranscript(_ name: String) throws -> Transcript {
        try Transcript(parsing: sample(name))
    }

    /// The seed sample, parsed.
    public static func seed() throws -> Transcript { try sampleTranscript(seedName) }

    /// Every regular file under a folder, sorted, skipping hidden files and README.md.
    public static func files(under folder: URL, extensions: Set<String>? = nil) -> [URL] {
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

    /// A program on the `PATH`, or `nil`.
    public static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
