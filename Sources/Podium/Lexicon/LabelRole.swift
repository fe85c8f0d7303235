/// What a role word in a label says about the speaker.
enum LabelRole: Equatable {
    case moderator
    case reporter
    case followUp
    case official
    case unknown

    var role: Role {
        switch self {
        case .moderator: return .moderator
        case .reporter, .followUp: return .reporter
        case .official: return .official
        case .unknown: return .unknown
        }
    }
}
