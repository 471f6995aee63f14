/// Writes an `ArticleRecord` as compact JSON with sorted keys, byte for byte
/// what Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
/// writes for it (the format `extract` and the store have always used), at a
/// fraction of the cost: no `Encoder` containers, no boxing, one byte buffer.
///
/// Key order, `null` for the optionals the contract always writes, keys left
/// out for `encodeIfPresent` optionals (`source.conversion`,
/// `organization.span`, `totals[].text`, `findings[].otherArticle`), numbers
/// and string escapes all follow JSONEncoder; `RecordJSONWriterTests` compares
/// the two on every corpus article and on awkward strings and numbers.
public struct RecordJSONWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer with room for `capacity` bytes.
    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The JSON of `record`, or nil when it cannot be written as JSON
    /// (a percent that is not finite: JSONEncoder refuses those too).
    public static func encode(_ record: ArticleRecord) -> [UInt8]? {
        var w = RecordJSONWriter(capacity: record.text.utf8.count * 2 + 2048)
        guard w.write(record) else { return nil }
        return w.bytes
    }

    /// `["…","…"]`: a list of strings as JSONEncoder writes it.
    public static func encode(strings: [String]) -> String {
        var w = RecordJSONWriter()
        w.array(strings) { w, s in w.string(s) }
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// `[[start,end],…]`: spans as JSONEncoder writes them.
    public static func encode(spans: [Span]) -> String {
        var w = RecordJSONWriter()
        w.array(spans) { w, s in w.write(s) }
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// One finding as it is written inside a record.
    public static func encode(finding: Finding) -> [UInt8] {
        var w = RecordJSONWriter()
        w.write(finding)
        return w.bytes
    }

    /// `record` (a record's JSON as `encode` writes it) with `extra` (findings
    /// as `encode(finding:)` writes them) added at the end of its `findings`
    /// list: the bytes `encode` gives for the record with those findings
    /// appended, without decoding it. Nil when `record` has no top-level
    /// `findings` list.
    public static func appendingFindings(_ extra: [[UInt8]], to record: [UInt8]) -> [UInt8]? {
        guard !extra.isEmpty else { return record }
        let key = Array("\"findings\":[".utf8)
        let n = record.count
        var i = 0, depth = 0, inString = false
        var open = -1
        scan: while i < n {
            let b = record[i]
            if inString {
                if b == 0x5C { i += 2; continue }          // \x: skip the escaped byte
                if b == 0x22 { inString = false }
            } else {
                switch b {
                case 0x22:
                    if depth == 1, i + key.count <= n, record[i..<(i + key.count)].elementsEqual(key) {
                        open = i + key.count - 1
                        break scan
                    }
                    inString = true
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D: depth -= 1
                default: break
                }
            }
            i += 1
        }
        guard open >= 0 else { return nil }
        // The list's closing bracket.
        var close = -1
        depth = 0; inString = false; i = open
        while i < n {
            let b = record[i]
            if inString {
                if b == 0x5C { i += 2; continue }
                if b == 0x22 { inString = false }
            } else if b == 0x22 {
                inString = true
            } else if b == 0x5B || b == 0x7B {
                depth += 1
            } else if b == 0x5D || b == 0x7D {
                depth -= 1
                if depth == 0 { close = i; break }
            }
            i += 1
        }
        guard close > open else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(n + extra.reduce(0) { $0 + $1.count + 1 })
        out += record[..<close]
        for (k, f) in extra.enumerated() {
            if k > 0 || close > open + 1 { out.append(0x2C) }
            out += f
        }
        out += record[close...]
        return out
    }

    // MARK: records

    /// Appends `r`; false when a number cannot be written (nothing sensible is left in `bytes` then).
    @discardableResult
    public mutating func write(_ r: ArticleRecord) -> Bool {
        var ok = true
        byte(0x7B) // {
        key("category", first: true); optString(r.category)
        key("dates"); array(r.dates) { w, d in w.write(d) }
        key("documents"); array(r.documents) { w, d in w.write(d) }
        key("duplicateOf"); optString(r.duplicateOf)
        key("findings"); array(r.findings) { w, f in w.write(f) }
        key("id"); string(r.id)
        key("officials"); array(r.officials) { w, o in w.write(o) }
        key("organization")
        if let o = r.organization { write(o) } else { null() }
        key("published"); optString(r.published)
        key("ratings"); array(r.ratings) { w, x in if !w.write(x) { ok = false } }
        key("source"); write(r.source)
        key("text"); string(r.text)
        key("title"); optString(r.title)
        key("totals"); array(r.totals) { w, t in w.write(t) }
        key("views"); optInt(r.views)
        key("year"); optInt(r.year)
        byte(0x7D)
        return ok
    }

    mutating func write(_ s: Source) {
        byte(0x7B)
        var first = true
        if let c = s.conversion { key("conversion", first: true); string(c); first = false }
        key("format", first: first); string(s.format)
        key("path"); optString(s.path)
        key("url"); optString(s.url)
        byte(0x7D)
    }

    mutating func write(_ o: Organization) {
        byte(0x7B)
        key("key", first: true); optString(o.key)
        key("name"); string(o.name)
        key("parent"); optString(o.parent)
        key("place"); optString(o.place)
        if let s = o.span { key("span"); write(s) }
        key("unit"); optString(o.unit)
        byte(0x7D)
    }

    mutating func write(_ d: DateMention) {
        byte(0x7B)
        key("end", first: true); string(d.end)
        key("grain"); string(d.grain.rawValue)
        key("planned"); bool(d.planned)
        key("span"); write(d.span)
        key("start"); string(d.start)
        key("text"); string(d.text)
        byte(0x7D)
    }

    mutating func write(_ d: DocumentReference) {
        byte(0x7B)
        key("date", first: true); optString(d.date)
        key("issuer"); optString(d.issuer)
        key("kind"); optString(d.kind)
        key("kindName"); optString(d.kindName)
        key("number"); string(d.number)
        key("span"); write(d.span)
        key("text"); string(d.text)
        key("year"); optInt(d.year)
        byte(0x7D)
    }

    mutating func write(_ o: Official) {
        byte(0x7B)
        key("name", first: true); string(o.name)
        key("span"); write(o.span)
        key("titles"); array(o.titles) { w, t in w.string(t) }
        byte(0x7D)
    }

    mutating func write(_ r: Rating) -> Bool {
        byte(0x7B)
        key("approx", first: true); bool(r.approx)
        key("bound"); optString(r.bound?.rawValue)
        key("count"); optInt(r.count)
        key("level"); string(r.level.rawValue)
        key("of"); optInt(r.of)
        key("orAbove"); bool(r.orAbove)
        key("percent")
        var ok = true
        if let p = r.percent { ok = double(p) } else { null() }
        if r.percentApprox { key("percentApprox"); bool(true) }
        if let rule = r.rule { key("rule"); string(rule) }
        key("span"); write(r.span)
        key("stage"); string(r.stage.rawValue)
        key("subject"); string(r.subject.rawValue)
        key("text"); string(r.text)
        key("within"); optInt(r.within)
        key("year"); optInt(r.year)
        byte(0x7D)
        return ok
    }

    mutating func write(_ t: Total) {
        byte(0x7B)
        key("approx", first: true); bool(t.approx)
        key("count"); int(t.count)
        if let rule = t.rule { key("rule"); string(rule) }
        key("span"); write(t.span)
        key("subject"); string(t.subject.rawValue)
        if let text = t.text { key("text"); string(text) }
        key("what"); string(t.what.rawValue)
        key("year"); optInt(t.year)
        byte(0x7D)
    }

    mutating func write(_ f: Finding) {
        byte(0x7B)
        key("compared", first: true)
        byte(0x7B)
        for (i, name) in f.compared.keys.sorted().enumerated() {
            if i > 0 { byte(0x2C) }
            string(name); byte(0x3A)
            if !double(f.compared[name]!) { null() }
        }
        byte(0x7D)
        key("message"); string(f.message)
        if let o = f.otherArticle { key("otherArticle"); string(o) }
        key("rule"); string(f.rule.rawValue)
        key("severity"); string(f.severity.rawValue)
        key("spans"); array(f.spans) { w, s in w.write(s) }
        byte(0x7D)
    }

    mutating func write(_ s: Span) {
        byte(0x5B); int(s.start); byte(0x2C); int(s.end); byte(0x5D)
    }

    // MARK: values

    @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// `"name":`, preceded by a comma unless `first`. Keys are plain ASCII.
    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { byte(0x2C) }
        byte(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        byte(0x22); byte(0x3A)
    }

    mutating func array<T>(_ items: [T], _ each: (inout RecordJSONWriter, T) -> Void) {
        byte(0x5B)
        for (i, x) in items.enumerated() {
            if i > 0 { byte(0x2C) }
            each(&self, x)
        }
        byte(0x5D)
    }

    mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    mutating func bool(_ b: Bool) {
        if b { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    mutating func optString(_ s: String?) { if let s { string(s) } else { null() } }

    mutating func optInt(_ i: Int?) { if let i { int(i) } else { null() } }

    /// Decimal digits of `i`.
    mutating func int(_ i: Int) {
        if i == 0 { byte(0x30); return }
        if i < 0 {
            if i == Int.min { bytes.append(contentsOf: String(i).utf8); return }
            byte(0x2D)
        }
        var v = i.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while v > 0 { buf[19 - n] = 0x30 + UInt8(v % 10); v /= 10; n += 1 }
            bytes.append(contentsOf: buf[(20 - n)...])
        }
    }

    /// A double the way JSONEncoder writes it: Swift's shortest round-trip
    /// description without a trailing ".0". False for NaN and infinities.
    mutating func double(_ d: Double) -> Bool {
        guard d.isFinite else { return false }
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        bytes.append(contentsOf: s.utf8)
        return true
    }

    /// A JSON string: `"` and `\` escaped, \b \f \n \r \t by name, other
    /// control characters as \u00XX (lowercase hex), everything else (slashes,
    /// DEL, non-ASCII) as is.
    mutating func string(_ s: String) {
        byte(0x22)
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            var i = 0
            let n = u.count
            while i < n {
                let c = u[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C { i += 1; continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i])) }
                byte(0x5C)
                switch c {
                case 0x22: byte(0x22)
                case 0x5C: byte(0x5C)
                case 0x0A: byte(0x6E)
                case 0x0D: byte(0x72)
                case 0x09: byte(0x74)
                case 0x08: byte(0x62)
                case 0x0C: byte(0x66)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                }
                i += 1
                runStart = i
            }
            if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<n])) }
        }
        byte(0x22)
    }
}
