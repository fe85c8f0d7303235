import Foundation
import Testing

/// Text compared with the files of a snapshot folder (`Fixtures/Snapshots` of a test target).
///
/// The expected text is read from the source tree, so that a recorded file is the one committed. With
/// `PODIUM_RECORD_SNAPSHOTS=1` in the environment, a missing or different snapshot is written and the test
/// still fails, asking for a run without it, so that a recording run is never mistaken for a pass. Otherwise
/// a missing snapshot fails. CI never sets the variable.
public struct Snapshots: Sendable {
    public let folder: URL

    /// The snapshots of the test target at `Tests/TARGET`.
    public init(target: String) {
        folder = TestSupport.packageRoot.appendingPathComponent("Tests/\(target)/Fixtures/Snapshots")
    }

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["PODIUM_RECORD_SNAPSHOTS"] == "1" }

    /// Fails unless `actual` is the text of the snapshot `name` (a path in the folder).
    public func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { return }
        if Self.isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded snapshot \(name); run the tests again without PODIUM_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record("missing snapshot \(name); record it with PODIUM_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        Issue.record(
            "snapshot \(name) differs at \(Self.firstDifference(expected, actual)); PODIUM_RECORD_SNAPSHOTS=1 records it again",
            sourceLocation: sourceLocation)
    }

    /// A snapshot's name for a sample: `folder/`, the sample's name without its extension, then `suffix`.
    public static func name(_ folder: String, _ sample: String, _ suffix: String) -> String {
        "\(folder)/\(URL(fileURLWithPath: sample).deletingPathExtension().lastPathComponent)\(suffix)"
    }

    /// The first differing line, so a failure says where to look.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<end>"
            let b = index < right.count ? String(right[index]) : "<end>"
            if a != b { return "line \(index + 1): expected «\(a.prefix(160))», got «\(b.prefix(160))»" }
        }
        return "no line (the line endings differ)"
    }
}
