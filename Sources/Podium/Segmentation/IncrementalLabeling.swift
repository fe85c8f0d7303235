import Dispatch
import Synchronization

/// Labels a large document's blocks while the rest of it is still being read.
///
/// Reading HTML is one thread's work (libxml2 parses in order), and labelling the blocks it yields is as
/// much work again. The readers report each block as they finish it (``BlockObserver``); once the document
/// has proved large (``SharedWork/minimumItems`` blocks), its reading units go out in batches to one other
/// thread, so the reading thread keeps its core; ``finish(blockCount:)`` labels, from the last back, the batches that
/// thread has not reached, and waits for the one it is on. The
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

    /// One batch's units and, once labelled, its labels: written by whichever thread claims it first (the labelling
    /// thread, or the reading thread once the document is read) and read after `group` is done.
    private final class Batch: @unchecked Sendable {
        private var units: [BlockLabeler.Unit]
        private(set) var labeled: [LabeledBlock] = []
        private let claimed = Atomic<Bool>(false)

        init(units: [BlockLabeler.Unit]) {
            self.units = units
        }

        /// Labels the batch unless another thread has claimed it.
        func labelUnlessClaimed() {
            guard claimed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
            labeled = units.flatMap(BlockLabeler.label(unit:))
            units = []
        }

        /// The labels, let go by the batch as they are taken.
        func takeLabeled() -> [LabeledBlock] {
            defer { labeled = [] }
            return labeled
        }
    }

    /// Takes the next block of the document; called on the reading thread.
    func observe(_ block: Block) {
        reported += 1
        guard isComplete else { return }
        if let previous = waiting {
            let unit = BlockLabeler.Unit(block: previous, following: block)
            pending.append(unit)
            waiting = unit.takesFollowing ? nil : block
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
        let isWhole = isComplete && reported == blockCount
        let rest = isWhole ? pending.flatMap(BlockLabeler.label(unit:)) : []
        pending = []
        // The reader is often done while batches still wait for the labelling thread (a Markdown body reads faster
        // than it is labelled): this thread takes them from the last back while that one works forward.
        if isWhole {
            for batch in batches.reversed() { batch.labelUnlessClaimed() }
        }
        group.wait()
        guard isWhole else { return nil }
        var labeled: [LabeledBlock] = []
        labeled.reserveCapacity(blockCount)
        for batch in batches { labeled += batch.takeLabeled() }
        labeled += rest
        return labeled
    }

    private func handOut() {
        let batch = Batch(units: pending)
        pending = []
        batches.append(batch)
        group.enter()
        queue.async { [group] in
            batch.labelUnlessClaimed()
            group.leave()
        }
    }
}
