#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on standard error: files done, throughput and time left.
///
/// It draws only when standard error is a terminal, at most ten times a second, and clears itself
/// before any other message is printed so error lines stay readable.
final class ProgressBar: Sendable {
    private let total: Int
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()

    /// What is on the screen; messages may come from several threads.
    private struct Screen {
        var lastDraw = Date.distantPast
        var drawn = false
    }

    private let screen = Mutex(Screen())

    init(total: Int, totalBytes: Int, enabled: Bool = StandardError.isTerminal) {
        self.total = total
        self.totalBytes = totalBytes
        self.enabled = enabled && total > 0
    }

    /// Redraws the bar after `done` files and `bytes` bytes, unless it was drawn a moment ago.
    func update(done: Int, bytes: Int) {
        guard enabled else { return }
        screen.withLock { screen in
            let now = Date()
            guard done == total || now.timeIntervalSince(screen.lastDraw) >= 0.1 else { return }
            screen.lastDraw = now
            StandardError.write("\r" + Self.line(done: done, total: total, bytes: bytes, totalBytes: totalBytes,
                elapsed: now.timeIntervalSince(start), width: Self.terminalWidth()) + "\u{1B}[K")
            screen.drawn = true
        }
    }

    /// Prints a message on its own line, clearing the bar first; the next update redraws it.
    func message(_ text: String) {
        screen.withLock { screen in
            if screen.drawn {
                StandardError.write("\r\u{1B}[K")
                screen.drawn = false
                screen.lastDraw = .distantPast
            }
            StandardError.write(text.hasSuffix("\n") ? text : text + "\n")
        }
    }

    /// Removes the bar from the screen.
    func finish() {
        screen.withLock { screen in
            if screen.drawn { StandardError.write("\r\u{1B}[K") }
            screen.drawn = false
        }
    }

    static func line(done: Int, total: Int, bytes: Int, totalBytes: Int, elapsed: TimeInterval, width: Int) -> String {
        let rate = elapsed > 0 ? Double(bytes) / elapsed : 0
        let fraction = totalBytes > 0 ? Double(bytes) / Double(totalBytes) : Double(done) / Double(max(total, 1))
        var eta = "--:--"
        if fraction > 0, elapsed > 0.2 {
            eta = duration(elapsed / fraction - elapsed)
        }
        let counts = "\(done)/\(total) files  \(NumberText.fixed(rate / 1_000_000, places: 1)) MB/s  ETA \(eta)"
        let barWidth = max(10, min(40, width - counts.count - 4))
        let filled = min(barWidth, Int((fraction * Double(barWidth)).rounded(.down)))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "] " + counts
    }

    static func duration(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "--:--" }
        let whole = Int(seconds.rounded(.up))
        let secondsOfMinute = NumberText.zeroPadded(whole % 60, width: 2)
        if whole >= 3600 {
            return "\(whole / 3600):\(NumberText.zeroPadded(whole / 60 % 60, width: 2)):\(secondsOfMinute)"
        }
        return "\(whole / 60):\(secondsOfMinute)"
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
