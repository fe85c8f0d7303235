import Dispatch

/// Runs work on several threads and hands the results back in input order.
///
/// Worker threads take items from `source` one at a time (in order, under a lock of their own, so a slow
/// source such as a pipe never holds up finished work) and run `work` on them; the calling thread receives
/// the outputs in the order the items were taken. At most `window` items are in flight, so memory stays
/// bounded however long the input is.
///
/// Each worker runs on a serial Dispatch queue of its own, which Dispatch gives a thread of its own
/// whatever the number of cores, so `--jobs 4` means four threads on a two-core machine too. Those threads
/// have glibc's default stack: the stack limit of the process (8 MiB unless changed, as much as the main
/// thread), or 2 MiB when the limit is `unlimited`. A parse needs less than 128 KiB, even of a document
/// nested 100,000 elements deep (docs/performance.md), so no thread of a chosen stack size is needed.
///
/// The state the threads share is guarded by serial Dispatch queues (`sync`) rather than Synchronization's
/// `Mutex`: ThreadSanitizer does not see a `Mutex`'s ordering on Linux, and with one it reported races on
/// the source under `--jobs 2` (docs/performance.md), which would fail `scripts/sanitize.sh thread`.
final class OrderedPipeline<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    // `@unchecked`: `source` and `work` are not `Sendable`; `source` and `taking` are only used on
    // `takingQueue`, `finished` only on `finishedQueue`, and `work` only on values handed to one worker.
    private let source: () -> Item?
    private let work: (Item) -> Output

    /// What the workers take from: how many items were taken, and whether the source has run dry.
    private struct Taking {
        var taken = 0
        var finished = false
    }

    /// What the calling thread collects: outputs by input position, and the number of items once known.
    private struct Finished {
        var outputs: [Int: Output] = [:]
        var total: Int?
    }

    private var taking = Taking()
    private let takingQueue = DispatchQueue(label: "podium.pipeline.taking")
    private var finished = Finished()
    private let finishedQueue = DispatchQueue(label: "podium.pipeline.finished")
    /// One permit per item that may be in flight; the calling thread gives one back per output it takes.
    private let slots: DispatchSemaphore
    /// Signalled once per output stored and once at the end of the input, so the calling thread wakes to
    /// look again; it may find a later output than the one it waits for, and then waits again.
    private let arrivals = DispatchSemaphore(value: 0)

    init(window: Int, source: @escaping () -> Item?, work: @escaping (Item) -> Output) {
        slots = DispatchSemaphore(value: max(1, window))
        self.source = source
        self.work = work
    }

    /// Takes the items of `items`, in order.
    convenience init(window: Int, items: [Item], work: @escaping (Item) -> Output) {
        var next = 0
        // The source is only ever called on `takingQueue`, so the index needs no lock of its own.
        self.init(
            window: window,
            source: {
                guard next < items.count else { return nil }
                next += 1
                return items[next - 1]
            },
            work: work)
    }

    /// Starts `jobs` workers and calls `consume` with each output, in input order, on the calling thread.
    func run(jobs: Int, consume: (Output) -> Void) {
        let group = DispatchGroup()
        for number in 0..<max(1, jobs) {
            DispatchQueue(label: "podium.worker.\(number)").async(group: group) { [self] in worker() }
        }
        var next = 0
        while true {
            let (output, isLast) = finishedQueue.sync { () -> (Output?, Bool) in
                if let output = finished.outputs.removeValue(forKey: next) { return (output, false) }
                return (nil, finished.total.map { next >= $0 } ?? false)
            }
            if let output {
                slots.signal()
                consume(output)
                next += 1
            } else if isLast {
                break
            } else {
                arrivals.wait()
            }
        }
        group.wait()
    }

    private func worker() {
        while true {
            slots.wait()
            let (item, index, isEnd) = takingQueue.sync { () -> (Item?, Int, Bool) in
                guard !taking.finished else { return (nil, taking.taken, false) }
                let item = source()
                let index = taking.taken
                if item != nil { taking.taken += 1 } else { taking.finished = true }
                return (item, index, item == nil)
            }
            guard let item else {
                // The permit goes on to the next waiting worker, which finds the source dry and passes it
                // on in turn, so every worker ends.
                slots.signal()
                if isEnd {
                    finishedQueue.sync { finished.total = index }
                    arrivals.signal()
                }
                return
            }
            let output = work(item)
            finishedQueue.sync { finished.outputs[index] = output }
            arrivals.signal()
        }
    }
}
