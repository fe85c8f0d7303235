/// The words a transcript exported as a table (``DelimitedTable``) heads its columns with, by what the column holds.
///
/// Transcription tools and spreadsheets name them in the reader's language: Otter's and Descript's CSV
/// (`Speaker,Start Time,Text`), Sonix's and Trint's (`Speaker Name`, `Transcript`), WhisperX's TSV (`start`, `end`,
/// `speaker`, `text`), and Chinese tools' (`发言人`, `开始时间`, `内容`). Headers are compared in lower case, with blanks,
/// `_` and `-` removed (`Start Time`, `start_time` and `start-time` are `starttime`).
enum TableLexicon {
    /// A column of who speaks each row.
    static let speakerHeaders: Set<String> = [
        "speaker", "speakername", "name", "who", "participant", "speakerlabel", "voice",
        "发言人", "發言人", "说话人", "說話人", "讲话人", "講話人", "姓名", "角色",
    ]

    /// A column of what each row says.
    static let textHeaders: Set<String> = [
        "text", "transcript", "transcription", "content", "words", "utterance", "sentence", "dialogue", "caption",
        "内容", "內容", "文本", "文字", "发言", "發言", "发言内容", "發言內容", "转写", "轉寫",
    ]

    /// A column of when each row starts: the turn's time.
    static let startHeaders: Set<String> = [
        "start", "starttime", "time", "timestamp", "begin", "from", "starttimestamp", "starttimecode", "timecode",
        "开始时间", "開始時間", "开始", "開始", "时间", "時間", "时间戳", "時間戳",
    ]

    /// Columns of layout the words do not need: where a row ends, how long it lasts, its number, the tool's confidence.
    static let layoutHeaders: Set<String> = [
        "end", "endtime", "to", "stop", "duration", "endtimestamp", "endtimecode", "index", "id", "no", "number", "row",
        "confidence", "segment", "line", "#",
        "结束时间", "結束時間", "结束", "結束", "时长", "時長", "序号", "序號", "编号", "編號",
    ]

    /// What separates the cells of a row, tried in this order against the first row.
    static let delimiters: [UInt8] = [0x09, 0x2C, 0x3B]  // tab, comma, semicolon
}
