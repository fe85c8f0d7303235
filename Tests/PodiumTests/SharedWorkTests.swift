import Foundation
import Testing

@testable import Podium

/// Large documents are labelled and analysed on every core; results must not depend on it.
@Suite struct SharedWorkTests {
    @Test func keepsOrderAndEveryItem() {
        let items = Array(0..<(SharedWork.minimumItems * 5 + 7))
        #expect(SharedWork.map(items) { $0 * 3 } == items.map { $0 * 3 })
        let few = Array(0..<10)
        #expect(SharedWork.map(few) { String($0) } == few.map { String($0) })
    }

    /// The side work runs once, beside the items or after them, and the items come back in order either way.
    @Test(arguments: [10, SharedWork.minimumItems * 3 + 5]) func sideWorkRunsOnceBesideTheItems(count: Int) {
        let items = Array(0..<count)
        let runs = SideRuns()
        let (results, side) = SharedWork.map(items, alongside: { runs.run() }) { $0 * 3 }
        #expect(results == items.map { $0 * 3 })
        #expect(side == "side")
        #expect(runs.count == 1)
    }

    /// Elements rendered apart on every core join into the bytes written one after the other.
    @Test(arguments: [true, false]) func sharedArrayElementsWriteTheSameJSON(pretty: Bool) {
        let items = (0..<(SharedWork.minimumItems * 9 + 3)).map { index in
            (index, index % 7 == 0 ? [] : ["第\(index)段", "\"quoted\"\n"])
        }
        @Sendable func write(_ item: (Int, [String]), to writer: inout JSONWriter) {
            writer.beginObject()
            writer.key("index")
            writer.int(item.0)
            writer.key("paragraphs")
            writer.strings(item.1)
            writer.endObject()
        }
        func document(shared: Bool) -> String {
            var writer = JSONWriter(pretty: pretty)
            writer.beginObject()
            writer.key("before")
            writer.string("x")
            writer.key("turns")
            writer.beginArray()
            if shared {
                writer.elements(items) { item, writer in write(item, to: &writer) }
            } else {
                for item in items { write(item, to: &writer) }
            }
            writer.endArray()
            writer.endObject()
            return writer.output
        }
        let sequential = document(shared: false)
        #expect(sequential.contains("第9000段"))
        let shared = document(shared: true)
        // Where they first differ, rather than two megabyte-long strings in a failure message.
        let firstDifference = zip(shared.utf8, sequential.utf8).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(firstDifference == nil)
        #expect(shared.utf8.count == sequential.utf8.count)
    }

    /// A transcript long enough to be shared reads the same as its turns read one exchange at a time.
    @Test func largeTranscriptReadsLikeItsParts() throws {
        let exchange = """
            新华社记者：请问今年有哪些新举措？

            罗俊杰：谢谢你的提问。今年主要有三个方面：一是加快建设，二是扩大开放，三是强化保障。

            """
        let count = SharedWork.minimumItems / 2 + 10
        let opening = "主持人：下面请记者提问。\n\n"
        let large = try Transcript(parsing: Data((opening + String(repeating: exchange, count: count)).utf8))
        let small = try Transcript(parsing: Data((opening + exchange).utf8))
        #expect(large.turns.count == 1 + 2 * count)
        #expect(large.exchanges.count == count)
        let expectedPoints = small.turns[2].points
        #expect(expectedPoints.map(\.marker) == ["一是", "二是", "三是"])
        #expect(large.turns.dropFirst().enumerated().allSatisfy { offset, turn in
            turn.points == (offset % 2 == 0 ? [] : expectedPoints)
        })
        #expect(large.exchanges.map(\.question) == (0..<count).map { 1 + 2 * $0 })
        #expect(large.exchanges.map(\.answers) == (0..<count).map { [2 + 2 * $0] })
    }

    /// The count check runs with the points on every core and names the turn it found.
    @Test func largeTranscriptChecksEachAnnouncedCount() throws {
        let exchange = """
            记者：请问有哪些举措？

            罗俊杰：主要有三个方面：一是加快建设，二是扩大开放。

            """
        let count = SharedWork.minimumItems / 2 + 10
        let transcript = try Transcript(parsing: Data(("主持人：下面请记者提问。\n\n" + String(repeating: exchange, count: count)).utf8))
        let mismatches = transcript.diagnostics.filter { $0.code == "point-count-mismatch" }
        #expect(mismatches.compactMap(\.turn) == (0..<count).map { 2 + 2 * $0 })
    }
}

/// Counts the side work's runs; it may run on any thread.
private final class SideRuns: @unchecked Sendable {
    private let lock = NSLock()
    private var runs = 0

    var count: Int { lock.withLock { runs } }

    func run() -> String {
        lock.withLock { runs += 1 }
        return "side"
    }
}
