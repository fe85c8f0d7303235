extension Transcript {
    /// The whole transcript as CommonMark: a `#` title, the source line, the summary as a quote, the
    /// lead, then every turn in order with the speaker's label in bold, stage directions in italics,
    /// and the trailing lines after a rule. Characters that Markdown would read as syntax are escaped.
    ///
    /// - Parameter language: The language of the few words Podium adds; `nil` follows the transcript.
    /// - Returns: CommonMark text ending with a line break.
    public func markdown(language: OutputLanguage? = nil) -> String {
        TranscriptMarkdownRenderer(transcript: self, lexicon: (language ?? OutputLanguage(of: self)).lexicon).render()
    }
}
