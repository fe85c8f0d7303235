/// A heading between turns: `QUESTIONS AND ANSWERS`, `ORAL ARGUMENT OF DANA PARK`. Read only where no label
/// was found, so a name in capitals that is a label stays one.
enum SectionHeading {
    static func isHeading(_ text: String) -> Bool {
        // A scalar's capitals take at least one byte and it takes at most four: a text four times as long as the
        // longest heading is none of them, and a long paragraph is not upper-cased to find so.
        (text.utf8.count <= 4 * longestHeadingBytes && isNamedHeading(text)) || isCapitalsLine(text)
    }

    /// A block the markup prints as a heading (`## 二、关于提价和销量`, `<h3>`) and no label opens: a section's title, short
    /// and asking nothing. A heading that asks (`## 你怎么看今年的房价？`) may be an unlabelled interview's question.
    static func isMarkedUp(_ block: LabeledBlock) -> Bool {
        guard block.label == nil, block.block.isHeading, block.text.hasLength(atMost: PageFurniture.longestLine),
            let last = block.text.last
        else { return false }
        return !questionEnds.contains(last)
    }

    private static let questionEnds: Set<Character> = ["?", "？"]

    /// `QUESTIONS AND ANSWERS`, `Prepared Remarks:`: a heading the lexicon lists, in any case, a colon after it or not.
    static func isNamedHeading(_ text: String) -> Bool {
        let heading = text.hasSuffix(":") ? String(text.dropLast()) : text
        return DiscourseLexicon.sectionHeadings.contains(heading.uppercased())
    }

    static let longestHeadingBytes = DiscourseLexicon.sectionHeadings.map(\.utf8.count).max() ?? 0

    /// A few words in capitals that end no sentence: a title, not speech.
    static func isCapitalsLine(_ text: String) -> Bool {
        let limits = Thresholds.SectionHeading.self
        guard text.hasLength(atMost: PageFurniture.longestLine) else { return false }
        // The scalars first: most lines are turned down on their first lower-case or wide one, and comparing the last
        // character with each mark is the slower test.
        var capitals = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase || TextNormalization.isWide(scalar) { return false }
            if scalar.properties.isUppercase { capitals += 1 }
        }
        guard let last = text.last, !".?!:;,\"”".contains(last) else { return false }
        return capitals >= limits.minimumCapitals && text.split(separator: " ").count >= limits.minimumWords
    }
}
