import Foundation

/// A JSON value with booleans, integers and other numbers kept apart (what a
/// schema's `type` keyword needs; JSONSerialization blurs them).
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), integer(Int64), number(Double), string(String)
    case array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .integer(i) }
        else if let d = try? c.decode(Double.self) { self = d.rounded() == d && abs(d) < 9e15 ? .integer(Int64(d)) : .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .integer: return "integer"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    var numberValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }
}

/// A small JSON Schema (draft 2020-12) validator for the keywords
/// `docs/record.schema.json` uses: `type`, `required`, `properties`,
/// `additionalProperties`, `enum`, `items`, `prefixItems`, `minItems`,
/// `minimum`, `pattern`, `$ref` to `#/$defs/…`, and boolean schemas.
/// Annotations (`$schema`, `$id`, `title`, `description`) are ignored. Any
/// other keyword is reported as an error, so the schema cannot rely on a
/// keyword this validator would silently skip.
struct JSONSchemaValidator {
    let root: JSONValue

    static let implemented: Set<String> = [
        "type", "required", "properties", "additionalProperties", "enum", "items", "prefixItems",
        "minItems", "minimum", "pattern", "$ref", "$defs",
        "$schema", "$id", "title", "description",
    ]

    init(schema: JSONValue) { root = schema }

    /// Every violation, as "JSON path: what is wrong" (empty when valid).
    func errors(in instance: JSONValue) -> [String] {
        var out: [String] = []
        check(instance, against: root, at: "$", into: &out)
        return out
    }

    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard case .object(let o) = node, let next = o[String(part)] else { return nil }
            node = next
        }
        return node
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into out: inout [String]) {
        switch schema {
        case .bool(true): return
        case .bool(false): out.append("\(path): not allowed here"); return
        case .object: break
        default: out.append("\(path): the schema here is not an object or a boolean"); return
        }
        guard case .object(let s) = schema else { return }
        for key in s.keys where !Self.implemented.contains(key) {
            out.append("\(path): schema keyword '\(key)' is not implemented by the test's validator")
        }
        if case .string(let ref)? = s["$ref"] {
            if let target = resolve(ref) { check(value, against: target, at: path, into: &out) }
            else { out.append("\(path): cannot resolve $ref \(ref)") }
        }
        if let type = s["type"] {
            let allowed: [String]
            switch type {
            case .string(let t): allowed = [t]
            case .array(let ts): allowed = ts.compactMap { if case .string(let t) = $0 { return t } else { return nil } }
            default: allowed = []
            }
            let actual = value.typeName
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok {
                out.append("\(path): is \(actual), expected \(allowed.joined(separator: " or "))")
                return
            }
        }
        if case .array(let options)? = s["enum"], !options.contains(value) {
            out.append("\(path): \(Self.short(value)) is not one of the allowed values")
        }
        if case .string(let pattern)? = s["pattern"], case .string(let str) = value {
            if let re = try? NSRegularExpression(pattern: pattern) {
                if re.firstMatch(in: str, range: NSRange(str.startIndex..., in: str)) == nil {
                    out.append("\(path): \(Self.short(value)) does not match \(pattern)")
                }
            } else {
                out.append("\(path): bad pattern \(pattern) in the schema")
            }
        }
        if let minimum = s["minimum"]?.numberValue, let n = value.numberValue, n < minimum {
            out.append("\(path): \(Self.short(value)) is less than \(minimum)")
        }
        if case .object(let object) = value {
            if case .array(let required)? = s["required"] {
                for case .string(let key) in required where object[key] == nil {
                    out.append("\(path): missing required key '\(key)'")
                }
            }
            var properties: [String: JSONValue] = [:]
            if case .object(let p)? = s["properties"] { properties = p }
            for (key, v) in object.sorted(by: { $0.key < $1.key }) {
                let childPath = "\(path).\(key)"
                if let sub = properties[key] {
                    check(v, against: sub, at: childPath, into: &out)
                } else if let additional = s["additionalProperties"] {
                    if case .bool(false) = additional { out.append("\(path): key '\(key)' is not in the schema") }
                    else { check(v, against: additional, at: childPath, into: &out) }
                }
            }
        }
        if case .array(let items) = value {
            if let min = s["minItems"]?.numberValue, Double(items.count) < min {
                out.append("\(path): has \(items.count) items, at least \(Int(min)) expected")
            }
            var prefix: [JSONValue] = []
            if case .array(let p)? = s["prefixItems"] { prefix = p }
            for (i, item) in items.enumerated() {
                if i < prefix.count {
                    check(item, against: prefix[i], at: "\(path)[\(i)]", into: &out)
                } else if let rest = s["items"] {
                    check(item, against: rest, at: "\(path)[\(i)]", into: &out)
                }
            }
        }
    }

    static func short(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return "\"\(s.prefix(40))\""
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .bool(let b): return String(b)
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
