/// Names who holds the conference from the title or the first lines: 「外交部发言人华春莹主持例行记者会」.
enum HostDetector {
    static func host(title: String?, blocks: [LabeledBlock]) -> String? {
        let candidates = [title].compactMap { $0 } + blocks.prefix(Thresholds.Segments.linesNamingTheHost).map(\.block.text)
        for text in candidates {
            for key in SpeakerLexicon.spokespersonWords {
                guard let range = text.literalRange(of: key) else { continue }
                let tail = text[range.upperBound...]
                guard let hold = tail.literalRange(of: "主持") else { continue }
                let name = String(tail[..<hold.lowerBound])
                if LabelParser.isChineseName(name) { return name }
            }
        }
        return nil
    }
}
