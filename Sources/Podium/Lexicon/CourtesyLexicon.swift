/// Sentences a digest leaves out: greetings, thanks and hand-overs that carry no content.
enum CourtesyLexicon {
    /// A short sentence holding one of these is a courtesy, not content.
    static let phrases: [String] = [
        "谢谢", "謝謝", "感谢", "感謝", "大家好", "大家上午好", "大家下午好", "大家晚上好", "上午好", "下午好",
        "我来回答", "我來回答", "我来回应", "我來回應", "我来答", "我補充", "我补充", "介绍到这里", "介紹到這裡",
        "回答大家", "回答各位", "很愿意回答", "很願意回答", "欢迎提问", "歡迎提問", "的提问", "的提問", "好的",
        "Thank you", "thank you", "Thanks", "thanks", "Good morning", "Good afternoon", "Good evening",
        "Happy to take", "happy to take", "Go ahead", "go ahead", "With that", "with that", "All right", "Great question",
        "great question", "Good question", "good question", "Happy Monday", "Happy Tuesday", "Happy Wednesday",
        "Happy Thursday", "Happy Friday", "Welcome", "welcome", "欢迎", "歡迎",
    ]

    /// Sentences at most this many characters long can be a courtesy (Chinese).
    static let maximumWideLength = 40
    /// Sentences at most this many characters long can be a courtesy (English).
    static let maximumLatinLength = 60
}
