/// A leader of spaced dots (`President: Mr. de Rivière . . . . . . (France)`) runs from a name to what stands against
/// it, as a printed record's roster and contents lines print it; speech never does.
enum DotLeader {
    /// Whether the text holds a run of at least ``Thresholds/Segments/fewestLeaderDots`` dots, a blank between each.
    static func holds(_ text: String) -> Bool {
        var run = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                run = previous == UInt8(ascii: " ") || run == 0 ? run + 1 : 1
                if run >= Thresholds.Segments.fewestLeaderDots { return true }
            } else if byte != UInt8(ascii: " ") {
                run = 0
            } else if previous == UInt8(ascii: " ") {
                run = 0
            }
            previous = byte
        }
        return false
    }
}
