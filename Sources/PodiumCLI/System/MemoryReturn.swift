import CAllocator

/// Asks the C allocator to hand large freed buffers back to the system.
///
/// A parse holds a few buffers the size of the document (the decoded text, the array of blocks, the
/// labelled blocks) that are freed as the next stage starts. glibc raises its threshold for giving memory
/// back each time such a buffer is freed, so the next stage's buffers come from the heap, are never
/// returned, and the peak grows by the sum of them: 42 MB instead of 36 MB on the 10 MB benchmark document
/// (docs/performance.md). Fixing the threshold at glibc's default turns that adjustment off.
///
/// Kept by hand, in C (`CAllocator`): no library sets glibc's allocator options (swift-system has no
/// `mallopt`, and Swift's Glibc module leaves out malloc.h), and without the call the 10 MB document's
/// peak grows again, 44.5 → 48.5 MB when measured for "The command on swift-system and Synchronization"
/// in docs/performance.md.
enum MemoryReturn {
    static func keepThresholdsFixed() {
        podium_keep_allocator_thresholds_fixed()
    }

    /// Keeps the threads that share a large document's work (its labels, its points, and its roles and exchanges
    /// beside them) on one heap. With a heap per thread, the roles and exchanges settled on one thread while
    /// the points are found on the other raised the 10 MB document's peak by 1.7 MB (docs/performance.md); the
    /// 1,000 seed documents on two jobs take the same time either way.
    static func shareOneHeap() {
        podium_share_one_heap()
    }
}
