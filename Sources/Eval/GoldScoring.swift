import Foundation

/// Scoring of extracted records against hand-made gold records (`NN.gold.json`),
/// rule for rule as the reference scorer `score_gold.py` of the real
/// development set does it:
///
/// - each list field becomes comparison keys: ratings (subject, stage, level,
///   count, percent rounded to 2) plus the keys of their `stage_alt` /
///   `subject_alt` alternatives; dates (start, end, grain); documents (kind
///   upper-cased, number without leading zeros, issuer upper-cased);
///   officials (case-folded name); totals (subject, what, count); findings (rule);
/// - dates on both sides are first reduced to the comparable ones
///   (`comparableDates`);
/// - a fact the extractor repeats counts once (findings excepted);
/// - gold items are matched greedily in gold order against a multiset of
///   predicted keys; `optional` and `borderline` gold items are neither
///   missed nor, when matched, false hits;
/// - year, organization (`GoldText.orgKey`) and published day (first 10
///   characters) are accuracies over the articles.
public enum GoldScoring {
    /// The list fields scored, in report order.
    public static let fields = ["ratings", "dates", "documents", "officials", "totals", "findings"]
    /// The per-article accuracies, in report order.
    public static let accuracies = ["year", "organization", "published"]

    /// `key_rating(r, stage)`.
    static func ratingKey(_ r: JSONValue, subject: JSONValue, stage: JSONValue) -> GoldKey {
        let st = stage.truthy ? stage : r["stage"]
        let p = r["percent"]
        let percent: KeyAtom
        switch p {
        case .null: percent = .none
        case .string(let s):
            // float("62.62") works in Python; text that is no number would stop the scorer.
            let t = s.trimmingCharacters(in: .whitespaces)
            percent = Double(t).map { .number(GoldText.round2($0)) } ?? .other("float(\(p.pythonRepr))")
        default:
            percent = p.number.map { .number(GoldText.round2($0)) } ?? .other("float(\(p.pythonString))")
        }
        return [subject.atom, st.atom, r["level"].atom, r["count"].atom, percent]
    }

    /// `rating_keys(r)`: the rating's key, then those of its accepted alternatives.
    static func ratingKeys(_ r: JSONValue) -> [GoldKey] {
        var keys = [ratingKey(r, subject: r["subject"], stage: .null)]
        let subjects = [r["subject"]] + (r["subject_alt"].truthy ? [r["subject_alt"]] : [])
        let stages = [r["stage"]] + (r["stage_alt"].truthy ? [r["stage_alt"]] : [])
        for subject in subjects {
            for stage in stages {
                let k = ratingKey(r, subject: subject, stage: stage)
                if !keys.contains(k) { keys.append(k) }
            }
        }
        return keys
    }

    /// The comparison keys of one item of `field`, the item's own key first.
    public static func keys(_ field: String, _ item: JSONValue) -> [GoldKey] {
        switch field {
        case "ratings": return ratingKeys(item)
        case "dates": return [[item["start"].atom, item["end"].atom, item["grain"].atom]]
        case "documents":
            return [[.str(GoldText.upper(GoldText.norm(item["kind"]) ?? "")), .str(GoldText.number(item["number"])),
                     .str(GoldText.upper(GoldText.norm(item["issuer"]) ?? ""))]]
        case "officials": return [[.str(GoldText.casefold(GoldText.norm(item["name"]) ?? ""))]]
        case "totals": return [[item["subject"].atom, item["what"].atom, item["count"].atom]]
        case "findings": return [[item["rule"].atom]]
        default: return [[.other("unknown field \(field)")]]
        }
    }

    /// `comparable_dates(dates, gold)`: the distinct (start, end, grain) values,
    /// leaving out single bare years (the record's `year` holds them), single
    /// days equal to a date of the gold's documents, and the gold's published day.
    public static func comparableDates(_ dates: JSONValue, gold: JSONValue) -> [JSONValue] {
        var skip: [KeyAtom] = gold["documents"].items.compactMap { $0["date"].truthy ? $0["date"].atom : nil }
        if gold["published"].truthy { skip.append(.str(prefix10(gold["published"]))) }
        var seen: Set<GoldKey> = []
        var out: [JSONValue] = []
        for d in dates.items {
            let k: GoldKey = [d["start"].atom, d["end"].atom, d["grain"].atom]
            if d["grain"] == .string("year"), k[0] == k[1] { continue }
            if k[0] == k[1], skip.contains(k[0]) { continue }
            if seen.insert(k).inserted { out.append(d) }
        }
        return out
    }

    /// `(x or "")[:10]` of a published value.
    static func prefix10(_ v: JSONValue) -> String {
        guard v.truthy else { return "" }
        return GoldText.string(Array(v.pythonString.unicodeScalars.prefix(10)))
    }

    /// `distinct(items, keyf)`: items whose own key was not seen before.
    static func distinct(_ items: [JSONValue], _ field: String) -> [JSONValue] {
        var seen: Set<GoldKey> = []
        return items.filter { seen.insert(keys(field, $0)[0]).inserted }
    }

    /// The outcome of matching one field of one article.
    public struct Match: Sendable, Equatable {
        public var tp = 0, fp = 0, fn = 0
        /// Required gold items not found (their own key), in gold order.
        public var missed: [GoldKey] = []
        /// Predicted keys left over, in prediction order (one per unit left).
        public var falseHits: [GoldKey] = []

        public init() {}
    }

    static func isSoft(_ g: JSONValue) -> Bool { g["optional"].truthy || g["borderline"].truthy }

    /// `match(gold, pred, keyf)`: greedy multiset matching in gold order,
    /// required items first, then the optional and borderline ones (which
    /// only take their match out of the pool).
    public static func match(gold: [JSONValue], predicted: [JSONValue], field: String) -> Match {
        var pool: [GoldKey: Int] = [:]
        var order: [GoldKey] = []
        for p in predicted {
            let k = keys(field, p)[0]
            if pool[k] == nil { order.append(k) }
            pool[k, default: 0] += 1
        }
        var m = Match()
        for g in gold where !isSoft(g) {
            let ks = keys(field, g)
            if let hit = ks.first(where: { (pool[$0] ?? 0) > 0 }) {
                pool[hit]! -= 1
                m.tp += 1
            } else {
                m.fn += 1
                m.missed.append(ks[0])
            }
        }
        for g in gold where isSoft(g) {
            if let hit = keys(field, g).first(where: { (pool[$0] ?? 0) > 0 }) { pool[hit]! -= 1 }
        }
        for k in order {
            let left = pool[k] ?? 0
            if left > 0 { m.fp += left; m.falseHits += Array(repeating: k, count: left) }
        }
        return m
    }

    /// One article scored: its field matches and accuracies.
    public struct Article: Sendable {
        /// The gold file's stem ("01").
        public var stem: String
        /// Per field, in `fields` order.
        public var matches: [String: Match]
        public var yearCorrect: Bool
        public var organizationCorrect: Bool
        /// nil when the gold has no `published` key (not counted).
        public var publishedCorrect: Bool?
        /// The compared values, for listing the wrong ones.
        public var year: (gold: String, predicted: String)
        public var organization: (gold: String, predicted: String)
        public var published: (gold: String, predicted: String)
    }

    /// Scores one extracted record (`.object([:])` when the article gave none) against its gold.
    public static func score(stem: String, gold: JSONValue, record: JSONValue) -> Article {
        let goldDates = comparableDates(gold["dates"], gold: gold)
        let recordDates = comparableDates(record["dates"], gold: gold)
        var matches: [String: Match] = [:]
        for f in fields {
            let g = f == "dates" ? goldDates : gold[f].items
            var p = f == "dates" ? recordDates : record[f].items
            if f != "findings" { p = distinct(p, f) }  // a repeated identical fact counts once
            matches[f] = match(gold: g, predicted: p, field: f)
        }
        let goldOrg = gold["organization"].truthy ? gold["organization"]["name"] : .null
        let recOrg = record["organization"].truthy ? record["organization"]["name"] : .null
        let go = GoldText.orgKey(goldOrg), ro = GoldText.orgKey(recOrg)
        let gp = prefix10(gold["published"]), rp = prefix10(record["published"])
        return Article(stem: stem, matches: matches,
                       yearCorrect: gold["year"] == record["year"],
                       organizationCorrect: go.unicodeScalars.elementsEqual(ro.unicodeScalars),
                       publishedCorrect: gold.has("published") ? gp.unicodeScalars.elementsEqual(rp.unicodeScalars) : nil,
                       year: (gold["year"].pythonRepr, record["year"].pythonRepr),
                       organization: (go, ro), published: (gp, rp))
    }
}

/// Micro precision, recall and F1 of one field (`f1()` of the reference scorer).
public struct GoldFieldScore: Sendable, Equatable, Codable {
    public var field: String
    public var tp = 0, fp = 0, fn = 0

    public init(field: String, tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        self.field = field; self.tp = tp; self.fp = fp; self.fn = fn
    }

    /// 1 when nothing was predicted and nothing missed, 0 when nothing was predicted but something missed.
    public var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : (fn == 0 ? 1 : 0) }
    /// 1 when nothing was expected.
    public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1 }
    public var f1: Double {
        let p = precision, r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
}
