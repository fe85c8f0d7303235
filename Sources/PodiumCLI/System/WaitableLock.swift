#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with a condition variable, over pthreads: threads take turns under the lock, and one can wait
/// there, the lock released, until another announces a change with ``broadcast()``.
///
/// This is what Foundation's `NSCondition` and `NSLock` gave ``OrderedPipeline``; the command links only
/// FoundationEssentials, which has neither, and Synchronization's `Mutex` has no condition to wait on.
/// The pthread values live at fixed addresses (allocated, never moved), as pthreads require.
final class WaitableLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        // With default attributes these fail only when the system is out of memory.
        let mutexStatus = pthread_mutex_init(mutex, nil)
        let conditionStatus = pthread_cond_init(condition, nil)
        precondition(mutexStatus == 0 && conditionStatus == 0, "podium: cannot create a lock")
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deinitialize(count: 1)
        condition.deallocate()
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    func lock() {
        pthread_mutex_lock(mutex)
    }

    func unlock() {
        pthread_mutex_unlock(mutex)
    }

    /// Releases the lock until another thread calls ``broadcast()``, then takes it again. A thread may
    /// also wake for no reason, so callers wait in a loop that checks what they wait for.
    func wait() {
        pthread_cond_wait(condition, mutex)
    }

    /// Wakes every thread waiting in ``wait()``; call it holding the lock, after changing what they wait for.
    func broadcast() {
        pthread_cond_broadcast(condition)
    }

    /// Runs `body` holding the lock.
    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock()
        defer { unlock() }
        return try body()
    }
}
