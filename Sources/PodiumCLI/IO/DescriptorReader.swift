#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in chunks of 64 KiB with `read`, retrying a read that a signal interrupted.
///
/// Standard input is read this way both whole (a document given as `-`) and line by line (`--stdin-jsonl`),
/// without `FileHandle`, which lives in Foundation: the command links only FoundationEssentials, whose
/// startup costs several megabytes less.
struct DescriptorReader {
    private let descriptor: Int32
    /// The name a read failure is reported under.
    private let name: String
    /// Reused for every read; the caller copies what it keeps.
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// A reader of standard input.
    static var standardInput: DescriptorReader { DescriptorReader(descriptor: 0, name: "<stdin>") }

    /// The bytes of the next read, or `nil` at the end of the input.
    mutating func next() throws(CommandFailure) -> ArraySlice<UInt8>? {
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { return chunk[0..<count] }
            if count == 0 { return nil }
            if errno == EINTR { continue }
            throw CommandFailure(file: name, reason: "cannot be read", code: .noInput)
        }
    }

    /// Everything left to read.
    consuming func readToEnd() throws(CommandFailure) -> Data {
        var data = Data()
        while let bytes = try next() { data.append(contentsOf: bytes) }
        return data
    }
}
