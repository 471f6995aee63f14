import KiemdiemCore

/// Days written out ("08/12/2020", "ngày 8 tháng 12 năm 2020", "02/12",
/// "Sáng 6.1", "Chiều 16-9", "3/3/17") and the checks that keep shares
/// ("02/10 đồng chí") and street names ("đường 30/4") out.
extension DateParser {
    // MARK: Points

    /// A single date of any grain at `k`.
    func point(_ k: Int, context: Bool) -> (PartialDate, Int)? {
        guard k < v.count else { return nil }
        if v.isWord(k, "ngày") || v.isWord(k, "mồng") || v.isWord(k, "mùng") {
            return explicitDay(k, context: true)
        }
        if v.isWord(k, "tháng") { return monthPhrase(k) }
        if v.isWord(k, "quý") { return quarterPhrase(k) }
        if v.isWord(k, "năm") {
            if let y = yearNumber(k + 1), v.sameLine(k) { return (.year(y), k + 2) }
            return nil
        }
        return explicitDay(k, context: context)
    }

    /// A day written out: "ngày 8 tháng 12 năm 2020", "08/12/2020", "02/12",
    /// "6.1", "16-9", "3/3/17", "12 tháng 10 năm 2017"; a month-year token
    /// "12/2024" gives a month. `context`: a word before announces a date.
    func explicitDay(_ start: Int, context: Bool) -> (PartialDate, Int)? {
        var k = start
        var ctx = context
        if v.isAnyWord(at: k, ["ngày", "mồng", "mùng"]) {
            // "ngày đầu tiên của tháng ba"
            if v.matches(k + 1, ["đầu", "tiên", "của"]), let (m, n) = monthPhrase(k + 4), let mm = m.month {
                return (.day(1, mm, m.year), n)
            }
            k += 1; ctx = true
            if v.isAnyWord(at: k, ["mồng", "mùng"]) { k += 1 }
            guard k < v.count, v.sameLine(k - 1) else { return nil }
        }
        guard k < v.count else { return nil }
        let t = v.tokens[k]
        let text = v.texts[k]
        switch t.kind {
        case .date:
            let parts = splitDigits(text)
            if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
                return (.day(d, m, y), k + 1)
            }
            if parts.count == 2, let m = Int(parts[0]), let y = Int(parts[1]), (1...12).contains(m) {
                if k > 0, let p = v.word(k - 1), DateParser.streetWords.contains(p) { return nil }
                return (.month(m, y), k + 1)
            }
            return nil
        case .fraction:
            let parts = text.split(separator: "/")
            guard parts.count == 2, parts[0].count <= 2, parts[1].count <= 2,
                  let d = Int(parts[0]), let m = Int(parts[1]), (1...31).contains(d), (1...12).contains(m) else { return nil }
            if let p = v.word(k - 1), DateParser.streetWords.contains(p) { return nil }
            if !ctx && !bareDayAllowed(k) { return nil }
            return (.day(d, m, yearAfter(k + 1)?.year), yearAfter(k + 1)?.next ?? k + 1)
        case .number:
            // "6.1" (day.month in one token)
            if ScalarText.contains(text, ascii: 0x2E), !ScalarText.contains(text, ascii: 0x2C) {
                let parts = text.split(separator: ".")
                if ctx, parts.count == 2, parts.allSatisfy({ $0.count <= 2 }), let d = Int(parts[0]), let m = Int(parts[1]),
                   (1...31).contains(d), (1...12).contains(m) {
                    return (.day(d, m, nil), k + 1)
                }
                return nil
            }
            guard text.count <= 2, let d = Int(text), (1...31).contains(d) else { return nil }
            // "16-9", "3/3/17": digits glued with a separator.
            if v.touches(k), let sep = v.word(k + 1), sep == "-" || sep == "/" || sep == ".", v.touches(k + 1) {
                let nt = v.tokens[k + 2]
                let ntext = v.texts[k + 2]
                if nt.kind == .number, ntext.count <= 2, let m = Int(ntext), (1...12).contains(m) {
                    if !ctx && !bareDayAllowed(k + 2) { return nil }
                    return (.day(d, m, nil), k + 3)
                }
                if nt.kind == .fraction, sep == "/" {
                    let p = ntext.split(separator: "/")
                    if p.count == 2, p[0].count <= 2, p[1].count == 2, let m = Int(p[0]), let yy = Int(p[1]), (1...12).contains(m) {
                        return (.day(d, m, yy < 50 ? 2000 + yy : 1900 + yy), k + 3)
                    }
                }
            }
            // "8 tháng 12 năm 2020"
            if v.isWord(at: k + 1, "tháng"), let m = monthValue(k + 2) {
                var next = m.next
                var y: Int? = nil
                if let ya = yearAfter(next) { y = ya.year; next = ya.next }
                return (.day(d, m.month, y), next)
            }
            return nil
        default:
            return nil
        }
    }

    /// A bare "7/3" is a date unless a street word is before it or a noun after it ("02/10 đồng chí").
    func bareDayAllowed(_ k: Int) -> Bool {
        if k > 0, let p = v.word(k - 1), DateParser.streetWords.contains(p) || DateParser.shareWords.contains(p)
            || v.kind(k - 1) == .number { return false }
        // The last of a list of days: "30/4, 1/5, 2/9 được …".
        if let p = v.word(k - 1), p == "," || p == "và", v.kind(k - 2) == .fraction || v.kind(k - 2) == .date { return true }
        guard let next = v.kind(k + 1), v.sameLine(k) else { return true }
        if next == .syllable || next == .abbreviation {
            return v.isAnyWord(k + 1, ["năm", "tại", "và", "đến", "vừa", "này", "tới", "hằng", "hàng", "của", "đã", "với"])
        }
        if next == .percent { return false }
        return true
    }

    /// A year right after a day or month: "/2020" glued, "năm 2020", "- 2020"? (only the first two).
    func yearAfter(_ k: Int) -> (year: Int, next: Int)? {
        if v.isWord(at: k, "năm"), v.sameLine(k), let y = yearNumber(k + 1) { return (y, k + 2) }
        if v.matches(k, ["của", "năm"]), let y = yearNumber(k + 2) { return (y, k + 3) }
        return nil
    }

    /// A four-digit year token at `k` (1900–2100).
    func yearNumber(_ k: Int) -> Int? {
        guard v.kind(k) == .number, v.texts[k].count == 4, v.texts[k].allSatisfy(\.isNumber),
              let y = Int(v.texts[k]), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// A day number alone (1–31), as the start of a range.
    func dayNumber(_ k: Int) -> (Int, Int)? {
        guard v.kind(k) == .number, v.texts[k].count <= 2, let d = Int(v.texts[k]), (1...31).contains(d) else { return nil }
        return (d, k + 1)
    }
}
