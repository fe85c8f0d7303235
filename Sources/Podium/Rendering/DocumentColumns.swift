/// The columns that say which document a row of a corpus-wide listing comes from.
struct DocumentColumns {
    static let names = ["file", "title", "date", "url", "language"]

    let file: String
    let source: Source

    var fields: [String] {
        [file, source.title ?? "", source.date ?? "", source.url ?? "", source.language ?? ""]
    }

    func write(to writer: inout JSONWriter) {
        writer.members([
            "file": file, "title": source.title, "date": source.date, "url": source.url, "language": source.language,
        ])
    }
}
