import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Bad inputs at the library level: each gives a transcript with diagnostics or a
/// ``PodiumError``; never a trap, a hang or lost text. docs/reliability.md lists the behaviour.
@Suite("Bad input: library")
struct BadInputTests {
    private func error(_ data: Data) -> PodiumError? {
        do {
            _ = try Transcript(parsing: data)
            return nil
        } catch {
            return error
        }
    }

    private static let conference = TestTexts.conference

    @Test func emptyFile() {
        #expect(error(Data()) == .emptyDocument)
    }

    @Test func onlyWhitespace() {
        #expect(error(Data(" \n\t\r\n  ".utf8)) == .emptyDocument)
        #expect(error(Data("\u{3000}\u{A0}\n".utf8)) == .emptyDocument)
    }

    @Test func png() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(error(Data(png + [UInt8](repeating: 0, count: 64))) == .binaryContent("PNG image"))
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomBytes(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        // Binary, or text without speaker labels: either way a PodiumError, never a trap.
        let failure = error(Data(bytes))
        #expect(failure != nil)
        #expect(failure.map { [.noSpeakerTurns, .binaryContent("binary data")].contains($0) } == true)
    }

    @Test func invalidUTF8IsRepairedWithADiagnostic() throws {
        let bytes = Array("主持人：你好".utf8) + [0xFF, 0xFE] + Array("世界。\n\n新华社记者：请问？\n".utf8)
        let transcript = try Transcript(parsing: Data(bytes))
        #expect(transcript.turns.count == 2)
        #expect(transcript.turns[0].paragraphs == ["你好\u{FFFD}\u{FFFD}世界。"])
        #expect(transcript.diagnostics.contains { $0.code == "invalid-bytes" })
    }

    @Test func nulBytesAreRemovedWithADiagnostic() throws {
        let transcript = try Transcript(parsing: Data("主持人：你好\u{0}世界。\n\n新华社记者：请问？\n".utf8))
        #expect(transcript.turns[0].paragraphs == ["你好世界。"])
        #expect(transcript.diagnostics.contains { $0.code == "nul-bytes" })
    }

    @Test func htmlTruncatedMidTag() throws {
        let html = "<html><body><p>主持人：欢迎。</p><p>新华社记者：请问？</p><p class=\"x"
        let transcript = try Transcript(parsing: Data(html.utf8))
        #expect(transcript.turns.map(\.paragraphs) == [["欢迎。"], ["请问？"]])
        let cut = "<p>主持人：欢迎。</p><p>新华社记者：请问进展如何？</p><p>张明远局长：谢谢<str"
        #expect(try TextCoverage(checking: Data(cut.utf8), format: .html).transcript.turns.count == 3)
    }

    @Test func fiftyThousandNestedTags() throws {
        let html = "<html><body><p>主持人：开始。</p>" + String(repeating: "<div>", count: 50_000) + "<p>新华社记者：请问？</p>"
            + String(repeating: "</div>", count: 50_000) + "<p>主持人：结束了。</p></body></html>"
        let coverage = try TextCoverage(checking: Data(html.utf8))
        #expect(coverage.transcript.turns.map(\.paragraphs) == [["开始。"], ["请问？"], ["结束了。"]])
        #expect(coverage.isComplete)
        let unclosed = "<p>主持人：开始。</p>" + String(repeating: "<span><b>", count: 50_000) + "新华社记者：请问？"
        // The second label, under 100,000 open inline elements, still starts its own turn.
        #expect(try Transcript(parsing: Data(unclosed.utf8)).turns.map(\.paragraphs) == [["开始。"], ["请问？"]])
    }

    /// A 10 MB line of one clause after another. The same line cut into 220,000 sentences, and the
    /// HTML variant, run with PODIUM_LARGE_TESTS=1 and in scripts/large-input.sh: in a debug build
    /// the parser needs a minute for them (see docs/reliability.md).
    @Test(.timeLimit(.minutes(3)))
    func tenMegabyteSingleLine() throws {
        let clause = "这是一个很长的句子，没有换行，"
        let body = String(repeating: clause, count: 10_000_000 / clause.utf8.count) + "。"
        let transcript = try Transcript(parsing: Data(("主持人：" + body + "\n\n新华社记者：请问？").utf8))
        #expect(transcript.turns.count == 2)
        #expect(transcript.turns.first?.paragraphs.first?.utf8.count == body.utf8.count)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PODIUM_LARGE_TESTS"] == "1", "set PODIUM_LARGE_TESTS=1"))
    func tenMegabyteSingleLineOfSentencesAndOfHTML() throws {
        let sentence = "这是一个很长的句子，没有换行。"
        let body = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let text = try Transcript(parsing: Data(("主持人：" + body + "\n\n新华社记者：请问？").utf8))
        #expect(text.turns.count == 2)
        #expect(text.turns.first?.paragraphs.first?.utf8.count == body.utf8.count)
        let html = "<p>主持人：" + String(repeating: "很长的一行文字。", count: 10_000_000 / 24) + "</p><p>新华社记者：请问？</p>"
        let transcript = try Transcript(parsing: Data(html.utf8))
        #expect(transcript.turns.count == 2)
        #expect((transcript.turns.first?.paragraphs.first?.utf8.count ?? 0) > 9_000_000)
    }

    /// 200 MB takes minutes in a debug build; run it with PODIUM_LARGE_TESTS=1 (scripts/large-input.sh
    /// does the same with the release binary and reports time and peak memory).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PODIUM_LARGE_TESTS"] == "1", "set PODIUM_LARGE_TESTS=1"))
    func twoHundredMegabyteFile() throws {
        let paragraph = "新华社记者：请问今年的进展如何？\n\n省交通运输厅副厅长张明远：谢谢提问。我们一是加快建设，二是优化服务。\n\n"
        let data = Data(String(repeating: paragraph, count: 200_000_000 / paragraph.utf8.count).utf8)
        let transcript = try Transcript(parsing: data)
        #expect(transcript.turns.count > 1_000_000)
    }

    @Test func labelWithNoText() throws {
        #expect(error(Data("主持人：\n\n新华社记者：\n\n张明远局长：\n".utf8)) == .noSpeakerTurns)
        let transcript = try TestSupport.parse("主持人：\n\n新华社记者：请问？\n\n张明远局长：\n\n主持人：谢谢。")
        #expect(transcript.turns.allSatisfy { !$0.paragraphs.isEmpty })
        #expect(transcript.turns.map(\.paragraphs) == [["请问？"], ["谢谢。"]])
        #expect(TextCoverage.check(text: "主持人：\n\n新华社记者：请问？\n\n张明远局长：\n\n主持人：谢谢。", transcript: transcript).isComplete)
    }

    @Test func documentWithNoLabels() throws {
        let text = "这是一段新闻。\n\n没有任何标签。"
        #expect(error(Data(text.utf8)) == .noSpeakerTurns)
        let transcript = try Transcript(parsing: Data(text.utf8), options: .allowEmptyTranscript)
        #expect(transcript.turns.isEmpty)
        #expect(transcript.lead == ["这是一段新闻。", "没有任何标签。"])
        #expect(transcript.diagnostics.contains { $0.code == "no-turns" })
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithoutByteOrderMark(encoding: String.Encoding) throws {
        let data = try #require(Self.conference.data(using: encoding))
        #expect(data.prefix(2) != Data([0xFF, 0xFE]) && data.prefix(2) != Data([0xFE, 0xFF]))
        let transcript = try Transcript(parsing: data)
        #expect(transcript.turns.map(\.paragraphs) == [["欢迎大家。"], ["请问进展如何？"], ["谢谢提问。"]])
        #expect(transcript.source.encoding == (encoding == .utf16LittleEndian ? "utf-16le" : "utf-16be"))
    }

    @Test func utf16WithoutByteOrderMarkOrASCII() throws {
        let text = "主持人：欢迎大家。新华社记者：请问进展如何？"
        let data = try #require(text.data(using: .utf16LittleEndian))
        #expect(!data.contains(0))
        let transcript = try Transcript(parsing: data)
        #expect(transcript.source.encoding == "utf-16le")
        #expect(transcript.turns.first?.paragraphs.first?.hasPrefix("欢迎大家。") == true)
    }

    @Test func gb18030WithoutDeclaration() throws {
        let transcript = try Transcript(parsing: try #require(IconvEncoder.encode(Self.conference, to: "GB18030")))
        #expect(transcript.source.encoding == "gb18030")
        #expect(transcript.turns.map(\.paragraphs) == [["欢迎大家。"], ["请问进展如何？"], ["谢谢提问。"]])
    }

    /// An oral-history page saved by Word: `<meta charset=windows-1252>`, curly quotes and dashes at 0x80–0x9F.
    static let windows1252Page: [UInt8] =
        Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>\n".utf8)
        + Array("<p><b>MSM</b>: Ken".utf8) + [0x92] + Array("s idea ".utf8) + [0x97] + Array(" how did it start".utf8) + [0x85]
        + Array("?</p>\n<p><b>Aho</b>: It started with ".utf8) + [0x93] + Array("Multics".utf8) + [0x94, 0x81]
        + Array(".</p>\n<p><b>MSM</b>: And then?</p>\n<p><b>Aho</b>: Then the PDP-7.</p></body></html>\n".utf8)

    @Test func declaredWindows1252ReadsItsPunctuation() throws {
        let transcript = try Transcript(parsing: Data(Self.windows1252Page))
        #expect(transcript.source.encoding == "windows-1252")
        // 0x81, unassigned, keeps its ISO 8859-1 code point, so no byte is lost.
        #expect(transcript.turns.map(\.paragraphs) == [["Ken’s idea — how did it start…?"], ["It started with “Multics”\u{81}."], ["And then?"], ["Then the PDP-7."]])
    }

    @Test(arguments: ["iso-8859-1", "latin1", "us-ascii", "cp1252"])
    func latinLabelsAreReadAsWindows1252(label: String) {
        #expect(TextDecoder.declaredCharset(Array("<meta charset=\"\(label)\">".utf8)) == .windows1252)
    }

    @Test func forcedLatin1KeepsEachByteItsOwnCodePoint() throws {
        let transcript = try Transcript(parsing: Data(Self.windows1252Page), encoding: .latin1)
        #expect(transcript.source.encoding == "iso-8859-1")
        #expect(transcript.turns.first?.paragraphs == ["Ken\u{92}s idea \u{97} how did it start\u{85}?"])
    }

    @Test func big5WithoutDeclaration() throws {
        let traditional = "主持人：歡迎大家。\n\n新華社記者：請問進展如何？\n\n交通部次長張明遠：謝謝提問。\n"
        let transcript = try Transcript(parsing: try #require(IconvEncoder.encode(traditional, to: "BIG5")))
        #expect(transcript.source.encoding == "big5")
        #expect(transcript.turns.count == 3)
    }
}
