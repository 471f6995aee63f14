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

/// Buffered standard output (one write per 64 KB, not per line).
final class OutputBuffer {
    private var buffer: [UInt8] = []
    init() { buffer.reserveCapacity(1 << 16) }
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }
    func flush() {
        if buffer.isEmpty { return }
        buffer.withUnsafeBufferPointer { p in
            var off = 0
            while off < p.count {
                let n = Foundation.write(1, p.baseAddress! + off, p.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
    deinit { flush() }
}
