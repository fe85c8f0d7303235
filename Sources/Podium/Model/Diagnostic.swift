/// Something the parser noticed and wants a person to check.
public struct Diagnostic: Codable, Hashable, Sendable {
    /// How much a diagnostic matters.
    public enum Severity: String, Codable, Sendable {
        /// Worth knowing; the result is complete.
        case info
        /// The result may be wrong in the place named.
        case warning
        /// Part of the input could not be read.
        case error
    }

    /// How much it matters.
    public var severity: Severity
    /// A stable machine-readable name, such as `point-count-mismatch`.
    public var code: String
    /// A sentence for people.
    public var message: String
    /// The ``Turn/index`` concerned, if any.
    public var turn: Int?

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, message: String, turn: Int? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.turn = turn
    }
}
