import Dispatch

/// Runs work on several threads and hands the results back in input order.
///
/// Worker threads take items from `source` one at a time (in order, under a lock of their own, so a slow
/// source such as a pipe never holds up finished work) and run `work` on them; the calling thread receives
/// the outputs in the order the items were taken. At most `window` items are in flight, so memory stays
/// bounded however long the input is.
final class OrderedPipeline<Item, Output>: @unchecked Sendable {
    private let source: () -> Item?
    private let work: (Item) -> Output
    private let window: Int

    /// Worker threads get this much stack, as much as the main thread: parsing a document recurses.
    static var workerStackSize: Int { 8 << 20 }

    private let condition = WaitableLock()
    private var inFlight = 0
    private var results: [Int: Output] = [:]
    private var total: Int?

    private let sourceLock = WaitableLock()
    private var taken = 0

    init(window: Int, source: @escaping () -> Item?, work: @escaping (Item) -> Output) {
        self.window = max(1, window)
        self.source = source
        self.work = work
    }

    /// Takes the items of `items`, in order.
    convenience init(window: Int, items: [Item], work: @escaping (Item) -> Output) {
        var next = 0
        // The source is only ever called under `sourceLock`, so the index needs no lock of its own.
        self.init(
            window: window,
            source: {
                guard next < items.count else { return nil }
                next += 1
                return items[next - 1]
            },
            work: work)
    }

    /// Starts `jobs` threads and calls `consume` with each output, in input order, on the calling thread.
    func run(jobs: Int, consume: (Output) -> Void) {
        let group = DispatchGroup()
        var started = 0
        for _ in 0..<max(1, jobs) {
            group.enter()
            let isStarted = DetachedThread.start(stackSize: Self.workerStackSize) { [self] in
                worker()
                group.leave()
            }
            if isStarted { started += 1 } else { group.leave() }
        }
        // Fewer threads than asked for only make the run slower; none would leave it waiting forever.
        precondition(started > 0, "podium: cannot start a worker thread")
        var next = 0
        while true {
            condition.lock()
            while results[next] == nil && !(total.map { next >= $0 } ?? false) {
                condition.wait()
            }
            guard let output = results.removeValue(forKey: next) else {
                condition.unlock()
                break
            }
            inFlight -= 1
            condition.broadcast()
            condition.unlock()
            consume(output)
            next += 1
        }
        group.wait()
    }

    private func worker() {
        while true {
            condition.lock()
            while total == nil && inFlight >= window { condition.wait() }
            if total != nil {
                condition.unlock()
                return
            }
            inFlight += 1
            condition.unlock()

            sourceLock.lock()
            let item = source()
            let index = taken
            if item != nil { taken += 1 }
            sourceLock.unlock()

            guard let item else {
                condition.lock()
                inFlight -= 1
                if total == nil { total = index }
                condition.broadcast()
                condition.unlock()
                return
            }
            let output = work(item)
            condition.lock()
            results[index] = output
            condition.broadcast()
            condition.unlock()
        }
    }
}
