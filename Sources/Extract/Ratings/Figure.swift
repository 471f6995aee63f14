import Foundation
import KiemdiemCore
import KiemdiemTokenize

/// A number the rating and total rules can use, tied to its tokens.
struct Figure: Equatable {
    var value: Double
    var isPercent: Bool
    var of: Int?
    var approx: Bool
    /// Which way the approximation word leans ("trên" lower, "gần" about, "dưới" upper).
    var bound: Bound? = nil
    /// The number (with "%"), without the approximation word.
    var span: Span
    /// Where the evidence starts (the approximation word when there is one).
    var evidenceStart: Int
    var firstToken: Int
    var lastToken: Int

    var intValue: Int? {
        guard value.isFinite, value.rounded() == value, abs(value) < 1e12 else { return nil }
        return Int(value)
    }
}

/// Reads figures written in digits: "06", "1.234", "12,5%", "02/10", with the
/// approximation words before them. Numbers that are parts of dates, years,
/// document numbers or ordinals ("năm 2020", "số 07", "khóa XIII") are left out.
struct FigureReader {
    static let approxWords: [([String], Bound)] = [(["gần", "như"], .about), (["xấp", "xỉ"], .about), (["gần"], .about),
                                                   (["khoảng"], .about), (["hơn"], .lower), (["trên"], .lower), (["dưới"], .upper)]
    /// First words of the nouns a fraction counts ("02/10 đồng chí", "18/22 đ/c", "48/66 tổ chức").
    static let countNouns: Set<String> = ["đồng", "đảng", "chi", "tổ", "cán", "tập", "đv", "đ/c", "tccsđ", "tccs"]
    static let notCountBefore: Set<String> = ["năm", "ngày", "tháng", "quý", "khóa", "số", "lần", "tầng", "đường", "giai", "đoạn", "thứ", "điều", "khoản", "mục", "tổ", "khu", "phường", "quận", "lúc", "hồi", "nhóm", "tiểu", "phần", "phố", "xóm", "thôn", "ấp", "khóm", "bản", "đội", "lớp", "trang", "kỳ"]

    /// Parses Vietnamese digits: "." groups thousands, "," marks decimals.
    static func parse(_ s: String) -> Double? {
        // Tokens of ASCII digits, "." and "," (every number token): the same
        // steps on the bytes, without Foundation's string search.
        var bytes = Array(s.utf8)
        if !bytes.isEmpty, bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }) {
            if bytes.contains(0x2E) {
                // Pieces between dots, empty ones left out (as `split` does): all after the first of 3 digits.
                var thousands = true
                var first = true
                var run = 0
                for b in bytes + [0x2E] {
                    if b == 0x2E {
                        if run > 0 {
                            if !first && run != 3 { thousands = false }
                            first = false
                        }
                        run = 0
                    } else {
                        run += 1
                    }
                }
                if thousands { bytes.removeAll { $0 == 0x2E } }
            }
            for k in bytes.indices where bytes[k] == 0x2C { bytes[k] = 0x2E }
            guard let v = Double(String(decoding: bytes, as: UTF8.self)), v.isFinite else { return nil }   // hundreds of digits
            return v
        }
        return parseText(s)
    }

    /// `parse(_:)` for any text.
    static func parseText(_ s: String) -> Double? {
        var t = s
        let dots = t.filter { $0 == "." }.count
        if dots > 0 {
            // "1.234" (thousands) unless it looks like an English decimal "12.5".
            let parts = t.split(separator: ".")
            if parts.dropFirst().allSatisfy({ $0.count == 3 }) { t = t.replacingOccurrences(of: ".", with: "") }
        }
        t = t.replacingOccurrences(of: ",", with: ".")
        guard let v = Double(t), v.isFinite else { return nil }   // hundreds of digits: not a figure
        return v
    }

    func figures(_ t: ArticleTokens) -> [Figure] {
        var out: [Figure] = []
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard let kind = t.kind(i) else { continue }
            var value: Double
            var of: Int? = nil
            var last = i
            switch kind {
            case .number:
                guard let v = FigureReader.parse(t.texts[i]) else { continue }
                value = v
                // "2.645/2.993 đồng chí": a fraction the tokenizer left in three pieces.
                if t.isWord(at: i + 1, "/"), t.kind(i + 2) == .number, t.tokens[i].end == t.tokens[i + 1].start,
                   t.tokens[i + 1].end == t.tokens[i + 2].start, let next = t.word(i + 3), FigureReader.countNouns.contains(next),
                   let bv = FigureReader.parse(t.texts[i + 2]), let b = Int(exactly: bv) {
                    of = b; last = i + 2
                }
            case .fraction:
                let parts = t.texts[i].split(separator: "/")
                // Thousands dots on both sides: "2.645/2.993 đồng chí".
                guard parts.count == 2, let a = FigureReader.parse(String(parts[0])), a.isFinite,
                      let bv = FigureReader.parse(String(parts[1])), let b = Int(exactly: bv) else { continue }
                // A fraction of people: "02/10 đồng chí". "30/4" alone is a date.
                guard let next = t.word(i + 1), FigureReader.countNouns.contains(next) else { continue }
                value = a; of = b
            default:
                continue
            }
            var isPercent = false
            if t.kind(i + 1) == .percent { isPercent = true; last = i + 1 }
            else if let p = t.word(i + 1), p == "phần" && t.isWord(at: i + 2, "trăm") { isPercent = true; last = i + 2 }
            // A change, not a share: "tăng 1,92%", "giảm 0,63%"; a comparison with a plan or another
            // year, not a share of the rated: "đạt 108% so với kế hoạch", "95% so với năm 2019".
            if isPercent, t.isAnyWord(at: i - 1, ["tăng", "giảm"]) || (t.isAnyWord(at: i - 2, ["tăng", "giảm"]) && t.isAnyWord(at: i - 1, ["thêm", "được", "là"])) { i = last; continue }
            if isPercent, t.matches(last + 1, ["so", "với"]),
               t.isAnyWord(at: last + 3, ["năm", "cùng", "kế", "chỉ", "nghị", "mục", "kỳ", "trước"]) { i = last; continue }
            if !isPercent, let prev = t.word(i - 1), FigureReader.notCountBefore.contains(prev),
               !(prev == "số" && (t.isWord(at: i - 2, "tổng") || t.isWord(at: i - 2, "trong"))) { continue }
            if !isPercent, t.isWord(at: i - 2, "tỷ"), t.isWord(at: i - 1, "lệ") { isPercent = true }
            // Durations and repetitions: "5 năm", "3 lần".
            if !isPercent, let next = t.word(last + 1), ["năm", "tháng", "ngày", "lần", "giờ", "tuần", "quý"].contains(next) { continue }
            if !isPercent, value >= 1900, value <= 2100, !ScalarText.contains(t.texts[i], ascii: 0x2E), !t.isWord(at: i - 1, "có") {
                // A bare year.
                continue
            }
            var evidenceStart = t.tokens[i].start
            var approx = false
            var bound: Bound? = nil
            for (w, b) in FigureReader.approxWords where t.matches(i - w.count, w) {
                approx = true; bound = b; evidenceStart = t.tokens[i - w.count].start; break
            }
            // "tỷ lệ … đạt 13,2" with no "%": a percent after "tỷ lệ" in the same clause.
            if !isPercent, (t.isWord(at: i - 1, "đạt") || t.isWord(at: i - 1, "là")) || (approx && t.isWord(at: i - 2, "đạt")),
               !ScalarText.contains(t.texts[i], ascii: 0x2E), value <= 100, t.word(last + 1).map({ !FigureReader.countNouns.contains($0) }) ?? true,
               (max(0, i - 14)..<i).contains(where: { t.matches($0, ["tỷ", "lệ"]) }),
               !(max(0, i - 14)..<i).contains(where: { t.isAnyWord($0, [";", "."]) && $0 > ((max(0, i - 14)..<i).last(where: { t.matches($0, ["tỷ", "lệ"]) }) ?? i) }) {
                isPercent = true
            }
            out.append(Figure(value: value, isPercent: isPercent, of: of, approx: approx, bound: bound,
                              span: t.span(i, last), evidenceStart: evidenceStart, firstToken: i, lastToken: last))
            i = last
        }
        return out
    }
}
