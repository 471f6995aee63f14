import ArgumentParser
import Foundation
import Kiemdiem

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Normalize Vietnamese text and split it into tokens or words.",
        discussion: """
        Plain output: one line per input line, tokens separated by single spaces; codes ("07-KH/ĐU"), dates ("08/12/2020") and abbreviations ("HĐND") stay whole.

        With --words: one line per input line, words separated by single spaces and the syllables of a multi-syllable word joined by `_` ("Đảng_ủy phường Thượng_Thanh"), as VnCoreNLP and pyvi write them.

        With --json: JSON Lines, one object per token with text, kind, start and end (Unicode scalar offsets into the normalized line), and the input line number.

        Example: printf 'Kế hoạch số 07-KH/ĐU, ngày 18/11/2020.\\n' | kiemdiem tokenize --words
        """
    )

    @Flag(name: .long, help: "Write JSON Lines, one object per token.")
    var json = false

    @Flag(name: .long, help: "Segment into words; join a word's syllables with '_'.")
    var words = false

    @Option(name: .customLong("max-bytes"), help: "Largest input read, in bytes.")
    var maxBytes = PostReader.Limits().maxBytes

    @Argument(help: "Text file to read (UTF-8). Reads standard input when absent or '-'.")
    var file: String?

    func validate() throws {
        try CountRange.check("--max-bytes", maxBytes, InputLimitOptions.ranges[0].range)
    }

    func run() throws {
        if words && json { throw ValidationError("--words and --json cannot be combined") }
        var text: String
        do { text = try InputText.read(file, maxBytes: maxBytes) } catch let e as CLIError { throw e } catch { throw ValidationError("\(error)") }
        let tokenizer = try Tokenizer()
        let segmenter: Segmenter? = words ? try Segmenter() : nil
        let normalizer = Normalizer()
        let out = ByteOutput()
        var joins: [Bool] = []
        var scalars: [Unicode.Scalar] = []
        var lineNumber = 0
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            LineSplitter.forEachLine(bytes) { line, stable in
                lineNumber += 1
                normalizer.normalizeScalars(line, into: &scalars, stable: stable)
                let tokens = tokenizer.tokenize(scalars)
                if json {
                    for t in tokens {
                        let piece = Document.string(scalars[t.start..<t.end])
                        out.write("{\"line\":\(lineNumber),\"text\":\(StatFormat.jsonString(piece)),\"kind\":\"\(t.kind.rawValue)\",\"start\":\(t.start),\"end\":\(t.end)}\n")
                    }
                    return
                }
                if let segmenter {
                    segmenter.joins(scalars, tokens, in: 0..<tokens.count, into: &joins)
                } else {
                    joins.removeAll(keepingCapacity: true)
                    joins.append(contentsOf: repeatElement(false, count: tokens.count))
                }
                out.line(scalars, tokens, joins)
            }
        }
        out.flush()
    }
}

/// Splitting UTF-8 text into lines of scalars, as `String.enumerateLines`
/// does: "\n", "\r\n", "\r", U+0085, U+2028 and U+2029 end a line; no
/// empty line after a final terminator. Lines are decoded into one reused
/// buffer; `body` must not keep the buffer it is given.
enum LineSplitter {
    static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>,
                            _ body: (UnsafeBufferPointer<Unicode.Scalar>, Bool) -> Void) {
        var capacity = 1024
        var line = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity)
        defer { line.deallocate() }
        var count = 0
        var i = 0
        let n = bytes.count
        var pendingLine = false
        // Whether the line so far passes `Normalizer.isStable` (body's second argument).
        var stable = true
        /// Appends one scalar to the line, doubling the buffer when full.
        @inline(__always) func push(_ u: Unicode.Scalar) {
            if count == capacity {
                let bigger = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: 2 * capacity)
                bigger.initialize(from: line, count: count)
                line.deallocate()
                line = bigger
                capacity *= 2
            }
            (line + count).initialize(to: u)
            count += 1
        }
        while i < n {
            let b = bytes[i]
            var v: UInt32
            if b < 0x80 {
                if b > 0x0D {   // ASCII other than a line end: the common case
                    push(Unicode.Scalar(b))
                    i += 1
                    pendingLine = true
                    continue
                }
                v = UInt32(b); i += 1
                if b == 0x0A || b == 0x0D {
                    if b == 0x0D, i < n, bytes[i] == 0x0A { i += 1 }
                    body(UnsafeBufferPointer(start: line, count: count), stable)
                    count = 0
                    pendingLine = false
                    stable = true
                    continue
                }
            } else {
                if b < 0xE0 {
                    v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b < 0xF0 {
                    v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    v = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                }
                if v == 0x85 || v == 0x2028 || v == 0x2029 {
                    body(UnsafeBufferPointer(start: line, count: count), stable)
                    count = 0
                    pendingLine = false
                    stable = true
                    continue
                }
                if !Normalizer.isStable(v) { stable = false }
            }
            push(Unicode.Scalar(v) ?? "\u{FFFD}")
            pendingLine = true
        }
        if pendingLine { body(UnsafeBufferPointer(start: line, count: count), stable) }
    }
}

/// Standard output as UTF-8 bytes, written 64 KB at a time. Writes go
/// through a raw buffer: this is the hot loop of `tokenize`.
final class ByteOutput {
    private static let capacity = 1 << 17
    private let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: ByteOutput.capacity)
    private var count = 0

    @inline(__always) func byte(_ b: UInt8) {
        if count >= ByteOutput.capacity - 8 { flush() }
        storage[count] = b
        count += 1
    }

    func write(_ s: String) {
        for b in s.utf8 { byte(b) }
    }

    /// Appends one output line: the tokens' text, separated by `_` where
    /// `joins[k]` is true and by a space otherwise, then a newline.
    func line(_ scalars: [Unicode.Scalar], _ tokens: [Token], _ joins: [Bool]) {
        scalars.withUnsafeBufferPointer { s in
            tokens.withUnsafeBufferPointer { tokens in
                joins.withUnsafeBufferPointer { joins in
                    for k in 0..<tokens.count {
                        let t = tokens[k]
                        if count + 4 * (t.end - t.start) + 2 >= ByteOutput.capacity { flush() }
                        if 4 * (t.end - t.start) + 2 >= ByteOutput.capacity {
                            if k > 0 { byte(joins[k] ? UInt8(ascii: "_") : UInt8(ascii: " ")) }
                            for i in t.start..<t.end { write(String(s[i])) }
                            continue
                        }
                        var n = count
                        let p = storage
                        if k > 0 { p[n] = joins[k] ? UInt8(ascii: "_") : UInt8(ascii: " "); n += 1 }
                        var i = t.start
                        while i < t.end {
                            let v = s[i].value
                            if v < 0x80 {
                                p[n] = UInt8(v); n += 1
                            } else if v < 0x800 {
                                p[n] = UInt8(0xC0 | v >> 6); p[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                            } else if v < 0x10000 {
                                p[n] = UInt8(0xE0 | v >> 12); p[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
                                p[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                            } else {
                                p[n] = UInt8(0xF0 | v >> 18); p[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                                p[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F); p[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                            }
                            i += 1
                        }
                        count = n
                    }
                }
            }
        }
        byte(UInt8(ascii: "\n"))
    }

    func flush() {
        OutputBuffer.writeToStandardOutput(storage, count)
        count = 0
    }

    deinit { flush(); storage.deallocate() }
}
