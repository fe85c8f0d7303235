/// The roster a call transcript prints before the call, one person a line under a heading: Seeking Alpha's `Company
/// Participants` (`Dana Whitlock - Head of Investor Relations`) and `Conference Call Participants` (`Priya Natarajan -
/// Evercore ISI`). It says who each speaker is where the turns print the name alone.
struct CallRoster {
    /// Each person the roster lists, as a label would print them: name, title or firm, and role.
    private(set) var people: [SpeakerLabel] = []

    /// Reads the roster from the lines before the transcript starts; empty when no roster heading is among them.
    init(lines: [String]) {
        var side: DiscourseLexicon.RosterSide?
        for line in lines {
            let trimmed = line.trimmingCharacters(in: " \t")
            if trimmed.utf8.count <= Self.longestHeadingBytes, let heading = DiscourseLexicon.rosterHeadings[trimmed.uppercased()] {
                side = heading
                continue
            }
            guard let listed = side, let person = Self.person(in: trimmed, side: listed) else {
                // Anything else ends the roster: it is a list of people and nothing more.
                if !trimmed.isEmpty { side = nil }
                continue
            }
            people.append(person)
        }
    }

    private static let longestHeadingBytes = DiscourseLexicon.rosterHeadings.keys.map(\.utf8.count).max() ?? 0

    /// `Dana Whitlock - Head of Investor Relations`, `* Erik Johansson, Analyst`: a name of two words or more, a dash
    /// or a comma, and what the person is; Bloomberg lists them as bullets. The company's people hold a title and
    /// answer; the call's other participants are analysts, and the words name the firm they ask for, unless they only
    /// say the person is an analyst.
    private static func person(in line: String, side: DiscourseLexicon.RosterSide) -> SpeakerLabel? {
        let entry = Self.withoutListBullet(line)
        guard let (name, words) = AffiliationLine.sides(of: entry) ?? AffiliationLine.sides(of: entry, at: [", "]),
            name.split(separator: " ").count >= Thresholds.Affiliations.fewestWordsInAName, LabelParser.isLatinName(name),
            AffiliationLine.isTitleLine(words[...])
        else { return nil }
        switch side {
        case .company: return SpeakerLabel(text: name, roleHint: .official, name: name, title: words)
        case .analysts where SpeakerLexicon.analystWords.contains(words):
            return SpeakerLabel(text: name, roleHint: .reporter, name: name, title: words)
        case .analysts: return SpeakerLabel(text: name, roleHint: .reporter, name: name, outlet: words)
        case .either:
            // `Analyst, Pareto Securities` asks for the firm; any other title is held, whatever part its holder plays.
            return AffiliationLine.label(titleBeforeCompany: words, name: name) ?? SpeakerLabel(text: name, name: name, title: words)
        }
    }

    /// `- **Henrik Vold** — Chief Executive Officer` / `- **Sigrid Haugland** — Chief Financial Officer` / `- **Unknown
    /// Analyst**`: names one after another, each printed alone with no words, two of them or more with what the person
    /// is, list a roster, not turns.
    static func listedEntries(in blocks: [LabeledBlock]) -> [Int] {
        var result: [Int] = []
        var run: [Int] = []
        var described = 0
        func close() {
            if described >= Thresholds.Affiliations.shortestRoster { result += run }
            run = []
            described = 0
        }
        // Whether the block after `index` is a heading or another opening, not words.
        func wordsDoNotFollow(_ index: Int) -> Bool {
            let next = index + 1
            return next == blocks.count || blocks[next].block.isHeading || blocks[next].label != nil || blocks[next].candidate != nil
        }
        // By index: a block is read where it stands, not copied.
        for index in blocks.indices {
            // `- **Unknown Analyst**`: a role the lexicon reads, alone, is listed as the names are, where no words follow
            // it (`Operator` over `Good day, and welcome…` under a roster opens the call).
            if blocks[index].label != nil, blocks[index].text.isEmpty, !run.isEmpty, wordsDoNotFollow(index) {
                run.append(index)
                continue
            }
            guard let candidate = blocks[index].candidate, candidate.form.standsAlone, candidate.rest.isEmpty, !candidate.form.hasTimestamp else {
                close()
                continue
            }
            run.append(index)
            if candidate.affiliation != nil { described += 1 }
        }
        close()
        return result
    }

    private static func withoutListBullet(_ line: String) -> String {
        ListLine.isBulletedEntry(line) ? String(line.dropFirst(2)) : line
    }

}
