import KiemdiemCore
import KiemdiemTokenize

/// Finds the date expressions of an article (the rules behind
/// `Tests/ExtractTests/Tables/dates.tsv`, following the annotation guideline
/// in corpus/ANNOTATION.md).
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
    /// A term ("nhiệm kỳ 2020 - 2025"): the name of a period, never a planned deadline.
    var term = false
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
    /// `dayParts` as a list, for the byte tests of `isAnyWord`.
    static let dayPartList = Array(dayParts)
    static let streetWords: Set<String> = ["đường", "phố", "ngõ", "ngách", "hẻm", "số", "lộ", "km", "tổ", "khu",
                                           "lô", "phòng", "nhà", "căn", "xóm", "thôn", "ấp", "kiốt", "tuyến", "bến"]
    /// Requests that set a deadline ("đề nghị … trong quý I/2023").
    static let requestWords: [[String]] = [["đề", "nghị"], ["yêu", "cầu"], ["chỉ", "đạo"], ["giao"]]
    /// Words before a share ("đạt 5/7", "tỷ lệ 3/4"), never before a bare day.
    static let shareWords: Set<String> = ["đạt", "lệ", "được", "có", "là", "chiếm", "trên", "gần", "khoảng", "hơn", "còn", "gồm"]
    static let plannedWords: [[String]] = [["dự", "kiến"], ["phấn", "đấu"], ["sẽ"], ["chậm", "nhất"], ["hạn", "chót"],
                                           ["kế", "hoạch", "đến"], ["dự", "định"], ["chỉ", "tiêu"], ["mục", "tiêu"]]
    static let requestPhrases = WordPhrases(requestWords)
    static let plannedPhrases = WordPhrases(plannedWords)
    static let aheadPhrases = WordPhrases(aheadWords)
    /// Words that look ahead only when the period has not ended at the reference.
    static let aheadWords: [[String]] = [["triển", "khai", "nhiệm", "vụ"], ["phương", "hướng"], ["định", "hướng"],
                                         ["nhiệm", "vụ", "trọng", "tâm"]]

    /// Words that may start a date: the starters, roman quarter numbers,
    /// number words and "mười" (one lookup per token).
    static let candidateWords = WordSet(starters.union(romanQuarters.keys).union(NumberWords.units).union(["mười"]))

    mutating func run() -> [DateMention] {
        var out: [DateMention] = []
        var i = 0
        while i < v.count {
            let t = v.tokens[i]
            let candidate = t.kind == .date || t.kind == .fraction || t.kind == .number
                || DateParser.candidateWords.contains(v, i)
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
                           planned: !m.term && (m.future || isPlanned(m.first, start: a)))
    }

    /// "trước ngày 15/12", "dự kiến …", "phấn đấu …", "sẽ …" before it in the same clause;
    /// for a period not yet over at the reference, also "nhiệm vụ năm 2022", "phương hướng …".
    func isPlanned(_ first: Int, start: PartialDate) -> Bool {
        if v.isWord(at: first - 1, "trước") && v.sameLine(first - 1) { return true }
        if v.isWord(at: first, "trước") { return true }
        // The period has not ended at the reference: plans and requests may be about it.
        let ahead = reference.map { ref in start.year.map { $0 >= ref.year } ?? false } ?? false
        if plannedAfter(first, ahead: ahead) { return true }
        // The planned words, and when ahead the ahead words and for a later year "nhiệm vụ".
        let laterYear = ahead && reference.map { ref in start.year.map { $0 > ref.year } ?? false } ?? false
        // A request with a deadline: "đề nghị … báo cáo kết quả trong quý I/2023".
        let deadline = ahead && v.isAnyWord(at: first - 1, ["trong", "đến", "trước"])
        var k = first - 1
        var steps = 0
        while k >= 0, steps < (deadline ? 40 : 20), v.sameLine(k) {
            if v.kind(k) == .punctuation, v.isAnyWord(k, [".", ";", "!", "?"]) { break }
            if steps < 20 {
                if DateParser.plannedPhrases.anyEnding(v, at: k) { return true }
                if ahead && DateParser.aheadPhrases.anyEnding(v, at: k) { return true }
                if laterYear && v.matches(k - 1, ["nhiệm", "vụ"]) { return true }
            }
            if deadline && DateParser.requestPhrases.anyEnding(v, at: k) { return true }
            k -= 1; steps += 1
        }
        return false
    }

    /// "Quý I/2021, Đảng ủy sẽ kiểm tra …": "sẽ" or "dự kiến" just after the mention in its clause;
    /// for a period not yet over, also "phấn đấu" later in the sentence ("Năm 2025, … phấn đấu …").
    func plannedAfter(_ first: Int, ahead: Bool) -> Bool {
        var k = first
        while k < v.count, k < first + (ahead ? 40 : 12) {
            if v.kind(k) == .punctuation, v.isAnyWord(k, [".", ";", "!", "?"]) { return false }
            if k < first + 12, v.isWord(k, "sẽ") || v.matches(k, ["dự", "kiến"]) { return true }
            if ahead, v.matches(k, ["phấn", "đấu"]) { return true }
            if k + 1 < v.count, !v.sameLine(k) { return false }
            k += 1
        }
        return false
    }

    // MARK: The grammar

    /// The longest date expression starting at token `i`.
    func match(_ i: Int) -> DateMatch? {
        var k = i
        var context = false           // a word that announces a date was seen
        var fromWord = false
        if v.isWord(at: k, "từ") { k += 1; fromWord = true }
        // Term ranges: nhiệm kỳ / giai đoạn / năm học / niên khóa 2020 - 2025.
        if let (next, y1, y2) = termRange(k) {
            return DateMatch(first: i, next: next, start: .year(y1), end: .year(y2), term: true)
        }
        var dayPart = false
        if v.isWord(at: k, "buổi"), v.isAnyWord(at: k + 1, DateParser.dayPartList) { k += 2; dayPart = true }
        else if v.isAnyWord(at: k, DateParser.dayPartList), continues(k) { k += 1; dayPart = true }
        // "sau bữa trưa": today.
        if !dayPart, v.matches(k, ["sau", "bữa"]), let w = v.word(k + 2), ["trưa", "sáng", "tối"].contains(w), let ref = reference {
            return DateMatch(first: i, next: k + 3, start: .date(ref), end: .date(ref))
        }
        // "từ" alone does not make "02/10 đồng chí" a day; a part of the day does.
        if dayPart { context = true }
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
            if v.isWord(at: k, ",") { k += 1 }
            context = true
        }
        if weekday != nil || dayPart || fromWord || v.isWord(at: k, "ngày") || v.isWord(at: k, "mồng") || v.isWord(at: k, "mùng") {
            if let (p, next) = explicitDay(k, context: context) {
                return range(first: i, start: p, next: next)
            }
        }
        if let w = weekday, let ref = reference {
            let (next, d) = resolveWeekday(w.day, after: w.next, ref: ref)
            // A bare "thứ hai" is also an ordinal ("Thứ hai, …", "lần thứ hai"), and "Chủ nhật xanh" a campaign.
            let sunday = v.matches(w.next - 2, ["chủ", "nhật"]) || v.matches(w.next - 2, ["chúa", "nhật"])
            let announced = v.isAnyWord(at: i - 1, ["vào", "hôm"])
            let endsHere = v.kind(next) == nil || v.kind(next) == .punctuation
            let qualified = next > w.next || dayPart || isStandalone(i, next) || announced
                || sunday && endsHere && !v.isWord(at: i - 1, "ngày")
            let routine = v.matches(next, ["hàng", "tuần"]) || v.matches(next, ["hằng", "tuần"])
            if qualified && !routine {
                return DateMatch(first: i, next: next, start: .date(d), end: .date(d), future: d > ref)
            }
            return nil
        }
        if weekday != nil { return nil }
        if let m = relative(at: k, first: i) { return m }
        if let (p, next) = listedQuarter(k) { return range(first: i, start: p, next: next) }
        if let (p, next) = point(k, context: context) {
            return range(first: i, start: p, next: next)
        }
        // Range start that is a day number alone: "25 - 28/11/2020", "từ 25 đến 28/11".
        var kd = k
        if v.isAnyWord(at: kd, ["ngày", "mồng", "mùng"]) { kd += 1 }
        if let (d, after) = dayNumber(kd) {
            if let (next2, p2) = rangeEnd(after, startGrain: .day, context: true), p2.grain == .day, p2.month != nil {
                return DateMatch(first: i, next: next2, start: .day(d, nil, nil), end: p2)
            }
            // A list of days: "ngày 15 và 16/7/2020", "ngày 14, 15 và 16/7": each day is a mention.
            let listed = kd > k || kd > 0 && v.isAnyWord(kd - 1, ["và", ","]) && v.kind(kd - 2) == .number
            if listed, let (later, _) = listedDay(after), let m = later.month {
                let p = PartialDate.day(d, m, later.year)
                return DateMatch(first: i, next: after, start: p, end: p)
            }
        }
        return nil
    }

    /// The day that ends a list of days after "và" or "," ("… và 16/7/2020").
    func listedDay(_ k: Int) -> (PartialDate, Int)? {
        guard let w = v.word(k), w == "và" || w == ",", v.sameLine(k - 1) else { return nil }
        if let (p, n) = explicitDay(k + 1, context: true), p.month != nil { return (p, n) }
        if let (_, after) = dayNumber(k + 1) { return listedDay(after) }
        return nil
    }

    /// The year of a same-grain date joined by "và" or "," ("quý II và quý III năm 2021", "30/4 và 1/5/2021").
    func coordinatedYear(_ k: Int, grain: DateGrain) -> Int? {
        guard let w = v.word(k), w == "và" || w == ",", v.sameLine(k - 1) else { return nil }
        let j = k + 1
        var p = grain == .day ? explicitDay(j, context: true) ?? point(j, context: true) : point(j, context: true)
        if p == nil, grain == .quarter { p = quarterBody(j) }
        guard let (q, _) = p, q.grain == grain else { return nil }
        return q.year
    }

    /// Whether a day-part word at `k` is followed by something date-like.
    func continues(_ k: Int) -> Bool {
        guard v.sameLine(k), let next = v.kind(k + 1) else { return false }
        if next == .number || next == .date || next == .fraction { return true }
        return v.isAnyWord(k + 1, ["nay", "mai", "qua", "hôm", "ngày", "thứ", "chủ", "chúa", "mồng", "mùng"])
    }

    /// Whether tokens `[a, b)` are the whole text (a phrase given alone, as in Duckling's examples).
    func isStandalone(_ a: Int, _ b: Int) -> Bool { a == 0 && b >= v.count }

    /// Adds a range end ("- 28/11/2020", "đến ngày 05/12/2021") to a parsed start.
    func range(first: Int, start: PartialDate, next: Int) -> DateMatch {
        if let (next2, end) = rangeEnd(next, startGrain: start.grain, context: true), end.grain == start.grain {
            return DateMatch(first: first, next: next2, start: start, end: end)
        }
        var p = start
        if p.year == nil, let y = coordinatedYear(next, grain: p.grain) { p.year = y }
        return DateMatch(first: first, next: next, start: p, end: p)
    }

    /// A connector and a second date of grain `startGrain`.
    func rangeEnd(_ k: Int, startGrain: DateGrain, context: Bool) -> (Int, PartialDate)? {
        guard k > 0, k < v.count, v.sameLine(k - 1) else { return nil }
        var j = k
        if v.isWord(at: j, "-") || v.isWord(at: j, "–") { j += 1 }
        else if v.isWord(at: j, "đến") || v.isWord(at: j, "tới") {
            j += 1
            if v.isWord(at: j, "hết") { j += 1 }
        } else if v.matches(j, ["cho", "đến"]) { j += 2 }
        else { return nil }
        guard j < v.count, v.sameLine(j - 1) else { return nil }
        if startGrain == .day {
            var jj = j
            if v.isAnyWord(jj, ["ngày", "mồng", "mùng"]) { jj += 1 }
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

    func splitDigits(_ s: String) -> [Substring] {
        s.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
    }
}
