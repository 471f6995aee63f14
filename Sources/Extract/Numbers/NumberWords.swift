import KiemdiemICU

/// Spelled-out Vietnamese numbers, read through ICU's RBNF `vi` rules.
///
/// ICU's rules read "lẻ" but not "linh", "ngàn", "tỉ", "chục" or a bare
/// "trăm", so phrases are first rewritten to the forms it reads; a parse
/// counts only when ICU consumed the whole phrase.
final class NumberWords {
    /// Words that can be part of a spelled-out number.
    static let words: Set<String> = [
        "không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "nhăm", "sáu", "bảy", "bẩy",
        "tám", "chín", "mười", "mươi", "chục", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "linh", "lẻ",
    ]
    /// Scale words that multiply a number written before them ("5 nghìn").
    static let scales: [String: Double] = [
        "nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000,
    ]
    static let units: Set<String> = ["một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín"]

    let spellout: SpelloutNumbers
    var cache: [String: Double?] = [:]

    init() throws { spellout = try SpelloutNumbers(locale: "vi") }

    /// The value of the lowercase words `ws`, or nil unless all of them form one number.
    func value(_ ws: [String]) -> Double? {
        guard !ws.isEmpty, ws.allSatisfy(NumberWords.words.contains) else { return nil }
        let phrase = NumberWords.rewrite(ws).joined(separator: " ")
        if let hit = cache[phrase] { return hit }
        var v = spellout.parse(phrase)
        if v == nil { v = NumberWords.arithmetic(NumberWords.rewrite(ws)) }
        cache[phrase] = v
        return v
    }

    /// Rewrites the words into the spelling ICU's `vi` rules read.
    static func rewrite(_ ws: [String]) -> [String] {
        var out: [String] = []
        for (k, w) in ws.enumerated() {
            var x = w
            switch w {
            case "linh": x = "lẻ"
            case "ngàn": x = "nghìn"
            case "tỉ": x = "tỷ"
            case "bẩy": x = "bảy"
            case "nhăm": x = "lăm"
            case "chục": x = (k > 0 && units.contains(ws[k - 1])) ? "mươi" : "mười"
            case "tư": x = (k > 0 && (ws[k - 1] == "mươi" || ws[k - 1] == "chục")) ? "tư" : "bốn"
            default: break
            }
            if k == 0, ["trăm", "nghìn", "triệu", "tỷ"].contains(x) { out.append("một") }
            out.append(x)
        }
        return out
    }

    /// A plain reading for the few spellings ICU does not accept
    /// (e.g. "hai mươi tư"): units, tens, hundreds and scale words.
    static func arithmetic(_ ws: [String]) -> Double? {
        let unit: [String: Int] = ["không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
                                   "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9]
        var total = 0, group = 0, current = 0
        var lastScale = Int.max
        for w in ws {
            if let u = unit[w] { current += u; continue }
            switch w {
            case "mười": current += 10
            case "mươi": current = (current == 0 ? 1 : current) * 10
            case "lẻ": break
            case "trăm": group += (current == 0 ? 1 : current) * 100; current = 0
            case "nghìn", "triệu", "tỷ":
                let scale = w == "nghìn" ? 1_000 : w == "triệu" ? 1_000_000 : 1_000_000_000
                guard scale < lastScale else { return nil }
                lastScale = scale
                total += (group + current == 0 ? 1 : group + current) * scale
                group = 0; current = 0
            default: return nil
            }
        }
        return Double(total + group + current)
    }
}
