extension Array where Element == Participant {
    /// Each participant by ``Participant/id``. Where two share an ID (a transcript edited by hand), the first one.
    var byID: [String: Participant] {
        Dictionary(map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
