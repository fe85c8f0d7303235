import Foundation
import Testing
@testable import Podium

@Test func zzDebug() throws {
    let path = ProcessInfo.processInfo.environment["ZZFILE"] ?? ""
    guard !path.isEmpty, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    let doc = DocumentReader.read(text, format: nil)
    for (i, b) in BlockLabeler.read(doc.blocks).enumerated().prefix(30) {
        print(i, b.block.kind, "LABEL:", b.label.map { "\($0)" } ?? "-", "CAND:", b.candidate?.text ?? "-", "|", b.text.prefix(60).debugDescription)
    }
}

@Test func zzLabel() throws {
    for t in ["Governor Dana Whitfield", "Dr. Marcus Lee", "Speaker 3"] {
        print("LBL", t, LabelParser.parseEnglish(t))
    }
}

@Test func zzPoints() throws {
    let texts = ["Senator, on the first, the railroad has added detectors so that there are more of them. On the second, we have an open enforcement action. On the third, we expect the final rule this spring.",
                 "On your first question, we are confident. On your second question, the answer is no.",
                 "On the first part, yes. On the second part, no."]
    for t in texts {
        let tr = try Podium.Transcript(parsing: "Q: What?\n\nA: " + t)
        print("PTS", tr.turns.last?.points.map { "\($0.marker)|\($0.text.prefix(20))" } ?? [])
    }
}

@Test func zzRoles() throws {
    let path = ProcessInfo.processInfo.environment["ZZFILE"] ?? ""
    guard !path.isEmpty, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    let t = try Podium.Transcript(parsing: text)
    for p in t.participants { print("ROLE", p.name ?? p.label, p.role) }
    for (i, turn) in t.turns.enumerated() { print("KIND", i, turn.kind, turn.paragraphs.first?.prefix(40) ?? "") }
}
