import KiemdiemCore

/// A date value as the records write it: "2020-11-25", "2024-12", "2022-Q4", "2021"
/// (any grain, an impossible day kept as written). Days of the calendar are
/// `KiemdiemCore.CalendarDate`; this type reads the record's strings.
struct RecordDate: Comparable {
    var year: Int
    var month: Int?
    var quarter: Int?
    var day: Int?

    /// Parses one of the four written forms; nil for anything else.
    init?(_ s: String) {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let y = Int(parts[0]), parts[0].count == 4 else { return nil }
        year = y
        switch parts.count {
        case 1: break
        case 2:
            if parts[1].hasPrefix("Q"), let q = Int(parts[1].dropFirst()) { quarter = q }
            else if let m = Int(parts[1]) { month = m } else { return nil }
        case 3:
            guard let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            month = m; day = d
        default: return nil
        }
    }

    /// Whether the date exists in the Gregorian calendar.
    var isValid: Bool {
        if let q = quarter { return (1...4).contains(q) }
        if let m = month {
            guard (1...12).contains(m) else { return false }
            if let d = day { return d >= 1 && d <= CalendarDate.daysIn(year, m) }
        }
        return year >= 1 
    }

    /// The first and last day covered, as (year, month, day) tuples packed in an Int.
    var firstDay: Int {
        let m = month ?? quarter.map { ($0 - 1) * 3 + 1 } ?? 1
        return year * 10000 + m * 100 + (day ?? 1)
    }
    var lastDay: Int {
        let m = month ?? quarter.map { $0 * 3 } ?? 12
        return year * 10000 + m * 100 + (day ?? 31)
    }

    static func < (a: RecordDate, b: RecordDate) -> Bool { (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay) }
}
