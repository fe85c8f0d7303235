#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SystemPackage

/// Reads a file descriptor in chunks of 64 KiB, through swift-system's `FileDescriptor` (which retries a
/// read that a signal interrupted).
///
/// Standard input is read this way both whole (a document given as `-`) and line by line (`--stdin-jsonl`),
/// without `FileHandle`, which lives in Foundation: the command links only FoundationEssentials, whose
/// startup costs several megabytes less.
struct DescriptorReader {
    private let descriptor: FileDescriptor
    /// The name a read failure is reported under.
    private let name: String
    /// Reused for every read; the caller copies what it keeps.
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    init(descriptor: FileDescriptor, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// A reader of standard input.
    static var standardInput: DescriptorReader { DescriptorReader(descriptor: .standardInput, name: "<stdin>") }

    /// The bytes of the next read, or `nil` at the end of the input.
    mutating func next() throws(CommandFailure) -> ArraySlice<UInt8>? {
        let descriptor = descriptor
        let count: Int
        do {
            count = try chunk.withUnsafeMutableBytes { try descriptor.read(into: $0, retryOnInterrupt: true) }
        } catch {
            throw CommandFailure(file: name, reason: "cannot be read", code: .noInput)
        }
        return count > 0 ? chunk[0..<count] : nil
    }

    /// Everything left to read.
    consuming func readToEnd() throws(CommandFailure) -> Data {
        var data = Data()
        while let bytes = try next() { data.append(contentsOf: bytes) }
        return data
    }
}
