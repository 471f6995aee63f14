import KiemdiemCore

/// A date as far as the text states it: any field may still be missing
/// ("ngày 25" before "- 28/11/2020", "02/12" without a year).
struct PartialDate: Equatable {
    var grain: DateGrain
    var year: Int?
    var month: Int?
    var day: Int?
    var quarter: Int?

    static func day(_ d: Int, _ m: Int?, _ y: Int?) -> PartialDate { PartialDate(grain: .day, year: y, month: m, day: d) }
    static func month(_ m: Int, _ y: Int?) -> PartialDate { PartialDate(grain: .month, year: y, month: m) }
    static func quarter(_ q: Int, _ y: Int?) -> PartialDate { PartialDate(grain: .quarter, year: y, quarter: q) }
    static func year(_ y: Int) -> PartialDate { PartialDate(grain: .year, year: y) }
    static func date(_ d: CalendarDate) -> PartialDate { .day(d.day, d.month, d.year) }

    /// Whether every field its grain needs is known.
    var isComplete: Bool {
        switch grain {
        case .day: return year != nil && month != nil && day != nil
        case .month: return year != nil && month != nil
        case .quarter: return year != nil && quarter != nil
        case .year: return year != nil
        }
    }

    /// Sort key within one grain, missing fields as 0.
    var key: (Int, Int, Int) {
        switch grain {
        case .quarter: return (year ?? 0, quarter ?? 0, 0)
        default: return (year ?? 0, month ?? 0, day ?? 0)
        }
    }

    /// "2020-11-25", "2024-12", "2020-Q4", "2021": digits as written.
    var string: String {
        let y = CalendarDate.pad(year ?? 0, 4)
        switch grain {
        case .day: return "\(y)-\(CalendarDate.pad(month ?? 0, 2))-\(CalendarDate.pad(day ?? 0, 2))"
        case .month: return "\(y)-\(CalendarDate.pad(month ?? 0, 2))"
        case .quarter: return "\(y)-Q\(quarter ?? 0)"
        case .year: return y
        }
    }
}
