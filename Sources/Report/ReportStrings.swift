import KiemdiemCore

/// The report's language: Vietnamese by default, English on request.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case vi, en

    /// The table of labels, headings, message templates and rule texts.
    public var strings: ReportStrings { self == .vi ? .vietnamese : .english }
}

/// Every piece of text the report writes itself (article text and the
/// findings' own messages are shown as they are), one table per language.
public struct ReportStrings: Sendable {
    public var lang: ReportLanguage
    public var pageTitle: String
    public var navOverview, navTrends, navMethod, navFindings, navArticles: String
    public var overview: String
    public var articles, organizations, ratedYears, findings, failedInputs: String
    public var ruleHeader, severityHeader, countHeader, explanationHeader: String
    /// "%d inputs could not be read"
    public var failedInputsSummary: String
    public var trends: String
    public var trendsNote: String
    public var shareByYear, shareByYearNote: String
    public var overCapByYear, overCapByYearNote: String
    public var overCapBySubject, overCapBySubjectNote: String
    public var overCapTable, overCapTableNote, yearHeader: String
    public var ratioHistogram, ratioHistogramNote: String
    public var perYear, perYearNote: String
    public var noData: String
    /// "%d of %d lists" (tooltips)
    public var listsOver: String
    /// "%d lists"
    public var listsCount: String
    public var capLabel: String
    public var noYear: String
    public var organizationCharts, organizationChartsNote: String
    public var noRatings: String
    public var method, methodIntro, example: String
    public var findingsHeading: String
    /// "The first %d of %d findings (errors first)."
    public var findingsTruncated: String
    /// "The first %d of the %d findings of this rule."
    public var ruleTruncated: String
    public var noFindings: String
    public var unknownOrganization: String
    public var toSentence, toArticle, otherArticle: String
    /// "Showing %d of %d articles (those with findings first)."
    public var articlesTruncated: String
    public var noTitle: String
    public var ratedYear: String
    public var factsLine: String
    public var legendRating, legendTotal, legendDate, legendDocument, legendOfficial, legendFinding: String
    public var orAbove, planned, of: String
    public var stageNames: [Stage: String]
    public var subjectNames: [Subject: String]
    public var severityNames: [Severity: String]
    public var ruleNames: [Rule: String]
    public var ruleExplanations: [Rule: String]
    public var ruleExamples: [Rule: String]

    /// `template` with each `%d` / `%@` replaced by the next argument.
    public static func format(_ template: String, _ args: CustomStringConvertible...) -> String {
        var out = ""
        var rest = Substring(template)
        var i = 0
        while let r = rest.range(of: "%") {
            out += rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            if let c = after.first, c == "d" || c == "@", i < args.count {
                out += args[i].description; i += 1
                rest = after.dropFirst()
            } else {
                out += "%"; rest = after
            }
        }
        return out + rest
    }

    public func name(_ rule: Rule) -> String { ruleNames[rule] ?? rule.rawValue }
    public func explanation(_ rule: Rule) -> String { ruleExplanations[rule] ?? "" }
    public func name(_ s: Subject) -> String { subjectNames[s] ?? s.rawValue }
    public func name(_ s: Stage) -> String { stageNames[s] ?? s.rawValue }
    public func name(_ s: Severity) -> String { severityNames[s] ?? s.rawValue }

    public static let vietnamese = ReportStrings(
        lang: .vi,
        pageTitle: "Báo cáo kiểm tra số liệu kiểm điểm",
        navOverview: "Tổng quan", navTrends: "Xu hướng", navMethod: "Phương pháp", navFindings: "Phát hiện", navArticles: "Bài viết",
        overview: "Tổng quan",
        articles: "bài viết", organizations: "tổ chức", ratedYears: "năm đánh giá", findings: "phát hiện", failedInputs: "tệp không đọc được",
        ruleHeader: "quy tắc", severityHeader: "mức độ", countHeader: "số phát hiện", explanationHeader: "giải thích",
        failedInputsSummary: "%d tệp đầu vào không đọc được",
        trends: "Xu hướng theo năm",
        trendsNote: "Tính trên số lượng riêng của từng mức: con số “trở lên” và con số có phần “trong đó” được trừ đi phần HTXSNV trước khi tính tỷ lệ; danh sách chỉ có con số cộng dồn mà không tách được thì không được tính. Mỗi danh sách là một bài viết, một đối tượng, một năm, lấy danh sách được công nhận, nếu không có thì danh sách báo cáo.",
        shareByYear: "Tỷ lệ HTXSNV theo năm",
        shareByYearNote: "Số HTXSNV chia cho tổng số được xếp loại (các mức riêng) của mọi danh sách trong năm.",
        overCapByYear: "Danh sách vượt trần 20% theo năm",
        overCapByYearNote: "Tỷ lệ danh sách (từ năm 2018) có số HTXSNV lớn hơn 20% số HTTNV (tính riêng).",
        overCapBySubject: "Danh sách vượt trần 20% theo đối tượng",
        overCapBySubjectNote: "Cùng phép tính, theo đối tượng được đánh giá, mọi năm từ 2018.",
        overCapTable: "Vượt trần 20% theo năm và đối tượng",
        overCapTableNote: "Số danh sách vượt trần / số danh sách, mỗi năm và mỗi đối tượng.",
        yearHeader: "năm",
        ratioHistogram: "Phân bố tỷ số HTXSNV/HTTNV",
        ratioHistogramNote: "Số danh sách theo tỷ số HTXSNV/HTTNV (tính riêng); vạch đỏ là trần 20%.",
        perYear: "Bài viết, tổ chức và phát hiện theo năm",
        perYearNote: "Theo năm được đánh giá của bài viết.",
        noData: "Chưa có số liệu.",
        listsOver: "%d trên %d danh sách",
        listsCount: "%d danh sách",
        capLabel: "trần 20%",
        noYear: "Không rõ năm",
        organizationCharts: "Cơ cấu xếp loại theo năm của từng tổ chức",
        organizationChartsNote: "Mỗi thanh là một năm: số được công nhận, nếu không có thì số báo cáo, nếu không có thì số đề nghị. Di chuột để xem số; dấu ! là số liệu các bài viết không khớp nhau.",
        noRatings: "Chưa có số liệu xếp loại.",
        method: "Phương pháp: các quy tắc kiểm tra",
        methodIntro: "Mỗi phát hiện do một quy tắc dưới đây tạo ra. Mức độ: lỗi (số liệu không thể cùng đúng), cảnh báo (đáng xem lại), thông tin.",
        example: "Ví dụ",
        findingsHeading: "Phát hiện",
        findingsTruncated: "Hiển thị %d trên tổng số %d phát hiện (tối đa %d cho mỗi quy tắc, lỗi trước).",
        ruleTruncated: "Hiển thị %d đầu tiên trên %d phát hiện của quy tắc này.",
        noFindings: "Không có phát hiện nào.",
        unknownOrganization: "(không rõ tổ chức)",
        toSentence: "đến câu", toArticle: "đến bài", otherArticle: "bài kia",
        articlesTruncated: "Hiển thị %d trên %d bài viết (bài có phát hiện trước).",
        noTitle: "(không có tiêu đề)",
        ratedYear: "năm đánh giá",
        factsLine: "%d xếp loại · %d tổng số · %d ngày tháng · %d văn bản · %d cán bộ",
        legendRating: "xếp loại", legendTotal: "tổng số", legendDate: "ngày tháng", legendDocument: "văn bản", legendOfficial: "cán bộ", legendFinding: "phát hiện",
        orAbove: "trở lên", planned: "dự kiến", of: "trên",
        stageNames: [.proposed: "đề nghị", .approved: "được công nhận", .reported: "báo cáo"],
        subjectNames: [.chiBo: "chi bộ", .dangBoBoPhan: "đảng bộ bộ phận", .toChucCoSoDang: "tổ chức cơ sở đảng",
                       .toChucDang: "tổ chức đảng", .dangVien: "đảng viên", .tapTheLanhDao: "tập thể lãnh đạo",
                       .canBoLanhDao: "cán bộ lãnh đạo"],
        severityNames: [.error: "lỗi", .warning: "cảnh báo", .info: "thông tin"],
        ruleNames: [
            .sumMismatch: "Tổng không khớp", .stageTotalMismatch: "Tổng đề nghị khác tổng công nhận",
            .percentMismatch: "Tỷ lệ không khớp số lượng", .percentSum: "Các tỷ lệ không cộng thành 100%",
            .quotaExceeded: "Vượt trần 20% HTXSNV", .figuresSwapped: "Số liệu bị đảo mức",
            .invalidDate: "Ngày không tồn tại", .rangeReversed: "Khoảng thời gian ngược",
            .dateAfterPublication: "Sự kiện sau ngày đăng", .yearMismatch: "Năm ở tiêu đề khác năm ở nội dung",
            .crossArticleMismatch: "Các bài viết cho số khác nhau",
        ],
        ruleExplanations: [
            .sumMismatch: "Các mức xếp loại của một danh sách đầy đủ cộng lại không bằng tổng số được đánh giá mà bài viết nêu.",
            .stageTotalMismatch: "Tổng của danh sách đề nghị và tổng của danh sách được công nhận cho cùng một đối tượng khác nhau.",
            .percentMismatch: "Tỷ lệ phần trăm nêu trong bài lệch khỏi số lượng chia cho mọi cơ số hợp lý quá nửa đơn vị của chữ số cuối.",
            .percentSum: "Các tỷ lệ của một danh sách đầy đủ các mức riêng không cộng lại thành 100%.",
            .quotaExceeded: "Từ năm 2018, số HTXSNV được công nhận hoặc báo cáo vượt quá 20% số HTTNV (tính riêng) của cùng đối tượng và năm.",
            .figuresSwapped: "Danh sách đề nghị và danh sách được công nhận có cùng các con số nhưng đặt ở các mức khác nhau.",
            .invalidDate: "Ngày tháng không có trên lịch (31/11, 29/02 năm không nhuận, tháng 13).",
            .rangeReversed: "Khoảng thời gian kết thúc trước khi bắt đầu.",
            .dateAfterPublication: "Một việc được kể là đã xong lại mang ngày sau ngày đăng bài (hạn chót, kế hoạch không tính).",
            .yearMismatch: "Năm đánh giá ở tiêu đề khác năm đánh giá trong nội dung bài.",
            .crossArticleMismatch: "Hai bài viết khác nhau cho hai con số khác nhau về cùng tổ chức, năm, đối tượng, giai đoạn và mức.",
        ],
        ruleExamples: [
            .sumMismatch: "“866 đảng viên được đánh giá: 120 HTXSNV, 700 HTTNV, 40 HTNV” (120 + 700 + 40 = 860, không phải 866).",
            .stageTotalMismatch: "Đề nghị 21 + 6 = 27 chi bộ, nhưng được công nhận 6 + 22 = 28 chi bộ.",
            .percentMismatch: "“6 chi bộ HTXSNV, đạt 30%” trong tổng 27 chi bộ (6 ÷ 27 = 22,2%).",
            .percentSum: "“HTXSNV 15%, HTTNV 80%, HTNV 3%” cộng lại 98%.",
            .quotaExceeded: "6 chi bộ HTXSNV bằng 28,6% của 21 chi bộ HTTNV, vượt trần 20%.",
            .figuresSwapped: "Thượng Thanh 2020: đề nghị 21 HTXSNV / 6 HTTNV, công nhận 6 HTXSNV / 21 HTTNV.",
            .invalidDate: "“ngày 31/11/2020”.",
            .rangeReversed: "“từ ngày 20/12 đến ngày 15/12/2020”.",
            .dateAfterPublication: "Bài đăng ngày 08/12/2020 kể hội nghị “đã tổ chức ngày 15/12/2020”.",
            .yearMismatch: "Tiêu đề “… năm 2020” nhưng nội dung “kết quả đánh giá năm 2019”.",
            .crossArticleMismatch: "Một bài nêu 46 chi bộ HTTNV năm 2020 của Đảng ủy xã X, bài khác nêu 48.",
        ])

    public static let english = ReportStrings(
        lang: .en,
        pageTitle: "Party rating figures: consistency report",
        navOverview: "Overview", navTrends: "Trends", navMethod: "Method", navFindings: "Findings", navArticles: "Articles",
        overview: "Overview",
        articles: "articles", organizations: "organizations", ratedYears: "rated years", findings: "findings", failedInputs: "failed inputs",
        ruleHeader: "rule", severityHeader: "severity", countHeader: "findings", explanationHeader: "explanation",
        failedInputsSummary: "%d inputs could not be read",
        trends: "Trends by year",
        trendsNote: "Computed from exclusive counts: an “or above” figure, or one with parts given “within” it, has its HTXSNV part taken out before any share is computed; a list whose cumulative figure cannot be split is left out. A list is one article, subject and year: the approved list, else the reported one.",
        shareByYear: "HTXSNV share by year",
        shareByYearNote: "HTXSNV divided by everyone rated (exclusive levels) over all lists of the year.",
        overCapByYear: "Lists above the 20% cap by year",
        overCapByYearNote: "Share of lists (2018 on) whose HTXSNV count is more than 20% of their exclusive HTTNV count.",
        overCapBySubject: "Lists above the 20% cap by level",
        overCapBySubjectNote: "The same, by who was rated, all years from 2018.",
        overCapTable: "Above the 20% cap by year and level",
        overCapTableNote: "Lists above the cap / lists, for each year and subject.",
        yearHeader: "year",
        ratioHistogram: "Distribution of HTXSNV/HTTNV ratios",
        ratioHistogramNote: "Lists by their HTXSNV/HTTNV ratio (exclusive counts); the red line is the 20% cap.",
        perYear: "Articles, organizations and findings per year",
        perYearNote: "By the article's rated year.",
        noData: "No figures yet.",
        listsOver: "%d of %d lists",
        listsCount: "%d lists",
        capLabel: "20% cap",
        noYear: "No year",
        organizationCharts: "Yearly rating mix per organization",
        organizationChartsNote: "Each bar is one year: the approved figures, else the reported ones, else the proposed ones. Hover for the counts; ! marks figures on which articles disagree.",
        noRatings: "No rating figures yet.",
        method: "Method: the checks",
        methodIntro: "Every finding comes from one of the rules below. Severity: error (the figures cannot all be right), warning (worth a second look), info.",
        example: "Example",
        findingsHeading: "Findings",
        findingsTruncated: "Showing %d of %d findings (at most %d of each rule, errors first).",
        ruleTruncated: "The first %d of the %d findings of this rule.",
        noFindings: "No findings.",
        unknownOrganization: "(unknown organization)",
        toSentence: "to the sentence", toArticle: "to the article", otherArticle: "other article",
        articlesTruncated: "Showing %d of %d articles (those with findings first).",
        noTitle: "(no title)",
        ratedYear: "rated year",
        factsLine: "%d ratings · %d totals · %d dates · %d documents · %d officials",
        legendRating: "rating", legendTotal: "total", legendDate: "date", legendDocument: "document", legendOfficial: "official", legendFinding: "finding",
        orAbove: "or above", planned: "planned", of: "of",
        stageNames: [.proposed: "proposed", .approved: "approved", .reported: "reported"],
        subjectNames: [.chiBo: "party cells", .dangBoBoPhan: "sub-committees", .toChucCoSoDang: "grassroots organizations",
                       .toChucDang: "party organizations", .dangVien: "party members", .tapTheLanhDao: "leadership collectives",
                       .canBoLanhDao: "leading cadres"],
        severityNames: [.error: "error", .warning: "warning", .info: "info"],
        ruleNames: [
            .sumMismatch: "Parts do not add up", .stageTotalMismatch: "Proposed and approved totals differ",
            .percentMismatch: "Percent does not match the count", .percentSum: "Percents do not sum to 100%",
            .quotaExceeded: "Above the 20% HTXSNV cap", .figuresSwapped: "Figures swapped between levels",
            .invalidDate: "Impossible date", .rangeReversed: "Date range reversed",
            .dateAfterPublication: "Event after publication", .yearMismatch: "Title year differs from body year",
            .crossArticleMismatch: "Articles disagree",
        ],
        ruleExplanations: [
            .sumMismatch: "The levels of a complete rating list do not add up to the total the article gives for those rated.",
            .stageTotalMismatch: "The proposed list and the approved list of the same subject have different totals.",
            .percentMismatch: "A stated percent is further than half a unit of its last digit from the count divided by every plausible base.",
            .percentSum: "The percents of a complete list of exclusive levels do not add up to 100%.",
            .quotaExceeded: "From 2018, the approved or reported HTXSNV count is more than 20% of the exclusive HTTNV count of the same subject and year.",
            .figuresSwapped: "The proposed and approved lists hold the same numbers on different levels.",
            .invalidDate: "A date that is not on the calendar (31/11, 29/02 of a common year, month 13).",
            .rangeReversed: "A date range ends before it starts.",
            .dateAfterPublication: "An event reported as done is dated after the article was published (deadlines and plans excepted).",
            .yearMismatch: "The rated year in the title differs from the one in the body.",
            .crossArticleMismatch: "Two different articles give different figures for the same organization, year, subject, stage and level.",
        ],
        ruleExamples: [
            .sumMismatch: "“866 members rated: 120 HTXSNV, 700 HTTNV, 40 HTNV” (120 + 700 + 40 = 860, not 866).",
            .stageTotalMismatch: "Proposed 21 + 6 = 27 party cells, approved 6 + 22 = 28.",
            .percentMismatch: "“6 cells HTXSNV, 30%” out of 27 cells (6 ÷ 27 = 22.2%).",
            .percentSum: "“HTXSNV 15%, HTTNV 80%, HTNV 3%” sums to 98%.",
            .quotaExceeded: "6 party cells HTXSNV are 28.6% of the 21 HTTNV, above the 20% cap.",
            .figuresSwapped: "Thượng Thanh 2020: proposed 21 HTXSNV / 6 HTTNV, approved 6 HTXSNV / 21 HTTNV.",
            .invalidDate: "“ngày 31/11/2020” (30 November is the last day).",
            .rangeReversed: "“from 20/12 to 15/12/2020”.",
            .dateAfterPublication: "Published 08/12/2020, a meeting “held on 15/12/2020”.",
            .yearMismatch: "Title “… năm 2020”, body “results of the 2019 rating”.",
            .crossArticleMismatch: "One article gives 46 HTTNV party cells for commune X in 2020, another 48.",
        ])
}
