/// Subtitle files (SubRip `.srt`, WebVTT `.vtt`): numbered cues with a timing line each, a sentence often
/// broken across cues, and a speaker's name only in the first cue of their stretch.
///
/// Cue numbers, timing lines and the `WEBVTT` header are layout, as line numbers are; the words of the
/// cues run on as one text whose lines keep the cue breaks, so a name opening a cue can still start a turn.
struct Subtitles {
    /// The words of the cues, one entry per line of cue text.
    let textLines: [String]
    /// The start time of the cue each line of ``textLines`` opens, `nil` for a cue's later lines.
    let lineTimes: [String?]
    /// The colour each line of ``textLines`` is printed in (``VoiceTag/read(_:)``), `nil` for a line with none;
    /// empty where a line mixes colours (a player's karaoke highlighting), which then say nothing about who speaks.
    let lineColours: [Substring?]
    /// The lines of each WebVTT `NOTE` block: a comment the captioner wrote (who speaks, where), kept as the text's
    /// opening rather than lost with the styling.
    let notes: [[String]]

    /// Reads `lines` as subtitles, or `nil` when they are not: a few cue timing lines are the evidence.
    init?(lines: [Substring]) {
        // Every cue timing holds an arrow: a document without one is read no further (most plain text).
        guard lines.contains(where: { $0.containsLiteral(Self.timingArrow) }) else { return nil }
        var timings = 0
        var text: [String] = []
        var times: [String?] = []
        var colours: [Substring?] = []
        var mixesColours = false
        var cueStart: String?
        // WebVTT's header lines (`Kind: captions`) and its `NOTE`, `STYLE` and `REGION` blocks run up to the next
        // cue timing: comments and styling, not words of a cue.
        var isOutsideCues = false
        var notes: [[String]] = []
        var isInNote = false
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: " \t\r\u{FEFF}")
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            if Self.isTiming(Substring(line)) {
                timings += 1
                cueStart = Self.start(ofTiming: Substring(line))
                isOutsideCues = false
                isInNote = false
            } else if line.allSatisfy({ $0.isASCII && $0.isNumber }), !line.isEmpty, Self.isTiming(next) {
                // A cue's number, on the line before its timing.
            } else if line == "WEBVTT" || line.hasPrefix("WEBVTT ") || line.hasPrefix("WEBVTT\t") {
                isOutsideCues = true
            } else if Self.webVTTBlockKeywords.contains(where: { line == $0 || line.hasPrefix($0 + " ") }) {
                isOutsideCues = true
                isInNote = line.hasPrefix(Self.noteKeyword)
                if isInNote {
                    let words = line.dropFirst(Self.noteKeyword.count).trimmingCharacters(in: " \t")
                    notes.append(words.isEmpty ? [] : [words])
                }
            } else if isOutsideCues {
                // Inside the header or a styling block; a comment's lines are kept, up to the blank line that ends it.
                if line.isEmpty {
                    isInNote = false
                } else if isInNote {
                    notes[notes.count - 1].append(line)
                }
            } else if !line.isEmpty {
                let (spoken, printed) = VoiceTag.read(line)
                text.append(spoken)
                times.append(cueStart)
                colours.append(printed.first)
                mixesColours = mixesColours || Set(printed).count > 1
                cueStart = nil
            }
            index += 1
        }
        guard timings >= Thresholds.Subtitles.minimumCues else { return nil }
        textLines = text
        lineTimes = times
        lineColours = mixesColours ? [] : colours
        self.notes = notes.filter { !$0.isEmpty }
    }

    /// Words that open a WebVTT block which is not a cue.
    private static let webVTTBlockKeywords = [noteKeyword, "STYLE", "REGION"]
    private static let noteKeyword = "NOTE"


    /// `00:00:00,179 --> 00:00:02,399`, WebVTT's `00:02.400 --> 00:04.799 align:start`.
    /// What separates a cue's start and end times.
    private static let timingArrow = " --> "

    static func isTiming(_ line: Substring) -> Bool {
        guard let arrow = line.literalRange(of: timingArrow) else { return false }
        let start = line[..<arrow.lowerBound].trimmingCharacters(in: " \t")
        let end = line[arrow.upperBound...].split(separator: " ").first.map(String.init) ?? ""
        return Timestamp.isClock(start) && Timestamp.isClock(end)
    }

    /// The clock a timing line starts at: `00:00:05.000 --> …` → `00:00:05.000`.
    private static func start(ofTiming line: Substring) -> String? {
        line.literalRange(of: timingArrow).map { line[..<$0.lowerBound].trimmingCharacters(in: " \t") }
    }

    /// All the cues' words as one block; its lines keep the cue breaks and the times the cues start at.
    /// Each `NOTE` comes first, as a paragraph of its own.
    func blocks() -> [Block] {
        let comments = notes.map { lines in Block(text: TextNormalization.joinWrapped(lines), lines: lines.count == 1 ? [] : lines) }
        guard !textLines.isEmpty else { return comments }
        if let changes = speakerChanges() ?? colourChanges() { return comments + changes }
        return comments + [Self.block(textLines[...], times: lineTimes[...], speaker: nil)]
    }

    /// Television captions (`>> GOOD AFTERNOON, EVERYONE. I'M CAPTAIN…`) mark each change of speaker with `>>` and
    /// name nobody: a block per stretch, each saying a speaker changed (``Block/unnamedSpeaker``), as plain-text
    /// captions are read. Their lines in capitals are no labels.
    private func speakerChanges() -> [Block]? {
        let marked = textLines.indices.compactMap { index in
            PlainTextBlockReader.afterSpeakerChangeMark(Substring(textLines[index])).map { (index, String($0)) }
        }
        guard marked.count >= Thresholds.Subtitles.fewestSpeakerChangeMarks else { return nil }
        return stretches(marked.map { ($0, $1, nil) })
    }

    /// Broadcasters' subtitles that print each speaker in a colour (`<c.yellow>`, `<font color="#00ffff">`) and name
    /// nobody: a change of colour between lines is a change of speaker, read as `>>` is, where most lines have a colour.
    private func colourChanges() -> [Block]? {
        let coloured = lineColours.compactMap { $0 }
        guard Set(coloured).count >= 2, coloured.count * 2 > textLines.count else { return nil }
        var marked: [(Int, String, String?)] = []
        var current: Substring?
        for (index, colour) in lineColours.enumerated() {
            guard let colour, colour != current else { continue }
            marked.append((index, textLines[index], String(colour)))
            current = colour
        }
        guard marked.count > Thresholds.Subtitles.fewestSpeakerChangeMarks else { return nil }
        return stretches(marked)
    }

    /// A block per stretch from each marked line (its words without the mark) to the next, each saying a speaker
    /// changed, in the voice that marks it if any; the lines before the first mark are one block of their own.
    private func stretches(_ marked: [(line: Int, words: String, voice: String?)]) -> [Block] {
        guard let first = marked.first?.0 else { return [] }
        var blocks: [Block] = []
        if first > 0 { blocks.append(Self.block(textLines[..<first], times: lineTimes[..<first], speaker: nil)) }
        for (position, (start, words, voice)) in marked.enumerated() {
            let end = position + 1 < marked.count ? marked[position + 1].line : textLines.count
            let lines = [words] + textLines[(start + 1)..<end]
            var block = Self.block(lines[...], times: lineTimes[start..<end], speaker: Block.unnamedSpeaker)
            block.voice = voice
            blocks.append(block)
        }
        return blocks
    }

    private static func block(_ lines: ArraySlice<String>, times: ArraySlice<String?>, speaker: String?) -> Block {
        let isOneLine = lines.count == 1
        // A stretch of one line keeps its cue's time as the turn's; the one block of unmarked captions keeps none then.
        return Block(
            text: TextNormalization.joinWrapped(Array(lines)), lines: isOneLine ? [] : Array(lines),
            lineTimes: isOneLine && speaker == nil ? [] : Array(times), speaker: speaker)
    }
}
