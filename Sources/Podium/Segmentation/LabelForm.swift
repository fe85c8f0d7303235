/// The shape of a label, independent of the name in it: documents keep one or a few shapes throughout,
/// so a shape that several recurring names share is a way that document prints speakers.
struct LabelForm: Hashable, Sendable, CustomStringConvertible {
    enum Wrapper: String, Sendable {
        case plain, bold, heading, square, lenticular, angle
        /// Round brackets, which hold a role or a name only (`（主持人）`), as they hold stage directions elsewhere.
        case round
        /// A signature closing the words: `…等等 [name=kiang]`.
        case signature
    }

    enum Script: String, Sendable {
        /// All capitals: `MR SMITH`.
        case capitals
        /// Capitalised words: `Jane Q. Public`, `Speaker 0`.
        case latin
        /// Chinese characters, possibly with Latin letters: `政见CNPolitics`, `《财经》`.
        case chinese
    }

    var wrapper: Wrapper
    var script: Script
    /// A colon ends the label (`Name:`); without one the label stands alone or is bracketed.
    var hasColon: Bool
    /// A dash between blanks ends the label (`JANE DOE — Good evening`).
    var hasDash = false
    /// A period after a name ends the label (`PSAKI. Good evening`, `Chairman Brown. The Committee…`).
    var hasPeriod = false
    /// Nothing but the label (and a timestamp) is on its line: the words follow on the next lines.
    var standsAlone: Bool
    /// A clock time comes with the label: `[00:09:25] Name:`, `Name  0:05`.
    var hasTimestamp: Bool
    /// A question number opens it: `1、《某报》…`.
    var isNumbered: Bool
    /// It opens a quotation block (`> **【精彩观点集锦】**`), which sets text apart from the dialogue.
    var isQuoted: Bool

    var description: String {
        var parts = [wrapper.rawValue, script.rawValue]
        if hasColon { parts.append("colon") }
        if hasDash { parts.append("dash") }
        if hasPeriod { parts.append("period") }
        if standsAlone { parts.append("alone") }
        if hasTimestamp { parts.append("timestamp") }
        if isNumbered { parts.append("numbered") }
        if isQuoted { parts.append("quoted") }
        return parts.joined(separator: ", ")
    }
}
