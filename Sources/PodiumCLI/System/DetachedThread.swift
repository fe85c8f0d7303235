#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a detached pthread with a stack of a chosen size, as Foundation's `Thread` with `stackSize` did
/// (Foundation is not linked: the command uses only FoundationEssentials, which has no `Thread`).
///
/// The closure travels to the new thread through `Unmanaged`: retained here, released by the thread once
/// it has run.
enum DetachedThread {
    /// Runs `body` on a new detached thread with `stackSize` bytes of stack; returns false when the
    /// system would not start one.
    @discardableResult
    static func start(stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Bool {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return false }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, stackSize) == 0,
            pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) == 0
        else { return false }
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        // The entry point is named with its type: an implicit `Self` here crashes the 6.3 compiler.
        guard pthread_create(&thread, &attributes, { DetachedThread.run($0) }, context) == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return false
        }
        return true
    }

    /// The closure, boxed so it can be passed as a pointer.
    private final class Body {
        let run: @Sendable () -> Void

        init(_ run: @escaping @Sendable () -> Void) {
            self.run = run
        }
    }

    /// The new thread's entry point: takes back the box `start` retained, and runs its closure.
    private static func run(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        guard let context else { return nil }
        Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
        return nil
    }
}
