import Foundation
import Ink
import Testing

@testable import Podium

/// Samples, snapshots and Markdown counting, for the briefing tests.
enum BriefingFixtures {
    /// The package root, two folders above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let seedName = "zh_scio_miit_presser_2022-04-19.md"

    /// Every sample transcript in `Samples/`, sorted (README.md left out).
    static var sampleNames: [String] {
        let folder = packageRoot.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    static func sampleURL(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Samples").appendingPathComponent(name)
    }

    static func sample(_ name: String) throws -> Transcript {
        try Transcript(parsing: Data(contentsOf: sampleURL(name)))
    }

    static func seed() throws -> Transcript { try sample(seedName) }
}

/// Compares text with a file under `Fixtures/Snapshots/`. The expected text is read from the test
/// bundle's copy of `Fixtures`; with `PODIUM_RECORD_SNAPSHOTS=1` the file in the source tree is
/// written instead (and the test still fails, so a recording run is never mistaken for a pass).
/// A missing snapshot fails. CI never sets the variable.
enum BriefingSnapshot {
    static let sourceFolder = BriefingFixtures.packageRoot.appendingPathComponent("Tests/PodiumTests/Fixtures/Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["PODIUM_RECORD_SNAPSHOTS"] == "1" }

    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if isRecording {
            let url = sourceFolder.appendingPathComponent(name)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded snapshot \(name); run again without PODIUM_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
            .appendingPathComponent("Snapshots").appendingPathComponent(name),
            let data = try? Data(contentsOf: url)
        else {
            Issue.record("missing snapshot \(name); record it with PODIUM_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        Issue.record("snapshot \(name) differs at \(firstDifference(expected, actual))", sourceLocation: sourceLocation)
    }

    private static func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.components(separatedBy: "\n")
        let right = actual.components(separatedBy: "\n")
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : "<end>"
            let b = index < right.count ? right[index] : "<end>"
            if a != b { return "line \(index + 1): expected «\(a.prefix(120))», got «\(b.prefix(120))»" }
        }
        return "the line endings"
    }

    /// A file name for a sample: its name without the extension, then the new extension.
    static func name(_ folder: String, _ sample: String, _ suffix: String) -> String {
        let base = (sample as NSString).deletingPathExtension
        return "\(folder)/\(base)\(suffix)"
    }
}

/// What a Markdown parser (Ink) makes of a document, counted by element.
struct MarkdownCounts {
    let html: String

    init(_ markdown: String) {
        html = MarkdownParser().html(from: markdown)
    }

    func count(_ tag: String) -> Int {
        html.components(separatedBy: "<\(tag)>").count - 1 + html.components(separatedBy: "<\(tag) ").count - 1
    }

    var headings1: Int { count("h1") }
    var headings2: Int { count("h2") }
    var headings3: Int { count("h3") }
    var listItems: Int { count("li") }
    var blockquotes: Int { count("blockquote") }
    var tableRows: Int { count("tr") }
}

/// Reads RFC 4180 CSV back into records, to check what the Q&A export writes.
enum CSVReader {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(character)
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
