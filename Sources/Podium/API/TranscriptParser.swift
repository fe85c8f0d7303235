#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The pipeline: bytes → text → blocks → turns → analysis.
struct TranscriptParser {
    var options: ParseOptions

    /// Takes the bytes, so that a caller that hands them over has them freed once decoded: a large
    /// document is not held twice, as bytes and as text, while it is parsed.
    func parse(_ data: consuming Data, format: InputFormat?, encoding: TextEncoding?) throws(PodiumError) -> Transcript {
        var decoded = try TextDecoder.decode(consume data, forcing: encoding)
        let text = decoded.text
        decoded.text = ""  // the only copy goes to the parse, which lets it go once it is read into blocks
        var transcript = try parse(text: text, format: format, encoding: decoded.encoding.rawValue)
        transcript.diagnostics.insert(contentsOf: decoded.diagnostics, at: 0)
        return transcript
    }

    func parse(text: consuming String, format forcedFormat: InputFormat?, encoding: String) throws(PodiumError) -> Transcript {
        guard text.unicodeScalars.contains(where: { !TextNormalization.isSpace($0) }) else { throw .emptyDocument }
        // A large document's blocks are labelled on another core while the rest of it is read.
        let labeling = IncrementalLabeling()
        var document = DocumentReader.read(text, format: forcedFormat, observer: labeling)
        _ = consume text  // the blocks hold what is needed; a large text is freed here
        let blocks = document.blocks
        document.blocks = []  // the turns share the blocks' words; the array of blocks goes with segmentation
        let read = labeling.finish(blockCount: blocks.count) ?? BlockLabeler.read(blocks)
        _ = consume blocks
        let labels = LabelEvidence.decide(read)
        let segmenter = Segmenter(title: document.title, namedSpeakers: document.speakers, partHolders: document.partHolders)
        let segments = SelfIntroduction.introduced(segmenter.segment(labeled: labels.blocks), listed: document.speakers)
        if segments.turns.isEmpty && !options.contains(.allowEmptyTranscript) { throw .noSpeakerTurns }

        // A turn's points depend on its words alone: they are found while the roles and exchanges are settled.
        let drafts = segments.turns
        let conversation: @Sendable () -> Conversation = { [options, title = document.title] in
            Self.conversation(of: segments, title: title, options: options)
        }
        let (analysed, settled) = SharedWork.map(
            options.contains(.skipPoints) ? [] : Array(drafts.indices), alongside: conversation
        ) { index in
            let points = PointExtractor(paragraphs: drafts[index].paragraphs).extract()
            return (points, PointCountCheck.diagnostics(turn: index, paragraphs: drafts[index].paragraphs, points: points))
        }
        let participants = settled.participants
        var turns = settled.turns
        var diagnostics = document.diagnostics
        if options.contains(.explainLabels) { diagnostics += labels.diagnostics }
        for (index, (points, found)) in analysed.enumerated() {
            turns[index].points = points
            diagnostics += found
        }
        let exchanges = settled.exchanges
        diagnostics += SharedLabelCheck.diagnostics(
            participants: participants, turns: turns, title: document.source.title, lead: segments.lead)
        if turns.isEmpty {
            diagnostics.append(
                Diagnostic(severity: .warning, code: "no-turns", message: PodiumError.noSpeakerTurns.message))
        }

        var source = document.source.completed(from: segments)
        source.encoding = encoding
        return Transcript(
            source: source, summary: document.summary, lead: segments.lead, participants: participants, turns: turns,
            exchanges: exchanges, trailing: segments.trailing, notes: segments.notes, diagnostics: diagnostics)
    }

    /// Who the participants are, what each turn is, and the exchanges they make.
    private struct Conversation: Sendable {
        var participants: [Participant]
        /// The turns without their points, which are found apart.
        var turns: [Turn]
        var exchanges: [Exchange]
    }

    private static func conversation(of segments: SegmentedDocument, title: String?, options: ParseOptions) -> Conversation {
        let assignment = RoleInference.roles(
            for: segments.registry, turns: segments.turns,
            context: [title].compactMap { $0 } + segments.lead.prefix(Thresholds.Segments.leadLinesAboutTheEvent))
        let roles = assignment.roles
        let participants = segments.registry.entries.enumerated().map { index, entry in
            Participant(
                id: "p\(index + 1)", name: entry.name, role: roles[index], title: entry.title,
                organization: entry.organization, outlet: entry.outlet, label: entry.label, aliases: entry.aliases)
        }
        let kinds = ExchangeBuilder.kinds(
            turns: segments.turns, roles: roles, names: segments.registry.entries.map(\.name), askingHost: assignment.askingHost)
        let turns = segments.turns.enumerated().map { index, draft in
            Turn(index: index, speaker: participants[draft.speaker].id, kind: kinds[index], time: draft.time, paragraphs: draft.paragraphs)
        }
        let roleByID = participants.byID.mapValues(\.role)
        let exchanges = options.contains(.skipExchanges) ? [] : ExchangeBuilder.exchanges(turns: turns, roles: roleByID)
        return Conversation(participants: participants, turns: turns, exchanges: exchanges)
    }
}
