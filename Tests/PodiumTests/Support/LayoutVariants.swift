import Foundation
import Testing

@testable import Podium

/// A way of printing speaker labels that real transcripts use. ``LayoutVariants`` re-prints a parsed
/// transcript in one of them so that a test can check the labelling stage finds the same turns whatever
/// the surface.
enum VariantLayout: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// `Name: words`, `新华社记者：words`.
    case colon
    /// `[Name] words`; `【名字】words` in Chinese.
    case bracket
    /// `### Name` on its own line, the paragraphs below.
    case heading
    /// `— Name: words`.
    case dash
    /// `Q. words` / `A. words`, in Chinese `问：words` / `答：words`: reporters ask and the official who
    /// answers most answers; the names of both are gone.
    case questionAnswer
    /// `**Name:** words`.
    case bold
    /// `NAME: words`.
    case capitals
    /// The name alone on its line, the words on the next lines.
    case nameAlone
    /// `Name  0:05` alone on its line, as a recording's transcript prints it.
    case timestamped
    /// A call transcript's header block: `Name,  Org - Title    [3]` between rules of dashes, the words
    /// indented below, with `Presentation` / `Questions and Answers` section lines.
    case headerBlock
    /// `**1、《Outlet》Name：question` for each new asker, `**Name：follow-up`, answers `Name：words`; in
    /// English `**Q1:** question`, `**Q1 Follow-up:** …`, answers `**Name:** …`.
    case numberedQuestions
    /// A key line (`（問：記者；羅：羅秉成）`) defines one-character labels, then `羅：words`; in English
    /// initials (`(Q: Reporter; JP: Jerome Powell)`, then `JP: words`). Reporters are all 問 (`Q`).
    case keyLine
    /// The opening in one layout (`NAME. words`, or `### 名字` in Chinese), from the first question on
    /// `**Name:** words`: the style changes mid-document.
    case switchAtFirstQuestion
    /// Each participant keeps a layout of its own: `Name:`, `**Name:**`, `### Name`, `[Name]` in turn.
    case perParticipant

    var testDescription: String { rawValue }

    /// Whose names a layout keeps: the speaker figure can only be asked where the names are printed.
    enum Names {
        case everyone
        /// Reporters are `問` or `Q1`: every other speaker is named.
        case allButReporters
        case none
    }

    /// `Q.`/`A.` and 问/答 print roles, not people; the key line calls every reporter 問 (`Q`); English
    /// numbered questions are `**Q1:**`.
    func names(chinese: Bool) -> Names {
        switch self {
        case .questionAnswer: .none
        case .keyLine: .allButReporters
        case .numberedQuestions: chinese ? .everyone : .allButReporters
        default: .everyone
        }
    }

    /// Markdown layouts carry Markdown syntax; the others are plain text, as their real sources are.
    var isMarkdown: Bool {
        switch self {
        case .heading, .bold, .numberedQuestions, .switchAtFirstQuestion, .perParticipant: true
        default: false
        }
    }

    var fileExtension: String { isMarkdown ? "md" : "txt" }
}

/// Re-prints a parsed transcript with every label in another layout: the lead first, then each turn with
/// its speaker's label and its paragraphs, the notes after the turn they fall in, then the trailing text.
/// The words are the parser's own paragraphs, so only the labels differ from the original.
struct LayoutVariants {
    /// One label shape; a layout uses one or, when mixed, several.
    private enum Shape {
        case colon, bracket, heading, dash, questionAnswer, bold, capitals, capitalsPeriod
        case nameAlone, timestamped, headerBlock, numberedQuestion, keyLetter
    }

    let transcript: Transcript
    let isChinese: Bool
    let isTraditional: Bool
    private let principal: String?

    init(_ transcript: Transcript) {
        self.transcript = transcript
        principal = Self.principal(of: transcript)
        let language = transcript.source.language ?? ""
        isChinese = language.hasPrefix("zh")
        isTraditional = language == "zh-Hant"
    }

    private var colon: String { isChinese ? "：" : ": " }
    private var reporterWord: String { isChinese ? (isTraditional ? "記者" : "记者") : "Reporter" }
    private var moderatorWord: String { isChinese ? "主持人" : "Moderator" }
    /// What the anonymous asker is called: 问 (問), or `Q`.
    private var askerWord: String { isChinese ? (isTraditional ? "問" : "问") : "Q" }

    func render(_ layout: VariantLayout) -> String {
        var blocks: [String] = []
        if let title = transcript.source.title, !title.isEmpty, transcript.lead.first != title {
            blocks.append(layout.isMarkdown ? "# " + title : title)
        }
        blocks += transcript.lead.map { layout.isMarkdown ? $0 : Self.plain($0) }.filter { !$0.isEmpty }
        blocks += notes(in: nil)
        let keys = layout == .keyLine ? keyLetters() : [:]
        if layout == .keyLine { blocks.append(keyLine(keys)) }
        let firstQuestion = transcript.turns.firstIndex { $0.kind == .question }
        // A document that opens with a question still changes style: halfway through.
        let switchIndex = firstQuestion.flatMap { $0 > 0 ? $0 : nil } ?? transcript.turns.count / 2
        var askers = 0
        var previousAsker: String?
        for turn in transcript.turns {
            let shape = shape(of: turn, layout, switchIndex: switchIndex)
            if layout == .headerBlock {
                if turn.index == 0, turn.kind != .question { blocks.append(Self.section("Presentation")) }
                if turn.index == firstQuestion { blocks.append(Self.section("Questions and Answers")) }
            }
            var number: (Int, followUp: Bool)?
            if shape == .numberedQuestion, turn.kind == .question {
                if previousAsker != turn.speaker { askers += 1 }
                number = (askers, previousAsker == turn.speaker)
                previousAsker = turn.speaker
            }
            blocks += render(turn, shape, number: number, key: keys[turn.speaker])
            blocks += notes(in: turn.index)
        }
        blocks += transcript.trailing.map { layout.isMarkdown ? $0 : Self.plain($0) }.filter { !$0.isEmpty }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func shape(of turn: Turn, _ layout: VariantLayout, switchIndex: Int) -> Shape {
        switch layout {
        case .colon: .colon
        case .bracket: .bracket
        case .heading: .heading
        case .dash: .dash
        case .questionAnswer: .questionAnswer
        case .bold: .bold
        case .capitals: .capitals
        case .nameAlone: .nameAlone
        case .timestamped: .timestamped
        case .headerBlock: .headerBlock
        case .numberedQuestions: .numberedQuestion
        case .keyLine: .keyLetter
        case .switchAtFirstQuestion: turn.index < switchIndex ? (isChinese ? .heading : .capitalsPeriod) : .bold
        case .perParticipant:
            [Shape.colon, .bold, .heading, .bracket][participantOrder(turn.speaker) % 4]
        }
    }

    /// Participants printed under one label in the original (`Q`, and the reporter under it who said who they are)
    /// share a shape, as a page prints them.
    private func participantOrder(_ id: String) -> Int {
        let label = transcript.participant(withID: id)?.label
        return transcript.participants.firstIndex { $0.label == label } ?? 0
    }

    /// The words a label prints for a participant: the name, else the outlet (with 记者 in Chinese),
    /// else the label the original printed (`Operator`, `司儀`, `Q`).
    func labelText(_ id: String) -> String {
        guard let participant = transcript.participant(withID: id) else { return reporterWord }
        if let name = participant.name, !name.isEmpty { return name }
        if let outlet = participant.outlet, !outlet.isEmpty { return isChinese ? outlet + reporterWord : outlet }
        return participant.label
    }

    /// The official who answers most: the one `A.`/答 stands for. Other officials keep their names, as
    /// such transcripts print them, so that two answers in a row stay two turns.
    private static func principal(of transcript: Transcript) -> String? {
        var answers: [String: Int] = [:]
        var order: [String] = []
        for turn in transcript.turns where turn.kind == .answer && transcript.participant(withID: turn.speaker)?.role == .official {
            if answers[turn.speaker] == nil { order.append(turn.speaker) }
            answers[turn.speaker, default: 0] += 1
        }
        guard let most = answers.values.max() else { return nil }
        return order.first { answers[$0] == most }
    }

    /// The anonymous label of a turn: reporters ask, the principal official answers, the host keeps a
    /// role word, other officials their names; a participant of unknown role goes by what its turn does.
    private func anonymous(_ turn: Turn) -> String {
        let (question, answer) = isChinese ? (askerWord + colon, "答" + colon) : ("Q. ", "A. ")
        switch transcript.participant(withID: turn.speaker)?.role {
        case .reporter: return question
        case .official: return turn.speaker == principal ? answer : labelText(turn.speaker) + colon
        case .moderator: return moderatorWord + colon
        case .unknown, nil: return turn.kind == .question ? question : answer
        }
    }

    private func render(_ turn: Turn, _ shape: Shape, number: (Int, followUp: Bool)?, key: String?) -> [String] {
        let name = labelText(turn.speaker)
        let paragraphs = turn.paragraphs.isEmpty ? [""] : turn.paragraphs
        let rest = Array(paragraphs.dropFirst())
        let inline = { (label: String) in [label + paragraphs[0]] + rest }
        switch shape {
        case .colon: return inline(name + colon)
        case .bracket: return inline(isChinese ? "【\(name)】" : "[\(name)] ")
        case .heading: return ["### " + name] + paragraphs
        case .dash: return inline("— " + name + colon)
        case .bold: return inline(isChinese ? "**\(name)：**" : "**\(name):** ")
        case .capitals: return inline(name.uppercased() + colon)
        case .capitalsPeriod: return inline(name.uppercased() + ". ")
        case .questionAnswer: return inline(anonymous(turn))
        case .nameAlone: return [([name] + paragraphs).joined(separator: "\n")]
        case .timestamped: return [([name + "  " + clock(before: turn.index)] + paragraphs).joined(separator: "\n")]
        case .headerBlock:
            let rule = String(repeating: "-", count: 78)
            let header = "\(rule)\n\(headerLine(turn.speaker))    [\(turn.index + 1)]\n\(rule)"
            return [header] + paragraphs.map { "  " + $0 }
        case .numberedQuestion:
            guard isChinese else {
                guard let (number, followUp) = number else { return inline("**\(name):** ") }
                return inline(followUp ? "**Q\(number) Follow-up:** " : "**Q\(number):** ")
            }
            guard let (number, followUp) = number else { return inline(name + colon) }
            return inline(followUp ? "**" + name + colon : numberedHeader(turn.speaker, number))
        case .keyLetter: return inline((key ?? name) + colon)
        }
    }

    /// `Name,  Org - Title`, or the name alone when the transcript knows nothing more.
    private func headerLine(_ id: String) -> String {
        let name = labelText(id)
        guard let participant = transcript.participant(withID: id) else { return name }
        let organization = participant.organization ?? (participant.name == nil ? nil : participant.outlet)
        let title = participant.title ?? (participant.role == .reporter && organization != nil ? "Analyst" : nil)
        switch (organization, title) {
        case let (organization?, title?): return "\(name),  \(organization) - \(title)"
        case let (organization?, nil): return "\(name),  \(organization)"
        case let (nil, title?): return "\(name),  \(title)"
        case (nil, nil): return name
        }
    }

    /// `**1、《Outlet》Name：`, `**1、《Outlet》记者：` without a name, `**1、记者：` without either.
    private func numberedHeader(_ id: String, _ number: Int) -> String {
        let participant = transcript.participant(withID: id)
        let name = participant?.name ?? reporterWord
        guard let outlet = participant?.outlet, !outlet.isEmpty else { return "**\(number)、\(name)：" }
        return "**\(number)、《\(outlet)》\(name)："
    }

    private static func section(_ title: String) -> String {
        "\(String(repeating: "=", count: 78))\n\(title)"
    }

    /// A recording's clock: each turn starts when the words before it have been said, at a speaking
    /// rate of 15 letters a second (4 characters in Chinese).
    private func clock(before index: Int) -> String {
        let rate = isChinese ? 4 : 15
        let letters = transcript.turns.prefix(index).reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.count } }
        let seconds = letters / rate
        let (hours, minutes, secs) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }

    /// A short key for each participant who speaks, unique in the document: the reporters share 問
    /// (`Q`), as such keys print them; in Chinese the others take the first free character of their label
    /// (the surname first), in English their initials (`JP`, `O`), lengthened when taken.
    func keyLetters() -> [String: String] {
        var keys: [String: String] = [:]
        var used: Set<String> = []
        used.insert(askerWord)
        var speakers: [String] = []
        for turn in transcript.turns where !speakers.contains(turn.speaker) { speakers.append(turn.speaker) }
        for id in speakers {
            let participant = transcript.participant(withID: id)
            if participant?.role == .reporter {
                keys[id] = askerWord
                continue
            }
            let candidates: [String]
            if isChinese {
                let characters = Array(labelText(id)) + Array("甲乙丙丁戊己庚辛壬癸")
                candidates = characters.filter { $0.unicodeScalars.first?.properties.isIdeographic == true }.map { String($0) }
            } else {
                let words = labelText(id).split(separator: " ").map { $0.filter(\.isLetter).uppercased() }.filter { !$0.isEmpty }
                let surname = words.last ?? "X"
                let first = String(words.first?.prefix(1) ?? "X")
                let initials = words.count > 1 ? first + String(surname.prefix(1)) : first
                let longer: [String] = (1...surname.count).map { initials + String(surname.dropFirst().prefix($0)) }
                let numbered: [String] = (1...9).map { initials + String($0) }
                candidates = [initials] + longer + numbered
            }
            if let key = candidates.first(where: { !used.contains($0) }) {
                keys[id] = key
                used.insert(key)
            }
        }
        return keys
    }

    /// `（問：記者；羅：羅秉成）` or `(Q: Reporter; P: Jerome Powell)`, in order of first speech.
    private func keyLine(_ keys: [String: String]) -> String {
        var seen = Set<String>()
        var entries: [String] = []
        for turn in transcript.turns where seen.insert(turn.speaker).inserted {
            guard let key = keys[turn.speaker] else { continue }
            let anonymous = key == askerWord
            let who = anonymous ? reporterWord : labelText(turn.speaker)
            if !entries.contains(key + colon + who) { entries.append(key + colon + who) }
        }
        return isChinese ? "（" + entries.joined(separator: "；") + "）" : "(" + entries.joined(separator: "; ") + ")"
    }

    private func notes(in turn: Int?) -> [String] {
        transcript.notes.filter { $0.turn == turn }.map(\.text)
    }

    /// A lead or trailing paragraph with its Markdown taken out, for the plain-text layouts: heading marks
    /// dropped and `[text](address)` printed as `text address`.
    static func plain(_ paragraph: String) -> String {
        var text = Substring(paragraph)
        if text.hasPrefix("#") { text = text.drop { $0 == "#" }.drop { $0 == " " } }
        return String(text).replacing(#/\[([^\]]*)\]\(([^)]*)\)/#) { "\($0.output.1) \($0.output.2)" }
    }
}
