import Dispatch
import Synchronization

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
final class OrderedPipeline<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    // `@unchecked`: `source` and `work` are not `Sendable`; `source` is only called under `taking`, and
    // `work` only on values handed to one worker.
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

    private let taking = Mutex(Taking())
    private let finished = Mutex(Finished())
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
        // The source is only ever called under `taking`, so the index needs no lock of its own.
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
            let (output, isLast) = finished.withLock { state -> (Output?, Bool) in
                if let output = state.outputs.removeValue(forKey: next) { return (output, false) }
                return (nil, state.total.map { next >= $0 } ?? false)
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
            let (item, index, isEnd) = taking.withLock { state -> (Item?, Int, Bool) in
                guard !state.finished else { return (nil, state.taken, false) }
                let item = source()
                let index = state.taken
                if item != nil { state.taken += 1 } else { state.finished = true }
                return (item, index, item == nil)
            }
            guard let item else {
                // The permit goes on to the next waiting worker, which finds the source dry and passes it
                // on in turn, so every worker ends.
                slots.signal()
                if isEnd {
                    finished.withLock { $0.total = index }
                    arrivals.signal()
                }
                return
            }
            let output = work(item)
            finished.withLock { $0.outputs[index] = output }
            arrivals.signal()
        }
    }
}
