/// Names who holds the conference from the title or the first lines: 「外交部发言人华春莹主持例行记者会」.
enum HostDetector {
    /// The host and the block that names them: `nil` when the title does.
    static func naming(title: String?, blocks: [LabeledBlock]) -> (name: String, block: Int?)? {
        let candidates: [(text: String, block: Int?)] = [title].compactMap { $0 }.map { ($0, nil) }
            + blocks.prefix(Thresholds.Segments.linesNamingTheHost).enumerated().map { ($1.block.text, $0) }
        for (text, block) in candidates {
            for key in SpeakerLexicon.spokespersonWords {
                guard let range = text.literalRange(of: key) else { continue }
                // 「发言人华春莹主持…」, 「发言人林晓岚回答记者提问」, or the line's last words: 「发布人：商务部新闻发言人 林思远」.
                let tail = text[range.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
                let verb = SpeakerLexicon.hostingVerbs.compactMap { tail.literalRange(of: $0)?.lowerBound }.min()
                let name = String(tail[..<(verb ?? tail.endIndex)])
                if LabelParser.isChineseName(name), verb != nil || name.first.map(SpeakerLexicon.chineseSurnames.contains) == true {
                    return (name, block)
                }
            }
        }
        // `Spokesperson and Deputy Minister for Public Relations Yoon Ha-jin` over the statement, anywhere before the
        // first label.
        for (index, block) in blocks.enumerated() {
            guard block.label == nil else { break }
            if let name = englishHost(block.block.text) { return (name, index) }
        }
        return nil
    }

    /// The first bytes of ``SpeakerLexicon/englishSpokespersonOpenings``: most blocks are turned down on theirs.
    private static let spokespersonInitials = Set(SpeakerLexicon.englishSpokespersonOpenings.compactMap(\.utf8.first))

    /// The name that closes a header line giving a spokesperson's office: two or three capitalised words after it that
    /// are no title's.
    private static func englishHost(_ text: String) -> String? {
        guard let first = text.utf8.first, spokespersonInitials.contains(first),
            SpeakerLexicon.englishSpokespersonOpenings.contains(where: { text.hasPrefix($0) }),
            text.hasLength(atMost: Thresholds.Segments.longestEnglishHostLine),
            !text.contains(where: { ".?!:;,".contains($0) })
        else { return nil }
        let words = text.split(separator: " ")
        let name = words.reversed().prefix { word in
            let upper = word.uppercased()
            return word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-'’".contains($0) }
                && !SpeakerLexicon.englishTitles.contains(upper) && !SpeakerLexicon.englishHonorifics.contains(upper)
                && !SpeakerLexicon.officeNameWords.contains(upper)
        }
        guard (2...Thresholds.LabelReading.mostWordsInALatinName).contains(name.count), name.count < words.count else { return nil }
        return name.reversed().joined(separator: " ")
    }
}
