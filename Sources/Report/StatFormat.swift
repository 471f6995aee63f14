import KiemdiemCore

/// Output formats of `kiemdiem stats`.
public enum StatFormat: String, CaseIterable, Sendable {
    case table, csv, json

    /// The rows in this format (UTF-8 text, ending with a newline).
    public func render(_ rows: [StatRow]) -> String {
        switch self {
        case .csv: return StatFormat.csv(rows)
        case .json: return StatFormat.json(rows)
        case .table: return StatFormat.table(rows)
        }
    }

    static func cells(_ r: StatRow) -> [String?] {
        [r.organization, r.year.map(String.init), r.subject, r.stage, r.level, r.count.map(String.init),
         r.percent.map { number($0) }, r.share.map { number(($0 * 10000).rounded() / 10000) },
         String(r.articles), r.conflict ? "true" : "false", r.figures, r.articleIDs]
    }

    /// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a
    /// comma, quote or line break (quotes doubled). Missing values are empty.
    public static func csv(_ rows: [StatRow]) -> String {
        var out = StatRow.columns.joined(separator: ",") + "\r\n"
        for r in rows {
            out += cells(r).map { csvField($0 ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }

    /// A JSON array of flat objects with the keys of `StatRow.columns`; numbers
    /// as numbers, `conflict` as a boolean, missing values as null.
    public static func json(_ rows: [StatRow]) -> String {
        var out = "[\n"
        for (i, r) in rows.enumerated() {
            let fields: [String] = [
                jsonString(r.organization), r.year.map(String.init) ?? "null", jsonString(r.subject), jsonString(r.stage),
                jsonString(r.level), r.count.map(String.init) ?? "null", r.percent.map { number($0) } ?? "null",
                r.share.map { number(($0 * 10000).rounded() / 10000) } ?? "null", String(r.articles),
                r.conflict ? "true" : "false", jsonString(r.figures), jsonString(r.articleIDs),
            ]
            let pairs = zip(StatRow.columns, fields).map { "\"\($0)\": \($1)" }
            out += "  {" + pairs.joined(separator: ", ") + "}" + (i + 1 < rows.count ? ",\n" : "\n")
        }
        return out + "]\n"
    }

    /// A JSON string literal.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// An aligned text table for people; a "!" column marks conflicts.
    public static func table(_ rows: [StatRow]) -> String {
        let header = ["organization", "year", "subject", "stage", "level", "count", "%", "share", "art.", "!", "figures"]
        let body: [[String]] = rows.map { r in
            [r.organization, r.year.map(String.init) ?? "-", r.subject, r.stage, r.level, r.count.map(String.init) ?? "-",
             r.percent.map { number($0) } ?? "", r.share.map { number(($0 * 1000).rounded() / 10) + "%" } ?? "",
             String(r.articles), r.conflict ? "!" : "", r.figures]
        }
        return alignedTable(header: header, rows: body, rightAligned: [1, 5, 6, 7, 8])
    }

    /// Columns padded to their widest cell (in characters).
    public static func alignedTable(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: max(0, widths[i] - c.count))
                return rightAligned.contains(i) ? pad + c : c + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = line(header) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }

    /// A number without a trailing ".0".
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(x)
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }

    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
