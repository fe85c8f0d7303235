/// A corpus run's records written to a sink as they come: one after another (JSON Lines, CSV rows,
/// Markdown documents), or as the elements of one JSON array, so that `--format json` over several
/// documents is one JSON document however many there are.
final class RecordStream {
    enum Framing {
        /// An optional header (a CSV header row, with its terminator), then each record and `terminator`.
        case sequence(header: String?, terminator: String)
        /// `[`, the records separated by commas, `]`: streamed, never held whole.
        case jsonArray
        /// `{`, the records (`"key": value` members) separated by commas, `}`.
        case jsonObject

        /// One record per line.
        static let lines = Framing.sequence(header: nil, terminator: "\n")
    }

    private let sink: OutputSink
    private let framing: Framing
    private var count = 0

    /// Starts the output with `prefix` (a byte-order mark), then the header of a sequence.
    init(_ sink: OutputSink, framing: Framing, prefix: String = "") throws(CommandFailure) {
        self.sink = sink
        self.framing = framing
        if !prefix.isEmpty { try sink.write(prefix) }
        if case .sequence(let header?, _) = framing { try sink.write(header) }
    }

    func write(_ record: String) throws(CommandFailure) {
        switch framing {
        case .sequence(_, let terminator):
            try sink.write(record + terminator)
        case .jsonArray:
            try sink.write((count == 0 ? "[\n" : ",\n") + record)
        case .jsonObject:
            try sink.write((count == 0 ? "{\n" : ",\n") + record)
        }
        count += 1
    }

    /// Closes the array or object and puts the output in place.
    func finish() throws(CommandFailure) {
        switch framing {
        case .sequence: break
        case .jsonArray: try sink.write(count == 0 ? "[]\n" : "\n]\n")
        case .jsonObject: try sink.write(count == 0 ? "{}\n" : "\n}\n")
        }
        try sink.finish()
    }
}
