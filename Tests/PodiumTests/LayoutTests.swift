import Foundation
import Testing

@testable import Podium

/// Layouts found in real records beyond press conferences, each on a small transcript written for the
/// test (Fixtures/Layouts).
@Suite("Record layouts")
struct LayoutTests {
    static func text(_ name: String) throws -> String {
        String(decoding: try TestSupport.fixture(name, in: "Fixtures/Layouts"), as: UTF8.self)
    }

    static func speakers(_ transcript: Transcript) -> [String] {
        transcript.turns.map { transcript.participant(withID: $0.speaker)?.name ?? "?" }
    }

    // MARK: Numbered records

    @Test func numberedRecordReadsTurnsWithoutLineNumbers() throws {
        let text = try Self.text("numbered_record.txt")
        let transcript = try TestSupport.parse(text)
        #expect(Self.speakers(transcript) == ["Moreno", "Park", "Abara", "Park", "Abara", "Moreno", "Osei", "Abara", "Osei", "Moreno"])
        // A paragraph runs on across the page break, without the page's furniture or line numbers.
        #expect(transcript.turns[6].paragraphs == ["The city did file, but the fee it paid was the wrong fee, as the record shows at page 12."])
        #expect(transcript.turns[1].paragraphs == [
            "Thank you, Chief Judge, and may it please the Court:", "The statute sets out two tests, and the city meets both of them.",
        ])
        let notes = transcript.notes.map(\.text)
        #expect(notes.filter { $0 == "Example Reporting Service" }.count == 2)
        #expect(notes.contains("(Laughter.)"))
        #expect(notes.contains("ORAL ARGUMENT OF DANA PARK"))
        #expect(notes.contains("(Whereupon, at 11:02 a.m., the case was submitted.)"))
        #expect(notes.contains("1") && notes.contains("2"))
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    @Test func aFewNumberedLinesAreNotARecord() throws {
        let threshold = Thresholds.NumberedRecord.minimumNumberedLines
        func lines(_ count: Int) -> [Substring] {
            (1...count).map { Substring("\($0 % 25 + 1)   words of line \($0)") }
        }
        #expect(NumberedRecord(lines: lines(threshold - 1)) == nil)
        #expect(NumberedRecord(lines: lines(threshold)) != nil)
    }

    @Test func numbersOutOfSequenceAreNotARecord() {
        // Figures opening lines of a table: numbered, but not counted line by line.
        let lines = (1...40).map { Substring("\(($0 * 7) % 90 + 10)   units sold in region \($0)") }
        #expect(NumberedRecord(lines: lines) == nil)
    }

    @Test func aNumberFarFromTheMarginIsAPageNumber() throws {
        let record = try #require(NumberedRecord(lines: (1...25).map { Substring("\($0)   line \($0)") } + ["                 26"]))
        #expect(record.lines.last == NumberedRecord.Line(text: "26", indent: nil))
    }

    @Test func capitalsBetweenTurnsAreAHeadingNotSpeech() {
        #expect(SectionHeading.isHeading("ORAL ARGUMENT OF DANA PARK"))
        #expect(SectionHeading.isHeading("QUESTIONS AND ANSWERS"))
        #expect(!SectionHeading.isHeading("NO WAY!"))
        #expect(!SectionHeading.isHeading("Thank you all"))
        #expect(!SectionHeading.isHeading("USA"))
        #expect(!SectionHeading.isHeading("第一 ABCDEFG HIJ"))
    }
}
