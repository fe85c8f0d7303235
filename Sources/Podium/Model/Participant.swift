/// One person (or one anonymous voice) who speaks in a transcript.
///
/// Every label form that names the same person resolves to one participant:
/// 「工业和信息化部新闻发言人、运行监测协调局局长罗俊杰」 and later 「罗俊杰」 share an `id`,
/// and both forms are listed in ``aliases``.
public struct Participant: Codable, Hashable, Sendable {
    /// A stable identifier within the transcript, such as `p1`.
    public var id: String
    /// The person's name, when a label gives one.
    public var name: String?
    /// What the participant does at the event.
    public var role: Role
    /// Titles printed before the name (「新闻发言人、运行监测协调局局长」).
    public var title: String?
    /// The organisation printed before the titles (「工业和信息化部」).
    public var organization: String?
    /// The news outlet a reporter works for (「新华社」, `Reuters`).
    public var outlet: String?
    /// The first label form seen for this participant.
    public var label: String
    /// Every label form seen for this participant, in order of first appearance.
    public var aliases: [String]

    /// Creates a participant.
    public init(
        id: String, name: String?, role: Role, title: String? = nil, organization: String? = nil,
        outlet: String? = nil, label: String, aliases: [String]
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.title = title
        self.organization = organization
        self.outlet = outlet
        self.label = label
        self.aliases = aliases
    }
}
