import Foundation
import Testing

@testable import Podium

@Test func parsesALabelledParagraph() throws {
    let transcript = try Transcript(parsing: "主持人：欢迎大家。\n\n新华社记者：请问进展如何？\n\n张明远：谢谢提问。")
    #expect(transcript.turns.count == 3)
    #expect(transcript.participants.map(\.role) == [.moderator, .reporter, .official])
}
