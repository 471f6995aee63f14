import Foundation
import KiemdiemCore
import KiemdiemTokenize

/// Finds numbered document references (the rules behind
/// `Tests/ExtractTests/Tables/documents.tsv`).
///
/// Party style `07-KH/ĐU` (number-KIND/ISSUER, also damaged "09 -KH/ĐU",
/// "09 KH/ĐU"); state style `1234/QĐ-UBND`, normative `30/2020/NĐ-CP`
/// (number/year/KIND-ISSUER) and `202/2025/QH15`; a type name with "số" and
/// a bare number ("Hướng dẫn số 35"). The type name written before the
/// number ("Quy định 132-QĐ/TW") is `kindName`, else the code table's name.
/// A date mention right after the reference ("…, ngày 18/11/2020") is its
/// date, and the reference's span reaches over it.
public final class DocumentExtractor {
    public let catalog: DocumentCatalog

    /// Loads the type and issuer lists from `lexicons/`.
    public init() throws { catalog = try DocumentCatalog() }

    /// Uses the given catalog.
    public init(catalog: DocumentCatalog) { self.catalog = catalog }

    /// Every document reference of `doc`; `dates` are its date mentions (for the date given with each).
    public func documents(in doc: Document, dates: [DateMention]) -> [DocumentReference] {
        documents(in: WordView(doc), dates: dates)
    }

    /// Every document reference of an already built word view.
    public func documents(in v: WordView, dates: [DateMention]) -> [DocumentReference] {
        var out: [DocumentReference] = []
        for i in 0..<v.count {
            let t = v.tokens[i]
            var parsed: ParsedNumber? = nil
            if t.kind == .code {
                parsed = parseCode(v.texts[i])
            } else if t.kind == .number, v.texts[i].allSatisfy(\.isNumber) {
                // "Hướng dẫn số 35": a number after a type name and "số".
                let (nameStart, _) = typeName(v, before: i)
                if nameStart != nil, hasSo(v, before: i) {
                    // `kind` is the code inside the number; a bare number has none (its name stays in `kindName`).
                    parsed = ParsedNumber(number: v.texts[i], kind: nil, issuer: nil, year: nil, party: true, bare: true)
                }
            }
            guard var p = parsed else { continue }
            var first = i
            if hasSo(v, before: i) { first = soIndex(v, before: i)! }
            let (nameIndex, writtenName) = typeName(v, before: i)
            if let nameIndex { first = nameIndex }
            if p.kind == nil, !p.bare, let writtenName { p.kind = catalog.code(ofName: writtenName) }
            let kindName = writtenName ?? p.kind.flatMap { catalog.name(of: $0, party: p.party) }
            var end = t.end
            var date: String? = nil
            if let d = dateAfter(v, t.end, dates) { date = d.start; end = d.span.end }
            let span = Span(v.tokens[first].start, end)
            out.append(DocumentReference(kind: p.kind, kindName: kindName, number: p.number, issuer: p.issuer,
                                         year: p.year, date: date, text: v.text(span), span: span))
        }
        return out
    }

    // MARK: Numbers

    struct ParsedNumber {
        var number: String
        var kind: String?
        var issuer: String?
        var year: Int?
        var party: Bool
        /// A number written without any code ("Hướng dẫn số 35").
        var bare = false
    }

    /// Reads a code token: "07-KH/ĐU", "09 -KH/ĐU", "09 KH/ĐU", "1234/QĐ-UBND", "30/2020/NĐ-CP", "202/2025/QH15".
    func parseCode(_ text: String) -> ParsedNumber? {
        let s = Array(text)
        var i = 0
        while i < s.count, s[i].isASCII, s[i].isNumber { i += 1 }
        guard i > 0, i < s.count else { return nil }
        let number = String(s[0..<i])
        if s[i] == "/" {
            // State family.
            var rest = String(s[(i + 1)...])
            var year: Int? = nil
            let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), (1900...2100).contains(y) {
                year = y; rest = String(parts[1])
            }
            let dash = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let head = dash.first, !head.isEmpty, head.first!.isLetter else { return nil }
            if dash.count == 1 {
                // "202/2025/QH15": a normative number without a type.
                guard year != nil else { return nil }
                return ParsedNumber(number: number, kind: nil, issuer: head, year: year, party: false)
            }
            if catalog.isKind(head) {
                return ParsedNumber(number: number, kind: head, issuer: dash[1], year: year, party: false)
            }
            // Công văn: issuer-unit with no type code ("45/UBND-VP").
            return ParsedNumber(number: number, kind: nil, issuer: head, year: year, party: false)
        }
        // Party family: spaces and a dash, then KIND/ISSUER.
        var j = i
        while j < s.count, s[j] == " " || s[j] == "-" { j += 1 }
        guard j > i, j < s.count else { return nil }
        let tail = String(s[j...])
        let parts = tail.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let c = parts[0].first, c.isLetter, c.isUppercase, !parts[1].isEmpty else { return nil }
        return ParsedNumber(number: number, kind: parts[0], issuer: parts[1], year: nil, party: true)
    }

    // MARK: Context

    /// Whether "số" or "số:" stands right before token `i`.
    func hasSo(_ v: WordView, before i: Int) -> Bool { soIndex(v, before: i) != nil }

    func soIndex(_ v: WordView, before i: Int) -> Int? {
        var k = i - 1
        if v.isWord(at: k, ":") { k -= 1 }
        guard v.isWord(at: k, "số"), v.sameLine(k) else { return nil }
        return k
    }

    /// The type name ("Kế hoạch", "Quy định") written right before the number (and its "số").
    /// Up to three lowercase words may stand between the name and "số" ("Quy chế làm việc số 01-QC/ĐU").
    func typeName(_ v: WordView, before i: Int) -> (Int?, String?) {
        let so = soIndex(v, before: i)
        var end = so ?? i
        for gap in 0...(so == nil ? 0 : 3) {
            if gap > 0 {
                let k = end - 1
                guard k >= 0, v.kind(k) == .syllable, v.texts[k] == v.lower[k], v.sameLine(k) else { break }
                end = k
            }
            if let k = catalog.namePhrases.firstPreceding(v, end) {
                let start = end - catalog.names[k].words.count
                let span = Span(v.tokens[start].start, v.tokens[end - 1].end)
                return (start, v.text(span))
            }
        }
        return (nil, nil)
    }

    /// The date mention that follows the reference ending at `end` ("…, ngày 18/11/2020", "ban hành ngày …").
    func dateAfter(_ v: WordView, _ end: Int, _ dates: [DateMention]) -> DateMention? {
        // Dates come in text order: the first one starting at or after `end`.
        var lo = 0, hi = dates.count
        while lo < hi { let mid = (lo + hi) / 2; if dates[mid].span.start < end { lo = mid + 1 } else { hi = mid } }
        guard lo < dates.count, dates[lo].span.start - end <= 24, dates[lo].grain == .day else { return nil }
        let d = dates[lo]
        let gap = v.doc.sliceText(end, d.span.start).lowercased()
        var rest = Substring(gap)
        rest = rest.drop(while: { $0 == " " || $0 == "," || $0 == "(" })
        let allowed = ["", "ban hành", "ban hành ngày", "được ban hành", "ký", "ngày"]
        let trimmed = String(rest).trimmingCharacters(in: .init(charactersIn: " ,"))
        guard allowed.contains(trimmed), !gap.contains("\n") else { return nil }
        return d
    }
}
