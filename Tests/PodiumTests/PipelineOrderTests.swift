import Foundation
import PodiumTestSupport
import Testing

/// The library's stages depend one way: a stage's code names types of the stages before it (and of `Lexicon/`,
/// `Model/`, `API/`), never of a stage after it, so a rule's place says what it may read (docs/architecture.md).
@Suite("Pipeline order")
struct PipelineOrderTests {
    /// The stage folders of `Sources/Podium`, in the order a document goes through them.
    private static let stages = ["Input", "Segmentation", "Analysis", "Rendering"]
    private static let sources = TestSupport.packageRoot.appendingPathComponent("Sources/Podium")

    /// The types a stage declares, one a file, named after its file (`Type+Concern.swift` extends a type declared
    /// elsewhere and declares none).
    private static func declaredTypes(in stage: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(stage).path)
            .filter { $0.hasSuffix(".swift") && !$0.contains("+") }
            .map { String($0.dropLast(".swift".count)) }
    }

    /// A file's code without its comments, which may name any type.
    private static func code(of file: URL) throws -> String {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line) }
            .joined(separator: "\n")
    }

    /// The names among `types` that `code` uses as whole words.
    static func uses(of types: [String], in code: String) -> [String] {
        types.filter { type in
            code.range(of: "\\b\(type)\\b", options: .regularExpression) != nil
        }
    }

    @Test func noStageNamesATypeOfALaterStage() throws {
        for (position, stage) in Self.stages.enumerated() {
            let later = try Self.stages.dropFirst(position + 1).flatMap(Self.declaredTypes(in:))
            let folder = Self.sources.appendingPathComponent(stage)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
                let used = Self.uses(of: later, in: try Self.code(of: folder.appendingPathComponent(name)))
                #expect(used.isEmpty, "\(stage)/\(name) uses \(used), of a later stage")
            }
        }
    }

    /// The check above finds a later stage's type in code, and not in a comment or inside a longer name.
    @Test func theCheckSeesCodeOnly() {
        #expect(Self.uses(of: ["TurnDigest"], in: "let digest = TurnDigest(turn: turn)") == ["TurnDigest"])
        #expect(Self.uses(of: ["TurnDigest"], in: "let digest = TurnDigestCache()").isEmpty)
        #expect(Self.uses(of: ["Headline"], in: "let point = Point(text: text)").isEmpty)
    }
}
