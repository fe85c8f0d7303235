/// A run of `KEY: value` lines that describe the record (`INTERVIEWEE: Allison Okamura`, `INTERVIEWER: Peter
/// Asaro`, `DATE: 16 September 2014`, `PLACE: Chicago, IL`): fields, not turns, though a role word opens one.
enum MetadataLines {
    /// The blocks in such runs: two or more field lines in a row, one of them a field the lexicon knows.
    static func fields(in blocks: [LabeledBlock]) -> [Int] {
        var result: [Int] = []
        var run: [Int] = []
        var hasKnownKey = false
        func close() {
            if run.count >= Thresholds.MetadataLines.shortestRun, hasKnownKey { result += run }
            run = []
            hasKnownKey = false
        }
        for (index, block) in blocks.enumerated() {
            guard let key = fieldKey(block.block.text) else {
                close()
                continue
            }
            run.append(index)
            if SpeakerLexicon.metadataKeys.contains(key.uppercased()) { hasKnownKey = true }
        }
        close()
        return result
    }

    /// The key of a short `KEY: value` line whose value is no sentence.
    private static func fieldKey(_ text: String) -> String? {
        // A key is a few words: its colon comes within the first bytes.
        guard text.utf8.count <= Thresholds.MetadataLines.longestLine * 4,
            ColonProbe.hasColon(inFirst: Thresholds.MetadataLines.longestKeyBytes, bytesOf: text.utf8),
            text.hasLength(atMost: Thresholds.MetadataLines.longestLine),
            let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" })
        else { return nil }
        let key = text[..<colon].trimmingCharacters(in: " ")
        let value = text[text.index(after: colon)...].trimmingCharacters(in: " ")
        guard !key.isEmpty, !value.isEmpty, key.split(separator: " ").count <= 3,
            key.first.map({ $0.isUppercase || $0.unicodeScalars.first?.properties.isIdeographic == true }) == true,
            let last = value.last, !".?!。？！".contains(last)
        else { return nil }
        return key
    }
}
