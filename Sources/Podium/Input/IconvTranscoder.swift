#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes legacy Chinese encodings with the C library's iconv.
enum IconvTranscoder {
    static func decode(_ bytes: [UInt8], from encoding: String, lossy: Bool) -> String? {
        let handle = iconv_open("UTF-8", encoding)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 65536)
        var input = bytes
        var offset = 0
        while offset < input.count {
            let (consumed, produced, failed) = input.withUnsafeMutableBufferPointer { inBuffer -> (Int, Int, Bool) in
                chunk.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int, Bool) in
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress! + offset)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuffer.count - offset
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    let consumed = (inBuffer.count - offset) - inLeft
                    let produced = outBuffer.count - outLeft
                    return (consumed, produced, result == -1 && errno != E2BIG)
                }
            }
            output.append(contentsOf: chunk[0..<produced])
            offset += consumed
            if failed {
                guard lossy else { return nil }
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset += 1
            }
        }
        _ = input
        input = []
        return String(decoding: output, as: UTF8.self)
    }
}
