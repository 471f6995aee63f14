/// When two articles name the same body (RECORDS.md `organization.key`).
///
/// A name is *generic* when nothing in it but generic words tells the body
/// apart from others of its kind ("Đảng ủy cơ quan Đảng", "Đảng ủy Khối
/// Doanh nghiệp", "Đảng ủy Quân sự thành phố"): such a body is identified only
/// together with a specific parent, and never compared across articles
/// without one.
public enum OrganizationIdentity {
    /// Lower-case words that name a kind of body or unit, not a particular one.
    public static let genericWords: Set<String> = [
        "đảng", "ủy", "bộ", "chi", "cơ", "quan", "khối", "doanh", "nghiệp", "đoàn", "thể", "chính", "quyền",
        "quân", "sự", "công", "an", "trường", "bệnh", "viện", "huyện", "tỉnh", "thành", "phố", "thị", "xã",
        "phường", "trấn", "quận", "các", "sở", "ban", "ngành", "mặt", "trận", "tổ", "quốc", "dân", "nhân",
        "hội", "đồng", "và", "-", "–", "trung", "ương", "tâm", "y", "tế", "giáo", "dục", "học", "mầm", "non",
        "tiểu", "trung", "phổ", "thông", "cao", "đẳng", "đại", "văn", "phòng", "hành", "chính", "nhà", "nước",
        "biên", "phòng", "bộ", "đội", "lực", "lượng", "vũ", "trang", "cấp", "cơ", "sở", "ủy", "uỷ", "tp", "tp.",
    ]

    /// Whether `name` is generic: no word outside `genericWords` (case-insensitive).
    public static func isGeneric(_ name: String) -> Bool {
        let words = name.split { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }.map { $0.lowercased() }
        return !words.contains { !genericWords.contains($0) }
    }
}
