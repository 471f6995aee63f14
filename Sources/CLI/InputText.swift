import Foundation

/// Reading a command's text input: a file path, or standard input for none or `-`.
enum InputText {
    static func read(_ path: String?) throws -> String {
        let data: Data
        if let path, path != "-" {
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such file") }
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw CLIError("\(path): cannot read (\(error.localizedDescription))")
            }
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path ?? "standard input"): not valid UTF-8")
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
