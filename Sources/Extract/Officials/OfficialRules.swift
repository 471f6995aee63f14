import KiemdiemCore
import KiemdiemTokenize

/// The patterns behind `OfficialExtractor`.
struct OfficialRules {
    var titleHeads = PhraseTable<Bool>()
    var surnames: Set<String> = []
    /// Words that introduce a person ("đồng chí", "đ/c", "ông", "bà").
    var introducers = PhraseTable<Bool>()

    /// Lower-case words that may continue a title after its head
    /// ("Bí thư" + "Đảng ủy phường").
    static let tailWords: Set<String> = [
        "phường", "xã", "quận", "huyện", "thị", "trấn", "tỉnh", "thành", "phố", "chi", "bộ", "đảng", "ủy",
        "ban", "nhân", "dân", "thường", "trực", "vụ", "khóa", "tổ", "khu", "cư", "ấp", "thôn", "bản", "xóm",
        "kiểm", "tra", "tuyên", "giáo", "vận", "chức", "hội", "đồng", "mặt", "trận", "quốc", "cựu", "chiến",
        "binh", "nông", "phụ", "nữ", "liên", "hiệp", "đoàn", "thanh", "niên", "công", "an", "quân", "sự",
        "chỉ", "huy", "trưởng", "văn", "phòng", "chấp", "hành", "ủy", "viên", "cơ", "quan", "khối", "trường",
        "sở", "người", "cao", "tuổi", "chữ", "thập", "đỏ", "việt", "nam", "mttq", "ubmttq", "tổ", "quốc",
        "tịch", "phó", "lao", "động", "liên", "đoàn", "dân", "vận", "đặc", "khu", "số", "thị", "xã",
        "nhân", "dân", "hđnd", "ubnd", "bch", "btv", "ương", "trị", "quản", "nhà", "ty", "phần", "đại", "biểu", "hội", "sát", "án", "tòa", "lực", "lượng", "vũ", "trang",
    ]
    /// Names that are not officials of the article: the national hero whose
    /// name is also in organization and school names, and common street names.
    static let notOfficials: Set<String> = ["Hồ Chí Minh", "Nguyễn Ái Quốc", "Tôn Đức Thắng", "Nguyễn Du", "Nguyễn Trãi",
                                            "Lê Lợi", "Trần Hưng Đạo", "Lý Thường Kiệt", "Võ Thị Sáu", "Lê Quý Đôn", "Chu Văn An"]
    /// Words after which a capitalized run is a place or school name, not a person.
    static let placeWords: Set<String> = ["thcs", "thpt", "th", "học", "trường", "đường", "phố", "phường", "xã", "đoàn",
                                          "tncs", "non", "quận", "huyện", "tỉnh", "khu", "thôn", "ấp", "bản"]

    static let academic: Set<String> = ["ths.", "ts.", "pgs.", "gs.", "bs.", "pgs.ts.", "gs.ts.", "ths", "ts"]

    static let middleNames: Set<String> = [
        "Thị", "Văn", "Đức", "Hữu", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Đình", "Công", "Trọng", "Quốc",
        "Thành", "Hồng", "Kim", "Bá", "Duy", "Mạnh", "Huy", "Tiến", "Viết", "Như", "Phương", "Thu", "Anh",
    ]

    init() throws {
        let tokenizer = try Tokenizer()
        for line in try ResourceLocator.lexiconLines("titles.txt") { titleHeads.add(line, true, tokenizer: tokenizer) }
        surnames = Set(try ResourceLocator.lexiconLines("surnames.txt"))
        for w in ["đồng chí", "đ/c", "ông", "bà", "các đồng chí", "đồng chí:", "các đồng chí:"] {
            introducers.add(w, true, tokenizer: tokenizer)
        }
    }

    // MARK: Pieces

    /// A run of capitalized syllables at `i` (at most `limit`), stopping before a title head.
    func capitalRun(_ t: ArticleTokens, _ i: Int, limit: Int = 5) -> Int {
        var n = 0
        while n < limit, t.kind(i + n) == .syllable, t.isCapitalized(i + n), t.sameLine(i, i + n),
              n == 0 || titleHeads.match(t, at: i + n) == nil {
            n += 1
        }
        return n
    }

    /// One title at `i`: head + unit words. Returns the last token index.
    func title(_ t: ArticleTokens, _ i: Int) -> Int? {
        // "nguyên Bí thư …" (former), "Q. Chủ tịch …" (acting): the prefix belongs to the title.
        if let w = t.word(i), ["nguyên", "q."].contains(w), titleHeads.match(t, at: i + 1) != nil {
            guard let end = title(t, i + 1) else { return nil }
            return end
        }
        guard let head = titleHeads.match(t, at: i) else { return nil }
        // A capitalized head must start with a capital, unless written all lower case.
        var j = i + head.length
        while j < t.count, t.sameLine(i, j) {
            if t.kind(j) == .abbreviation || (t.kind(j) == .syllable && t.isCapitalized(j)) {
                j += 1; continue
            }
            if t.kind(j) == .syllable, OfficialRules.tailWords.contains(t.lower[j]) {
                // "thành phố" but not "thành viên"…; a lone "và"/"kiêm" is handled by the caller.
                j += 1; continue
            }
            if t.kind(j) == .number, let prev = t.word(j - 1), ["phường", "số", "khóa", "tổ", "khu", "quận"].contains(prev) {
                j += 1; continue
            }
            break
        }
        // Trailing lower-case connector words are not part of a title.
        var end = j - 1
        while end > i + head.length - 1, t.kind(end) == .syllable, !t.isCapitalized(end),
              t.isAnyWord(end, ["số", "thị", "thành", "chi", "phó", "tổ"]) {
            end -= 1
        }
        return end
    }

    /// Titles in a list at `i` ("Bí thư Đảng ủy, Chủ tịch HĐND phường"):
    /// each title's token range, and the index after the list.
    /// Whether a title (with its prefix) starts at `i`.
    func startsTitle(_ t: ArticleTokens, _ i: Int) -> Bool {
        if titleHeads.match(t, at: i) != nil { return true }
        if let w = t.word(i), ["nguyên", "q."].contains(w) { return titleHeads.match(t, at: i + 1) != nil }
        return false
    }

    func titleList(_ t: ArticleTokens, _ i: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var j = i
        while let end = title(t, j) {
            out.append((j, end))
            var k = end + 1
            guard let w = t.word(k), [",", "kiêm", "và"].contains(w) else { break }
            k += 1
            if t.isWord(at: k, "kiêm") { k += 1 }
            guard startsTitle(t, k), introducers.match(t, at: k) == nil else { break }
            j = k
        }
        return out
    }

    /// Where a person's name begins inside a capitalized run `a..<b`: the
    /// first surname that leaves 2–4 syllables, preferring one followed by a middle name.
    func nameStart(_ t: ArticleTokens, _ a: Int, _ b: Int) -> Int? {
        var fallback: Int? = nil
        for k in a..<b where surnames.contains(t.texts[k]) {
            let len = b - k
            guard (2...4).contains(len) else { continue }
            if len >= 3, OfficialRules.middleNames.contains(t.texts[k + 1]) { return k }
            if fallback == nil { fallback = k }
        }
        return fallback
    }

    // MARK: Patterns

    func officials(_ t: ArticleTokens) -> [Official] {
        var found: [(name: String, titles: [String], span: Span)] = []
        func add(name: (Int, Int), titles: [(Int, Int)]) {
            guard !titles.isEmpty else { return }
            let nameText = t.text(name.0, name.1)
            if OfficialRules.notOfficials.contains(nameText) { return }
            let titleTexts = titles.map { t.text($0.0, $0.1) }
            let lo = min(name.0, titles.first!.0), hi = max(name.1, titles.last!.1)
            if let k = found.firstIndex(where: { $0.name == nameText }) {
                for x in titleTexts where !found[k].titles.contains(x) { found[k].titles.append(x) }
            } else {
                found.append((nameText, titleTexts, t.span(lo, hi)))
            }
        }

        var i = 0
        while i < t.count {
            // 1. "đồng chí X - titles" / "đ/c X, titles".
            if let intro = introducers.match(t, at: i) {
                var n = i + intro.length
                if t.isWord(at: n, ":") { n += 1 }
                // Academic prefixes before the name: "đồng chí ThS. Nguyễn Văn A".
                while let w = t.word(n), OfficialRules.academic.contains(w) { n += 1 }
                let len = capitalRun(t, n)
                if len >= 2 {
                    var k = n + len
                    if let w = t.word(k), ["-", ",", ":", "("].contains(w) { k += 1 }
                    let titles = titleList(t, k)
                    if !titles.isEmpty {
                        add(name: (n, n + len - 1), titles: titles)
                        i = titles.last!.1 + 1
                        continue
                    }
                }
                i = n
                continue
            }
            // 2. "X - titles" where X starts with a surname.
            if t.isCapitalized(i), surnames.contains(t.texts[i]) {
                let len = capitalRun(t, i)
                if len >= 2 {
                    var k = i + len
                    if let w = t.word(k), ["-", ",", ":", "("].contains(w) { k += 1 }
                    let titles = titleList(t, k)
                    if !titles.isEmpty {
                        add(name: (i, i + len - 1), titles: titles)
                        i = titles.last!.1 + 1
                        continue
                    }
                }
            }
            // 3. "Bí thư Huyện ủy X": a title followed by a name.
            if titleHeads.match(t, at: i) != nil, let end = title(t, i) {
                // The name may be the tail of the title's capitalized words.
                var runStart = end + 1
                while runStart > i + 1, t.kind(runStart - 1) == .syllable, t.isCapitalized(runStart - 1) { runStart -= 1 }
                let runEnd = end + 1 + capitalRun(t, end + 1)
                if let s = nameStart(t, max(runStart, i + 1), runEnd), s > i,
                   !(s == max(runStart, i + 1) && OfficialRules.placeWords.contains(t.lower[s - 1])) {
                    add(name: (s, runEnd - 1), titles: [(i, s - 1)])
                    i = runEnd
                    continue
                }
                // "Bí thư Đảng ủy phường, đồng chí X".
                if t.isWord(at: end + 1, ","), let intro = introducers.match(t, at: end + 2) {
                    let n = end + 2 + intro.length
                    let len = capitalRun(t, n)
                    if len >= 2 {
                        add(name: (n, n + len - 1), titles: [(i, end)])
                        i = n + len
                        continue
                    }
                }
                i = end + 1
                continue
            }
            i += 1
        }
        return found.map { Official(name: $0.name, titles: $0.titles, span: $0.span) }
    }
}
