import Foundation

/// Warnings while reading: the input was read, but not exactly as written
/// (bad bytes replaced, a number out of range read as null). One line each
/// on standard error, `kiemdiem: PATH: warning: …`, with the path quoted
/// like every other name (`TerminalText`).
public enum IngestWarning {
    public static func emit(path: String, _ message: String) {
        let line = "kiemdiem: \(TerminalText.line(path: path, "warning: " + message))\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// JSON numbers that Foundation's parser refuses because no Swift number
/// holds them (`1e400`, a 5 000-digit integer): valid JSON (RFC 8259 leaves
/// the range to the reader), so the line is kept and each such number is read
/// as `null`.
enum JSONNumbers {
    /// `line` with every number outside strings whose value is not a finite
    /// Double replaced by `null`, and those numbers (at most 40 bytes each), or
    /// nil when there is none.
    static func nullingOutOfRange(_ line: [UInt8]) -> (line: [UInt8], numbers: [String])? {
        var out: [UInt8] = []
        out.reserveCapacity(line.count)
        var numbers: [String] = []
        var i = 0
        var inString = false
        while i < line.count {
            let b = line[i]
            if inString {
                out.append(b)
                if b == UInt8(ascii: "\\"), i + 1 < line.count { out.append(line[i + 1]); i += 2; continue }
                if b == UInt8(ascii: "\"") { inString = false }
                i += 1
                continue
            }
            if b == UInt8(ascii: "\"") { inString = true; out.append(b); i += 1; continue }
            if b == UInt8(ascii: "-") || (0x30...0x39).contains(b) {
                var j = i + 1
                while j < line.count, let c = Optional(line[j]),
                      (0x30...0x39).contains(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                        || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { j += 1 }
                let token = String(decoding: line[i..<j], as: UTF8.self)
                if let d = Double(token), !d.isFinite {
                    out += Array("null".utf8)
                    numbers.append(token.count > 40 ? String(token.prefix(20)) + "…(\(token.count) characters)" : token)
                } else {
                    out += line[i..<j]
                }
                i = j
                continue
            }
            out.append(b)
            i += 1
        }
        return numbers.isEmpty ? nil : (out, numbers)
    }
}
