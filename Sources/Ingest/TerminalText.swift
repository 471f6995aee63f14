/// Names and reasons made safe for one line on a terminal, the way git and
/// coreutils quote file names: a name holding a control character (a line
/// feed, ESC), a double quote or a backslash is written in double quotes
/// with C escapes (`"a\nb"`, `"\033[31m"`), so one failure is always one
/// line and no escape sequence reaches the terminal. Other names, Vietnamese
/// letters included, are written as they are.
public enum TerminalText {
    /// `name` as is, or quoted and escaped when it needs it.
    public static func quoted(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: needsQuoting) else { return name }
        return quoted(bytes: Array(name.utf8))
    }

    /// Bytes (valid UTF-8 or not) in double quotes, with control characters,
    /// `"`, `\` and bytes that are not UTF-8 escaped.
    public static func quoted(bytes: [UInt8]) -> String {
        var out = "\""
        var i = 0
        while i < bytes.count {
            // Valid multi-byte sequences stay as they are (unless a C1 control).
            let b = bytes[i]
            if b >= 0x80, let (scalar, length) = decode(bytes, at: i), !isControl(scalar) {
                out.unicodeScalars.append(scalar)
                i += length
                continue
            }
            if b >= 0x80, let (scalar, length) = decode(bytes, at: i) {
                for k in i..<(i + length) { out += octal(bytes[k]) }
                _ = scalar
                i += length
                continue
            }
            switch b {
            case 0x07: out += "\\a"
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0B: out += "\\v"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += octal(b)
            }
            i += 1
        }
        return out + "\""
    }

    /// A message (a reason, a URL) with its control characters escaped, not quoted:
    /// one line, no terminal escape sequence.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            if isControl(s) {
                switch s {
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default: for b in String(s).utf8 { out += octal(b) }
                }
            } else { out.unicodeScalars.append(s) }
        }
        return out
    }

    /// One failure or warning line body: `PATH: reason`, both made safe.
    public static func line(path: String, _ reason: String) -> String {
        quoted(path) + ": " + oneLine(reason)
    }

    static func needsQuoting(_ s: Unicode.Scalar) -> Bool { isControl(s) || s == "\"" || s == "\\" }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }

    static func octal(_ b: UInt8) -> String {
        let o = String(b, radix: 8)
        return "\\" + String(repeating: "0", count: 3 - o.count) + o
    }

    static func decode(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        let b = bytes[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
        guard length > 0, i + length <= bytes.count,
              let s = String(validating: bytes[i..<(i + length)], as: UTF8.self), let scalar = s.unicodeScalars.first,
              s.unicodeScalars.count == 1 else { return nil }
        return (scalar, length)
    }
}
