import KiemdiemCore
import KiemdiemTokenize

/// Finds the numbers of an article (the rules behind
/// `Tests/ExtractTests/Tables/numbers.tsv`).
///
/// Rules, in order at each token:
/// - digits with Vietnamese separators, a scale word after them ("5 nghìn"),
///   a "%" after them or "tỷ lệ" before them (percent);
/// - a fraction token "02/10" → 2 of 10;
/// - the longest run of number words that ICU reads whole ("hai mươi mốt");
///   lone ambiguous words ("năm" year, "không" not, "tư", "trăm") are skipped;
/// - "không có … nào" → 0;
/// - approximation words before the number: gần, gần như, khoảng, hơn, trên,
///   xấp xỉ, chừng, ước.
///
/// Not thread-safe (ICU state): one instance per thread.
public final class NumberExtractor {
    let words: NumberWords

    /// Opens ICU's spell-out rules.
    public init() throws { words = try NumberWords() }

    static let approxWords: [[String]] = [["gần", "như"], ["xấp", "xỉ"], ["khoảng"], ["gần"], ["hơn"], ["trên"], ["chừng"], ["ước"]]
    static let approxPhrases = WordPhrases(approxWords)
    /// Nouns the genre counts: before one of them a lone "năm" is five, not "year"
    /// ("năm đảng viên hoàn thành xuất sắc nhiệm vụ").
    static let countedNouns: [[String]] = [
        ["đảng", "viên"], ["chi", "bộ"], ["đồng", "chí"], ["tổ", "chức"], ["đơn", "vị"], ["đảng", "bộ"],
        ["cán", "bộ"], ["tập", "thể"], ["cá", "nhân"], ["người"],
    ]
    static let loneSkipped: Set<String> = ["không", "năm", "tư", "lăm", "nhăm", "mốt", "linh", "lẻ", "mươi", "chục",
                                           "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"]

    /// Every number mention of `doc`, in text order.
    public func numbers(in doc: Document) -> [NumberMention] {
        numbers(in: WordView(doc))
    }

    /// The number mentions of `doc` outside `excluded` spans (dates, document references):
    /// "Sáng 12/12" gives no "12 of 12".
    public func numbers(in doc: Document, excluding excluded: [Span]) -> [NumberMention] {
        let spans = excluded.sorted()
        var k = 0
        return numbers(in: WordView(doc)).filter { m in
            while k < spans.count, spans[k].end <= m.span.start { k += 1 }
            var j = k
            while j < spans.count, spans[j].start < m.span.end { if spans[j].overlaps(m.span) { return false }; j += 1 }
            return true
        }
    }

    /// Every number mention of an already built word view.
    public func numbers(in v: WordView) -> [NumberMention] {
        var out: [NumberMention] = []
        var i = 0
        while i < v.count {
            let t = v.tokens[i]
            switch t.kind {
            case .number where v.isWord(at: i - 1, "thứ"):
                i += 1                                   // an ordinal: "lần thứ 2"
            case .number:
                guard var value = DigitRules.value(Substring(v.texts[i])) else { i += 1; continue }
                var last = i
                if let w = v.word(i + 1), v.sameLine(i), let m = NumberWords.scales[w] { value *= m; last = i + 1 }
                var percent = false
                if v.kind(last + 1) == .percent, v.sameLine(last) { percent = true; last += 1 }
                else if v.matches(last + 1, ["phần", "trăm"]), v.sameLine(last) { percent = true; last += 2 }
                else if isRateContext(v, i) { percent = true }
                out.append(mention(v, i, last, value: value, percent: percent))
                i = last + 1
            case .fraction:
                let parts = v.texts[i].split(separator: "/")
                // A part larger than its whole is no fraction of people ("30/4" is a day).
                if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a <= b {
                    var m = mention(v, i, i, value: Double(a), percent: false)
                    m.of = b
                    out.append(m)
                }
                i += 1
            case .syllable:
                if let (m, next) = negativeZero(v, i) { out.append(m); i = next; continue }
                if let (m, next) = spelled(v, i) { out.append(m); i = next; continue }
                i += 1
            default:
                i += 1
            }
        }
        return out
    }

    /// Reads a phrase as one number: digits with separators ("1.234", "12,5",
    /// ",77"), digits with a multiplier ("100K", "1,2M", "5 nghìn"), a sign
    /// ("-1.200.000", "âm 1.200.000") or spelled-out words ("hai mươi mốt",
    /// "một trăm linh năm"). Nil unless the whole phrase is one number.
    public func parseNumber(_ phrase: String) -> Double? {
        var s = Substring(phrase.trimmingSpaces().lowercased())
        var sign = 1.0
        if s.hasPrefix("-") { sign = -1; s = s.dropFirst().drop(while: { $0 == " " }) }
        else if s.hasPrefix("âm ") { sign = -1; s = s.dropFirst(3).drop(while: { $0 == " " }) }
        guard let first = s.first else { return nil }
        if first.isNumber || first == "," {
            let digitsEnd = s.firstIndex(where: { !($0.isNumber || $0 == "." || $0 == ",") }) ?? s.endIndex
            guard let base = DigitRules.value(s[..<digitsEnd]) else { return nil }
            let rest = s[digitsEnd...].trimmingSpaces()
            if rest.isEmpty { return sign * base }
            if rest.count == 1, let m = DigitRules.suffixMultiplier(rest.first!) { return sign * base * m }
            let ws = rest.split(separator: " ").map(String.init)
            var v = base
            for w in ws { guard let m = NumberWords.scales[w] else { return nil }; v *= m }
            return sign * v
        }
        let ws = s.split(separator: " ").map(String.init)
        guard let v = words.value(ws) else { return nil }
        return sign * v
    }

    // MARK: Rules

    func mention(_ v: WordView, _ a: Int, _ b: Int, value: Double, percent: Bool, spelled: Bool = false) -> NumberMention {
        let span = v.span(a, b)
        var m = NumberMention(value: value, isPercent: percent, spelledOut: spelled, span: span, text: v.text(span))
        if let q = approxStart(v, a) { m.approx = true; m.qualifierStart = q }
        return m
    }

    /// Start of an approximation word right before token `i`.
    func approxStart(_ v: WordView, _ i: Int) -> Int? {
        if let k = NumberExtractor.approxPhrases.firstPreceding(v, i) {
            // "trên" as in "trên địa bàn" is a preposition: only before a number.
            return v.tokens[i - NumberExtractor.approxWords[k].count].start
        }
        return nil
    }

    /// "tỷ lệ 13,2", "tỷ lệ đạt 13,2", "với tỷ lệ là 13,2" → a percent.
    func isRateContext(_ v: WordView, _ i: Int) -> Bool {
        guard !v.isAnyWord(at: i + 1, ["lần", "điểm"]) else { return false }
        var k = i - 1
        var skipped = 0
        while k >= 1, skipped < 2, v.isAnyWord(at: k, ["đạt", "là", ":", "bằng", "chiếm"]) { k -= 1; skipped += 1 }
        return v.matches(k - 1, ["tỷ", "lệ"]) && v.sameLine(k)
    }

    /// "không có chi bộ nào …" → 0, span "không có chi bộ nào".
    func negativeZero(_ v: WordView, _ i: Int) -> (NumberMention, Int)? {
        guard v.isWord(at: i, "không"), v.matches(i, ["không", "có"]) else { return nil }
        var k = i + 2
        let limit = min(v.count, i + 8)
        while k < limit, v.sameLine(k - 1), v.kind(k) == .syllable || v.kind(k) == .abbreviation {
            if v.isWord(k, "nào") && k > i + 2 {
                let span = v.span(i, k)
                return (NumberMention(value: 0, spelledOut: true, span: span, text: v.text(span)), k + 1)
            }
            k += 1
        }
        return nil
    }

    /// The longest run of number words from token `i` that reads as one number.
    func spelled(_ v: WordView, _ i: Int) -> (NumberMention, Int)? {
        guard NumberWords.wordSet.contains(v, i) else { return nil }
        // Ordinals: "Thứ hai, …", "lần thứ ba".
        if v.isWord(at: i - 1, "thứ") { return nil }
        if v.isWord(i, "không") { return nil }
        // "hàng trăm", "hàng nghìn": vague amounts.
        if v.isWord(at: i - 1, "hàng") { return nil }
        var run = [v.lower[i]]
        var k = i + 1
        while k < v.count, v.kind(k) == .syllable, v.sameLine(k - 1), NumberWords.wordSet.contains(v, k) {
            // Five after tens is written "lăm": "mười năm" is ten years.
            if v.isWord(k, "năm"), ["mười", "mươi"].contains(run.last!) { break }
            // Two unit words in a row are two numbers or a number and a noun ("hai năm": two years).
            if NumberWords.units.contains(v.lower[k]), NumberWords.units.contains(run.last!) { break }
            // "một tỷ lệ" is "a rate".
            if v.isAnyWord(k, ["tỷ", "tỉ"]), v.isWord(at: k + 1, "lệ") { break }
            // After a scale word "năm" is five only before another multiplier ("hai nghìn năm trăm");
            // "một trăm năm" is a hundred years.
            if v.isWord(k, "năm"), NumberWords.scales[run.last!] != nil || run.last! == "trăm",
               !v.isAnyWord(at: k + 1, ["mươi", "chục", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"]) { break }
            run.append(v.lower[k]); k += 1
        }
        while !run.isEmpty {
            if run.count == 1 && NumberExtractor.loneSkipped.contains(run[0])
                && !(run[0] == "năm" && NumberExtractor.countedNouns.contains { v.matches(i + 1, $0) }) { return nil }
            if run.count == 1 && run[0] == "một", let next = v.word(i + 1), ["số", "trong", "cách", "phần", "mặt", "khi"].contains(next) { return nil }
            if let value = words.value(run) {
                var last = i + run.count - 1
                let percent = v.matches(last + 1, ["phần", "trăm"]) && v.sameLine(last)
                if percent { last += 2 }
                var m = mention(v, i, last, value: value, percent: percent, spelled: true)
                m.spelledOut = true
                return (m, last + 1)
            }
            run.removeLast()
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> Substring {
        let s = Substring(self)
        guard let a = s.firstIndex(where: { $0 != " " }), let b = s.lastIndex(where: { $0 != " " }) else { return "" }
        return s[a...b]
    }
}
