/// A page of quotes under the names of those who gave them, as a sports team's site prints a press conference: a
/// heading names each speaker (`Head Coach Trent Maddox`, `Senior LB Isaiah Mensah`), the words under it are in quotation
/// marks, and a reporter's topic prints before them (`On Boise State's run game:`).
///
/// Read only where no block has a label, and only where at least two headings end in a name the page prints elsewhere
/// (the story's lead: "head coach Trent Maddox, … and senior linebacker Isaiah Mensah met with the media"), each over
/// words quoted. Each heading is then the label of its speaker's turn, the quotations under it its words; the topics and
/// anything else under a heading that is not quoted are notes, kept where they stand.
enum QuotedSpeakers {
    /// The blocks with each speaker's heading a label and the lines between the quotations set aside; `nil` for any
    /// other document.
    static func labeled(_ blocks: [LabeledBlock]) -> [LabeledBlock]? {
        // The page's prose is gathered only where two headings or more could name someone.
        let headings = blocks.indices.filter { blocks[$0].block.isHeading && mayNameSomeone(blocks[$0].block.text) }
        guard headings.count >= Thresholds.QuotedSpeakers.fewestSpeakers else { return nil }
        let prose = blocks.filter { !$0.block.isHeading }.map(\.block.text).joined(separator: "\n")
        var speakers: [(index: Int, label: SpeakerLabel)] = []
        for index in headings {
            if let label = speakerHeading(blocks[index].block.text, namedIn: prose) { speakers.append((index, label)) }
        }
        guard speakers.count >= Thresholds.QuotedSpeakers.fewestSpeakers else { return nil }
        let ends = speakers.dropFirst().map(\.index) + [blocks.count]
        // Each heading stands over words quoted.
        for (speaker, end) in zip(speakers, ends) {
            guard blocks[(speaker.index + 1)..<end].contains(where: { isQuotation($0.block.text) }) else { return nil }
        }
        var labeled = blocks
        for (speaker, end) in zip(speakers, ends) {
            // The heading is the label, on a line of its own.
            labeled[speaker.index].label = speaker.label
            labeled[speaker.index].text = ""
            for index in (speaker.index + 1)..<end where !blocks[index].block.text.isEmpty && !isQuotation(blocks[index].block.text) {
                if !blocks[index].block.isHeading, !Segmenter.isTrailing(blocks[index].block.text) { labeled[index].block.kind = .aside }
            }
        }
        return labeled
    }

    /// A heading that ends in a name of two or three capitalised words the page prints in its prose, the words before
    /// it the speaker's title: `Head Coach Trent Maddox`, `Redshirt Junior QB Caleb Ostrowski`.
    static func speakerHeading(_ heading: String, namedIn prose: String) -> SpeakerLabel? {
        guard mayNameSomeone(heading) else { return nil }
        let words = heading.split(separator: " ")
        for count in stride(from: min(Thresholds.QuotedSpeakers.mostWordsInAName, words.count), through: 2, by: -1) {
            let nameWords = words.suffix(count)
            guard nameWords.allSatisfy({ word in word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase) })
            else { continue }
            let name = nameWords.joined(separator: " ")
            guard prose.containsLiteral(name) else { continue }
            let title = words.dropLast(count).joined(separator: " ")
            return SpeakerLabel(text: heading, name: name, title: title.isEmpty ? nil : title)
        }
        return nil
    }

    /// A short heading that ends on a letter, as a name does.
    private static func mayNameSomeone(_ heading: String) -> Bool {
        guard heading.hasLength(atMost: Thresholds.QuotedSpeakers.longestHeading), let last = heading.last else { return false }
        return last.isLetter
    }

    /// Words printed in quotation marks: `"Good win on Saturday…"`, `“It's definitely slowing down.”`.
    static func isQuotation(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first == "\"" || first == "“"
    }
}
