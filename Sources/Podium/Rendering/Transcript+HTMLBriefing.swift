extension Transcript {
    /// The briefing as one self-contained HTML page: the same content as ``briefing(_:)``, with a
    /// speaking-share bar chart (inline SVG, words per participant, coloured by role), a list of the
    /// questions linking to each, links from each question to its answers, print-friendly CSS and
    /// `lang` set from the briefing's language. It loads nothing from anywhere.
    ///
    /// - Parameter options: The same options as the Markdown briefing.
    /// - Returns: An HTML5 document ending with a line break.
    public func htmlBriefing(_ options: BriefingOptions = BriefingOptions()) -> String {
        HTMLBriefingRenderer(content: BriefingBuilder(transcript: self, options: options).build()).render()
    }
}
