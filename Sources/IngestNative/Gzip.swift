@_implementationOnly import CZlib

/// Inflates gzip data (one member or several concatenated, as in `.warc.gz`)
/// with a ceiling on the output size, so a small hostile file cannot expand
/// without bound.
public struct GzipInflater {
    /// Why inflation stopped early.
    public enum Failure: Error, Equatable {
        /// The output would pass the limit (bytes).
        case tooLarge(limit: Int)
        /// The data ends inside a member.
        case truncated
        /// zlib rejected the data (message).
        case corrupt(String)

        public var reason: String {
            switch self {
            case .tooLarge(let limit): return "gzip expands past the \(limit)-byte limit (--max-decompressed-bytes)"
            case .truncated: return "truncated gzip data (ends inside a compressed member)"
            case .corrupt(let m): return "corrupt gzip data (\(m))"
            }
        }
    }

    /// Largest output produced.
    public var limit: Int

    public init(limit: Int) { self.limit = limit }

    /// True when `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates every member of `bytes`. On failure, returns what was inflated
    /// before it (whole members only are guaranteed complete) and the failure.
    public func inflate(_ bytes: [UInt8]) -> (output: [UInt8], failure: Failure?) {
        var output: [UInt8] = []
        var stream = z_stream()
        // 15 window bits + 16: expect a gzip header.
        var rc = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else { return ([], .corrupt("inflateInit failed")) }
        defer { inflateEnd(&stream) }
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        var failure: Failure?
        bytes.withUnsafeBufferPointer { input in
            var offset = 0
            var memberOpen = false
            while true {
                if !memberOpen {
                    // Skip zero padding some tools leave between or after members.
                    while offset < input.count && input[offset] == 0 { offset += 1 }
                    if offset >= input.count { return }
                    memberOpen = true
                }
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + offset)
                stream.avail_in = UInt32(min(input.count - offset, Int(UInt32.max)))
                let before = Int(stream.avail_in)
                rc = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(chunk)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                offset += before - Int(stream.avail_in)
                let produced = chunk - Int(stream.avail_out)
                if output.count + produced > limit { failure = .tooLarge(limit: limit); return }
                output.append(contentsOf: buffer[0..<produced])
                switch rc {
                case Z_STREAM_END:
                    memberOpen = false
                    inflateReset(&stream)
                case Z_OK, Z_BUF_ERROR:
                    // No progress with all input consumed: the member is cut short.
                    if produced == 0 && offset >= input.count { failure = .truncated; return }
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(rc)"
                    failure = .corrupt(message); return
                }
            }
        }
        return (output, failure)
    }
}
