import KiemdiemCore

/// Months ("tháng 12/2024", "tháng 12 năm 2024", "tháng ba"), quarters
/// ("quý IV/2020", "quý 4 năm 2018") and terms ("nhiệm kỳ 2020 - 2025",
/// "năm học 2020 - 2021").
extension DateParser {
    static let monthWords: [String: Int] = ["một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
                                            "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "chạp": 12]

    /// A month number after "tháng": "12", "ba", "mười hai"; "12/2024" gives the year too.
    func monthValue(_ k: Int) -> (month: Int, next: Int)? {
        guard k < v.count, v.sameLine(k - 1) else { return nil }
        if v.kind(k) == .number, v.texts[k].count <= 2, let m = Int(v.texts[k]), (1...12).contains(m) { return (m, k + 1) }
        if v.kind(k) == .syllable, let m = DateParser.monthWords[v.lower[k]] {
            if m == 10, let w = v.word(k + 1), v.sameLine(k) {
                if w == "một" { return (11, k + 2) }
                if w == "hai" { return (12, k + 2) }
            }
            // "tháng năm" is May only with a year after it.
            if m == 5, yearAfter(k + 1) == nil { return nil }
            return (m, k + 1)
        }
        return nil
    }

    /// "12/2024" after "tháng", or a month value with an optional year.
    func monthNumber(_ k: Int) -> (month: Int, year: Int?, next: Int)? {
        if v.kind(k) == .date {
            let parts = splitDigits(v.texts[k])
            if parts.count == 2, let m = Int(parts[0]), let y = Int(parts[1]), (1...12).contains(m) { return (m, y, k + 1) }
            return nil
        }
        guard let m = monthValue(k) else { return nil }
        if let y = yearAfter(m.next) { return (m.month, y.year, y.next) }
        // "tháng 12-2020", "tháng 12 / 2020" (not read as one token).
        if let sep = v.word(m.next), sep == "-" || sep == "/", v.sameLine(m.next - 1), v.sameLine(m.next),
           let y = yearNumber(m.next + 1), v.touches(m.next - 1) == v.touches(m.next) {
            return (m.month, y, m.next + 2)
        }
        return (m.month, nil, m.next)
    }

    /// "tháng 12/2024", "tháng 12 năm 2024", "tháng 6", "tháng 3 tới".
    func monthPhrase(_ k: Int) -> (PartialDate, Int)? {
        guard v.isWord(at: k, "tháng"), let m = monthNumber(k + 1) else { return nil }
        var next = m.next
        if m.year == nil, let w = v.word(next), v.sameLine(next - 1), ["tới", "này"].contains(w) { next += 1 }
        return (.month(m.month, m.year), next)
    }

    static let romanQuarters: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
    static let quarterWords: [String: Int] = ["một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4]

    /// "quý IV/2020", "quý 4 năm 2018", "quý ba", "quý I".
    func quarterPhrase(_ k: Int) -> (PartialDate, Int)? {
        guard v.isWord(at: k, "quý"), k + 1 < v.count, v.sameLine(k) else { return nil }
        return quarterBody(k + 1)
    }

    /// "IV và quý …" lists: the second quarter of "quý III và IV/2020" (a "quý" shortly before, then "và" or ",").
    func listedQuarter(_ k: Int) -> (PartialDate, Int)? {
        guard k >= 2, let w = v.word(k - 1), w == "và" || w == ",", v.sameLine(k - 1) else { return nil }
        guard (max(0, k - 5)..<(k - 1)).contains(where: { v.isWord($0, "quý") }) else { return nil }
        return quarterBody(k)
    }

    /// The part after "quý": "IV/2020", "4 năm 2018", "ba", "I".
    func quarterBody(_ j: Int) -> (PartialDate, Int)? {
        guard j < v.count else { return nil }
        let text = v.lower[j]
        if v.kind(j) == .date {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let y = Int(parts[1]) else { return nil }
            let q = DateParser.romanQuarters[String(parts[0])] ?? Int(parts[0]) ?? 0
            guard (1...4).contains(q) else { return nil }
            return (.quarter(q, y), j + 1)
        }
        var q: Int? = nil
        if let r = DateParser.romanQuarters[text], v.texts[j].uppercased() == v.texts[j] { q = r }
        else if v.kind(j) == .number, let n = Int(text), (1...4).contains(n) { q = n }
        else if let n = DateParser.quarterWords[text] { q = n }
        guard let q else { return nil }
        var next = j + 1
        var y: Int? = nil
        if v.isWord(at: next, "/"), v.touches(next - 1), let yy = yearNumber(next + 1) { y = yy; next += 2 }
        else if let ya = yearAfter(next) { y = ya.year; next = ya.next }
        return (.quarter(q, y), next)
    }

    /// "nhiệm kỳ 2020 - 2025", "giai đoạn 2016 - 2020", "năm học 2020 - 2021", "niên khóa …".
    /// Words before a term range: "nhiệm kỳ", "giai đoạn", "năm học", "niên khóa".
    static let termPhrases = WordPhrases([["nhiệm", "kỳ"], ["giai", "đoạn"], ["năm", "học"], ["niên", "khóa"]])

    func termRange(_ k: Int) -> (Int, Int, Int)? {
        var j = k
        var named = false
        if DateParser.termPhrases.first(v, at: j) != nil {
            j += 2; named = true
        } else if v.isWord(at: j, "năm"), yearNumber(j + 1) != nil {
            j += 1
        } else { return nil }
        guard let y1 = yearNumber(j), v.sameLine(j - 1) else { return nil }
        var e = j + 1
        guard let c = v.word(e), c == "-" || c == "–" || c == "đến" || c == "/" else { return nil }
        e += 1
        // A named term keeps a range as written even when it is a typo ("nhiệm kỳ 2002 - 2025");
        // a bare "năm 2020 - 2025" must look like a term.
        guard let y2 = yearNumber(e), y2 >= y1, y2 - y1 <= (named ? 100 : 10) else { return nil }
        return (e + 1, y1, y2)
    }
}
