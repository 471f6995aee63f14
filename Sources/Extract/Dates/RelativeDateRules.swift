import KiemdiemCore

/// Phrases that count from the reference date: "hôm nay", "tuần trước",
/// "quý này", "năm ngoái", "thứ năm tuần tới", "3 tháng tới", "mùa hè này",
/// "giáng sinh". Weeks (Monday to Sunday) and seasons become day ranges.
extension DateParser {
    static let relativeDays: [([String], Int)] = [
        (["ngày", "hôm", "nay"], 0), (["ngày", "hôm", "qua"], -1), (["ngày", "hôm", "kia"], -2),
        (["hôm", "nay"], 0), (["bữa", "nay"], 0), (["hôm", "qua"], -1), (["hôm", "kia"], -2),
        (["ngày", "mai"], 1), (["ngày", "kia"], 2),
    ]
    static let relativeDayPhrases = WordPhrases(relativeDays.map(\.0))
    static let afterDayPart: [([String], Int)] = [
        (["hôm", "nay"], 0), (["ngày", "mai"], 1), (["hôm", "qua"], -1), (["nay"], 0), (["mai"], 1), (["qua"], -1),
    ]
    /// Words after "tuần/tháng/quý/năm" and the offset they mean.
    static let unitOffsets: [([String], Int)] = [
        (["tiếp", "theo"], 1), (["kế", "tiếp"], 1), (["hiện", "tại"], 0), (["vừa", "qua"], -1),
        (["này"], 0), (["nay"], 0), (["trước"], -1), (["ngoái"], -1), (["sau"], 1), (["tới"], 1), (["tiếp"], 1),
    ]

    /// Weekday words after "thứ": Monday = 1.
    static let weekdayNumbers: [String: Int] = ["2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
                                                "hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6, "bẩy": 6]
    /// Number words from five on that count units ("năm tháng tới").
    static let durationNumbers: [String: Int] = ["năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10]
    static let durationUnits = ["ngày", "tuần", "tháng", "năm"]
    /// Every word that can count units: a cheap test before the two tables.
    static let durationWords = WordSet(Set(quarterWords.keys).union(durationNumbers.keys).union(["một"]))
    /// Words after a counted unit and the direction they give.
    static let durationDirections: [([String], Int)] = [(["vừa", "rồi"], -1), (["vừa", "qua"], -1), (["qua"], -1),
                                                         (["tiếp", "theo"], 1), (["sắp", "tới"], 1), (["tới"], 1)]

    /// "tối nay", "trưa ngày mai", "tối hôm qua": the words after the day part.
    func relativeDayAfterPart(_ k: Int) -> (Int, Int)? {
        for (ws, off) in DateParser.afterDayPart where v.matches(k, ws) && v.sameLine(k - 1) { return (k + ws.count, off) }
        return nil
    }

    /// "thứ 2", "thứ hai", "chủ nhật": Monday = 1 … Sunday = 7.
    func weekdayAt(_ k: Int) -> (day: Int, next: Int)? {
        if v.matches(k, ["chủ", "nhật"]) || v.matches(k, ["chúa", "nhật"]) { return (7, k + 2) }
        guard v.isWord(at: k, "thứ"), let w = v.word(k + 1), v.sameLine(k) else { return nil }
        guard let d = DateParser.weekdayNumbers[w] else { return nil }
        return (d, k + 2)
    }

    /// The day a weekday names, with what follows it ("tuần tới", "vừa rồi").
    func resolveWeekday(_ wd: Int, after k: Int, ref: CalendarDate) -> (Int, CalendarDate) {
        var j = k
        if v.isWord(at: j, "của") { j += 1 }
        let monday = ref.adding(days: 1 - ref.weekday)
        if v.isWord(at: j, "tuần"), v.sameLine(j - 1), let (n, off) = unitOffset(j + 1) {
            return (n, monday.adding(days: 7 * off + wd - 1))
        }
        let delta = (wd - ref.weekday + 7) % 7
        if v.matches(k, ["vừa", "rồi"]) || v.matches(k, ["vừa", "qua"]) {
            let back = (ref.weekday - wd + 7) % 7
            return (k + 2, ref.adding(days: -(back == 0 ? 7 : back)))
        }
        if v.isWord(at: k, "tới") { return (k + 1, ref.adding(days: delta == 0 ? 7 : delta)) }
        if v.isWord(at: k, "này") { return (k + 1, monday.adding(days: wd - 1)) }
        return (k, ref.adding(days: delta))
    }

    /// The offset word after a unit ("này" 0, "trước" -1, "tới" +1) and the index after it.
    func unitOffset(_ k: Int) -> (Int, Int)? {
        guard k > 0, v.sameLine(k - 1) else { return nil }
        for (ws, off) in DateParser.unitOffsets where v.matches(k, ws) { return (k + ws.count, off) }
        return nil
    }

    /// Whether token `k` is preceded by a count ("2 tuần trước" is not "tuần trước").
    func afterCount(_ k: Int) -> Bool {
        guard let kind = v.kind(k - 1) else { return false }
        return kind == .number || NumberWords.words.contains(v.lower[k - 1])
    }

    /// Relative phrases at `k` (`first` is where the mention starts).
    func relative(at k: Int, first: Int) -> DateMatch? {
        guard let ref = reference, k < v.count else { return nil }
        func day(_ d: CalendarDate, _ next: Int) -> DateMatch {
            DateMatch(first: first, next: next, start: .date(d), end: .date(d), future: d > ref)
        }
        if let r = DateParser.relativeDayPhrases.first(v, at: k) {
            let (ws, off) = DateParser.relativeDays[r]
            return day(ref.adding(days: off), k + ws.count)
        }
        if let m = duration(at: k, first: first, ref: ref) { return m }
        let w = v.lower[k]
        // Units with an offset: "tuần này", "tháng trước", "quý tới", "năm ngoái".
        if v.isAnyWord(k, ["tuần", "tháng", "quý", "năm"]), !afterCount(k), let (next, off) = unitOffset(k + 1) {
            switch w {
            case "tuần":
                let monday = ref.adding(days: 1 - ref.weekday + 7 * off)
                return DateMatch(first: first, next: next, start: .date(monday), end: .date(monday.adding(days: 6)), future: off > 0)
            case "tháng":
                let (y, m) = ref.addingMonths(off)
                return DateMatch(first: first, next: next, start: .month(m, y), end: .month(m, y), future: off > 0)
            case "quý":
                let (y, m) = ref.addingMonths(3 * off)
                let q = PartialDate.quarter((m - 1) / 3 + 1, y)
                return DateMatch(first: first, next: next, start: q, end: q, future: off > 0)
            default:
                let y = PartialDate.year(ref.year + off)
                return DateMatch(first: first, next: next, start: y, end: y, future: off > 0)
            }
        }
        // "tuần đầu tiên của tháng 9 năm 2017": the first week that starts in the month.
        if v.isWord(k, "tuần"), v.matches(k + 1, ["đầu", "tiên", "của"]), let (mp, next) = monthPhrase(k + 4), let m = mp.month {
            let first1 = CalendarDate(year: mp.year ?? ref.year, month: m, day: 1)
            let monday = first1.adding(days: (8 - first1.weekday) % 7)
            return DateMatch(first: first, next: next, start: .date(monday), end: .date(monday.adding(days: 6)))
        }
        // Seasons: "mùa hè này", "mùa đông năm nay".
        if v.isWord(k, "mùa"), let s = v.word(k + 1), v.sameLine(k) {
            var next = k + 2
            if v.isWord(at: next, "này") || v.isWord(at: next, "nay") { next += 1 }
            else if v.matches(next, ["năm", "nay"]) { next += 2 }
            else { return nil }
            let y = ref.year
            var a: CalendarDate, b: CalendarDate
            switch s {
            case "xuân": a = CalendarDate(year: y, month: 3, day: 20); b = CalendarDate(year: y, month: 6, day: 20)
            case "hè", "hạ": a = CalendarDate(year: y, month: 6, day: 21); b = CalendarDate(year: y, month: 9, day: 23)
            case "thu": a = CalendarDate(year: y, month: 9, day: 23); b = CalendarDate(year: y, month: 12, day: 20)
            case "đông":
                let start = ref.month <= 3 ? y - 1 : y
                a = CalendarDate(year: start, month: 12, day: 21); b = CalendarDate(year: start + 1, month: 3, day: 20)
            default: return nil
            }
            return DateMatch(first: first, next: next, start: .date(a), end: .date(b), future: a > ref)
        }
        // Christmas.
        for ws in [["ngày", "giáng", "sinh"], ["lễ", "giáng", "sinh"], ["giáng", "sinh"], ["noel"]] where v.matches(k, ws) {
            var d = CalendarDate(year: ref.year, month: 12, day: 25)
            if d < ref { d = CalendarDate(year: ref.year + 1, month: 12, day: 25) }
            return day(d, k + ws.count)
        }
        return nil
    }

    /// "2 ngày vừa rồi", "3 tháng tới", "ba tháng tiếp theo", "2 năm vừa rồi": the units before or after the current one.
    func duration(at k: Int, first: Int, ref: CalendarDate) -> DateMatch? {
        var n: Int? = nil
        var j = k
        if v.kind(k) == .number, v.texts[k].count <= 3, let x = Int(v.texts[k]) { n = x; j = k + 1 }
        else if !DateParser.durationWords.contains(v, k) { return nil }
        else if let x = DateParser.quarterWords[v.lower[k]] ?? (v.isWord(k, "một") ? 1 : nil) { n = x; j = k + 1 }
        else if let x = DateParser.durationNumbers[v.lower[k]] { n = x; j = k + 1 }
        guard let n, n > 0, let unit = v.word(j), DateParser.durationUnits.contains(unit), v.sameLine(j - 1) else { return nil }
        let after = j + 1
        var dir = 0, next = after
        for (ws, d) in DateParser.durationDirections
            where v.matches(after, ws) && v.sameLine(after - 1) { dir = d; next = after + ws.count; break }
        guard dir != 0 else { return nil }
        switch unit {
        case "ngày", "tuần":
            let len = unit == "ngày" ? n : 7 * n
            let base = unit == "ngày" ? ref : ref.adding(days: 1 - ref.weekday)
            let step = unit == "ngày" ? 1 : 7
            let a = dir < 0 ? base.adding(days: -len) : base.adding(days: step)
            let b = a.adding(days: len - 1)
            return DateMatch(first: first, next: next, start: .date(a), end: .date(b), future: dir > 0)
        case "tháng":
            let (ya, ma) = ref.addingMonths(dir < 0 ? -n : 1)
            let (yb, mb) = ref.addingMonths(dir < 0 ? -1 : n)
            return DateMatch(first: first, next: next, start: .month(ma, ya), end: .month(mb, yb), future: dir > 0)
        default:
            let a = dir < 0 ? ref.year - n : ref.year + 1
            let b = dir < 0 ? ref.year - 1 : ref.year + n
            return DateMatch(first: first, next: next, start: .year(a), end: .year(b), future: dir > 0)
        }
    }
}
