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
    /// `words` for lookups by token (`WordSet`).
    static let wordSet = WordSet(words)
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
        let v = spellout.parse(phrase)
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
}
