/// A JSON value as Python's `json` module reads it: integers and floats kept
/// apart (`str()` writes them differently), objects as dictionaries. Gold
/// scoring compares these with Python's rules (`==` across int, float and
/// bool; truthiness; `dict.get` giving None for an absent key).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `dict.get(key)`: the member, or null when absent or when this is not an object.
    public subscript(key: String) -> JSONValue {
        if case .object(let o) = self, let v = o[key] { return v }
        return .null
    }

    /// `key in dict`.
    public func has(_ key: String) -> Bool {
        if case .object(let o) = self { return o[key] != nil }
        return false
    }

    /// Python truthiness: None, False, 0, "", [] and {} are false.
    public var truthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .array(let a): return !a.isEmpty
        case .object(let o): return !o.isEmpty
        }
    }

    /// `x or []` for a list field: its items, none when falsy or not a list.
    public var items: [JSONValue] {
        if case .array(let a) = self { return a }
        return []
    }

    /// The string, when this is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// `str(x)` of the value (None as "None", True as "True", floats as their shortest repr).
    public var pythonString: String {
        switch self {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return d.description
        case .string(let s): return s
        case .array(let a): return "[" + a.map(\.pythonRepr).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.keys.sorted().map { "'\($0)': " + o[$0]!.pythonRepr }.joined(separator: ", ") + "}"
        }
    }

    /// `repr(x)`, for listing keys.
    public var pythonRepr: String {
        if case .string(let s) = self { return "'" + s + "'" }
        return pythonString
    }

    /// A number's value (bools count as 0 and 1, as in Python).
    var number: Double? {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// Python's `==`: numbers compare by value whatever their type, strings by code points.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        if let x = a.number, let y = b.number { return x == y }
        switch (a, b) {
        case (.null, .null): return true
        case (.string(let x), .string(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.allSatisfy { k, v in y[k].map { $0 == v } ?? false }
        default: return false
        }
    }

    /// The hashable form used in comparison keys.
    public var atom: KeyAtom {
        if let n = number { return .number(n) }
        switch self {
        case .null: return .none
        case .string(let s): return .string(Array(s.unicodeScalars))
        default: return .other(pythonString)
        }
    }
}

/// One component of a comparison key, hashed and compared as Python does
/// (`1 == 1.0 == True`; strings by code points, not canonical equivalence).
public enum KeyAtom: Hashable, Sendable, CustomStringConvertible {
    case none
    case number(Double)
    case string([Unicode.Scalar])
    /// A list or object (Python could not hash these; kept by their text).
    case other(String)

    public static func str(_ s: String) -> KeyAtom { .string(Array(s.unicodeScalars)) }

    public var description: String {
        switch self {
        case .none: return "None"
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : d.description
        case .string(let s): var t = String.UnicodeScalarView(); t.append(contentsOf: s); return "'" + String(t) + "'"
        case .other(let s): return s
        }
    }
}

/// A comparison key: the tuple Python builds for one item.
public typealias GoldKey = [KeyAtom]

extension Array where Element == KeyAtom {
    /// `('a', 'b', 3)`, or the single component alone.
    public var rendered: String { count == 1 ? self[0].description : "(" + map(\.description).joined(separator: ", ") + ")" }
}

/// A small strict JSON reader (RFC 8259), integers and floats kept apart as Python's `json` does.
public struct JSONParser {
    public struct Failure: Error, CustomStringConvertible {
        public var offset: Int
        public var description: String { "invalid JSON at byte \(offset)" }
    }

    private let b: [UInt8]
    private var i = 0

    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var p = JSONParser(b: bytes)
        p.space()
        let v = try p.value(depth: 0)
        p.space()
        guard p.i == bytes.count else { throw Failure(offset: p.i) }
        return v
    }

    public static func parse(_ text: String) throws -> JSONValue { try parse(Array(text.utf8)) }

    private init(b: [UInt8]) { self.b = b }

    private mutating func space() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    private func fail() -> Failure { Failure(offset: i) }

    private mutating func literal(_ word: String, _ v: JSONValue) throws -> JSONValue {
        let w = Array(word.utf8)
        guard i + w.count <= b.count, Array(b[i..<i + w.count]) == w else { throw fail() }
        i += w.count
        return v
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard depth < 512, i < b.count else { throw fail() }
        switch b[i] {
        case UInt8(ascii: "{"):
            i += 1; space()
            var o: [String: JSONValue] = [:]
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(o) }
            while true {
                guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail() }
                let k = try string()
                space()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail() }
                i += 1; space()
                o[k] = try value(depth: depth + 1)
                space()
                guard i < b.count else { throw fail() }
                if b[i] == UInt8(ascii: ",") { i += 1; space(); continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(o) }
                throw fail()
            }
        case UInt8(ascii: "["):
            i += 1; space()
            var a: [JSONValue] = []
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
            while true {
                a.append(try value(depth: depth + 1))
                space()
                guard i < b.count else { throw fail() }
                if b[i] == UInt8(ascii: ",") { i += 1; space(); continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
                throw fail()
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return try number()
        }
    }

    private mutating func number() throws -> JSONValue {
        let start = i
        var isFloat = false
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, (0x30...0x39).contains(b[i]) else { throw fail() }
        if b[i] == 0x30 { i += 1 } else { while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 } }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            isFloat = true; i += 1
            guard i < b.count, (0x30...0x39).contains(b[i]) else { throw fail() }
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            isFloat = true; i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count, (0x30...0x39).contains(b[i]) else { throw fail() }
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
        }
        let text = String(decoding: b[start..<i], as: UTF8.self)
        if !isFloat, let n = Int(text) { return .int(n) }
        guard let d = Double(text) else { throw Failure(offset: start) }
        return .double(d)
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= b.count else { throw fail() }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw fail()
            }
            v = v << 4 | UInt32(d); i += 1
        }
        return v
    }

    private mutating func string() throws -> String {
        i += 1  // the opening quote
        var out: [UInt8] = []
        while true {
            guard i < b.count else { throw fail() }
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; break }
            if c < 0x20 { throw fail() }
            if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
            i += 1
            guard i < b.count else { throw fail() }
            let e = b[i]; i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var u = try hex4()
                if (0xD800..<0xDC00).contains(u), i + 6 <= b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                    let save = i
                    i += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) { u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00) } else { i = save }
                }
                // A lone surrogate cannot be a Swift scalar: U+FFFD stands in for it.
                let scalar = Unicode.Scalar(u) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: throw fail()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
