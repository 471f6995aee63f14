import KiemdiemCore
import KiemdiemTokenize
import KiemdiemNormalize

/// One party body named in a text ("Đảng ủy phường Thượng Thanh").
struct OrgMention: Equatable {
    enum Kind: String { case committee, party, cell }
    var kind: Kind
    /// "Đảng ủy", "Quận ủy"… as the canonical head of the name.
    var head: String
    var unit: String?
    var place: String?
    /// Where the mention is, in its own text.
    var span: Span
    var inTitle: Bool
    /// Named as someone's superior ("trực thuộc Tỉnh ủy X").
    var isSuperior = false
    /// Named after "của" ("Kế hoạch số … của Huyện ủy X"): an issuer or owner, a weak candidate.
    var isOwner = false

    var name: String { [head, unitWordInName, place].compactMap { $0 }.joined(separator: " ") }
    /// Unit word written inside the name ("phường" in "Đảng ủy phường X"); nil for "Quận ủy X".
    var unitWordInName: String?

    /// Level: 0 chi bộ, 1 commune and similar, 2 district, 3 province.
    var rank: Int {
        switch unit {
        case "chi bộ"?: return 0
        case "khối"?: return 2
        case "phường"?, "xã"?, "thị trấn"?, "cơ quan"?, "trường"?, "công ty"?: return 1
        case "quận"?, "huyện"?, "thị xã"?, "thành phố"?: return 2
        case "tỉnh"?: return 3
        default: return 1
        }
    }
}

/// The patterns behind `OrganizationExtractor`.
struct OrganizationRules {
    /// Folds names for keys (ICU, through KiemdiemNormalize).
    let folder: Folder
    func fold(_ s: String) -> String { folder.fold(s) }
    var kinds = PhraseTable<(OrgMention.Kind, String?, String)>()
    var units = PhraseTable<String>()

    /// Units that are bodies rather than places; their names are kept as written.
    /// Territorial units; every other unit of `admin_units.txt` is a body ("bệnh viện", "công an") whose name is kept as written.
    static let territorialUnits: Set<String> = ["phường", "xã", "thị trấn", "quận", "huyện", "thị xã", "thành phố", "tỉnh"]
    static let bodyUnits: Set<String> = ["khối", "cơ quan", "công ty", "trường", "bệnh viện", "trung tâm", "sở", "công an",
                                         "quân sự", "viện kiểm sát", "đại học", "học viện", "tập đoàn", "ngân hàng",
                                         "văn phòng", "biên phòng", "ban"]

    /// Family names (lexicons/surnames.txt), to tell where a place name stops and a person's begins.
    var surnames: Set<String> = []

    init() throws {
        folder = try Folder()
        surnames = Set(try ResourceLocator.lexiconLines("surnames.txt"))
        let tokenizer = try Tokenizer()
        for row in try lexiconRows("organization_kinds.txt") where row.count >= 3 {
            guard let kind = OrgMention.Kind(rawValue: row[1]) else { continue }
            kinds.add(row[0], (kind, row[2] == "-" ? nil : row[2], row[0]), tokenizer: tokenizer)
        }
        for row in try lexiconRows("admin_units.txt") where row.count >= 2 {
            units.add(row[0], row[1], tokenizer: tokenizer)
        }
    }

    /// A place name at `i`: capitalized syllables and numbers on one line.
    func placeRun(_ t: ArticleTokens, _ i: Int, extended: Bool = false) -> Int {
        var n = 0
        while i + n < t.count, t.sameLine(i, i + n) {
            let k = i + n
            if t.kind(k) == .syllable || t.kind(k) == .abbreviation, t.isCapitalized(k), t.texts[k] != "TP." { n += 1; continue }
            if t.kind(k) == .number, n == 0 || t.kind(k - 1) == .syllable { n += 1; continue }
            // "Tổ dân phố số 5": lower-case words inside a capitalized place.
            if n > 0, t.kind(k) == .syllable, t.isAnyWord(k, ["dân", "phố", "số", "cư", "nghiệp", "học", "sở"]),
               t.isCapitalized(i) { n += 1; continue }
            // "Khối Các cơ quan", "Cơ quan UBND huyện Mỹ Lâm", "Công ty Cổ phần Cơ khí Sơn Hà".
            if extended, n > 0, t.kind(k) == .syllable, t.isCapitalized(i),
               t.isAnyWord(k, OrganizationRules.lowerWordsInBodyNames)
                || (t.isAnyWord(k, ["huyện", "tỉnh", "quận", "thị", "xã", "phường", "thành"]) && t.isCapitalized(k + 1)) {
                n += 1; continue
            }
            break
        }
        // A headline's words after the name end it: "Chi bộ TRỰC THUỘC …", "Huyện ủy X TỔ CHỨC HỘI NGHỊ …".
        for k in (i + 1)..<max(i + 1, i + n) where OrganizationRules.headlinePhrases.contains(where: { t.matches(k, $0) }) {
            n = k - i; break
        }
        // A person's name after the place ends it: "Huyện ủy Kim Thành Lê Anh Dũng": a
        // surname past the first two syllables followed by one to three capitalized syllables.
        if n >= 4 {
            for k in (i + 2)..<(i + n - 1) where surnames.contains(t.texts[k]) && i + n - k >= 3 && i + n - k <= 4 {
                n = k - i; break
            }
        }
        // An all-capital title goes on after the name: "Huyện ủy LỆ THỦY TRIỂN KHAI …" keeps two syllables,
        // the length of most place names, when more than three capital words follow on the line.
        if n > 3, !extended, (i..<(i + n)).allSatisfy({ t.kind($0) != .syllable || t.texts[$0] == t.texts[$0].uppercased() }) {
            n = 2
        }
        // Trailing lower-case words do not end a place.
        while n > 0, t.kind(i + n - 1) == .syllable, !t.isCapitalized(i + n - 1),
              !t.isAnyWord(i + n - 1, ["nghiệp", "học", "quan", "khí", "tế", "khoa", "dục", "tạo", "thuật", "thao", "lịch", "sự",
                                       "ương", "ủy", "lạc", "hóa", "thể", "trị"]) { n -= 1 }
        return n
    }

    /// Two-word phrases of headlines and reports that are never part of a place or body name.
    static let headlinePhrases: [[String]] = [["trực", "thuộc"], ["tổ", "chức"], ["hội", "nghị"], ["đại", "hội"], ["triển", "khai"],
                                              ["kỷ", "niệm"], ["tổng", "kết"], ["công", "tác"], ["nhiệm", "kỳ"], ["kiểm", "điểm"],
                                              ["đánh", "giá"], ["xếp", "loại"], ["trao", "tặng"], ["huy", "hiệu"], ["quán", "triệt"],
                                              ["sơ", "kết"], ["lãnh", "đạo"], ["thực", "hiện"]]

    /// Whether `place` is only a lower-case level word ("tỉnh", "huyện"), as in "Đảng bộ Công an tỉnh".
    static func isLevelWord(_ place: String) -> Bool { territorialUnits.contains(place) }

    /// Lower-case words inside a capitalized body name ("Cơ quan UBND", "Bệnh viện Đa khoa", "Sở Giáo dục và Đào tạo").
    static let lowerWordsInBodyNames = ["cơ", "quan", "phần", "khí", "doanh", "nghiệp", "nhân", "dân", "tư", "pháp", "vụ",
                                        "tế", "khoa", "dục", "và", "tạo", "thuật", "thao", "lịch", "sự", "nghệ", "tin", "thông",
                                        "ương", "ủy", "liên", "lạc", "hóa", "thể", "y", "chính", "trị"]

    /// Residential units a chi bộ is named after, lowercase before the name.
    static let residentialWords: [[String]] = [
        ["tổ", "dân", "phố"], ["khu", "dân", "cư"], ["khu", "phố"], ["thôn"], ["xóm"], ["ấp"], ["bản"], ["khóm"], ["làng"],
    ]

    /// Every party body named with a place in `t`.
    func mentions(_ t: ArticleTokens, inTitle: Bool) -> [OrgMention] {
        var out: [OrgMention] = []
        var i = 0
        while i < t.count {
            guard let m = kinds.match(t, at: i) else { i += 1; continue }
            let (kind, impliedUnit, head) = m.value
            // A named chi bộ is written with a capital: "Chi bộ Khu phố 3", not "06 chi bộ Hoàn thành…".
            if kind == .cell, !t.isCapitalized(i) { i += m.length; continue }
            var j = i + m.length
            var unit = impliedUnit
            var unitWord: String? = nil
            // "Đảng ủy phường X"; a chi bộ keeps "Trường …" in its place name.
            if unit == nil, let u = units.match(t, at: j) {
                unit = u.value
                unitWord = t.text(j, j + u.length - 1)
                if unitWord == "TP." { unitWord = "thành phố" }
                if !OrganizationRules.bodyUnits.contains(u.value) { unitWord = unitWord?.lowercased() }
                j += u.length
            }
            // A chi bộ of a residential unit keeps the unit word: "Chi bộ thôn Đông Hội".
            var residential = 0
            if kind == .cell, !t.isCapitalized(j), let r = OrganizationRules.residentialWords.first(where: { t.matches(j, $0) }) {
                residential = r.count
            }
            let run = placeRun(t, j + residential, extended: unit.map { OrganizationRules.bodyUnits.contains($0) } ?? false || kind == .cell)
            var placeLength = run > 0 ? run + residential : 0
            // "Đảng bộ Công an tỉnh", "Đảng ủy Quân sự huyện": a body of the level named by a lower-case word.
            if placeLength == 0, let u = unit, OrganizationRules.bodyUnits.contains(u), let lw = units.match(t, at: j),
               OrganizationRules.territorialUnits.contains(lw.value), !t.isCapitalized(j), !t.isCapitalized(j + lw.length) {
                placeLength = lw.length
            }
            if placeLength > 0, unit != nil {
                let place = t.text(j, j + placeLength - 1)
                var m = OrgMention(kind: kind, head: head, unit: unit, place: place,
                                   span: t.span(i, j + placeLength - 1), inTitle: inTitle, unitWordInName: unitWord)
                // "Đảng bộ xã X (trực thuộc Huyện ủy Y)", but not "các chi bộ trực thuộc Đảng ủy xã X".
                let lowerUnits = (max(0, i - 4)..<i).contains { t.matches($0, ["chi", "bộ"]) || t.matches($0, ["cơ", "sở"]) }
                m.isSuperior = (t.isWord(at: i - 1, "thuộc") && !lowerUnits) || (t.isWord(at: i - 1, "cáo") && t.isWord(at: i - 2, "báo"))
                // "… của Huyện ủy Đồng Hỷ", "sự đồng ý của Ban thường vụ Đảng ủy phường X": an issuer or
                // a superior named as the owner of something, not the body reporting.
                m.isOwner = t.isWord(at: i - 1, "của") || (t.isAnyWord(at: i - 1, ["vụ", "ủy"]) && (max(0, i - 5)..<i).contains { t.isWord($0, "của") })
                out.append(m)
                i = j + placeLength
            } else {
                if unitWord != nil, kind == .committee {
                    // "Đảng ủy xã" without a place: the committee is named.
                    out.append(OrgMention(kind: kind, head: head, unit: unit, place: nil, span: t.span(i, j - 1),
                                          inTitle: inTitle, unitWordInName: unitWord))
                }
                i = j
            }
        }
        return out
    }

    func organization(title: ArticleTokens?, body: ArticleTokens) -> Organization? {
        let titleAll = title.map { mentions($0, inTitle: true) } ?? []
        let bodyAll = mentions(body, inTitle: false)
        let placeless = (titleAll + bodyAll).filter { $0.place == nil }
        let titleMentions = titleAll.filter { $0.place != nil }
        let bodyMentions = bodyAll.filter { $0.place != nil }
        let all = titleMentions + bodyMentions
        // The reported body: the first mention in the title, else in the body,
        // preferring a commune-level or lower body over a higher one named in passing.
        // A body named only by its level ("Đảng bộ Quân sự tỉnh") is a weaker candidate than one named with its place.
        func strong(_ m: OrgMention) -> Bool { !m.isSuperior && !m.isOwner && !(m.place.map(OrganizationRules.isLevelWord) ?? false) }
        guard var main = titleMentions.first(where: strong) ?? bodyMentions.first(where: strong)
                ?? titleMentions.first(where: { !$0.isSuperior }) ?? bodyMentions.first(where: { !$0.isSuperior })
                ?? titleMentions.first ?? bodyMentions.first else { return nil }
        func samePlace(_ a: OrgMention, _ b: OrgMention) -> Bool { a.unit == b.unit && a.place == b.place }
        // The title may add where the body is ("Đảng ủy Khối Các cơ quan huyện Mỹ Lâm"): the body's shorter name wins.
        if main.inTitle, let b = bodyMentions.first(where: { $0.unit == main.unit && $0.head == main.head && $0.place != main.place
                && (main.place ?? "").hasPrefix(($0.place ?? "") + " ") }) {
            main.place = b.place
        }
        // "Đảng ủy" when the article names the committee anywhere.
        // Only "Đảng bộ X" → "Đảng ủy X": "Đảng bộ huyện X" stays as the article names it, not "Huyện ủy X".
        if main.kind == .party, let c = all.first(where: { $0.kind == .committee && $0.head == "Đảng ủy" && samePlace($0, main) })
            ?? placeless.first(where: { $0.head == "Đảng ủy" && $0.unit == main.unit && $0.unitWordInName == main.unitWordInName }) {
            main.kind = .committee; main.head = c.head
        }
        let span = bodyMentions.first(where: { samePlace($0, main) })?.span
        // The superior committee: the next level up, named anywhere.
        let stated = all.first { m in
            guard !samePlace(m, main), m.kind != .cell, m.rank >= main.rank || m.head == "Thành ủy" else { return false }
            return m.isSuperior
        }
        let parent = stated ?? all.first { m in
            guard !samePlace(m, main), m.kind != .cell else { return false }
            if m.head == "Thành ủy" { return main.rank == 1 || main.rank == 2 }
            return m.rank == main.rank + 1
        }
        var parentName: String? = nil
        if var p = parent {
            // As written, but "Đảng ủy" when the committee of that đảng bộ is named with its place.
            if p.kind == .party, let c = all.first(where: { $0.kind == .committee && samePlace($0, p) }) { p.head = c.head }
            parentName = p.name
        }
        return Organization(name: main.name, unit: main.unit, place: main.place, parent: parentName,
                            key: OrganizationRules.key(name: main.name, unit: main.unit, place: main.place, parent: parentName, fold: fold),
                            span: span)
    }

    /// Committee heads and the unit they stand for in a key ("Quận ủy Long Biên" → "quận Long Biên").
    static let headUnits: [(String, String)] = [("quận ủy ", "quận "), ("huyện ủy ", "huyện "), ("tỉnh ủy ", "tỉnh "),
                                                ("thành ủy ", "thành phố "), ("thị ủy ", "thị xã "), ("đảng ủy ", ""),
                                                ("đảng bộ ", ""), ("chi bộ ", "chi bộ ")]

    /// A name as a key part: lower case, the committee head as its unit, folded ("Quận ủy Long Biên" → "quan long bien").
    static func keyPart(_ name: String, fold: (String) -> String) -> String {
        var s = name.lowercased()
        for (head, unit) in headUnits where s.hasPrefix(head) { s = unit + s.dropFirst(head.count); break }
        return fold(s).split(separator: " ").joined(separator: " ")
    }

    /// RECORDS.md `organization.key`: the folded unit and place, with the parent
    /// where the name alone is generic; nil when a generic name has no specific parent.
    static func key(name: String, unit: String?, place: String?, parent: String?, fold: (String) -> String) -> String? {
        // A territorial unit and its place ("phường Thượng Thanh"); a body keeps its name as written.
        let written: String
        if let u = unit, !OrganizationRules.bodyUnits.contains(u) { written = u + " " + (place ?? "") } else { written = name }
        let own = keyPart(written, fold: fold)
        guard !own.isEmpty else { return nil }
        if !OrganizationIdentity.isGeneric(name) {
            return own
        }
        guard let p = parent, !OrganizationIdentity.isGeneric(p) else { return nil }
        return own + " / " + keyPart(p, fold: fold)
    }
}
