import Foundation

/// A seeded random number generator, so random inputs are the same on every run.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Encodes text to a legacy encoding with iconv, for making test inputs.
public enum IconvEncoder {
    public static func encode(_ text: String, to encoding: String) -> Data? {
        let handle = iconv_open(encoding, "UTF-8")
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return Data(output.prefix(produced).map { UInt8(bitPattern: $0) })
    }
}

/// Short documents that tests of both targets read.
public enum TestTexts {
    /// A White House–style briefing whose title line gives the speakers' full names and titles, while their
    /// labels give only `MS. WHITFIELD` and `MR. ORTEGA`.
    public static let titledEnglishBriefing = """
        Press Briefing by Press Secretary Dana Whitfield and FEMA Administrator Luis Ortega

        Briefing Room

        MS. WHITFIELD:  Good afternoon. The ferry fare is frozen until 2027.

        MR. ORTEGA:  Thank you. Our teams are in three counties.

        Q    Thanks, Dana. Mara Quist with Harbor Radio. When do the ferries run again?

        MS. WHITFIELD:  On Monday, at 6 a.m.

        Q    And the bridges?

        MR. ORTEGA:  We will inspect 40 bridges this week.
        """

    /// Three turns: a host, a reporter's question and an official's answer.
    public static let conference = "主持人：欢迎大家。\n\n新华社记者：请问进展如何？\n\n省交通运输厅副厅长张明远：谢谢提问。\n"

    /// A host, a question and an answer with two numbered points.
    public static let transcript = "主持人：欢迎大家。\n\n新华社记者：请问进展如何？\n\n张明远：谢谢提问。我们一是加快建设，二是优化服务。\n"
}
