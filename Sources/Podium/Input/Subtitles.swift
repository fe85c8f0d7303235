/// Subtitle files (SubRip `.srt`, WebVTT `.vtt`): numbered cues with a timing line each, a sentence often
/// broken across cues, and a speaker's name only in the first cue of their stretch.
///
/// Cue numbers, timing lines and the `WEBVTT` header are layout, as line numbers are; the words of the
/// cues run on as one text whose lines keep the cue breaks, so a name opening a cue can still start a turn.
struct Subtitles {
    /// The words of the cues, one entry per line of cue text.
    let textLines: [String]

    /// Reads `lines` as subtitles, or `nil` when they are not: a few cue timing lines are the evidence.
    init?(lines: [Substring]) {
        var timings = 0
        var text: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: " \t\r\u{FEFF}")
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            if Self.isTiming(Substring(line)) {
                timings += 1
            } else if line.allSatisfy({ $0.isASCII && $0.isNumber }), !line.isEmpty, Self.isTiming(next) {
                // A cue's number, on the line before its timing.
            } else if line == "WEBVTT" || line.hasPrefix("WEBVTT ") {
                // The WebVTT header.
            } else if !line.isEmpty {
                text.append(line)
            }
            index += 1
        }
        guard timings >= Thresholds.Subtitles.minimumCues else { return nil }
        textLines = text
    }

    /// `00:00:00,179 --> 00:00:02,399`, WebVTT's `00:02.400 --> 00:04.799 align:start`.
    static func isTiming(_ line: Substring) -> Bool {
        guard let arrow = line.literalRange(of: " --> ") else { return false }
        let start = line[..<arrow.lowerBound].trimmingCharacters(in: " \t")
        let end = line[arrow.upperBound...].split(separator: " ").first.map(String.init) ?? ""
        return Timestamp.isClock(start) && Timestamp.isClock(end)
    }

    /// All the cues' words as one block; its lines keep the cue breaks.
    func blocks() -> [Block] {
        guard !textLines.isEmpty else { return [] }
        return [Block(text: TextNormalization.joinWrapped(textLines), lines: textLines.count > 1 ? textLines : [])]
    }
}
