import KiemdiemCore

/// `cross_article_mismatch` (warning): two articles give different counts for
/// the same organization (normalized name), year, subject, stage and level.
/// Approximate and percent-only figures are not compared; "trở lên" figures
/// only with other "trở lên" figures. Each article gets one finding per
/// disagreeing figure, naming the other figures and (in `otherArticle`) the
/// first article that gives one. Copies and near-copies (`duplicateOf` set)
/// are left out: each post is counted once.
public struct CrossArticleMismatchRule: Sendable {
    public let rule = Rule.crossArticleMismatch
    public init() {}

    struct Key: Hashable {
        var org: String; var year: Int; var subject: Subject; var stage: Stage; var level: Level; var orAbove: Bool

        /// The findings' order: the order of the keys' descriptions (`"\(key)"`,
        /// "Key(org: \"…\", year: 2020, subject: KiemdiemCore.Subject.chiBo, …)"),
        /// which is how findings have always been listed, without describing
        /// each key by reflection. Comparing the fields' texts one after the
        /// other gives the same order: the quoted organization text ends at
        /// its only unescaped quote, so neither of two different ones is a
        /// prefix of the other, and the text after each other field starts
        /// with ",", which sorts before every digit and letter, as a shorter
        /// text sorts before a longer one it begins.
        var sortFields: [String] {
            [org.debugDescription, String(year), Self.subjectNames[subject]!, Self.stageNames[stage]!,
             Self.levelNames[level]!, orAbove ? "true" : "false"]
        }

        static func precedes(_ a: [String], _ b: [String]) -> Bool {
            for (x, y) in zip(a, b) where x != y { return x < y }
            return false
        }

        /// Case names as descriptions print them.
        static let subjectNames = Dictionary(uniqueKeysWithValues: Subject.allCases.map { ($0, String(describing: $0)) })
        static let stageNames = Dictionary(uniqueKeysWithValues: Stage.allCases.map { ($0, String(describing: $0)) })
        static let levelNames = Dictionary(uniqueKeysWithValues: Level.allCases.map { ($0, String(describing: $0)) })
    }
    /// `Key` with the organization as its number among the keys seen (cheaper to hash).
    struct NumberedKey: Hashable { var org: Int; var year: Int; var subject: Subject; var stage: Stage; var level: Level; var orAbove: Bool }

    /// Findings keyed by the article they belong to; each names the other article.
    public func findings(across records: [ArticleRecord]) -> [String: [Finding]] {
        var numbered: [NumberedKey: [(id: String, count: Int, span: Span, org: String)]] = [:]
        var orgNumbers: [String: Int] = [:]
        var orgKeys: [String] = []
        var spelling: [NumberedKey: String] = [:]
        for r in records.sorted(by: { $0.id < $1.id }) {
            // Each post once: a copy or near-copy (`duplicateOf`) is never compared with its original.
            guard r.duplicateOf == nil, let org = r.organization, let key0 = OrganizationName.comparisonKey(org) else { continue }
            let orgNumber: Int
            if let n = orgNumbers[key0] { orgNumber = n } else {
                orgNumber = orgKeys.count; orgNumbers[key0] = orgNumber; orgKeys.append(key0)
            }
            var seen = Set<NumberedKey>()
            for rating in r.ratings {
                guard let c = rating.count, !rating.approx, let y = rating.year ?? r.year else { continue }
                let k = NumberedKey(org: orgNumber, year: y, subject: rating.subject, stage: rating.stage, level: rating.level, orAbove: rating.orAbove)
                if seen.insert(k).inserted {
                    // The key keeps the spelling of its first article, as a `Key` dictionary would.
                    if numbered[k] == nil { spelling[k] = key0 }
                    numbered[k, default: []].append((r.id, c, rating.span, org.name))
                }
            }
        }
        // Back to keys with the organization's text, only for keys whose figures disagree.
        var figures: [Key: [(id: String, count: Int, span: Span, org: String)]] = [:]
        for (k, list) in numbered where Set(list.map(\.count)).count > 1 {
            figures[Key(org: spelling[k]!, year: k.year, subject: k.subject, stage: k.stage, level: k.level, orAbove: k.orAbove)] = list
        }
        var out: [String: [Finding]] = [:]
        // Only keys with disagreeing figures, in the order of their descriptions
        // (each described once: describing inside the comparator dominated the run time).
        let disagreeing = figures.filter { Set($0.value.map(\.count)).count > 1 }
        for k in disagreeing.keys.map({ ($0.sortFields, $0) }).sorted(by: { Key.precedes($0.0, $1.0) }).map(\.1) {
            let list = figures[k]!
            // The ids giving each count, in list order. When no id gives two
            // different counts (an id is the article's content hash, so it cannot),
            // every article giving count c sees the same other figures: describe
            // them once per count instead of once per article.
            var byCount: [Int: [String]] = [:]
            var countOfID: [String: Int] = [:]
            var oneCountPerID = true
            for b in list {
                byCount[b.count, default: []].append(b.id)
                if let c = countOfID.updateValue(b.count, forKey: b.id), c != b.count { oneCountPerID = false }
            }
            var perCount: [Int: (firstOther: String, described: String)] = [:]
            if oneCountPerID {
                let counts = byCount.keys.sorted()
                for c in counts {
                    var firstOther: String? = nil
                    var parts: [String] = []
                    for o in counts where o != c {
                        let ids = byCount[o]!
                        if let m = ids.min(), firstOther.map({ m < $0 }) ?? true { firstOther = m }
                        parts.append(Self.describe(ids, o))
                    }
                    if let firstOther { perCount[c] = (firstOther, parts.joined(separator: "; ")) }
                }
            }
            for a in list {
                // One finding per article and key, naming every other figure given.
                let firstOther: String, described: String
                if oneCountPerID {
                    guard let p = perCount[a.count] else { continue }
                    (firstOther, described) = p
                } else {
                    var others: [Int: [String]] = [:]
                    for b in list where b.id != a.id && b.count != a.count { others[b.count, default: []].append(b.id) }
                    guard let first = others.values.flatMap({ $0 }).min() else { continue }
                    firstOther = first
                    described = others.keys.sorted().map { Self.describe(others[$0]!, $0) }.joined(separator: "; ")
                }
                out[a.id, default: []].append(Finding(rule: rule, severity: .warning,
                    message: "This article gives \(a.count) \(k.stage.rawValue) \(k.level.rawValue)\(k.orAbove ? " or above" : "") \(Words.subject(k.subject)) for \(a.org) in \(k.year); \(described).",
                    spans: [a.span], otherArticle: firstOther))
            }
        }
        return out
    }

    /// "article X gives 5", or "3 articles give 5 (X, …)" with the first id in list order.
    static func describe(_ ids: [String], _ count: Int) -> String {
        ids.count == 1 ? "article \(ids[0]) gives \(count)" : "\(ids.count) articles give \(count) (\(ids[0]), …)"
    }
}

/// The comparison key of an organization name: case and spacing folded,
/// "Đảng ủy"/"Đảng bộ" treated alike (Swift strings compare and hash by
/// canonical equivalence, so NFC/NFD spellings give the same key) ("Đảng ủy phường X" = "Đảng bộ phường X").
public enum OrganizationName {
    /// The identity cross-article figures are compared under: the name's key,
    /// or nil for a generic name ("Đảng ủy cơ quan Đảng": `OrganizationIdentity`),
    /// which is never compared. The same from a full record and from the store's
    /// slim records, which keep the name alone.
    public static func comparisonKey(_ org: Organization) -> String? {
        OrganizationIdentity.isGeneric(org.name) ? nil : key(org.name)
    }

    public static func key(_ name: String) -> String {
        var s = name.lowercased()
        s = s.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        for prefix in ["đảng ủy ", "đảng uỷ ", "đảng bộ ", "ban chấp hành đảng bộ "] where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count))
            break
        }
        return s
    }
}
