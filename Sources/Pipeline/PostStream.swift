import Foundation
import KiemdiemCore
import KiemdiemIngest

/// Reads inputs into posts one after another, like `PostReader`, but reads
/// JSON Lines on standard input line by line: `-` whose first non-blank
/// byte is `{` is taken as one post per line and never held whole, so
/// `kiemdiem extract --format jsonl -` works as a map stage (Spark
/// `RDD.pipe`, Hadoop Streaming) over any amount of input. Other standard
/// input (one article, HTML, WARC) is read whole, within `--max-bytes`.
public struct PostStream {
    public var reader: PostReader
    /// Where standard input comes from (a file descriptor; 0 by default, other values in tests).
    public var standardInput: Int32 = 0

    public init(reader: PostReader) { self.reader = reader }

    /// Calls `each` with every post or failure of `paths`, in input order.
    public func forEach(_ paths: [String], _ each: (Result<IngestedPost, InputFailure>) -> Void) {
        forEachPending(paths) { item in
            for r in reader.resolve(item) { each(r) }
        }
    }

    /// Like `forEach`, but JSON Lines lines (of files and of standard input)
    /// come unparsed: `reader.resolve` them, on any thread, for the posts
    /// `forEach` would give.
    public func forEachPending(_ paths: [String], _ each: (PendingPost) -> Void) {
        for item in reader.expand(paths) {
            switch item {
            case .failure(let f): each(.ready(.failure(f)))
            case .success("-"): readStandardInput(each)
            case .success(let path): reader.readPending(path, each: each)
            }
        }
    }

    func readStandardInput(_ each: (PendingPost) -> Void) {
        var lines = LineReader(fd: standardInput)
        // Peek: skip a byte-order mark and blank space, then decide.
        var head: [UInt8] = []
        var firstLine: [UInt8]? = nil
        while let line = lines.next() {
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            if trimmed.isEmpty { head += line; head.append(0x0A); continue }
            firstLine = line
            break
        }
        guard let first = firstLine else {
            each(.ready(.failure(InputFailure(path: "-", reason: "empty file")))); return
        }
        let looksJSON = first.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) } == UInt8(ascii: "{")
        if !looksJSON {
            // One document on standard input: gather it (within the byte limit) and read it whole.
            var bytes = head + first
            var over = false
            while let line = lines.next() {
                bytes.append(0x0A); bytes += line
                if bytes.count > reader.limits.maxBytes { over = true; break }
            }
            if lines.endedWithNewline { bytes.append(0x0A) }
            if over {
                each(.ready(.failure(InputFailure(path: "-", reason: "standard input is over the \(reader.limits.maxBytes)-byte limit (--max-bytes)"))))
                return
            }
            reader.read(bytes: bytes, path: "-", name: "") { each(.ready($0)) }
            return
        }
        var number = head.isEmpty ? 0 : head.split(separator: 0x0A, omittingEmptySubsequences: false).count - 1
        var line: [UInt8]? = first
        while let l = line {
            number += 1
            let lineNumber = number
            if !l.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                if l.count > reader.limits.maxLineBytes {
                    each(.ready(.failure(InputFailure(path: "-#line \(lineNumber)", reason: "line is \(l.count) bytes, over the \(reader.limits.maxLineBytes)-byte limit (maxLineBytes)"))))
                } else {
                    // Parsed by `reader.resolve`, on the worker threads in a pipeline.
                    each(.standardInputLine(l, lineNumber: lineNumber))
                }
            }
            line = lines.next()
        }
    }
}

/// Lines of a file descriptor, read in 1 MB blocks (the line end is not included).
public struct LineReader {
    let fd: Int32
    var buffer: [UInt8] = []
    var start = 0
    var eof = false
    /// Whether the last line read ended with a line feed.
    public var endedWithNewline = false

    /// Reads from `fd` (not closed here).
    public init(fd: Int32) { self.fd = fd }

    /// The next line, or nil at the end.
    public mutating func next() -> [UInt8]? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<nl])
                start = nl + 1
                endedWithNewline = true
                return line
            }
            if eof {
                if start < buffer.count {
                    let line = Array(buffer[start...])
                    start = buffer.count
                    endedWithNewline = false
                    return line
                }
                return nil
            }
            if start > 0 { buffer.removeFirst(start); start = 0 }
            var block = [UInt8](repeating: 0, count: 1 << 20)
            let n = block.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { eof = true } else { buffer += block[0..<n] }
        }
    }
}
