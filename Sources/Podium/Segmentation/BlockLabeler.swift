/// Splits blocks at the speaker labels that open them, or that open one of their lines,
/// and confirms tentative labels (bare names) against the rest of the document.
enum BlockLabeler {
    static func label(_ blocks: [Block]) -> [LabeledBlock] {
        var labeled: [LabeledBlock] = []
        var index = 0
        while index < blocks.count {
            if index + 1 < blocks.count, let label = AffiliationLine.label(name: blocks[index].text, affiliation: blocks[index + 1].text) {
                let merged = Block(kind: blocks[index].kind, text: blocks[index].text + "\n" + blocks[index + 1].text)
                labeled.append(LabeledBlock(label: label, text: "", block: merged))
                index += 2
                continue
            }
            for piece in splitAtLabelledLines(blocks[index]) {
                labeled += splitAtInlineLabels(piece)
            }
            index += 1
        }
        return confirmTentativeLabels(labeled)
    }

    private static func labelOf(_ block: Block) -> LabeledBlock {
        if let role = SpeakerLexicon.roleLabels[block.text], block.text.count > 1 {
            return LabeledBlock(label: SpeakerLabel(text: block.text, roleHint: role), text: "", block: block)
        }
        if let (label, rest) = LabelParser.split(block.text, strongPrefix: block.strongPrefix) {
            var label = label
            if block.isHeading || rest.isEmpty { label.isTentative = false }
            return LabeledBlock(label: label, text: rest, block: block)
        }
        // `### cheers：`: a heading that is nothing but a name and a colon is a label whatever the name.
        if block.isHeading, block.text.hasLength(atMost: 30), let last = block.text.last, last == "：" || last == ":" {
            let name = String(block.text.dropLast()).trimmingCharacters(in: " ")
            if !name.isEmpty, !SpeakerLexicon.nonSpeakers.contains(name) {
                let outlet = OutletLexicon.isOutlet(name) || OutletLexicon.names.contains(name.uppercased())
                return LabeledBlock(
                    label: SpeakerLabel(text: name, roleHint: outlet ? .reporter : nil, name: outlet ? nil : name, outlet: outlet ? name : nil),
                    text: "", block: block)
            }
        }
        return LabeledBlock(label: nil, text: block.text, block: block)
    }

    /// Hard-wrapped or Markdown paragraphs may hold several speakers, one per line group.
    private static func splitAtLabelledLines(_ block: Block) -> [Block] {
        guard block.lines.count > 1 else { return [block] }
        var pieces: [Block] = []
        var group: [String] = []
        func flush() {
            guard !group.isEmpty else { return }
            let text = TextNormalization.joinWrapped(group)
            let strong = pieces.isEmpty ? block.strongPrefix : nil
            pieces.append(Block(kind: block.kind, text: text, strongPrefix: strong, lines: group))
            group = []
        }
        for (offset, line) in block.lines.enumerated() {
            if offset > 0, let (label, _) = LabelParser.split(line, strongPrefix: nil), !label.isTentative {
                flush()
            }
            group.append(line)
        }
        flush()
        if pieces.count == 1 { return [block] }
        return pieces
    }

    /// 「…有哪些注意事项？『市人大常委会法制工作室副主任何修冬』：《条例》…」: a label after a sentence end.
    private static func splitAtInlineLabels(_ block: Block) -> [LabeledBlock] {
        let first = labelOf(block)
        guard LabelParser.mayOpenInlineLabel(in: first.text) else { return [first] }
        let characters = first.text.characterArray
        var cuts: [(Int, SpeakerLabel, Int)] = []
        var position = 1
        while position < characters.count {
            let previous = characters[position - 1]
            if previous.isOne(of: "。？！?!”"), characters[position] != "”" {
                let window = String(characters[position..<min(characters.count, position + LabelParser.maximumChineseLabelLength + 2)])
                if let (label, rest) = LabelParser.split(window, strongPrefix: nil), isStrongInline(label) {
                    let labelLength = window.count - rest.count
                    cuts.append((position, label, labelLength))
                    position += labelLength
                    continue
                }
            }
            position += 1
        }
        guard !cuts.isEmpty else { return [first] }
        var pieces: [LabeledBlock] = []
        var start = 0
        var currentLabel = first.label
        for (cut, label, length) in cuts {
            let text = String(characters[start..<cut]).trimmingCharacters(in: " ")
            pieces.append(LabeledBlock(label: currentLabel, text: text, block: block))
            currentLabel = label
            start = cut + length
        }
        pieces.append(
            LabeledBlock(label: currentLabel, text: String(characters[min(start, characters.count)...]).trimmingCharacters(in: " "), block: block))
        return pieces
    }

    /// Inside a paragraph only unmistakable labels count: a reporter, a bracketed or titled name, Q&A words.
    private static func isStrongInline(_ label: SpeakerLabel) -> Bool {
        if label.isTentative { return false }
        if label.text.hasPrefix("『") || label.text.hasPrefix("【") { return true }
        if label.roleHint == .reporter && label.text.count >= 2 && label.text != "Q" { return true }
        return label.title != nil && label.name != nil
    }

    /// A bare name counts when the same name also appears in a certain label, or twice as a label.
    private static func confirmTentativeLabels(_ blocks: [LabeledBlock]) -> [LabeledBlock] {
        var certainNames = Set<String>()
        var counts: [String: Int] = [:]
        for block in blocks {
            guard let label = block.label else { continue }
            if !label.isTentative, let name = label.name { certainNames.insert(name) }
            counts[label.text, default: 0] += 1
        }
        return blocks.map { block in
            guard var label = block.label, label.isTentative else { return block }
            let known = label.name.map { name in certainNames.contains { $0 == name || $0.hasSuffix(name) } } ?? false
            if known || counts[label.text, default: 0] >= 2 {
                label.isTentative = false
                return LabeledBlock(label: label, text: block.text, block: block.block)
            }
            return LabeledBlock(label: nil, text: block.block.text, block: block.block)
        }
    }
}
