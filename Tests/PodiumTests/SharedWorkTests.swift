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
    }
}
