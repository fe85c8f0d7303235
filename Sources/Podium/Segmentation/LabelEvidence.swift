/// Decides, for the whole document at once, which openings are speaker labels.
///
/// Labels the lexicon reads with certainty stay labels. Everything else is weighed by what the document
/// shows:
/// - a bare name or a candidate shape (``LabelCandidate``) is a speaker when the same label recurs,
///   alternates with other speakers and is followed by words;
/// - a shape that several such names share is that document's way of printing speakers, so a name
///   printed once in it, between the first and last of them, is a speaker too;
/// - a role word the lexicon knows, numbered (`Q1`, `Audience 2`), is a speaker wherever words follow it;
/// - a name printed alone (`Jane Doe：`) is the speaker a surer label already named (`《某报》Jane Doe：`);
/// - a key line (`（問：記者；鄭：鄭某）`) defines the labels it names, and is no turn itself.
///
/// Furniture that never alternates with speech (`Inquiries: (02) 5555 0100`) is set aside as a note, and a
/// stage word printed like a label (`**Break:** [19:33]`) marks a pause, not a speaker.
enum LabelEvidence {
    static func decide(_ read: [LabeledBlock]) -> LabelDecision {
        var blocks = read
        let key = LabelKey.find(in: blocks)
        for index in key.lines {
            blocks[index] = LabeledBlock(label: nil, text: blocks[index].block.text, block: Block(kind: .labelKey, text: blocks[index].block.text))
        }
        // `AM Hello and welcome…` under a key that lists `AM Anna Moretti`: the initials are the label.
        if let lastKeyLine = key.lines.max() {
            for index in blocks.indices.dropFirst(lastKeyLine + 1) {
                if let labeled = key.labelingInitials(blocks[index]) { blocks[index] = labeled }
            }
        }
        for (index, abbreviating) in key.abbreviating {
            var label = LabelParser.parseChinese(abbreviating.label) ?? SpeakerLabel(text: abbreviating.label, name: abbreviating.label)
            label.isTentative = false
            // The label as printed, note and all, is the speaker's printed form.
            label.text = abbreviating.printed
            blocks[index] = LabeledBlock(label: label, text: abbreviating.rest, block: blocks[index].block)
        }
        // Blocks that are layout, not turns, kept as notes.
        func setAside(_ indices: [Int]) {
            for index in indices { blocks[index] = LabeledBlock.aside(blocks[index].block.text) }
        }
        // `MALLOY TRANSCRIPTION SERVICE` beside each page number, a court reporter's footer over the page's number,
        // `00:09:45 媒体提问` under 「智能章节:」: the pages' and the recording's, not speakers.
        setAside(PageFurniture.runningFooters(in: blocks) + PageFurniture.footerLines(in: blocks) + MetadataLines.chapterLines(in: blocks))
        // `INTERVIEWER: Peter Asaro` / `DATE: 16 September 2014`: fields of a record, not turns.
        setAside(MetadataLines.fields(in: blocks))
        // 「谈现状：县城不缺需求…」 / 「谈政策：以旧换新要“往下沉”」: an interview's section titles, not a person 谈现状.
        setAside(TopicHeading.headings(in: blocks))
        // 「专访西南财经大学教授何正阳：…」: the page's title, not the interviewee's turn.
        setAside(blocks.indices.filter { InterviewTitle.isTitle(blocks[$0].block.text) })
        // `- **Henrik Vold** — Chief Executive Officer` one after another: an export's roster, not turns.
        setAside(CallRoster.listedEntries(in: blocks))
        // 「主席兼行政總裁　鄺志軒先生」 under 「出席管理層：」: a roster's lines, not turns.
        for index in blocks.indices.dropFirst() where MetadataLines.listsUnderAttendanceHeading(blocks[index], previous: blocks[index - 1]) {
            blocks[index] = LabeledBlock.aside(blocks[index].block.text)
        }
        // 「公司董事会秘书：邵明远」, 「主持人：…新闻发言人 曲雅文」: an office and a name alone is a header's field naming the
        // holder, not a turn.
        let labelledNames = Set(blocks.lazy.compactMap { $0.label?.name }.filter { $0.count >= 2 && LabelParser.isChineseName($0) })
        for index in blocks.indices where MetadataLines.namesAnOfficeHolder(blocks[index], labelledNames: labelledNames) {
            blocks[index] = LabeledBlock.aside(blocks[index].block.text)
        }
        let labels = LabelSequence(blocks: blocks)
        let statistics = labels.statistics()
        let certainNames = labels.certainNames
        var verdicts: [String: String] = [:]

        // Labels that recur and alternate, that the lexicon or a key names.
        for (text, stats) in statistics {
            if let reason = stats.acceptance(keyed: key.defines(text), certainNames: certainNames) { verdicts[text] = reason }
        }
        // One person printed under two labels (`John Smith (Leeds North) (Lab)`, then `John Smith`) recurs as a name.
        for texts in Self.namesUnderSeveralLabels(labels) {
            for text in texts where verdicts[text] == nil {
                verdicts[text] = "one person's name printed under \(texts.count) labels, after other speakers"
            }
        }
        // `Union Health Secretary, Shri Anil Kumar Bhatnagar:` then `Union Health Secretary:`: a holder printed once with
        // the office that then labels the holder's turns alone.
        for text in Self.holdersOfOfficesPrintedAlone(blocks, labels: labels, accepted: verdicts) where verdicts[text] == nil {
            verdicts[text] = "printed once with an office that labels turns alone"
        }
        // Shapes several of them share, and names printed once in such a shape.
        let documentForms = Self.documentForms(statistics: statistics, accepted: verdicts)
        // The dialogue runs from the first speaker to the last: a box before it printed the same way is not one.
        let dialogue = labels.span(of: { item in item.kind == .certain || verdicts[item.text] != nil })
        for (position, item) in labels.items.enumerated() where item.kind != .certain && verdicts[item.text] == nil && item.hasSpeech {
            guard let form = item.form, documentForms.contains(form) || Self.isDeviceInDocumentForm(item.text, form, documentForms) else { continue }
            if form.isNumbered {
                // 「1.物價因素：…」 / 「2.經濟成長：…」 in paragraphs one after another: a list's items, which no answer
                // parts as it parts numbered questions.
                guard !labels.isInARunOfOneForm(at: position) else { continue }
                // Numbered questions run through the document.
                verdicts[item.text] = "a numbered question, as others in the document are"
            } else if let dialogue, dialogue.contains(item.index), item.isNameShaped, !item.continuesPrevious {
                verdicts[item.text] = "printed once, in a shape the document uses for speakers (\(form))"
            }
        }
        // `DGHS:` after `DGHS, Dr. Sunita Prakash:`, a holder accepted by the document's shape.
        for text in Self.holdersOfOfficesPrintedAlone(blocks, labels: labels, accepted: verdicts) where verdicts[text] == nil {
            verdicts[text] = "an office printed alone that a name printed with it holds"
        }
        // `Jane Smith:` / `Tom Reed:` / `Jane Smith:`: a name printed once between two turns of one speaker, in that
        // speaker's shape, is whom the speaker took the floor back from.
        for (position, item) in labels.items.enumerated()
        where item.kind != .certain && verdicts[item.text] == nil && labels.isBetweenTwoTurnsOfOneSpeaker(at: position) {
            let before = labels.items[position - 1]
            guard before.kind == .certain || verdicts[before.text] != nil else { continue }
            verdicts[item.text] = "printed between two turns of «\(before.text)», in that speaker's shape"
        }
        // `Kolas Yotaka：接下來請唐鳳政委。` then `唐鳳：…`, `I now give the floor to Mr. Griffiths.` then `Mr. Griffiths:
        // …`: a name the host has just called on, printed once, speaks.
        for item in labels.items where item.kind != .certain && verdicts[item.text] == nil && item.hasSpeech
            && item.isIntroduced && item.isNameShaped && !item.continuesPrevious && item.form?.isNumbered != true
            // Latin words a host says (`First:`) are no name by their shape alone, a person's name before a colon is;
            // and someone called on follows someone else.
            && (item.form?.script == .chinese || (item.form?.hasColon == true && item.isPersonShaped))
            && (statistics[item.text]?.alternations ?? 0) >= 1
        {
            if let dialogue, dialogue.contains(item.index) { verdicts[item.text] = "a name the block before calls on" }
        }
        // `记者提问：…？` then `【黄爱民】…`: a name, in whatever shape, right after a question a reporter's label put, is
        // whoever answers it.
        for item in labels.items where item.kind == .candidate && verdicts[item.text] == nil && item.hasSpeech
            && item.answersLabelledQuestion && item.isNameShaped && !item.continuesPrevious && item.form?.isNumbered != true
            // A Latin heading after a question (`## Channel Splice`) opens a section; a Chinese one must be a name.
            && (item.form?.script == .chinese || item.form?.hasColon == true)
        {
            verdicts[item.text] = "a name right after a question that a reporter's label put"
        }
        // A short exchange in which nobody speaks twice: names printed once each, in one shape, open most paragraphs.
        // Only where nothing else shows a speaker: beside real speakers, such a run is a box of terms or headlines.
        let hasSpeakers = !verdicts.isEmpty || labels.items.contains { $0.kind == .certain }
        // In a fixed order, so that a text in two such shapes gets the same reason on every run.
        let dense = (hasSpeakers ? [:] : Self.denseForms(labels)).sorted { $0.key.description < $1.key.description }
        for (form, texts) in dense {
            for text in texts where verdicts[text] == nil {
                verdicts[text] = "one of \(texts.count) names printed once each that open most paragraphs of their stretch (\(form))"
            }
        }
        // `RESIDENT 2:` says that residents speak: `RESIDENT:` printed once is the first of them.
        let numberedGroups = Set(labels.items.compactMap { item in
            item.kind == .certain || verdicts[item.text] != nil ? LabelSequence.groupNumbered(item.text) : nil
        })
        for item in labels.items where item.kind != .certain && verdicts[item.text] == nil && item.hasSpeech
            && numberedGroups.contains(item.text)
        {
            verdicts[item.text] = "one of a group the document numbers («\(item.text)» and a number)"
        }
        // `DANA WHITFIELD, CNN ANCHOR:`: a person's name whose affiliation ends with a part the lexicon knows (anchor,
        // host, correspondent) speaks, printed once or not; `NHK, MORI:`, a surname beside an outlet the lexicon knows, too.
        for block in blocks {
            guard let candidate = block.candidate, verdicts[candidate.text] == nil, candidate.form.hasColon, !candidate.rest.isEmpty,
                let affiliation = candidate.affiliation, let part = affiliation.split(separator: " ").last.map(String.init),
                LabelParser.isLatinName(candidate.text) || candidate.form.script == .capitals
            else { continue }
            if SpeakerLexicon.roleLabel(part) != nil {
                verdicts[candidate.text] = "a name whose affiliation ends with a part the lexicon knows («\(part)»)"
            } else if SurnameAndOutlet.surnameScript(candidate.text[...]) != nil, SurnameAndOutlet.describesAReporter(affiliation[...]) {
                verdicts[candidate.text] = "a surname printed beside an outlet the lexicon knows («\(affiliation)»)"
            }
        }
        // A name printed alone that a surer label of the document already named.
        // Each name once: a speaker's label recurs on every turn, and each name is matched against every other.
        var seenNames: Set<String> = []
        let acceptedNames = labels.items.compactMap { item in verdicts[item.text] != nil || item.kind == .certain ? item.name : nil }
            .filter { seenNames.insert($0).inserted }
        for item in labels.items where item.kind != .certain && verdicts[item.text] == nil && item.hasSpeech {
            // `Mr. Buttigieg. Many of your…`: a capitalised name and a period open a question to that speaker as often
            // as a turn of theirs; in that shape, a speaker recurs on their own.
            if let form = item.form, form.hasPeriod, form.script == .latin { continue }
            // `STEVE INSKEEP, HOST:` once, then `INSKEEP:`: the full name printed first, the surname after. The words
            // before the surname must be given names: `Fed's Williams:` and `About Allison Okamura` are headlines.
            guard let name = item.name,
                acceptedNames.contains(where: { accepted in
                    NameMatch.names(accepted, shortForm: name)
                        || (statistics[item.text]?.count == 1 && item.form?.hasColon == true && NameMatch.names(name, shortForm: accepted)
                            && LabelSequence.givenNames(name, before: accepted))
                })
            else { continue }
            verdicts[item.text] = "the name of a speaker another label names"
        }

        let pageHeading = labels.pageHeading(in: blocks)
        var decided: [LabeledBlock] = []
        decided.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            guard !labels.listedNames.contains(index), index != pageHeading else {
                decided.append(LabeledBlock(label: nil, text: block.block.text, block: block.block))
                continue
            }
            let result = Self.decided(block, verdicts: verdicts, statistics: statistics, key: key, previous: &decided)
            decided.append(result)
        }
        let evidence = statistics.map { text, stats in
            let isLexiconLabel = !stats.isCandidate && !stats.isTentative
            return LabelDecision.Evidence(
                label: text, forms: stats.forms.map(\.description).sorted(), count: stats.count, alternations: stats.alternations,
                followedBySpeech: stats.speech, isLexiconLabel: isLexiconLabel,
                accepted: (isLexiconLabel || verdicts[text] != nil) && !DiscourseLexicon.isStageWord(text),
                reason: DiscourseLexicon.isStageWord(text) ? "a stage word printed like a label" : verdicts[text] ?? stats.rejection())
        }.sorted { ($0.count, $0.label) > ($1.count, $1.label) }
        return LabelDecision(blocks: decided, evidence: evidence, keyLines: key.lines.count)
    }

    /// `iPhone(00:11:02):` among 「宣传处-邵宁(00:11:20):」: a meeting app's device account (``SpeakerLexicon/isDeviceAccount(_:)``)
    /// is printed in the document's shape for speakers, in Latin letters whatever the names' script.
    private static func isDeviceInDocumentForm(_ text: String, _ form: LabelForm, _ documentForms: Set<LabelForm>) -> Bool {
        guard SpeakerLexicon.isDeviceAccount(text) else { return false }
        return [LabelForm.Script.chinese, .latin, .capitals].contains { script in
            var printed = form
            printed.script = script
            return documentForms.contains(printed)
        }
    }

    /// The shapes that are the document's way of printing speakers: several recurring names share them,
    /// or they number questions one after another.
    private static func documentForms(statistics: [String: LabelStatistics], accepted: [String: String]) -> Set<LabelForm> {
        let limits = Thresholds.LabelEvidence.self
        var namesByForm: [LabelForm: Int] = [:]
        var textsByForm: [LabelForm: Int] = [:]
        var numbered: [LabelForm: Int] = [:]
        var recurringLexiconLabels: [LabelForm: Int] = [:]
        for (text, stats) in statistics {
            let isLexiconLabel = !stats.isCandidate && !stats.isTentative
            for form in stats.forms {
                if isLexiconLabel, stats.count >= limits.minimumRecurrence, stats.alternations >= 1 {
                    recurringLexiconLabels[form, default: 0] += 1
                }
                // Names the lexicon reads count as well as names the evidence accepted.
                if accepted[text] != nil || (!stats.isCandidate && !stats.isTentative) { namesByForm[form, default: 0] += 1 }
                textsByForm[form, default: 0] += 1
                if form.isNumbered { numbered[form, default: 0] += stats.count }
            }
        }
        // Several speakers in one shape; or one recurring asker and, in the same shape, the several people who
        // answer once each (`【记者提问】` / `【何修冬】` / `【记者提问】` / `【宋豫】`).
        // A role word the lexicon reads, recurring and alternating in the shape (`### 记者提问` ×2 around
        // `### 何修冬`), needs one other text in it.
        let shared = namesByForm.filter { form, names in
            let texts = textsByForm[form, default: 0]
            return names >= limits.namesThatMakeAForm || (names >= 1 && texts >= limits.textsThatMakeAFormWithOneSpeaker)
                || (recurringLexiconLabels[form, default: 0] >= 1 && texts >= limits.textsThatMakeAFormWithARecurringLexiconLabel)
        }
        return Set(shared.keys).union(numbered.filter { $0.value >= limits.numberedQuestionsThatMakeAForm }.keys)
    }

    /// The label texts of each person whose name is printed under two labels or more, followed by words each time and
    /// at least once after someone else: the name recurs though no label text does.
    /// A name printed with an office (`Union Health Secretary, Shri Anil Kumar Bhatnagar:`, `ADG (M&C), PIB, Smt. Kavita
    /// Raghunathan:`) and the office, or its first words before a bracket or a comma, printed as a label alone
    /// (`Union Health Secretary:`, `ADG:`): when either is accepted, the other is the same speaker's label.
    private static func holdersOfOfficesPrintedAlone(_ blocks: [LabeledBlock], labels: LabelSequence, accepted: [String: String]) -> [String] {
        // Few documents print an office beside a name: most are turned down before the labels are gathered.
        let withOffice = labels.items.filter { $0.hasSpeech && blocks[$0.index].candidate?.affiliation != nil }
        guard !withOffice.isEmpty else { return [] }
        let isAccepted = { (item: LabelSequence.Item) in item.kind == .certain || accepted[item.text] != nil }
        var officeLabels: [String: Bool] = [:]
        for item in labels.items where item.hasSpeech { officeLabels[item.text, default: false] = officeLabels[item.text, default: false] || isAccepted(item) }
        var result: [String] = []
        for item in withOffice {
            guard let office = blocks[item.index].candidate?.affiliation?.trimmingCharacters(in: " ") else { continue }
            let head = office.prefix { $0 != "(" && $0 != "," }.trimmingCharacters(in: " ")
            guard let alone = [office, head].first(where: { officeLabels[$0] != nil }), let aloneAccepted = officeLabels[alone] else { continue }
            if aloneAccepted, !isAccepted(item) { result.append(item.text) }
            if isAccepted(item), !aloneAccepted { result.append(alone) }
        }
        return result
    }

    private static func namesUnderSeveralLabels(_ labels: LabelSequence) -> [Set<String>] {
        var textsByName: [String: Set<String>] = [:]
        var alternates: Set<String> = []
        var previousName: String?
        for item in labels.items {
            defer { previousName = item.name }
            guard item.kind != .certain, item.hasSpeech, let name = item.name, !name.isEmpty else { continue }
            textsByName[name, default: []].insert(item.text)
            if let previousName, previousName != name { alternates.insert(name) }
        }
        return textsByName.filter { name, texts in texts.count >= 2 && alternates.contains(name) }.map(\.value)
    }

    /// Shapes in which several different names, each followed by a sentence, open most paragraphs from the first of
    /// them to the last (`Mayor Lee:` / `Councillor Park:` / `Clerk Moore:`), with the names: where nobody speaks twice,
    /// recurrence cannot show who the speakers are, but the density of one shape can. A run of headlines
    /// (`Biden: Talks to resume`) ends no sentence.
    private static func denseForms(_ labels: LabelSequence) -> [LabelForm: Set<String>] {
        let limits = Thresholds.LabelEvidence.self
        var itemsByForm: [LabelForm: [LabelSequence.Item]] = [:]
        for item in labels.items where item.kind != .certain {
            guard let form = item.form, !form.isNumbered, !form.isQuoted else { continue }
            itemsByForm[form, default: []].append(item)
        }
        var result: [LabelForm: Set<String>] = [:]
        for (form, items) in itemsByForm {
            guard items.allSatisfy({ $0.hasSpeech && $0.endsSentence && $0.isNameShaped && !$0.continuesPrevious }),
                let first = items.first, let last = items.last
            else { continue }
            let texts = Set(items.map(\.text))
            let paragraphs = last.index - first.index + 1
            guard texts.count >= limits.namesThatMakeADenseForm,
                Double(items.count) >= Double(paragraphs) * limits.shareOfParagraphsOpenedByADenseForm
            else { continue }
            result[form] = texts
        }
        return result
    }

    /// One block as decided: labelled, set aside, joined again to the block before, or plain text.
    private static func decided(
        _ block: LabeledBlock, verdicts: [String: String], statistics: [String: LabelStatistics], key: LabelKey,
        previous decided: inout [LabeledBlock]
    ) -> LabeledBlock {
        let text = block.label?.text ?? block.candidate?.text
        if let text, DiscourseLexicon.isStageWord(text) {
            return LabeledBlock.aside(block.block.text)
        }
        if let label = block.label, !label.isTentative { return key.resolving(block) }
        if let text, verdicts[text] != nil {
            if var label = block.label {
                label.isTentative = false
                var accepted = LabeledBlock(label: label, text: block.text, block: block.block)
                accepted.time = block.time
                return key.resolving(accepted)
            }
            if let candidate = block.candidate {
                var labeled = LabeledBlock(
                    label: key.label(for: candidate) ?? CandidateReading.label(for: candidate), text: candidate.rest, block: block.block)
                labeled.time = candidate.time
                return labeled
            }
        }
        if block.continuesPrevious, let previous = decided.popLast() { return joined(previous, block) }
        // `Inquiries:  (02) 5555 0100`: printed once, with no words after it, it is furniture, not speech.
        if let text, let stats = statistics[text], stats.isFurniture {
            return LabeledBlock.aside(block.block.text)
        }
        return LabeledBlock(label: nil, text: block.block.text, block: block.block)
    }

    /// A piece cut at a candidate the evidence turned down, joined again to the piece before it.
    private static func joined(_ previous: LabeledBlock, _ piece: LabeledBlock) -> LabeledBlock {
        let block = Block(
            kind: previous.block.kind, text: TextNormalization.joinWrapped([previous.block.text, piece.block.text]),
            strongPrefix: previous.block.strongPrefix, lines: previous.block.lines + piece.block.lines,
            lineTimes: previous.block.lineTimes + piece.block.lineTimes)
        var joined = LabeledBlock(
            label: previous.label, text: TextNormalization.joinWrapped([previous.text, piece.block.text]), block: block,
            candidate: previous.candidate)
        joined.continuesPrevious = previous.continuesPrevious
        joined.time = previous.time
        return joined
    }
}

/// The labels and candidates of a document in reading order.
struct LabelSequence {
    struct Item {
        var index: Int
        var text: String
        var kind: Kind
        var form: LabelForm?
        var hasSpeech: Bool
        var name: String?
        /// Words follow it in its paragraph, but not words anyone says: `(02) 5555 0100`.
        var hasOtherWords = false
        /// The words after it end a sentence, as speech does and a headline seldom does.
        var endsSentence = false

        /// Cut from the middle of a paragraph at this line.
        var continuesPrevious = false
        /// The block before names it as a word: a host introducing the next speaker.
        var isIntroduced = false
        /// It comes right after a question that a reporter's label of the lexicon put (`记者提问：…？`), as whoever
        /// answers does.
        var answersLabelledQuestion = false
        /// The role a certain label's words imply (记者, Q).
        var role: LabelRole?

        /// 「投资者 lz***88提问」: an asker's word and the handle they post under, the entry's action perhaps after it.
        private var isOnlineAsker: Bool {
            guard SpeakerLexicon.handleAskerWords.contains(where: { text.hasPrefix($0) }),
                let reading = LabelParser.parseChinese(SpeakerLexicon.withoutEntryAction(text) ?? text)
            else { return false }
            return reading.roleHint == .reporter && reading.name != nil
        }

        /// Printed once, it still reads as a person: a Chinese candidate must be a name, an outlet or words the
        /// lexicon reads, not a clause before a colon; one word in capitals is as often an acronym (`SWIFT:`) as an
        /// outlet.
        var isNameShaped: Bool {
            guard let form else { return true }
            switch form.script {
            case .chinese: return ChineseNameShape.fits(Substring(text)) || SpeakerLexicon.isDiarizationLabel(text) || isOnlineAsker
            // An outlet the lexicon knows (`AFP:`) is no acronym printed like a label.
            case .capitals: return Self.words(of: text).count >= 2 || isIntroduced || OutletLexicon.knownName(text) != nil
            case .latin: return true
            }
        }

        /// Read as a person's name or a role, not only printed like one: a Chinese name, a role word the lexicon
        /// knows, or Latin words each capitalised (`Tom Reed`, `Speaker 3`), not one word (`Note:`, `Update:`);
        /// notes in brackets after them aside.
        var isPersonShaped: Bool {
            guard isNameShaped, let form else { return false }
            // `REPORTER (BBC)`, `John Smith (Leeds North)`: the words before the notes name the speaker.
            let named = text.last == ")" ? BracketedNotes(text)?.base ?? text : text
            if CandidateReading.isLexiconRole(named) { return true }
            switch form.script {
            case .chinese: return true
            case .capitals, .latin:
                let words = Self.words(of: named)
                return (2...Thresholds.LabelEvidence.mostWordsInAPersonLabel).contains(words.count)
                    && words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
            }
        }

        /// The words of a label; `SPEAKER_00`, a diarization label, is a word and a number as `SPEAKER 0` is.
        private static func words(of label: String) -> [Substring] {
            label.split { $0 == " " || $0 == "_" }
        }

        /// A name alone on its line, with no colon or mark: in a column of such lines it is a list of names.
        var isBareNameLine: Bool {
            guard kind != .certain, let form else { return false }
            return form.standsAlone && !form.hasColon && !form.hasTimestamp && !form.isNumbered && form.wrapper == .plain
        }
    }

    enum Kind { case certain, tentative, candidate }

    var items: [Item] = []
    /// Blocks that print a name alone with no words after it: a list's line, never a speaker.
    var listedNames = Set<Int>()

    init(blocks: [LabeledBlock]) {
        // A label's shape, read once per label text: a certain label prints the same way throughout.
        var formOfLabel: [String: LabelForm?] = [:]
        for (index, block) in blocks.enumerated() {
            guard block.label != nil || block.candidate != nil else { continue }
            // The next block by its index: a copy of it, for every label of a document, retained all its fields. A
            // note (an order paper's `Q1. [905318]`) may stand between a member's name and the words.
            var next = index + 1 < blocks.count ? index + 1 : nil
            if let after = next, after + 1 < blocks.count, blocks[after].block.kind == .aside { next = after + 1 }
            // Asked only of a label with no words after it in its own block.
            let nextIsWords = {
                next.map { blocks[$0].label == nil && blocks[$0].candidate == nil && Self.isSpeech(blocks[$0].text) } ?? false
            }
            if let label = block.label {
                let hasSpeech = Self.isSpeech(block.text) || (block.text.isEmpty && nextIsWords())
                let hasOtherWords = label.isTentative && !block.text.isEmpty && !hasSpeech
                // A label's shape, as a candidate would have it, so it counts towards the document's shapes.
                let form: LabelForm?
                if !label.isTentative, let known = formOfLabel[label.text] {
                    form = known
                } else {
                    form = CandidateReader.candidate(in: block.block.text, strongPrefix: block.block.strongPrefix, kind: block.block.kind)?.form
                    formOfLabel[label.text] = form
                }
                var item = Item(
                    index: index, text: label.text, kind: label.isTentative ? .tentative : .certain, form: form, hasSpeech: hasSpeech,
                    name: label.name, hasOtherWords: hasOtherWords)
                item.role = label.roleHint
                if label.isTentative {
                    item.endsSentence = Self.endsSentence(block.text.isEmpty ? next.map { blocks[$0].text } ?? "" : block.text)
                    item.isIntroduced = index > 0 && Self.isCalledOn(label.text, before: index, in: blocks)
                }
                items.append(item)
            } else if let candidate = block.candidate {
                // `董事长 王立群　2025-05-13 16:08:40` over 「答：感谢您的关注。」: a name line's words may follow what marks the
                // entry an answer.
                let nextIsMarkedWords = {
                    next.map { blocks[$0].label.map { SpeakerLexicon.entryMarkers.contains($0.text) } == true && Self.isSpeech(blocks[$0].text) }
                        ?? false
                }
                var hasSpeech = Self.isSpeech(candidate.rest) || (candidate.rest.isEmpty && (nextIsWords() || (candidate.form.hasTimestamp && nextIsMarkedWords())))
                // A name alone on its line is a speaker only where words follow it, not a list's next name.
                if candidate.form.standsAlone, !candidate.form.hasColon, !candidate.form.hasTimestamp {
                    // Not a list's next name, nor a roster's `Acme Corp - CFO` under the name.
                    hasSpeech = hasSpeech
                        && !(next.map { ListLine.opensWithAName(blocks[$0].text) || AffiliationLine.label(header: blocks[$0].text, name: candidate.text) != nil }
                            ?? true)
                }
                var item = Item(
                    index: index, text: candidate.text, kind: .candidate, form: candidate.form, hasSpeech: hasSpeech,
                    name: CandidateReading.label(for: candidate).name, hasOtherWords: !candidate.rest.isEmpty && !hasSpeech)
                item.endsSentence = Self.endsSentence(candidate.rest.isEmpty ? next.map { blocks[$0].text } ?? "" : candidate.rest)
                item.continuesPrevious = block.continuesPrevious
                item.isIntroduced = index > 0 && Self.isCalledOn(candidate.text, before: index, in: blocks)
                item.answersLabelledQuestion = index > 0 && Self.asksALabelledQuestion(blocks[index - 1], after: items.last)
                if item.isBareNameLine, !hasSpeech { listedNames.insert(index) }
                items.append(item)
            }
        }
        // `梁國雄議員` / `梁家傑議員` / … one per line: an attendance list, not speakers taking turns. The first
        // block is the document's title line (`Transcript`), no name of a list before the first speaker.
        // A call's section heading (`PRESENTATION`) above the first speaker's name is no list's line.
        let bare = Set(items.filter { $0.isBareNameLine && $0.index > 0 && !DiscourseLexicon.sectionHeadings.contains($0.text) }.map(\.index))
        // A podcast's `Transcript` over the first speaker's name marks where the dialogue starts; a name under it is no
        // list's next line, where one over it (`PRIME MINISTER` / `TRANSCRIPT` / `PRESS CONFERENCE`) heads the page.
        let startMarkers = Set(items.filter { DiscourseLexicon.transcriptStartMarkers.contains($0.text) }.map(\.index))
        for item in items
        where item.isBareNameLine
            && ((bare.contains(item.index - 1) && !startMarkers.contains(item.index - 1)) || bare.contains(item.index + 1))
        {
            listedNames.insert(item.index)
        }
        items.removeAll { listedNames.contains($0.index) }
    }

    /// One more printing of a label text, `item`, in its statistics; `previous` is the speaker printed before it.
    private static func count(_ item: Item, after previous: Item?, into stats: inout LabelStatistics) {
        stats.count += 1
        if let previous, previous.text != item.text { stats.alternations += 1 }
        // A name after unlabelled words (a talk whose speaker is never labelled) takes a turn too; a shape
        // no lexicon names needs a labelled speaker in between.
        if let previous, previous.text == item.text, item.kind == .tentative, item.index > previous.index + 1 {
            stats.alternations += 1
        }
        if item.hasSpeech { stats.speech += 1 }
        if item.hasOtherWords { stats.otherWords += 1 }
        if let form = item.form { stats.forms.insert(form) }
    }

    /// `PRIME MINISTER` over `THE HON DANIEL KEARNEY MP` / `PRIME MINISTER OF AUSTRALIA`, then `PRIME MINISTER: Good
    /// morning.`: the first label of a page, alone on its line over words that end no sentence, where the same label
    /// prints a colon later, is the page's heading (the office whose release it is), not a turn.
    func pageHeading(in blocks: [LabeledBlock]) -> Int? {
        guard let first = items.first, let form = first.form, form.standsAlone, !form.hasColon,
            let under = Self.wordsUnder(first.index, in: blocks), !Self.endsSentence(under),
            let again = items.dropFirst().first(where: { $0.text == first.text }),
            let later = CandidateReader.candidate(
                in: blocks[again.index].block.text, strongPrefix: blocks[again.index].block.strongPrefix, kind: blocks[again.index].block.kind),
            later.form.hasColon
        else { return nil }
        return first.index
    }

    /// The words a label alone on its line stands over: the rest of its paragraph, or the next paragraph.
    private static func wordsUnder(_ index: Int, in blocks: [LabeledBlock]) -> String? {
        if let under = blocks[index].block.text.split(separator: "\n", maxSplits: 1).dropFirst().first { return String(under) }
        return index + 1 < blocks.count ? blocks[index + 1].block.text : nil
    }

    /// Whether the item at `position` is a person printed between two printings of one other label, all three in one
    /// shape and followed by words (`MINISTER LEE` / `JANE DOE` / `MINISTER LEE`): whom the speaker took the floor
    /// back from.
    func isBetweenTwoTurnsOfOneSpeaker(at position: Int) -> Bool {
        guard position > 0, position + 1 < items.count else { return false }
        let (before, item, after) = (items[position - 1], items[position], items[position + 1])
        // Cheapest first: most items sit between two different labels; the name's shape is read last.
        return before.text == after.text && before.text != item.text && before.form == item.form && after.form == item.form
            && item.hasSpeech && before.hasSpeech && after.hasSpeech && !item.continuesPrevious && item.form?.isNumbered != true
            && item.isPersonShaped
    }

    /// Whether the item at `position` has a neighbour in the very next or previous block printed in its shape: a run of
    /// list items (「1.物價因素：」 over 「2.經濟成長：」), with no one's words between them.
    func isInARunOfOneForm(at position: Int) -> Bool {
        let item = items[position]
        if position > 0, case let before = items[position - 1], before.index + 1 == item.index, before.form == item.form { return true }
        if position + 1 < items.count, case let after = items[position + 1], item.index + 1 == after.index, after.form == item.form {
            return true
        }
        return false
    }

    /// Whether `block` ends a question of the reporter whose certain label comes last before it (`记者提问：…？`).
    static func asksALabelledQuestion(_ block: LabeledBlock, after last: Item?) -> Bool {
        guard let last, last.kind == .certain, last.role == .reporter || last.role == .followUp,
            let end = block.text.trimmingCharacters(in: " \u{3000}").last
        else { return false }
        return end == "？" || end == "?"
    }

    /// Whether `label` stands as a word in the blocks just before: `…we have Howard Ray.` before `RAY:`.
    ///
    /// ``namesReference(_:in:)`` on bytes where the label and a block are ASCII, which is where it lower-cased every
    /// block and split it into words for each label after it.
    static func names(_ label: String, in previous: ArraySlice<LabeledBlock>) -> Bool {
        guard label.utf8.allSatisfy({ $0 < 0x80 }) else { return namesReference(label, in: previous) }
        let lowered = label.lowercased()
        let word = Array(lowered.utf8)
        // Words hold letters only: a label with anything else is no word of a block.
        guard word.count >= 2, word.allSatisfy(\.isASCIILetter) else { return false }
        return previous.contains { block in
            let text = block.block.text
            guard text.hasLength(atMost: Thresholds.LabelEvidence.longestIntroduction) else { return false }
            return containsWord(word, inASCII: text.utf8)
                ?? text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == lowered }
        }
    }

    /// Whether `word` (lower-case ASCII letters) is one of the words of `utf8`, its runs of letters, case aside; `nil`
    /// when `utf8` is not all ASCII before the word is found, for the reading on characters to decide.
    private static func containsWord(_ word: [UInt8], inASCII utf8: String.UTF8View) -> Bool? {
        // Letters of `word` matched so far, in a run of letters that started with its first; -1 inside any other run.
        var matched = 0
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            guard byte.isASCIILetter else {
                if matched == word.count { return true }
                matched = 0
                continue
            }
            if matched >= 0, matched < word.count, byte | 0x20 == word[matched] {
                matched += 1
            } else {
                matched = -1
            }
        }
        return matched == word.count
    }

    /// Whether the words of `full` before `surname`, its last words, are given names, after an honorific perhaps:
    /// capitalised letters and hyphens only, none a word of a sentence (`About`, `Fed's`).
    static func givenNames(_ full: String, before surname: String) -> Bool {
        let words = full.split(separator: " ")
        // `LT. KWAME OSEI`: an honorific may stand before the given names.
        let given = words.dropLast(surname.split(separator: " ").count)
            .drop { SpeakerLexicon.isEnglishHonorific($0) }
        return !given.isEmpty && given.allSatisfy { word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" }
                && !NewsLexicon.englishFunctionWords.contains(word.lowercased())
        }
    }

    /// The group a numbered label's member belongs to: `RESIDENT` of `RESIDENT 2`, `Audience Member` of `Audience
    /// Member 3`; `nil` for a label that ends with no number.
    static func groupNumbered(_ label: String) -> String? {
        guard let blank = label.lastIndex(of: " "), case let number = label[label.index(after: blank)...],
            !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let group = label[..<blank].trimmingCharacters(in: " ")
        return group.isEmpty ? nil : group
    }

    /// The marks that end a sentence, Latin and wide.
    private static let sentenceMarks: Set<Unicode.Scalar> = [".", "?", "!", "。", "？", "！"]

    /// Whether the blocks just before the label at `index` name it: `…we have Howard Ray.` before `RAY:`. A Latin name
    /// of several words is called by its last, the surname, in the last sentence of the block just before, which ends
    /// as a sentence does (`I now give the floor to Mr. Griffiths.` before `Mr. Griffiths:`); a line of a paragraph
    /// cut where a name opens the next (`…to cover the` / `African Union: South Africa…`) calls on no one.
    static func isCalledOn(_ label: String, before index: Int, in blocks: [LabeledBlock]) -> Bool {
        guard label.utf8.contains(0x20), label.utf8.allSatisfy({ $0 < 0x80 }), let surname = label.split(separator: " ").last else {
            return names(label, in: blocks[max(0, index - 2)..<index])
        }
        let previous = blocks[index - 1].block.text
        guard endsSentence(previous) else { return false }
        // The last sentence, read back on scalars from the end to the mark before it, no further than a calling
        // sentence runs.
        let scalars = previous.unicodeScalars
        let end = scalars.index(before: scalars.endIndex)
        var start = end
        var read = 0
        while start > scalars.startIndex, read < Thresholds.LabelEvidence.longestCallingSentence {
            let before = scalars.index(before: start)
            if Self.sentenceMarks.contains(scalars[before]) { break }
            start = before
            read += 1
        }
        let lastSentence = String(scalars[start..<end])
        let word = Array(surname.lowercased().utf8)
        guard word.count >= 2, word.allSatisfy(\.isASCIILetter) else { return false }
        return containsWord(word, inASCII: lastSentence.utf8)
            ?? lastSentence.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0.utf8.elementsEqual(word) }
    }

    /// ``names(_:in:)`` on characters, for any text.
    static func namesReference(_ label: String, in previous: ArraySlice<LabeledBlock>) -> Bool {
        let word = label.lowercased()
        guard word.count >= 2 else { return false }
        // Chinese runs words together (「接下來請唐鳳政委。」): the name stands inside the clause.
        let ideographic = word.unicodeScalars.allSatisfy { $0.properties.isIdeographic }
        return previous.contains { block in
            guard block.block.text.hasLength(atMost: Thresholds.LabelEvidence.longestIntroduction) else { return false }
            if ideographic { return block.text.containsLiteral(word) }
            return block.block.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == word }
        }
    }

    /// Whether the text ends as a sentence does: `.`, `?`, `!`, 。, ？, ！, perhaps inside a closing quote.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last(where: { !" \t\u{3000}\u{A0}\"”’)）".contains($0) }) else { return false }
        return ".?!。？！…".contains(last)
    }

    /// Words someone could say: letters, and not only a number, a date or an address.
    ///
    /// ``isSpeechReference(_:)`` on bytes while they are ASCII, where a scalar is a byte and the alphabetic ones are
    /// the ASCII letters: it weighed a Unicode property for every scalar of the paragraph after each label. Past
    /// ASCII, the scalars are weighed from their values where they can be (``Unicode/Scalar/isAlphabeticByValue``).
    static func isSpeech(_ text: String) -> Bool {
        var letters = 0
        var digits = 0
        var read = 0
        for byte in text.utf8 {
            // The reference reads 200 scalars at most: a non-ASCII byte after them changes nothing.
            if read == 200 { break }
            guard byte < 0x80 else { return isSpeechOnScalars(text) }
            read += 1
            if byte.isASCIILetter {
                letters += 1
                if letters >= 12 { break }
            } else if (0x30...0x39).contains(byte) {
                digits += 1
            }
        }
        return isSpeech(text, letters: letters, digits: digits)
    }

    private static func isSpeechOnScalars(_ text: String) -> Bool {
        var letters = 0
        var digits = 0
        var read = 0
        // Counted as read, not cut with `prefix(200)`, which walks 200 scalars to find its end before the first is
        // weighed; twelve letters usually decide it long before.
        for scalar in text.unicodeScalars {
            if read == 200 { break }
            read += 1
            if scalar.isAlphabeticByValue {
                letters += 1
                if letters >= 12 { break }
            } else if ("0"..."9").contains(scalar) {
                digits += 1
            }
        }
        return isSpeech(text, letters: letters, digits: digits)
    }

    /// ``isSpeech(_:)`` on scalars, for any text.
    static func isSpeechReference(_ text: String) -> Bool {
        var letters = 0
        var digits = 0
        for scalar in text.unicodeScalars.prefix(200) {
            if scalar.properties.isAlphabetic {
                letters += 1
                // Enough letters decide it, whatever follows.
                if letters >= 12 { break }
            } else if ("0"..."9").contains(scalar) {
                digits += 1
            }
        }
        return isSpeech(text, letters: letters, digits: digits)
    }

    /// The verdict of ``isSpeech(_:)`` once the letters and digits of the text's opening are counted.
    private static func isSpeech(_ text: String, letters: Int, digits: Int) -> Bool {
        guard letters >= 2 else { return false }
        if text.hasASCIIPrefix("http://") || text.hasASCIIPrefix("https://") || text.hasASCIIPrefix("www.") { return false }
        return letters > digits || letters >= 12
    }

    /// The blocks from the first to the last item that `counts`, and one label more on each side: the first
    /// question before the first recurring speaker, the last answer after the last one.
    func span(of counts: (Item) -> Bool) -> ClosedRange<Int>? {
        guard let first = items.firstIndex(where: counts), let last = items.lastIndex(where: counts) else { return nil }
        return items[max(0, first - 1)].index...items[min(items.count - 1, last + 1)].index
    }

    var certainNames: [String] {
        items.compactMap { $0.kind == .certain ? $0.name : nil }
    }

    func statistics() -> [String: LabelStatistics] {
        var result: [String: LabelStatistics] = [:]
        var printings: [String: Int] = [:]
        for item in items { printings[item.text, default: 0] += 1 }
        var previous: Item?
        // A person printed once between two turns of one speaker takes a turn too: a press conference's askers
        // often speak once each, in the shape the official's label has.
        let between = Set(items.indices.filter { position in
            items[position].kind == .candidate && printings[items[position].text] == 1 && isBetweenTwoTurnsOfOneSpeaker(at: position)
        })
        // Taking turns is measured against speakers: a certain label, or a label printed more than once, not
        // a stray candidate such as a bold `OK` before a run of headlines.
        for (position, item) in items.enumerated() {
            // Counted in place: a copy taken out of the dictionary and stored back copied its set of forms each time.
            Self.count(
                item, after: previous,
                into: &result[item.text, default: LabelStatistics(
                    text: item.text, isCandidate: item.kind == .candidate, isTentative: item.kind == .tentative, name: item.name)])
            // A clock printed beside a name (`Jane Smith  0:15`) is a transcript's speaker line, not a headline's
            // opening: a speaker printed once in that shape takes a turn as well.
            if item.kind != .candidate || printings[item.text, default: 0] >= Thresholds.LabelEvidence.minimumRecurrence
                || item.form?.isNumbered == true || (item.form?.hasTimestamp == true && item.hasSpeech) || between.contains(position)
            {
                previous = item
            }
        }
        return result
    }
}

/// What the document shows of one label text.
struct LabelStatistics {
    var text: String
    var isCandidate: Bool
    var isTentative: Bool
    var name: String?
    var count = 0
    /// Occurrences that follow a different label: speakers take turns.
    var alternations = 0
    /// Occurrences followed by words, in the paragraph or the next one.
    var speech = 0
    /// Occurrences followed in their paragraph by something that is not speech: a number, an address.
    var otherWords = 0
    var forms: Set<LabelForm> = []

    init(text: String, isCandidate: Bool, isTentative: Bool, name: String?) {
        self.text = text
        self.isCandidate = isCandidate
        self.isTentative = isTentative
        self.name = name
    }

    /// Why the label is a speaker, or `nil` when the evidence does not say so.
    func acceptance(keyed: Bool, certainNames: [String]) -> String? {
        guard isCandidate || isTentative else { return nil }
        if keyed { return "named by the document's key line" }
        if isTentative {
            if recursAndAlternates { return "a bare name printed as a label again, after someone else" }
            if let name, Self.isCertain(name, certainNames) { return "the name in a certain label" }
            if isLexiconRole, speech * 2 >= count { return "a role word or title the lexicon knows" }
            return nil
        }
        guard speech * 2 >= count else { return nil }
        // `The President — you saw the statement…`: capitalised words before a dash open sentences too; printed once,
        // a role word in that shape is no evidence of a speaker.
        let onlyAsProse = count < Thresholds.LabelEvidence.minimumRecurrence && forms.allSatisfy { $0.hasDash && $0.script == .latin }
        if isLexiconRole, !onlyAsProse { return "a role word the lexicon knows" }
        if namesAnOutletsReporter { return "the lexicon reads a reporter of an outlet in it" }
        let limits = Thresholds.LabelEvidence.self
        if recursAndAlternates, Double(alternations) >= Double(count) * limits.minimumAlternationShare {
            return "recurs \(count) times and alternates with other speakers \(alternations) times"
        }
        return nil
    }

    /// `Q1`, `Audience 2`, `Operator`: a role word of the lexicon, perhaps numbered.
    private var isLexiconRole: Bool { CandidateReading.isLexiconRole(text) }

    /// `【中新社记者】`, `### 法新社记者`: whatever its shape, an outlet's reporter is someone asking. The word
    /// 记者 must be printed: an outlet's name alone opens datelines (`【财新网】（记者…）`) and sentences (`CNBC.`).
    private var namesAnOutletsReporter: Bool {
        guard isCandidate, SpeakerLexicon.reporterWords.contains(where: text.containsLiteral),
            let reading = LabelParser.parseChinese(text)
        else { return false }
        return !reading.isTentative && reading.outlet != nil && reading.roleHint == .reporter
    }

    /// Printed once, followed by a number or an address rather than words: a contact line, not a speaker.
    var isFurniture: Bool {
        (isCandidate || isTentative) && count == 1 && otherWords == 1
    }

    /// Printed as a label more than once, at least once after someone else: a run of headlines that
    /// open with the same words (`Fed's Williams: …` ×4) does not alternate.
    private var recursAndAlternates: Bool {
        count >= Thresholds.LabelEvidence.minimumRecurrence && alternations >= 1
    }

    private static func isCertain(_ name: String, _ certainNames: [String]) -> Bool {
        certainNames.contains { $0 == name || $0.hasSuffix(name) }
    }

    func rejection() -> String {
        if speech * 2 < count { return "the words after it are not speech" }
        if count < Thresholds.LabelEvidence.minimumRecurrence { return "printed once, in no shape the document uses for speakers" }
        return "does not alternate with other speakers"
    }
}

/// The labels of a document as ``LabelEvidence`` decided them, with the evidence it weighed.
struct LabelDecision {
    /// One label text's evidence, for `podium parse --explain-labels`.
    struct Evidence: Equatable {
        var label: String
        var forms: [String]
        var count: Int
        var alternations: Int
        var followedBySpeech: Int
        var isLexiconLabel: Bool
        var accepted: Bool
        var reason: String
    }

    var blocks: [LabeledBlock]
    var evidence: [Evidence]
    var keyLines: Int
}

extension LabelDecision {
    /// One `label-evidence` diagnostic per label text, most frequent first: what `--explain-labels` shows.
    var diagnostics: [Diagnostic] {
        var result = evidence.map { row in
            let verdict = row.accepted ? "speaker" : "not a speaker"
            let shapes = row.forms.isEmpty ? "" : " [\(row.forms.joined(separator: "; "))]"
            let reason = row.isLexiconLabel && row.accepted ? "a label the lexicon reads" : row.reason
            return Diagnostic(
                severity: .info, code: "label-evidence",
                message: "\(verdict): «\(row.label)» ×\(row.count)\(shapes), after another speaker \(row.alternations)×, "
                    + "followed by words \(row.followedBySpeech)×: \(reason)")
        }
        if keyLines > 0 {
            result.append(Diagnostic(severity: .info, code: "label-evidence", message: "key lines defining labels: \(keyLines)"))
        }
        return result
    }
}
