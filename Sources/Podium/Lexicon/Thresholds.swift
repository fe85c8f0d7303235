/// Every number a layout or labelling rule weighs evidence with, named and in one place, so that a
/// change to one is a one-line edit that a test of its own pins down.
enum Thresholds {
    /// When plain text is a numbered record (``NumberedRecord``).
    enum NumberedRecord {
        /// Fewer numbered lines than this are a numbered list, not a record.
        static let minimumNumberedLines = 20
        /// The share of non-blank lines that carry a number.
        static let minimumNumberedShare = 0.6
        /// The share of numbered lines that follow the one before (n after n−1, or 1 to start a page).
        static let minimumSequentialShare = 0.8
        /// The share of numbered lines at an indentation for it to be the one wrapped lines have.
        static let minimumIndentShare = 0.1
        /// Blanks before a line number at most: further in, a number is a page number.
        static let maximumNumberMargin = 4
        /// Blanks deeper than a wrapped line that open a paragraph.
        static let paragraphIndentStep = 4
    }

    /// A line in capitals between turns that is a heading (``SectionHeading``).
    enum SectionHeading {
        static let minimumCapitals = 6
        static let minimumWords = 2
    }
}
