import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Per-item work of a large document (the labels of each block, the points of each turn) shared across the
/// cores: the items do not depend on each other, and results come back in their order.
enum SharedWork {
    /// Below this many items a document is read on the calling thread: handing work out costs more than it saves.
    static let minimumItems = 1024

    /// `items.map(transform)`, on every core when there are at least `minimumItems` items.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], minimumItems: Int = minimumItems, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        inChunks(items, minimumItems: minimumItems, whole: { $0.map(transform) }, chunk: { $0.map(transform) })
    }

    /// `items.flatMap(transform)`, on every core when there are at least ``minimumItems`` items. Each chunk
    /// is flattened as it is made, so the results are held once more at most while they are joined.
    static func flatMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> [Result]) -> [Result] {
        inChunks(items, minimumItems: minimumItems, whole: { $0.flatMap(transform) }, chunk: { $0.flatMap(transform) })
    }

    /// `(items.map(transform), side())`: the side work runs on one core while the items' chunks are shared out, so a
    /// step that does not depend on the items does not wait for them, nor they for it.
    static func map<Item: Sendable, Result: Sendable, Side: Sendable>(
        _ items: [Item], minimumItems: Int = minimumItems, alongside side: @Sendable () -> Side,
        _ transform: @Sendable (Item) -> Result
    ) -> (results: [Result], side: Side) {
        guard let chunks = chunkCount(items.count, minimumItems: minimumItems) else { return (items.map(transform), side()) }
        let slots = Slots<[Result]>(count: chunks)
        let sideSlot = Slots<Side>(count: 1)
        // Iterations are handed out in order: the side work, the longest single piece, starts first.
        DispatchQueue.concurrentPerform(iterations: chunks + 1) { iteration in
            guard iteration > 0 else { return sideSlot.store(side(), at: 0) }
            slots.store(items[bounds(ofChunk: iteration - 1, of: chunks, items: items.count)].map(transform), at: iteration - 1)
        }
        return (slots.joined(), sideSlot.take(at: 0) ?? side())
    }

    /// How many chunks `count` items are cut into, or `nil` when they are read on the calling thread (one core, or
    /// fewer than `minimumItems`). Several chunks per core, so a core that finishes early takes another.
    private static func chunkCount(_ count: Int, minimumItems: Int) -> Int? {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count >= minimumItems else { return nil }
        return min(count, cores * 8)
    }

    /// The items of chunk `chunk` when `count` items are cut into `chunks` chunks of near-equal size.
    private static func bounds(ofChunk chunk: Int, of chunks: Int, items count: Int) -> Range<Int> {
        (chunk * count / chunks)..<((chunk + 1) * count / chunks)
    }

    private static func inChunks<Item: Sendable, Result: Sendable>(
        _ items: [Item], minimumItems: Int, whole: ([Item]) -> [Result], chunk work: @Sendable (ArraySlice<Item>) -> [Result]
    ) -> [Result] {
        guard let chunks = chunkCount(items.count, minimumItems: minimumItems) else { return whole(items) }
        let slots = Slots<[Result]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            slots.store(work(items[bounds(ofChunk: chunk, of: chunks, items: items.count)]), at: chunk)
        }
        return slots.joined()
    }
}

/// One slot per chunk; each chunk writes only its own slot, once, before `concurrentPerform` returns.
/// The slots are raw memory, written through a pointer: an array property would see the writes as
/// overlapping accesses to one value.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        storage[index] = value
    }

    /// The value stored at `index`, moved out of its slot.
    func take(at index: Int) -> Value? {
        defer { storage[index] = nil }
        return storage[index]
    }

    /// The chunks' results in order, each chunk let go as soon as it is copied.
    func joined<Element>() -> [Element] where Value == [Element] {
        var total = 0
        for chunk in storage { total += chunk?.count ?? 0 }
        var result: [Element] = []
        result.reserveCapacity(total)
        for index in storage.indices {
            result += storage[index] ?? []
            storage[index] = nil
        }
        return result
    }
}
