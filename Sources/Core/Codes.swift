/// Who was rated (RECORDS.md "subject").
public enum Subject: String, Codable, CaseIterable, Sendable {
    case chiBo = "chi_bo"
    case dangBoBoPhan = "dang_bo_bo_phan"
    case toChucCoSoDang = "to_chuc_co_so_dang"
    case toChucDang = "to_chuc_dang"
    case dangVien = "dang_vien"
    case tapTheLanhDao = "tap_the_lanh_dao"
    case canBoLanhDao = "can_bo_lanh_dao"

    /// Party members and leaders as individuals (the 20% cap is a warning for them).
    public var isIndividual: Bool { self == .dangVien || self == .canBoLanhDao }
}

/// Whose verdict a figure is (RECORDS.md "stage").
public enum Stage: String, Codable, CaseIterable, Sendable {
    case proposed, approved, reported
}

/// A rating level by its official abbreviation (RECORDS.md "level").
public enum Level: String, Codable, CaseIterable, Sendable {
    case HTXSNV, HTTNV, HTNV, KHTNV
    /// Pre-2018 scheme for organizations.
    case TSVMTB, TSVM, YK
    /// Pre-2018: member who violated the standards ("vi phạm tư cách").
    case VPTC

    /// Levels of the pre-2018 organization scheme only.
    public var isPre2018Only: Bool { [.TSVMTB, .TSVM, .YK, .VPTC].contains(self) }
    /// Full Vietnamese name.
    public var vietnameseName: String {
        switch self {
        case .HTXSNV: return "Hoàn thành xuất sắc nhiệm vụ"
        case .HTTNV: return "Hoàn thành tốt nhiệm vụ"
        case .HTNV: return "Hoàn thành nhiệm vụ"
        case .KHTNV: return "Không hoàn thành nhiệm vụ"
        case .TSVMTB: return "Trong sạch vững mạnh tiêu biểu"
        case .TSVM: return "Trong sạch vững mạnh"
        case .YK: return "Yếu kém"
        case .VPTC: return "Vi phạm tư cách"
        }
    }
}

/// What a stated total counts (RECORDS.md "totals.what").
public enum TotalKind: String, Codable, CaseIterable, Sendable {
    case all, evaluated, exempt
    case officialMembers = "official_members"
    case probationary, attended
}

/// Precision of a date mention.
public enum DateGrain: String, Codable, CaseIterable, Sendable {
    case day, month, quarter, year
}

/// Finding severity.
public enum Severity: String, Codable, CaseIterable, Sendable, Comparable {
    case info, warning, error
    public static func < (a: Severity, b: Severity) -> Bool {
        let order: [Severity] = [.info, .warning, .error]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

/// The rule ids of RECORDS.md "Findings".
public enum Rule: String, Codable, CaseIterable, Sendable {
    case sumMismatch = "sum_mismatch"
    case stageTotalMismatch = "stage_total_mismatch"
    case percentMismatch = "percent_mismatch"
    case percentSum = "percent_sum"
    case quotaExceeded = "quota_exceeded"
    case figuresSwapped = "figures_swapped"
    case invalidDate = "invalid_date"
    case rangeReversed = "range_reversed"
    case dateAfterPublication = "date_after_publication"
    case yearMismatch = "year_mismatch"
    case crossArticleMismatch = "cross_article_mismatch"
}
