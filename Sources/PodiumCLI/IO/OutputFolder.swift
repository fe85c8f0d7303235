#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A folder that a command fills with files of its own (`brief -o DIR`, `export convokit -o DIR`).
///
/// It must be new, empty, or one that Podium wrote before (it holds ``InputCollection/outputMarker``):
/// a folder of someone else's files is refused (exit code 73) before anything is read, so that no
/// transcript or other file is written over. The marker also keeps the folder out of later walks.
struct OutputFolder {
    let path: String

    /// Checks `path`; nothing is created yet.
    init(_ path: String) throws(CommandFailure) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let status = FileStatus(path: self.path) else { return }
        guard status.kind == .directory else {
            throw CommandFailure(file: path, reason: "is not a folder; give a new or empty folder", code: .cannotCreate)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: self.path)
        } catch {
            throw CommandFailure(file: path, reason: "cannot be listed", code: .cannotCreate)
        }
        if !names.isEmpty, !names.contains(InputCollection.outputMarker) {
            throw CommandFailure(
                file: path, reason: "holds files that podium did not write; give a new or empty folder", code: .cannotCreate)
        }
    }

    /// The path of `name` in the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// Creates the folder and its marker, saying which command wrote it.
    func create(by command: String) throws(CommandFailure) {
        try createFolder(for: InputCollection.outputMarker)
        let marker = try OutputSink(path: file(InputCollection.outputMarker))
        try marker.write("Written by podium \(command). Podium's directory walks leave out a folder holding this file.\n")
        try marker.finish()
    }

    /// Creates the folders that `name` (a path in the folder) lies in.
    func createFolder(for name: String) throws(CommandFailure) {
        let folder = OutputSink.folder(of: file(name))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(file: folder, reason: "cannot be created", code: .cannotCreate)
        }
    }

    /// Refuses to go on when any of `names` is a file that `inputs` reads.
    func refuseOverwriting(_ inputs: InputCollection, names: some Sequence<String>) throws(CommandFailure) {
        for name in names where inputs.holds(file(name)) {
            throw OutputTarget.refusal(input: file(name), output: file(name))
        }
    }
}
