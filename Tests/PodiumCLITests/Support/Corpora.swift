import Foundation
import PodiumTestSupport

/// Small corpora written into a temporary folder of their own, for corpus runs.
enum Corpora {
    /// Four transcripts with names out of order (one in a subfolder, one Markdown) and a hidden one.
    static func small() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.folder("sub")
        try folder.write("b.txt", transcript(outlet: "新华社", name: "张明远"))
        try folder.write("a.txt", transcript(outlet: "人民日报", name: "李华"))
        try folder.write("sub/c.txt", transcript(outlet: "新华社", name: "王强"))
        try folder.write("d.md", "# 发布会\n\n" + transcript(outlet: "中新社", name: "赵敏"))
        try folder.write(".hidden.txt", transcript(outlet: "路透社", name: "刘洋"))
        return folder
    }

    /// A host, one reporter's question from `outlet`, and `name`'s answer with two numbered points.
    static func transcript(outlet: String, name: String) -> String {
        "主持人：欢迎大家。\n\n\(outlet)记者：请问进展如何？\n\n\(name)：谢谢提问。我们一是加快建设，二是优化服务。\n"
    }

    /// Three dated documents (front matter, two in a subfolder), one undated, and a file that is not a transcript.
    static func datedArchive() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.folder("2024")
        for (name, date, outlet, person, answer) in [
            ("2023-05-01.md", "2023-05-01", "新华社", "张明远", "我们一是加快建设，二是优化服务。"),
            ("2024/2024-02-10.md", "2024-02-10", "人民日报", "李华", "关税政策保持稳定。"),
            ("2024/2024-09-30.md", "2024-09-30", "新华社", "王强", "出口增长较快。"),
            ("undated.txt", nil, "中新社", "赵敏", "我们会继续努力。"),
        ] {
            let frontMatter = date.map { "---\ntitle: 发布会 \($0)\ndate: \($0)\n---\n\n" } ?? ""
            try folder.write(name, frontMatter + "主持人：欢迎大家。\n\n\(outlet)记者：请问进展如何？\n\n发言人\(person)：谢谢提问。\(answer)\n")
        }
        try folder.write("notes.txt", "没有任何标签。\n")
        return folder
    }
}
