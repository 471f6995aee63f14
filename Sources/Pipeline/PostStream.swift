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
        let limits = reader.limits
        // Until the kind of input is known, no line may pass the larger limit.
        var lines = LineReader(fd: standardInput, limit: max(limits.maxBytes, limits.maxLineBytes))
        func overBytes() {
            each(.ready(.failure(InputFailure(path: "-", reason: "standard input is over the \(limits.maxBytes)-byte limit (--max-bytes); not read further"))))
        }
        // Peek: skip a byte-order mark and blank space, then decide.
        var head: [UInt8] = []
        var firstLine: [UInt8]? = nil
        while let line = lines.next() {
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            if trimmed.isEmpty {
                head += line; head.append(0x0A)
                if head.count > limits.maxBytes { overBytes(); return }
                continue
            }
            firstLine = line
            break
        }
        let looksJSON = firstLine.map { first in
            first.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) } == UInt8(ascii: "{")
        }
        if lines.overLimit {
            // One line longer than both limits, never gathered whole.
            if lines.pending.first(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }) == UInt8(ascii: "{") {
                let n = head.isEmpty ? 1 : head.split(separator: 0x0A, omittingEmptySubsequences: false).count
                each(.ready(.failure(InputFailure(path: "-#line \(n)", reason: "line passes the \(limits.maxLineBytes)-byte limit (--max-line-bytes); standard input not read further"))))
            } else {
                overBytes()
            }
            return
        }
        guard let first = firstLine, let looksJSON else {
            each(.ready(.failure(InputFailure(path: "-", reason: "empty file")))); return
        }
        if !looksJSON {
            // One document on standard input: gather it (within the byte limit) and read it whole.
            var bytes = head + first
            var over = bytes.count > limits.maxBytes
            lines.limit = limits.maxBytes
            while !over, let line = lines.next() {
                bytes.append(0x0A); bytes += line
                if bytes.count > limits.maxBytes { over = true }
            }
            if lines.overLimit { over = true }
            if lines.endedWithNewline { bytes.append(0x0A) }
            if over { overBytes(); return }
            reader.read(bytes: bytes, path: "-", name: "") { each(.ready($0)) }
            return
        }
        var number = head.isEmpty ? 0 : head.split(separator: 0x0A, omittingEmptySubsequences: false).count - 1
        lines.limit = limits.maxLineBytes
        var line: [UInt8]? = first
        while let l = line {
            number += 1
            let lineNumber = number
            if !l.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                if l.count > limits.maxLineBytes {
                    each(.ready(.failure(InputFailure(path: "-#line \(lineNumber)", reason: "line is \(l.count) bytes, over the \(limits.maxLineBytes)-byte limit (--max-line-bytes); not read further"))))
                    return
                } else {
                    // Parsed by `reader.resolve`, on the worker threads in a pipeline.
                    each(.standardInputLine(l, lineNumber: lineNumber))
                }
            }
            line = lines.next()
        }
        if lines.overLimit {
            // Stopped as soon as the line passed the limit, without waiting for its end (there may be none).
            each(.ready(.failure(InputFailure(path: "-#line \(number + 1)", reason: "line passes the \(limits.maxLineBytes)-byte limit (--max-line-bytes); standard input not read further"))))
        }
    }
}

/// Lines of a file descriptor, read in 1 MB blocks (the line end is not included).
///
/// Linear in the input: the search for the next line feed starts where the
/// last one stopped, and consumed bytes are dropped only once they are half
/// the buffer. With `limit`, a line longer than that is never gathered: `next`
/// returns nil as soon as the pending line passes it and sets `overLimit`,
/// so an endless line (`/dev/zero`) costs `limit` bytes of memory, not all of it.
public struct LineReader {
    let fd: Int32
    var buffer: [UInt8] = []
    var start = 0
    /// Bytes from `start` up to here hold no line feed.
    var scanned = 0
    var eof = false
    var block: [UInt8] = []
    /// Whether the last line read ended with a line feed.
    public var endedWithNewline = false
    /// The longest line returned; a longer one stops the reader (`overLimit`).
    public var limit = Int.max
    /// Set when `next` returned nil because a line passed `limit`.
    public private(set) var overLimit = false
    /// The bytes read but not returned yet (the start of the line over the limit).
    public var pending: ArraySlice<UInt8> { buffer[start...] }

    /// Reads from `fd` (not closed here).
    public init(fd: Int32, limit: Int = Int.max) { self.fd = fd; self.limit = limit }

    /// The next line, or nil at the end (or at a line over `limit`).
    public mutating func next() -> [UInt8]? {
        if overLimit { return nil }
        while true {
            if let nl = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                if nl - start > limit { overLimit = true; return nil }
                let line = Array(buffer[start..<nl])
                start = nl + 1
                scanned = start
                endedWithNewline = true
                return line
            }
            scanned = buffer.count
            if buffer.count - start > limit { overLimit = true; return nil }
            if eof {
                if start < buffer.count {
                    let line = Array(buffer[start...])
                    start = buffer.count
                    scanned = start
                    endedWithNewline = false
                    return line
                }
                return nil
            }
            if start > 0 && start * 2 >= buffer.count {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            if block.isEmpty { block = [UInt8](repeating: 0, count: 1 << 20) }
            let n = block.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { eof = true } else { buffer += block[0..<n] }
        }
    }
}
