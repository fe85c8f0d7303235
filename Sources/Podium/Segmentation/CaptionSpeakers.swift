/// Broadcast captions that mark each change of speaker with `>>` and name nobody (`>> GOOD AFTERNOON, EVERYONE.`,
/// `>> SHERIFF, HOW LONG WAS THAT DOOR OPEN?`): a city's video archive, a station's closed captions.
///
/// Who speaks is read from what each speaker says, as a viewer reads it: one who says who they are (`I'M SHERIFF
/// WARREN TIBBS.`) is that person from then on; one who asks is a reporter; one who runs the event ("WE'LL TAKE A FEW
/// QUESTIONS", "TIME FOR ONE MORE") or thanks the speaker at the microphone is the host; and an answer is the person a
/// speaker just handed the question to ("I'M GOING TO ASK UNDERSHERIFF DAN MERCER TO ADDRESS THAT"), else the one
/// the question addressed by title (`SHERIFF, …`), else the first official who introduced themselves. Each speaker so
/// read is the block's ``Block/speaker``, as a table's speaker cell is, before the blocks are labelled.
///
/// Captions that print their speakers (`>> JANE SMITH: Good evening.`) are left to their labels.
enum CaptionSpeakers {
    /// The speaker a reporter's question is given: a shared label for the room, as `Q` is in a printed transcript.
    static let askerLabel = "Q"
    /// The speaker of an answer when nobody has said who they are.
    static let answererLabel = "A"
    /// The speaker of a host's words when the host has not said who they are.
    static let hostLabel = "MODERATOR"
    /// What a host who said who they are has after their name (``SpeakerLexicon/hostTitleWords``).
    static let hostSuffix = ", MODERATOR"
    /// The speaker of a voice's words (``Block/voice``) whose first words neither ask nor say who speaks them: voices
    /// numbered as they are first heard, as a diarized transcript's speakers are.
    static func voiceLabel(_ number: Int) -> String { "Speaker \(number)" }

    /// `blocks` with each change of speaker the captions mark (``Block/unnamedSpeaker``) given its speaker, who speaks the blocks
    /// from it up to the next; where there are few changes, or most open with a label, they are left to their labels.
    static func attributed(_ blocks: [Block]) -> [Block] {
        // Cheapest first: most documents mark no change of speaker.
        guard blocks.contains(where: { $0.speaker == Block.unnamedSpeaker }) else { return blocks }
        var blocks = blocks
        let changes = blocks.indices.filter { blocks[$0].speaker == Block.unnamedSpeaker }
        for index in changes { blocks[index].speaker = nil }
        guard changes.count >= Thresholds.Captions.fewestSpeakerChanges else { return blocks }
        let labelled = Set(changes.filter { printsItsSpeaker(blocks[$0].text) })
        guard labelled.count * 2 < changes.count else { return blocks }
        let stretches = changes.enumerated().filter { !labelled.contains($0.element) }.map { position, start in
            let end = position + 1 < changes.count ? changes[position + 1] : blocks.count
            // A clock between captions (`[00:01:48]`) is no words of the turn.
            return (start: start, spoken: (start..<end).filter { blocks[$0].kind != .aside && Timestamp.clockAlone(blocks[$0].text) == nil })
        }
        var reading = Reading(askingVoices: askingVoices(stretches.map { (blocks[$0.start].voice, $0.spoken.map { blocks[$0].text }) }))
        for (start, spoken) in stretches {
            let speaker = reading.speaker(of: spoken.map { blocks[$0].text }, voice: blocks[start].voice)
            for index in spoken { blocks[index].speaker = speaker }
        }
        return blocks
    }

    /// The voices (``Block/voice``) most of whose stretches ask: the room's askers, who may share one colour, where an
    /// official's statement asks now and then.
    private static func askingVoices(_ stretches: [(voice: String?, paragraphs: [String])]) -> Set<String> {
        var counts: [String: (stretches: Int, asking: Int)] = [:]
        for (voice, paragraphs) in stretches {
            guard let voice else { continue }
            counts[voice, default: (0, 0)].stretches += 1
            if isQuestion(paragraphs, text: paragraphs.joined(separator: " "), afterQuestion: false) { counts[voice, default: (0, 0)].asking += 1 }
        }
        return Set(counts.filter { $0.value.asking * 2 > $0.value.stretches }.keys)
    }

    /// What the captions have said so far about who is who.
    private struct Reading {
        /// The people who said who they are or were handed the floor, as their labels print them
        /// (`SHERIFF WARREN TIBBS`).
        var people: [String] = []
        var host: String?
        /// The first who introduced themselves and does not host: the one the questions are for.
        var principal: String?
        /// The person the last turn handed the floor to.
        var handedTo: String?
        /// The person the last question was put to by title.
        var addressed: String?
        var lastAsked = false
        /// The voices whose stretches mostly ask, and the speaker each other voice was given where its words were
        /// first read: one person.
        let askingVoices: Set<String>
        var voices: [String: String] = [:]

        mutating func speaker(of paragraphs: [String], voice: String?) -> String {
            let text = paragraphs.joined(separator: " ")
            let lowered = text.lowercasedByScalar()
            let asks = CaptionSpeakers.isQuestion(paragraphs, text: text, afterQuestion: lastAsked)
            let introduced = asks ? nil : CaptionSpeakers.introducedName(in: text, lowered: lowered)
            if let voice {
                let speaker = askingVoices.contains(voice)
                    ? CaptionSpeakers.askerLabel
                    : voices[voice] ?? introduced.map { known($0) } ?? CaptionSpeakers.voiceLabel(voices.count + 1)
                voices[voice] = speaker
                lastAsked = asks
                return speaker
            }
            let hosts = !asks && (CaptionSpeakers.hostPhrases.containsAny(in: lowered) || thanksTheSpeaker(text))
            var speaker: String
            if asks {
                speaker = CaptionSpeakers.askerLabel
            } else if let introduced {
                speaker = known(introduced)
                if hosts, host == nil {
                    host = speaker
                } else if principal == nil, speaker != host {
                    principal = speaker
                }
            } else if hosts {
                speaker = host ?? CaptionSpeakers.hostLabel
            } else {
                speaker = handedTo ?? addressed ?? principal ?? CaptionSpeakers.answererLabel
            }
            // The host's label says so, as a printed one does (`STEVE INSKEEP, HOST:`): captions print their words in
            // capitals, where no host's phrase is looked for.
            if let host, speaker == host { speaker += CaptionSpeakers.hostSuffix }
            addressed = asks ? addressedPerson(text) ?? addressed : nil
            handedTo = asks ? nil : handOver(in: text, lowered: lowered)
            lastAsked = asks
            return speaker
        }

        /// The label of a person already known whose last name `name` ends with, else `name`, now known.
        private mutating func known(_ name: String) -> String {
            let last = name.split(separator: " ").last.map(String.init) ?? name
            if let person = people.first(where: { $0.split(separator: " ").last.map(String.init) == last }) { return person }
            people.append(name)
            return name
        }

        /// `SHERIFF, THE JAIL HAS BEEN UNDERSTAFFED…`: the known person whose label holds the word that opens a question
        /// before a comma.
        private func addressedPerson(_ text: String) -> String? {
            guard let comma = text.firstIndex(of: ","), text[..<comma].split(separator: " ").count == 1 else { return nil }
            return person(holding: String(text[..<comma]))
        }

        /// `THANK YOU, SHERIFF, AND THANK YOU ALL.`: thanks to a known person by a word of their label, with nobody
        /// handed the floor, are the host's.
        private func thanksTheSpeaker(_ text: String) -> Bool {
            let upper = text.uppercased()
            guard handedTo == nil, DiscourseLexicon.thanksPhrases.contains(where: { upper.hasPrefix($0.uppercased() + ",") }),
                let comma = text.firstIndex(of: ",")
            else { return false }
            let addressee = text[text.index(after: comma)...].prefix { $0 != "," && $0 != "." }.trimmingCharacters(in: " ")
            return person(holding: addressee) != nil
        }

        private func person(holding word: String) -> String? {
            let word = word.uppercased().trimmingCharacters(in: " ")
            guard !word.isEmpty else { return nil }
            return people.first { $0.uppercased().split(separator: " ").contains { String($0) == word } }
        }

        /// "I'M GOING TO ASK UNDERSHERIFF DAN MERCER TO ADDRESS THAT": the person a turn hands the floor to, now known;
        /// or a turn that ends on a known person's title alone (`SHERIFF.`).
        private mutating func handOver(in text: String, lowered: String) -> String? {
            for verb in DiscourseLexicon.captionHandOverVerbs {
                guard let range = lowered.literalRange(of: verb) else { continue }
                let after = text.dropFirst(lowered.distance(from: lowered.startIndex, to: range.upperBound))
                var words: [String] = []
                for word in after.split(separator: " ").prefix(Thresholds.Captions.longestHandedName + 1) {
                    let bare = word.trimmingCharacters(in: ",.;:!?")
                    let lower = bare.lowercased()
                    if words.isEmpty && lower == "the" { continue }
                    guard !DiscourseLexicon.wordsAfterAHandedName.contains(lower), bare.allSatisfy({ $0.isLetter || "-'’.".contains($0) }),
                        bare.first?.isUppercase == true
                    else { break }
                    words.append(bare)
                    if bare.count != word.count { break }
                }
                if words.count >= 2, words.count <= Thresholds.Captions.longestHandedName {
                    return known(words.joined(separator: " "))
                }
            }
            let sentences = text.split { $0 == "." || $0 == "?" || $0 == "!" }
            if let last = sentences.last?.trimmingCharacters(in: " "), last.split(separator: " ").count == 1 {
                return person(holding: last)
            }
            return nil
        }
    }

    /// `I'M LIEUTENANT GRACE OKAFOR, PUBLIC INFORMATION OFFICER…`, `I'M SHERIFF WARREN TIBBS.`: the words after a
    /// self-introduction, two to ``Thresholds/Captions/longestIntroducedName``, closed by a comma or a period. In
    /// capitals every word looks like a name, so the words must close there and none may be a clause's word
    /// (`I'M NOT GOING TO GET AHEAD…`, `I'M GOING TO ASK…`).
    private static func introducedName(in text: String, lowered: String) -> String? {
        for phrase in DiscourseLexicon.selfIntroductionPhrases where phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let range = lowered.literalRange(of: phrase) else { continue }
            let after = text.dropFirst(lowered.distance(from: lowered.startIndex, to: range.upperBound))
            var words: [String] = []
            for word in after.split(separator: " ").prefix(Thresholds.Captions.longestIntroducedName) {
                let bare = word.trimmingCharacters(in: ",.")
                let upper = bare.uppercased()
                guard bare.first?.isUppercase == true, bare.allSatisfy({ $0.isLetter || "-'’".contains($0) }),
                    !SpeakerLexicon.clauseWords.contains(upper), !SpeakerLexicon.nameStopWords.contains(upper),
                    !DiscourseLexicon.wordsAfterAHandedName.contains(bare.lowercased())
                else { break }
                words.append(bare)
                if bare.count != word.count {
                    return words.count >= 2 ? words.joined(separator: " ") : nil
                }
            }
        }
        return nil
    }

    /// `>> JANE SMITH: Good evening.`: a caption that opens with a label and its colon keeps its label. A line of
    /// capitals closed by a period (`TWO QUESTIONS.`) is a caption's sentence, not a record's `CHAIR HARTLEY.`.
    private static func printsItsSpeaker(_ text: String) -> Bool {
        guard let (_, rest) = LabelParser.split(text, strongPrefix: nil) else { return false }
        let label = text.dropLast(rest.count)
        return label.contains(":") || label.contains("：")
    }

    /// A reporter's turn: it asks (a question mark in a question's length) or is a direction alone (`[INAUDIBLE]`)
    /// after somebody answered.
    private static func isQuestion(_ paragraphs: [String], text: String, afterQuestion: Bool) -> Bool {
        if paragraphs.count == 1, StageDirection.isStageDirection(text) { return !afterQuestion }
        return text.hasLength(atMost: Thresholds.Captions.longestQuestion) && text.containsQuestionMark()
    }

    private static let hostPhrases = PhraseSet((DiscourseLexicon.moderationPhrases + DiscourseLexicon.closingPhrases).map { $0.lowercased() })
}
