import KiemdiemCore
import KiemdiemTokenize

/// Finds the date expressions of an article (the rules behind
/// `Tests/ExtractTests/Tables/dates.tsv`, following the annotation guideline
/// in notes/HELPERS.md).
///
/// One mention per expression, ranges included:
/// - days: "08/12/2020", "8-12-2020", "ngày 8 tháng 12 năm 2020", "3/3/17",
///   "ngày 02/12", "Sáng 6.1", "Chiều 16-9" (the missing year from a range
///   end, else from the reference date);
/// - ranges: "Từ ngày 25 - 28/11/2020", "từ ngày 02/12 đến ngày 05/12/2021",
///   "30/11 - 05/12/2020", "28/12/2020 - 03/01/2021";
/// - months "tháng 12/2024", "tháng 12 năm 2024"; quarters "quý IV/2020";
///   years "năm 2020"; terms "nhiệm kỳ 2020 - 2025", "năm học 2020 - 2021";
/// - relative phrases against the reference date: "hôm nay", "tuần trước",
///   "quý này", "năm ngoái", "thứ năm tuần tới", "3 tháng tới", … (weeks
///   and seasons become day ranges).
///
/// Not dates: "đường 30/4", "02/10 đồng chí", codes ("Covid-19",
/// "30/2020/NĐ-CP"), phone numbers, clock times alone. Mentions after
/// "trước", "dự kiến", "phấn đấu", "sẽ", "chậm nhất", or pointing to the
/// future relative to the reference, are `planned`.
public final class DateExtractor {
    /// Builds the extractor (no data files needed).
    public init() throws {}

    /// Every date mention of `doc`. `reference` (usually the publication day)
    /// gives the year of day/month dates and anchors relative phrases; without
    /// it, relative phrases are skipped and the year comes from the nearest
    /// earlier explicit year in the text.
    public func dates(in doc: Document, reference: CalendarDate?) -> [DateMention] {
        dates(in: WordView(doc), reference: reference)
    }

    /// Every date mention of an already built word view.
    public func dates(in v: WordView, reference: CalendarDate?) -> [DateMention] {
        var parser = DateParser(v: v, reference: reference)
        return parser.run()
    }
}

/// A date expression found at a token: the tokens it covers and its value.
struct DateMatch {
    var first: Int
    var next: Int
    var start: PartialDate
    var end: PartialDate
    /// Relative to the reference and in its future.
    var future = false
}

struct DateParser {
    let v: WordView
    let reference: CalendarDate?
    /// The last explicit year written, for day/month dates without a reference.
    var lastYear: Int?

    init(v: WordView, reference: CalendarDate?) {
        self.v = v; self.reference = reference
    }

    static let starters: Set<String> = [
        "từ", "ngày", "mồng", "mùng", "sáng", "chiều", "tối", "trưa", "đêm", "buổi", "thứ", "chủ", "chúa",
        "tháng", "quý", "năm", "nhiệm", "giai", "hôm", "bữa", "tuần", "mùa", "giáng", "noel", "lễ", "sau", "niên",
    ]
    static let dayParts: Set<String> = ["sáng", "chiều", "tối", "trưa", "đêm"]
    static let streetWords: Set<String> = ["đường", "phố", "ngõ", "ngách", "hẻm", "số", "lộ", "km", "tổ", "khu",
                                           "lô", "phòng", "nhà", "căn", "xóm", "thôn", "ấp", "kiốt", "tuyến", "bến"]
    static let plannedWords: [[String]] = [["dự", "kiến"], ["phấn", "đấu"], ["sẽ"], ["chậm", "nhất"], ["hạn", "chót"],
                                           ["kế", "hoạch", "đến"], ["dự", "định"], ["chỉ", "tiêu"], ["mục", "tiêu"]]
    /// Words that look ahead only when the period has not ended at the reference.
    static let aheadWords: [[String]] = [["triển", "khai", "nhiệm", "vụ"], ["phương", "hướng"], ["định", "hướng"],
                                         ["nhiệm", "vụ", "trọng", "tâm"]]

    mutating func run() -> [DateMention] {
        var out: [DateMention] = []
        var i = 0
        while i < v.count {
            let t = v.tokens[i]
            let candidate = t.kind == .date || t.kind == .fraction || t.kind == .number || DateParser.starters.contains(v.lower[i]) || NumberWords.units.contains(v.lower[i]) || v.lower[i] == "mười"
            if candidate, let m = match(i) {
                if let mention = finish(m) { out.append(mention) }
                i = m.next
                continue
            }
            if t.kind == .number, v.texts[i].count == 4, let y = Int(v.texts[i]), (1900...2100).contains(y) { lastYear = y }
            i += 1
        }
        return out
    }

    // MARK: Building the mention

    mutating func finish(_ m: DateMatch) -> DateMention? {
        var a = m.start, b = m.end
        // A range end gives the start its missing parts; then the start gives the end its parts.
        if a.grain == b.grain && m.start != m.end {
            // Only a later month before an earlier one crosses a year end ("28/12 - 03/01/2021");
            // a day after a later day in one month is a reversed range, kept as written.
            if a.grain == .day {
                if a.month == nil { a.month = b.month }
                if a.year == nil, let y = b.year {
                    a.year = y
                    if let am = a.month, let bm = b.month, am > bm { a.year = y - 1 }
                }
            } else if a.year == nil { a.year = b.year }
            if b.year == nil, let y = a.year {
                b.year = y
                if b.grain == .day, let am = a.month, let bm = b.month, bm < am { b.year = y + 1 }
            }
            if b.month == nil { b.month = a.month }
        }
        let fallbackYear = reference?.year ?? lastYear
        if a.year == nil { a.year = fallbackYear }
        if b.year == nil { b.year = a.year }
        guard a.isComplete, b.isComplete else { return nil }
        if let y = b.year { lastYear = y }
        let span = v.span(m.first, m.next - 1)
        return DateMention(start: a.string, end: b.string, grain: a.grain, text: v.text(span), span: span,
                           planned: m.future || isPlanned(m.first, start: a))
    }

    /// "trước ngày 15/12", "dự kiến …", "phấn đấu …", "sẽ …" before it in the same clause;
    /// for a period not yet over at the reference, also "nhiệm vụ năm 2022", "phương hướng …".
    func isPlanned(_ first: Int, start: PartialDate) -> Bool {
        if v.word(first - 1) == "trước" && v.sameLine(first - 1) { return true }
        if v.word(first) == "trước" { return true }
        var lists = DateParser.plannedWords
        if let ref = reference, let y = start.year, y >= ref.year {
            lists += DateParser.aheadWords
            if y > ref.year { lists.append(["nhiệm", "vụ"]) }
        }
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 20, v.sameLine(k) {
            if v.kind(k) == .punctuation, [".", ";", "!", "?"].contains(v.lower[k]) { break }
            for ws in lists where v.matches(k - ws.count + 1, ws) { return true }
            k -= 1; steps += 1
        }
        return false
    }

    // MARK: The grammar

    /// The longest date expression starting at token `i`.
    func match(_ i: Int) -> DateMatch? {
        var k = i
        var context = false           // a word that announces a date was seen
        var fromWord = false
        if v.word(k) == "từ" { k += 1; fromWord = true }
        // Term ranges: nhiệm kỳ / giai đoạn / năm học / niên khóa 2020 - 2025.
        if let (next, y1, y2) = termRange(k) {
            return DateMatch(first: i, next: next, start: .year(y1), end: .year(y2))
        }
        var dayPart = false
        if v.word(k) == "buổi", let w = v.word(k + 1), DateParser.dayParts.contains(w) { k += 2; dayPart = true }
        else if let w = v.word(k), DateParser.dayParts.contains(w), continues(k) { k += 1; dayPart = true }
        // "sau bữa trưa": today.
        if !dayPart, v.matches(k, ["sau", "bữa"]), let w = v.word(k + 2), ["trưa", "sáng", "tối"].contains(w), let ref = reference {
            return DateMatch(first: i, next: k + 3, start: .date(ref), end: .date(ref))
        }
        if dayPart || fromWord { context = true }
        // Relative days after a day part: "tối nay", "trưa mai", "tối hôm qua".
        if dayPart, let ref = reference, let (next, offset) = relativeDayAfterPart(k) {
            let d = ref.adding(days: offset)
            return DateMatch(first: i, next: next, start: .date(d), end: .date(d), future: offset > 0)
        }
        // Weekday, possibly followed by an explicit date.
        var weekday: (day: Int, next: Int)? = nil
        if let w = weekdayAt(k) {
            weekday = w
            k = w.next
            if v.word(k) == "," { k += 1 }
            context = true
        }
        if weekday != nil || dayPart || fromWord || v.word(k) == "ngày" || v.word(k) == "mồng" || v.word(k) == "mùng" {
            if let (p, next) = explicitDay(k, context: true) {
                return range(first: i, start: p, next: next)
            }
        }
        if let w = weekday, let ref = reference {
            let (next, d) = resolveWeekday(w.day, after: w.next, ref: ref)
            // A bare "thứ hai" is also an ordinal ("Thứ hai, …", "lần thứ hai").
            let qualified = next > w.next || dayPart || isStandalone(i, next)
            if qualified || v.matches(k - 2, ["chủ", "nhật"]) || v.matches(k - 2, ["chúa", "nhật"]) {
                return DateMatch(first: i, next: next, start: .date(d), end: .date(d), future: d > ref)
            }
            return nil
        }
        if weekday != nil { return nil }
        if let m = relative(at: k, first: i) { return m }
        if let (p, next) = point(k, context: context) {
            return range(first: i, start: p, next: next)
        }
        // Range start that is a day number alone: "25 - 28/11/2020", "từ 25 đến 28/11".
        var kd = k
        if ["ngày", "mồng", "mùng"].contains(v.word(kd) ?? "") { kd += 1 }
        if let (d, after) = dayNumber(kd), let (next2, p2) = rangeEnd(after, startGrain: .day, context: true),
           p2.grain == .day, p2.month != nil {
            return DateMatch(first: i, next: next2, start: .day(d, nil, nil), end: p2)
        }
        return nil
    }

    /// Whether a day-part word at `k` is followed by something date-like.
    func continues(_ k: Int) -> Bool {
        guard v.sameLine(k), let next = v.kind(k + 1) else { return false }
        if next == .number || next == .date || next == .fraction { return true }
        return ["nay", "mai", "qua", "hôm", "ngày", "thứ", "chủ", "chúa", "mồng", "mùng"].contains(v.lower[k + 1])
    }

    /// Whether tokens `[a, b)` are the whole text (a phrase given alone).
    func isStandalone(_ a: Int, _ b: Int) -> Bool {
        (a == 0 || v.kind(a - 1) == .punctuation && !(v.lower[a - 1] == ",")) && (b >= v.count || v.kind(b) == .punctuation)
            && (a == 0 && b >= v.count)
    }

    /// Adds a range end ("- 28/11/2020", "đến ngày 05/12/2021") to a parsed start.
    func range(first: Int, start: PartialDate, next: Int) -> DateMatch {
        if let (next2, end) = rangeEnd(next, startGrain: start.grain, context: true), end.grain == start.grain {
            return DateMatch(first: first, next: next2, start: start, end: end)
        }
        return DateMatch(first: first, next: next, start: start, end: start)
    }

    /// A connector and a second date of grain `startGrain`.
    func rangeEnd(_ k: Int, startGrain: DateGrain, context: Bool) -> (Int, PartialDate)? {
        guard k > 0, k < v.count, v.sameLine(k - 1) else { return nil }
        var j = k
        if v.word(j) == "-" || v.word(j) == "–" { j += 1 }
        else if v.word(j) == "đến" || v.word(j) == "tới" {
            j += 1
            if v.word(j) == "hết" { j += 1 }
        } else if v.matches(j, ["cho", "đến"]) { j += 2 }
        else { return nil }
        guard j < v.count, v.sameLine(j - 1) else { return nil }
        if startGrain == .day {
            var jj = j
            if ["ngày", "mồng", "mùng"].contains(v.lower[jj]) { jj += 1 }
            if let (p, n) = explicitDay(jj, context: true) { return (n, p) }
            return nil
        }
        if startGrain == .year, let y = yearNumber(j) { return (j + 1, .year(y)) }
        if let (p, n) = point(j, context: true), p.grain == startGrain { return (n, p) }
        if startGrain == .month, let m = monthNumber(j) {
            // "tháng 10 - 12/2020": "12/2020" read as a month.
            return (m.next, .month(m.month, m.year))
        }
        return nil
    }

    // MARK: Points

    /// A single date of any grain at `k`.
    func point(_ k: Int, context: Bool) -> (PartialDate, Int)? {
        guard k < v.count else { return nil }
        let w = v.lower[k]
        if w == "ngày" || w == "mồng" || w == "mùng" {
            return explicitDay(k, context: true)
        }
        if w == "tháng" { return monthPhrase(k) }
        if w == "quý" { return quarterPhrase(k) }
        if w == "năm" {
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
        if ["ngày", "mồng", "mùng"].contains(v.word(k) ?? "") {
            // "ngày đầu tiên của tháng ba"
            if v.matches(k + 1, ["đầu", "tiên", "của"]), let (m, n) = monthPhrase(k + 4), let mm = m.month {
                return (.day(1, mm, m.year), n)
            }
            k += 1; ctx = true
            if ["mồng", "mùng"].contains(v.word(k) ?? "") { k += 1 }
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
            if text.contains("."), !text.contains(",") {
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
            if v.word(k + 1) == "tháng", let m = monthValue(k + 2) {
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
        if k > 0, let p = v.word(k - 1), DateParser.streetWords.contains(p) || v.kind(k - 1) == .number { return false }
        guard let next = v.kind(k + 1), v.sameLine(k) else { return true }
        if next == .syllable || next == .abbreviation {
            return ["năm", "tại", "và", "đến", "vừa", "này", "tới", "hằng", "hàng", "của", "đã", "với"].contains(v.lower[k + 1])
        }
        if next == .percent { return false }
        return true
    }

    /// A year right after a day or month: "/2020" glued, "năm 2020", "- 2020"? (only the first two).
    func yearAfter(_ k: Int) -> (year: Int, next: Int)? {
        if v.word(k) == "năm", v.sameLine(k), let y = yearNumber(k + 1) { return (y, k + 2) }
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
        return (m.month, nil, m.next)
    }

    /// "tháng 12/2024", "tháng 12 năm 2024", "tháng 6", "tháng 3 tới".
    func monthPhrase(_ k: Int) -> (PartialDate, Int)? {
        guard v.word(k) == "tháng", let m = monthNumber(k + 1) else { return nil }
        var next = m.next
        if m.year == nil, let w = v.word(next), v.sameLine(next - 1), ["tới", "này"].contains(w) { next += 1 }
        return (.month(m.month, m.year), next)
    }

    static let romanQuarters: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
    static let quarterWords: [String: Int] = ["một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4]

    /// "quý IV/2020", "quý 4 năm 2018", "quý ba", "quý I".
    func quarterPhrase(_ k: Int) -> (PartialDate, Int)? {
        guard v.word(k) == "quý", k + 1 < v.count, v.sameLine(k) else { return nil }
        let j = k + 1
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
        if v.word(next) == "/", v.touches(next - 1), let yy = yearNumber(next + 1) { y = yy; next += 2 }
        else if let ya = yearAfter(next) { y = ya.year; next = ya.next }
        return (.quarter(q, y), next)
    }

    /// "nhiệm kỳ 2020 - 2025", "giai đoạn 2016 - 2020", "năm học 2020 - 2021", "niên khóa …".
    func termRange(_ k: Int) -> (Int, Int, Int)? {
        var j = k
        if v.matches(j, ["nhiệm", "kỳ"]) || v.matches(j, ["giai", "đoạn"]) || v.matches(j, ["năm", "học"]) || v.matches(j, ["niên", "khóa"]) {
            j += 2
        } else if v.word(j) == "năm", yearNumber(j + 1) != nil {
            j += 1
        } else { return nil }
        guard let y1 = yearNumber(j), v.sameLine(j - 1) else { return nil }
        var e = j + 1
        guard let c = v.word(e), c == "-" || c == "–" || c == "đến" || c == "/" else { return nil }
        e += 1
        guard let y2 = yearNumber(e), y2 >= y1, y2 - y1 <= 10 else { return nil }
        return (e + 1, y1, y2)
    }

    func splitDigits(_ s: String) -> [Substring] {
        s.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
    }
}
