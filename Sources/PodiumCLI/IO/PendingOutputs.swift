// sigaction, unlink and raise straight from libc: swift-system 1.8.1 wraps none of them, and a signal
// handler may call only such async-signal-safe functions.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files of outputs not yet renamed into place (see ``OutputSink``), removed when SIGINT,
/// SIGTERM or SIGHUP ends the process, so that an interrupted run leaves the old output and nothing else.
///
/// The paths are kept as C strings in a fixed table allocated before the handlers are installed: a signal
/// handler may only call async-signal-safe functions (`unlink`, `raise`), never allocate.
enum PendingOutputs {
    private static let capacity = 8
    nonisolated(unsafe) private static var table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    /// Allocates the table and installs the handlers; called once, at startup, before any output is opened.
    static func installHandlers() {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        table = slots
        // A process started from a thread that blocks signals (a test runner's, a thread pool's) inherits
        // that mask, and an interrupt would wait forever instead of ending the run.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { PendingOutputs.removeAllAndDie($0) }
            #else
            action.__sigaction_u.__sa_handler = { PendingOutputs.removeAllAndDie($0) }
            #endif
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// Remembers a temporary file; returns its slot, or `nil` when the table is full (the file is then
    /// only removed by a normal exit).
    static func add(_ path: String) -> Int? {
        guard let table else { return nil }
        for slot in 0..<capacity where table[slot] == nil {
            table[slot] = strdup(path)
            return slot
        }
        return nil
    }

    /// Forgets a slot's file: it was renamed into place or removed.
    static func remove(_ slot: Int) {
        guard let table, slot >= 0, slot < capacity else { return }
        let path = table[slot]
        table[slot] = nil
        free(path)
    }

    private static func removeAllAndDie(_ number: Int32) {
        if let table {
            for slot in 0..<capacity {
                if let path = table[slot] { unlink(path) }
            }
        }
        // The default action then ends the process as the signal would have, with its exit status.
        signal(number, SIG_DFL)
        raise(number)
    }
}
