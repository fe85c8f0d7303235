import Foundation
import Testing

/// A tiny snapshot helper: compares text with a file under Fixtures/Snapshots.
///
/// The snapshot is read from the source tree (not the copied resources), so a recorded file can be
/// committed. With `PODIUM_RECORD_SNAPSHOTS=1` in the environment, a missing or different snapshot
/// is written and the test fails once, asking for a re-run; otherwise a missing snapshot fails.
enum Snapshot {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/PodiumTests/Fixtures/Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["PODIUM_RECORD_SNAPSHOTS"] == "1" }

    static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { return }
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded snapshot \(name); run the tests again without PODIUM_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record(
                "missing snapshot \(name); run with PODIUM_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        Issue.record(
            "snapshot \(name) differs: \(firstDifference(expected, actual)); run with PODIUM_RECORD_SNAPSHOTS=1 to re-record",
            sourceLocation: sourceLocation)
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
        return "no line differs (line endings?)"
    }
}
