extension Source {
    /// The source with what the page's metadata left out taken from the text around the turns: the origin line
    /// (「来源：国新网」), the first date of the title or the lead's opening lines, and the first web address among the
    /// lines after the last turn.
    func completed(from segments: SegmentedDocument) -> Source {
        var source = self
        source.origin = origin ?? segments.origin
        source.date = date ?? DateFinder.firstDate(in: [title].compactMap { $0 } + segments.lead.prefix(Thresholds.Segments.leadLinesAboutTheEvent))
        source.url = url ?? segments.trailing.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        return source
    }
}
