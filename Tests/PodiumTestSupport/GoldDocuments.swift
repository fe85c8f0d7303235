import Foundation
import Podium
import Synchronization
import Testing

/// One gold annotation: `../shared/corpus/gold/*.json` or the project's `eval/gold/**/*.json`. Its raw
/// document lives in `../shared/corpus` either way, at the annotation's `document` path.
public struct GoldDocument: Sendable, CustomTestStringConvertible {
    /// The `document` path, relative to `../shared/corpus`: the key of the floors table.
    public var document: String
    public var goldFile: URL

    public var testDescription: String { document }

    public var raw: URL? { TestSupport.corpus?.appendingPathComponent(document) }
}

public enum GoldDocuments {
    public static let projectGold = TestSupport.packageRoot.appendingPathComponent("eval/gold")

    /// Every annotation of both sets, found by walking the folders so new files are scored unasked;
    /// empty without the shared corpus, whose raw documents they all need.
    public static let all: [GoldDocument] = {
        guard let corpus = TestSupport.corpus else { return [] }
        let files = TestSupport.files(under: corpus.appendingPathComponent("gold"), extensions: ["json"])
            + TestSupport.files(under: projectGold, extensions: ["json"])
        return files.map { file in
            // An unreadable annotation keeps its file name, so the test that decodes it fails by name.
            let data = try? Data(contentsOf: file)
            let object = data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
            return GoldDocument(document: object?["document"] as? String ?? file.lastPathComponent, goldFile: file)
        }
    }()

    /// The raw documents of the shared development set's annotations.
    public static var sharedDocuments: [GoldDocument] {
        guard let corpus = TestSupport.corpus else { return [] }
        return all.filter { $0.goldFile.path.hasPrefix(corpus.appendingPathComponent("gold").path + "/") }
    }

    private static let parsed = Mutex<[String: Result<Transcript, PodiumError>]>([:])

    /// The document parsed as `podium parse` parses it, once per test run whichever test asks first.
    public static func transcript(_ document: GoldDocument) throws -> Transcript {
        if let hit = parsed.withLock({ $0[document.document] }) { return try hit.get() }
        let url = try #require(document.raw, "../shared/corpus is absent")
        let data = try Data(contentsOf: url)
        let result = Result { () throws(PodiumError) in try Transcript(parsing: data) }
        parsed.withLock { $0[document.document] = result }
        return try result.get()
    }
}
