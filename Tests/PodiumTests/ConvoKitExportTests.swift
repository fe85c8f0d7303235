import Foundation
import Testing

/// `podium export convokit`: ConvoKit's on-disk corpus format, checked here on its own and, when ConvoKit
/// is installed, loaded by ConvoKit itself (scripts/convokit_check.py).
@Suite(.enabled(if: PodiumExecutable.isBuilt, "the podium binary is not built"))
struct ConvoKitExportTests {
    /// A Python that imports convokit: the one scripts/convokit-check.sh installs, or `python3`.
    static let python: String? = {
        let candidates = [TestSupport.packageRoot.appendingPathComponent(".venv-convokit/bin/python").path, "python3"]
        return candidates.first { python in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [python, "-c", "import convokit"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
    }()

    static func jsonObject(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func theExportHasConvoKitsFiles() throws {
        let folder = try BadInputFolder()
        let transcript = OutputSafetyTests.transcript
        _ = try folder.write("a.txt", Data(transcript.utf8))
        _ = try folder.write("b.md", Data(("---\ntitle: 发布会\ndate: 2024-01-02\n---\n\n" + transcript).utf8))
        _ = try folder.write("notes.txt", Data("没有任何标签。\n".utf8))
        let out = folder.url.appendingPathComponent("convokit")
        let result = try PodiumExecutable.run(["export", "convokit", folder.url.path, "-o", out.path])
        #expect(result.status == 65, "notes.txt is not a transcript: \(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [".podium-output", "conversations.json", "corpus.json", "index.json", "speakers.json", "utterances.jsonl"])
        let utterances = try CorpusModeTests.jsonLines(String(contentsOf: out.appendingPathComponent("utterances.jsonl"), encoding: .utf8))
        #expect(utterances.count == 6)
        #expect(utterances.map { $0["id"] as? String } == ["a/0", "a/1", "a/2", "b/0", "b/1", "b/2"])
        #expect(utterances.map { $0["reply-to"] as? String } == [nil, "a/0", "a/1", nil, "b/0", "b/1"])
        #expect(utterances.allSatisfy { ($0["conversation_id"] as? String)?.hasSuffix("/0") == true })
        let conversations = try Self.jsonObject(out.appendingPathComponent("conversations.json"))
        #expect(Set(conversations.keys) == ["a/0", "b/0"])
        let meta = (conversations["b/0"] as? [String: Any])?["meta"] as? [String: Any]
        #expect(meta?["date"] as? String == "2024-01-02")
        #expect(meta?["file"] as? String == folder.url.appendingPathComponent("b.md").path)
        #expect(try Self.jsonObject(out.appendingPathComponent("speakers.json")).count == 6)
        #expect(try Self.jsonObject(out.appendingPathComponent("index.json"))["version"] as? Int == 1)
        #expect(try Self.jsonObject(out.appendingPathComponent("corpus.json"))["name"] as? String == "convokit")
        let refused = try PodiumExecutable.run(["export", "convokit", folder.url.path, "-o", folder.url.path])
        #expect(refused.status == 73)
    }

    /// ConvoKit loads the export of the development corpus and of bulk/mfa, with the counts and reply links
    /// of Podium's JSON.
    @Test(
        .enabled(if: TestSupport.hasCorpus, "needs ../shared/corpus"),
        .enabled(if: python != nil, "convokit is not installed: python3 -c \"import convokit\" fails (scripts/convokit-check.sh installs it in .venv-convokit)"))
    func convoKitLoadsTheExport() throws {
        let corpus = try #require(TestSupport.corpus)
        let development = TestSupport.files(under: corpus, extensions: ["md", "txt"])
            .filter { $0.deletingLastPathComponent().standardizedFileURL == corpus.standardizedFileURL }
        #expect(development.count >= 5)
        let folder = try BadInputFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            try #require(Self.python), TestSupport.packageRoot.appendingPathComponent("scripts/convokit_check.py").path,
            try #require(PodiumExecutable.url).path, folder.url.path,
            "dev=" + development.map(\.path).joined(separator: ","), "mfa=" + corpus.appendingPathComponent("bulk/mfa").path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.components(separatedBy: ": ok").count == 3, "\(text)")
    }
}
