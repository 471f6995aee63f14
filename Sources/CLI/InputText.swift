import Foundation

/// Reading a command's text input: a file path, or standard input for none or `-`.
enum InputText {
    /// The text of `path` (or standard input), refused with an error as soon
    /// as it passes `maxBytes`: memory never holds more than that, whatever
    /// the input (`tokenize < /dev/zero` grew to gigabytes before).
    static func read(_ path: String?, maxBytes: Int) throws -> String {
        let fd: Int32
        let name: String
        if let path, path != "-" {
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such file") }
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw CLIError("\(path): cannot read (\(String(cString: strerror(errno))))") }
            name = path
        } else {
            fd = 0
            name = "standard input"
        }
        defer { if fd != 0 { close(fd) } }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = block.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw CLIError("\(name): cannot read (\(String(cString: strerror(errno))))") }
            if n == 0 { break }
            bytes += block[0..<n]
            if bytes.count > maxBytes { throw CLIError("\(name): over the \(maxBytes)-byte limit (--max-bytes)") }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIError("\(name): not valid UTF-8")
        }
        return text
    }
}

/// A one-line error the command prints before exiting non-zero.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Buffered output (one write per 64 KB, not per line) to standard output,
/// or to a file written atomically (`extract -o FILE`).
final class OutputBuffer {
    private var buffer: [UInt8] = []
    private let file: AtomicFile?
    init(to file: AtomicFile? = nil) {
        self.file = file
        buffer.reserveCapacity(1 << 16)
    }
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }
    /// Writes the buffer out (see `write(fd:name:_:_:)`).
    func flush() {
        if buffer.isEmpty { return }
        let file = self.file
        buffer.withUnsafeBufferPointer { p in
            OutputBuffer.write(fd: file?.fd ?? 1, name: file?.path ?? "standard output", p.baseAddress!, p.count,
                               onFailure: { file?.discard() })
        }
        buffer.removeAll(keepingCapacity: true)
    }
    deinit { flush() }

    /// Writes `count` bytes at `p` to standard output (see `write(fd:name:_:_:)`).
    static func writeToStandardOutput(_ p: UnsafePointer<UInt8>, _ count: Int) {
        write(fd: 1, name: "standard output", p, count)
    }

    /// Writes `count` bytes at `p` to `fd`. A write that fails ends the
    /// process: silently (status 141, as SIGPIPE would) when the reader of
    /// standard output has gone (`kiemdiem extract … | head`), else with one
    /// line naming the reason and status 1 (a full disk, `> /dev/full`), so
    /// a truncated output never ends with success. `onFailure` runs first
    /// (it removes an unfinished `-o` file).
    static func write(fd: Int32, name: String, _ p: UnsafePointer<UInt8>, _ count: Int, onFailure: () -> Void = {}) {
        var off = 0
        while off < count {
            let n = Foundation.write(fd, p + off, count - off)
            if n > 0 { off += n; continue }
            let code = errno
            if n < 0 && code == EINTR { continue }
            onFailure()
            if code == EPIPE { exit(141) }
            let reason = n == 0 ? "nothing written" : String(cString: strerror(code))
            FileHandle.standardError.write(Data("kiemdiem: \(name): write failed (\(reason))\n".utf8))
            exit(1)
        }
    }
}
