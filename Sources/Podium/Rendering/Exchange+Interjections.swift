extension Exchange {
    /// The turns between the first and the last answer that are no answer of this exchange: a reporter's "— or —"
    /// in the middle of an answer, a host's 「請部長補充」. Output shows them in place.
    func interjections(among turns: [Turn]) -> [Int] {
        guard let first = answers.min(), let last = answers.max(), last > first + 1 else { return [] }
        let answering = Set(answers)
        return (first + 1..<last).filter { turns.indices.contains($0) && !answering.contains($0) }
    }
}
