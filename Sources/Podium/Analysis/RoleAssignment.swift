/// The roles the analysis gives the registry's participants, by registry index, and the host whose asking turns are
/// questions whatever their role.
struct RoleAssignment {
    /// Each participant's role, by registry index.
    var roles: [Role]
    /// The registry index of the host who asks throughout (``RoleInference/askingHost(_:turns:)``), if any.
    var askingHost: Int?
}
