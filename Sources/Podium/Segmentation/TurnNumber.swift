/// A call transcript's running turn number after a header line: `Operator    [1]`.
enum TurnNumber {
    static func isTurnNumber<S: StringProtocol>(_ text: S) -> Bool {
        guard text.first == "[", text.last == "]", text.count >= 3 else { return false }
        return text.dropFirst().dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
