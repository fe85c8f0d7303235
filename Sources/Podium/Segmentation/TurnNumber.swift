/// A call transcript's running turn number after a header line: `Operator    [1]`.
enum TurnNumber {
    static func isTurnNumber<S: StringProtocol>(_ text: S) -> Bool {
        guard text.first == "[", text.last == "]", (3...Thresholds.LabelCandidate.mostDigitsInATurnNumber + 2).contains(text.count) else {
            return false
        }
        return text.dropFirst().dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
