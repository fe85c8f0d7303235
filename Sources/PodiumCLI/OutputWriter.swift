import Foundation

enum OutputWriter {
    static func write(_ text: String, to path: String?) throws {
        let data = Data(text.utf8)
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(file: path, reason: "cannot be written", code: .cannotCreate)
        }
    }
}
