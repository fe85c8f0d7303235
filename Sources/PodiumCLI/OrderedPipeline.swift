import Foundation

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

    private let condition = NSCondition()
    private var inFlight = 0
    private var results: [Int: Output] = [:]
    private var total: Int?

    private let sourceLock = NSLock()
    private var taken = 0

    init(window: Int, source: @escaping () -> Item?, work: @escaping (Item) -> Output) {
        self.window = max(1, window)
        self.source = source
        self.work = work
    }

    /// Starts `jobs` threads and calls `consume` with each output, in input order, on the calling thread.
    func run(jobs: Int, consume: (Output) -> Void) {
        let group = DispatchGroup()
        for _ in 0..<max(1, jobs) {
            group.enter()
            let thread = Thread { [self] in
                worker()
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
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
