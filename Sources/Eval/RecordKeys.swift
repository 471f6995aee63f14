import Foundation
import KiemdiemCore

/// The comparison keys of a record (the annotation guideline in
/// corpus/ANNOTATION.md): every field becomes a multiset of strings, so an
/// extracted record and an expected file compare the same way whatever
/// extra keys (id, source, text, spans) either holds.
public enum RecordKeys {
    /// The fields compared, in report order.
    public static let fields = ["title", "category", "published", "views", "year", "organization",
                                "dates", "documents", "officials", "ratings", "totals", "findings"]

    /// Keys of a record as a JSON object (`JSONSerialization` output).
    public static func keys(_ object: [String: Any]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for f in ["title", "category", "published", "views", "year"] { out[f] = [scalar(object[f])] }
        if let o = object["organization"] as? [String: Any] {
            out["organization"] = [tuple(o, ["name", "unit", "place", "parent"])]
        } else {
            out["organization"] = ["null"]
        }
        out["dates"] = list(object["dates"]) { tuple($0, ["start", "end", "grain"]) }
        out["documents"] = list(object["documents"]) { tuple($0, ["kind", "number", "issuer", "year", "date"]) }
        out["officials"] = list(object["officials"]) { o in
            let titles = (o["titles"] as? [Any] ?? []).map { scalar($0) }.joined(separator: " | ")
            return scalar(o["name"]) + " ⟨" + titles + "⟩"
        }
        out["ratings"] = list(object["ratings"]) { o in
            "(" + ["subject", "stage", "level", "count", "percent", "of"].map { scalar(o[$0]) }.joined(separator: ", ")
                + ", approx=" + flag(o["approx"]) + ", " + scalar(o["year"]) + ", orAbove=" + flag(o["orAbove"]) + ")"
        }
        out["totals"] = list(object["totals"]) { tuple($0, ["subject", "what", "count"]) }
        out["findings"] = list(object["findings"]) { scalar($0["rule"]) }
        return out
    }

    /// A boolean field; absent means false.
    static func flag(_ v: Any?) -> String {
        if let b = v as? Bool { return b ? "true" : "false" }
        if let n = v as? NSNumber { return n.boolValue ? "true" : "false" }
        return "false"
    }

    static func list(_ value: Any?, _ key: ([String: Any]) -> String) -> [String] {
        (value as? [Any] ?? []).compactMap { $0 as? [String: Any] }.map(key)
    }

    static func tuple(_ o: [String: Any], _ names: [String]) -> String {
        "(" + names.map { scalar(o[$0]) }.joined(separator: ", ") + ")"
    }

    /// One JSON value as a canonical string: numbers without trailing ".0",
    /// booleans as true/false, absent and null alike.
    static func scalar(_ v: Any?) -> String {
        guard let v, !(v is NSNull) else { return "null" }
        if let s = v as? String { return s }
        if let n = v as? NSNumber {
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
            return String(format: "%.6g", d)
        }
        if let b = v as? Bool { return b ? "true" : "false" }
        if let i = v as? Int { return String(i) }
        if let d = v as? Double { return d == d.rounded() ? String(Int(d)) : String(format: "%.6g", d) }
        return "\(v)"
    }
}
