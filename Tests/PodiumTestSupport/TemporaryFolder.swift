import Foundation

/// A folder of its own for one test, under the system's temporary folder, removed with its contents
/// when the value goes away.
public final class TemporaryFolder {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("podium-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `data` to `name` (a path in the folder, whose folders must exist) and returns its path.
    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8; see ``write(_:_:)-(_,Data)``.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Creates a folder (and those it lies in) and returns its path.
    @discardableResult
    public func folder(_ name: String) throws -> String {
        let folder = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// The path of `name` in the folder, whether or not it exists.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The text of a file in the folder, as UTF-8 with repairs. A byte-order mark is kept (Foundation's
    /// `String(contentsOfFile:)` drops it, and the CSV exports write one on request).
    public func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
    }
}
