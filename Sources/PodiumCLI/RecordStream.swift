/// A corpus run's records written to a sink as they come: one per line (JSON Lines, CSV rows, Markdown
/// sections), or as the elements of one JSON array, so that `--format json` over several documents is
/// one JSON document however many there are.
final class RecordStream {
    enum Framing {
        /// Each record followed by a line break, after an optional header (a CSV header row).
        case lines(header: String?)
        /// `[`, the records separated by commas, `]`: streamed, never held whole.
        case jsonArray
    }

    private let sink: OutputSink
    private let framing: Framing
    private var count = 0

    init(_ sink: OutputSink, framing: Framing) throws(CommandFailure) {
        self.sink = sink
        self.framing = framing
        if case .lines(let header?) = framing { try sink.write(header) }
    }

    func write(_ record: String) throws(CommandFailure) {
        switch framing {
        case .lines:
            try sink.write(record + "\n")
        case .jsonArray:
            try sink.write((count == 0 ? "[\n" : ",\n") + record)
        }
        count += 1
    }

    /// Closes the array and puts the output in place.
    func finish() throws(CommandFailure) {
        if case .jsonArray = framing { try sink.write(count == 0 ? "[]\n" : "\n]\n") }
        try sink.finish()
    }
}
