/// Told of each block as a reader finishes it, in document order, so a later stage can start on a large
/// document before it is read to the end (``IncrementalLabeling``).
protocol BlockObserver: AnyObject {
    func observe(_ block: Block)
    /// The reader dropped the blocks it had reported and read the text again another way.
    func readerStartedOver()
}
