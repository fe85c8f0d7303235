import Dispatch

/// Labels a large document's blocks while the rest of it is still being read.
///
/// Reading HTML is one thread's work (libxml2 parses in order), and labelling the blocks it yields is as
/// much work again. The readers report each block as they finish it (``BlockObserver``); once the document
/// has proved large (``SharedWork/minimumItems`` blocks), its reading units go out in batches to one other
/// thread, so the reading thread keeps its core, and ``finish(blockCount:)`` waits for the last batch. The
/// units and labels are those of ``BlockLabeler/read(_:)``: a block waits for the next one before its
/// unit is formed, since a name line may take the line after it as its affiliation.
///
/// The readers report every block of HTML and Markdown bodies, in order, and say when they start over; a
/// count that differs from the document's blocks (a plain-text body, whose reader reports nothing) or a
/// reader that started over makes ``finish(blockCount:)`` return `nil`, and the caller labels the blocks
/// it has. This is a faster schedule of one rule, not a second one: ``BlockLabeler/read(_:)`` is its reference, and
/// `LabelingTests` holds the two equal on every sample, every corpus file and a large document cut into batches.
final class IncrementalLabeling: BlockObserver, @unchecked Sendable {
    private static let unitsPerBatch = 256

    private var reported = 0
    private var isComplete = true
    /// The last block reported, waiting for the next to form its unit.
    private var waiting: Block?
    private var pending: [BlockLabeler.Unit] = []
    private var batches: [Batch] = []
    private let group = DispatchGroup()
    private let queue = DispatchQueue(label: "podium.incremental-labeling")

    /// One batch's labels, written once by the thread that labels it and read after `group` is done.
    private final class Batch: @unchecked Sendable {
        var labeled: [LabeledBlock] = []
    }

    /// Takes the next block of the document; called on the reading thread.
    func observe(_ block: Block) {
        reported += 1
        guard isComplete else { return }
        if let previous = waiting {
            let unit = BlockLabeler.Unit(block: previous, following: block)
            pending.append(unit)
            waiting = unit.affiliation == nil ? block : nil
        } else {
            waiting = block
        }
        if reported >= SharedWork.minimumItems, pending.count >= Self.unitsPerBatch { handOut() }
    }

    func readerStartedOver() {
        isComplete = false
        pending = []
        waiting = nil
    }

    /// The read blocks of the document (as ``BlockLabeler/read(_:)`` gives them) when every one of its
    /// `blockCount` blocks was reported; `nil` when not.
    func finish(blockCount: Int) -> [LabeledBlock]? {
        if let last = waiting { pending.append(BlockLabeler.Unit(block: last, following: nil)) }
        waiting = nil
        let rest = isComplete && reported == blockCount ? SharedWork.flatMap(pending, BlockLabeler.label(unit:)) : []
        pending = []
        group.wait()
        guard isComplete, reported == blockCount else { return nil }
        var labeled: [LabeledBlock] = []
        labeled.reserveCapacity(blockCount)
        for batch in batches {
            labeled += batch.labeled
            batch.labeled = []
        }
        labeled += rest
        return labeled
    }

    private func handOut() {
        let units = pending
        pending = []
        let batch = Batch()
        batches.append(batch)
        group.enter()
        queue.async { [group] in
            batch.labeled = units.flatMap(BlockLabeler.label(unit:))
            group.leave()
        }
    }
}
