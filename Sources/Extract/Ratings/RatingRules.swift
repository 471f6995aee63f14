import KiemdiemCore
import KiemdiemTokenize

/// The clause and sentence rules behind `RatingExtractor`.
///
/// A sentence is cut into clauses at ";", "," and "và" (never inside a level
/// phrase such as "trong sạch, vững mạnh"). A clause with a level phrase and a
/// figure is a rating: the count is the figure before the level (or after it,
/// "HTXSNV: 15 chi bộ"), the subject the noun beside the count (else the
/// last one named), the stage the last cue of the sentence before the level
/// ("tự nhận" → proposed, "công nhận" → approved, a committee that "đánh giá,
/// xếp loại" → approved), carried over the later clauses. Targets, awards,
/// badges, admissions, delegates and rule statements stop the rest of the sentence.
struct RatingRules {
    let lex: RatingLexicon

    struct Hit { var start: Int; var length: Int; var end: Int { start + length - 1 } }

    static let committeeWords: [[String]] = [["đảng", "ủy"], ["ban", "thường", "vụ"], ["quận", "ủy"], ["huyện", "ủy"],
                                             ["thị", "ủy"], ["thành", "ủy"], ["tỉnh", "ủy"], ["cấp", "ủy"], ["btv"]]
    static let rateVerbs: [[String]] = [["đánh", "giá"], ["xếp", "loại"], ["phân", "loại"], ["xem", "xét"]]
    static let committeePhrases = WordPhrases(committeeWords)
    static let rateVerbPhrases = WordPhrases(rateVerbs)
    /// The words a sentence is cut into clauses at.
    static let clauseSeparators = WordPhrases([[";"], [","], ["và"]])

    func extract(_ t: ArticleTokens, figures: [Figure], defaultYear: Int?) -> (ratings: [Rating], totals: [Total]) {
        var ratings: [Rating] = []
        var totals: [Total] = []
        var contextSubject: Subject? = nil
        var figureAt: [Int: Figure] = [:]
        for f in figures { figureAt[f.firstToken] = f }
        var used = Set<Int>()

        // Figures by sentence, so long texts stay linear.
        var bySentence: [Int: [Figure]] = [:]
        for f in figures { bySentence[t.sentenceOf[f.firstToken], default: []].append(f) }
        // A list introduced by a colon ("tự đánh giá như sau:" then "- 21 chi bộ …") carries
        // the stage and any stop of its head line over its items.
        var listHead: (stage: Stage?, stopped: Bool)? = nil
        for k in t.doc.sentences.indices {
            let r = t.sentenceTokens(k)
            if r.isEmpty { continue }
            let sentenceFigures = bySentence[k] ?? []
            let isItem = t.isAnyWord(r.lowerBound, ["-", "+", "•", "*", "–"])
            if !isItem { listHead = nil }
            let carried = isItem ? listHead : nil
            // 1. Phrases of the sentence.
            var levels: [(Hit, Level)] = []
            var subjects: [(Hit, Subject)] = []
            var cues: [(Int, Stage)] = []
            var stops: [Int] = []
            var years: [(Int, Int)] = []
            var i = r.lowerBound
            while i < r.upperBound {
                if let m = lex.levels.match(t, at: i), i + m.length <= r.upperBound {
                    levels.append((Hit(start: i, length: m.length), m.value)); i += m.length; continue
                }
                if let m = lex.nots.match(t, at: i) { stops.append(i); i += m.length; continue }
                if let m = lex.stages.match(t, at: i) { cues.append((i, m.value)); i += m.length; continue }
                if let m = lex.subjects.match(t, at: i) {
                    // "đồng chí" is a subject only as a count: "20 đồng chí".
                    if !t.isWord(at: i, "đồng") || figureAt[i - 1] != nil {
                        subjects.append((Hit(start: i, length: m.length), m.value))
                    }
                    i += m.length; continue
                }
                if t.isWord(at: i, "năm"), t.kind(i + 1) == .number, let y = Int(t.texts[i + 1]), (1945...2100).contains(y) {
                    years.append((i, y))
                }
                // "Đảng ủy phường đã xem xét, đánh giá" → approved.
                if let ci = RatingRules.committeePhrases.first(t, at: i),
                   !(t.isWord(at: i - 1, "thuộc") || t.isWord(at: i - 1, "của") || t.isWord(at: i - 1, "cho")) {
                    let n = RatingRules.committeeWords[ci].count
                    var j = i + n
                    while j < min(r.upperBound, i + n + 10), !t.isWord(at: j, ";") {
                        if RatingRules.rateVerbPhrases.first(t, at: j) != nil, !t.isWord(at: j - 1, "tự") {
                            cues.append((j, .approved)); break
                        }
                        j += 1
                    }
                }
                i += 1
            }
            if let c = carried {
                if let st = c.stage { cues.insert((r.lowerBound, st), at: 0) }
                if c.stopped { stops.insert(r.lowerBound, at: 0) }
            }
            // "Trên cơ sở đề xuất của các chi bộ, Đảng ủy quyết định …": a proposal
            // named as the basis ("đề nghị/đề xuất của …") sets no stage.
            cues.removeAll { $0.1 == .proposed && t.isWord($0.0, "đề") && t.isWord(at: $0.0 + 2, "của") }
            // "đề nghị Đảng ủy xem xét, công nhận …" is still a proposal.
            let proposals = cues.filter { $0.1 == .proposed && t.isAnyWord($0.0, ["đề", "kiến"]) }.map(\.0)
            cues = cues.filter { c in
                c.1 != .approved || !proposals.contains { $0 < c.0 && c.0 - $0 <= 12 }
            }.sorted { $0.0 < $1.0 }
            // 2. Clauses.
            var bounds: [Int] = [r.lowerBound]
            for j in r where RatingRules.clauseSeparators.first(t, at: j) != nil {
                if levels.contains(where: { $0.0.start <= j && j <= $0.0.end }) { continue }
                if subjects.contains(where: { $0.0.start <= j && j <= $0.0.end }) { continue }
                bounds.append(j)
            }
            bounds.append(r.upperBound)
            var lastRatingInSentence: Int? = nil
            for c in 0..<(bounds.count - 1) {
                let lo = bounds[c], hi = bounds[c + 1]   // clause tokens lo..<hi (lo may be the separator)
                let stopped = stops.contains { $0 < hi }
                let clauseLevels = levels.filter { $0.0.start >= lo && $0.0.start < hi }
                let clauseFigures = sentenceFigures.filter { $0.firstToken >= lo && $0.firstToken < hi && !used.contains($0.firstToken) }
                let clauseSubjects = subjects.filter { $0.0.start >= lo && $0.0.start < hi }
                defer { if let s = clauseSubjects.last?.1 { contextSubject = s } }
                if stopped { continue }
                if clauseLevels.isEmpty {
                    // "…, chiếm 25%": a percent for the figure before.
                    if let p = clauseFigures.first(where: { $0.isPercent }), let ri = lastRatingInSentence,
                       ratings[ri].percent == nil, clauseFigures.allSatisfy({ $0.isPercent }) {
                        ratings[ri].percent = p.value
                        let span = RatingRules.closingParenthesis(t, ratings[ri].span.union(p.span))
                        ratings[ri].span = span
                        ratings[ri].text = t.doc.sliceText(span.start, span.end)
                        used.insert(p.firstToken)
                        lastRatingInSentence = nil
                        continue
                    }
                    lastRatingInSentence = nil
                    continue
                }
                let countsBefore = clauseFigures.contains { $0.firstToken < clauseLevels[0].0.start }
                for (n, (hit, level)) in clauseLevels.enumerated() {
                    let prevEnd = n == 0 ? lo : clauseLevels[n - 1].0.end + 1
                    let nextStart = n + 1 < clauseLevels.count ? clauseLevels[n + 1].0.start : hi
                    let range = countsBefore ? prevEnd..<(hit.end + 1) : hit.start..<nextStart
                    var pool = clauseFigures.filter { range.contains($0.firstToken) && !used.contains($0.firstToken) }
                    // Percents after the level belong to it either way ("HTXSNV (chiếm 8,3%)").
                    if countsBefore {
                        pool += clauseFigures.filter { $0.isPercent && $0.firstToken > hit.end && $0.firstToken < nextStart && !used.contains($0.firstToken) }
                    }
                    let countFigure = countsBefore ? pool.last(where: { !$0.isPercent && $0.firstToken < hit.start })
                                                   : pool.first(where: { !$0.isPercent })
                    let percentFigure = pool.first(where: { $0.isPercent })
                    var orAbove = false
                    var levelEnd = hit.end
                    if t.matches(hit.end + 1, ["trở", "lên"]) { orAbove = true; levelEnd = hit.end + 2 }
                    var count = countFigure?.intValue
                    var zeroStart: Int? = nil
                    if countFigure == nil, percentFigure == nil {
                        // "không có đảng viên nào KHTNV" → 0.
                        if let z = (max(lo, hit.start - 8)..<hit.start).first(where: { t.matches($0, ["không", "có"]) }) {
                            count = 0; zeroStart = z
                        } else { continue }
                    }
                    // Subject: beside the count, else the nearest named in the clause, else the context.
                    var subject: Subject? = nil
                    var subjectHit: Hit? = nil
                    if let f = countFigure, let s = clauseSubjects.first(where: { $0.0.start > f.lastToken && ($0.0.start == f.lastToken + 1 || ($0.0.start == f.lastToken + 2 && t.isWord(f.lastToken + 1))) }) {
                        subject = s.1; subjectHit = s.0
                    } else if let f = percentFigure, let s = clauseSubjects.first(where: { $0.0.start > f.lastToken && ($0.0.start == f.lastToken + 1 || ($0.0.start == f.lastToken + 2 && t.isWord(f.lastToken + 1))) }) {
                        subject = s.1; subjectHit = s.0
                    } else if let s = clauseSubjects.last(where: { $0.0.start < hit.start }) {
                        subject = s.1; subjectHit = s.0
                    } else if let s = clauseSubjects.first(where: { $0.0.start > hit.end }) {
                        subject = s.1; subjectHit = s.0
                    } else {
                        subject = contextSubject ?? subjects.last(where: { $0.0.start < lo })?.1
                    }
                    guard let subj = subject else { continue }
                    let stage = cues.last(where: { $0.0 <= hit.end })?.1 ?? .reported
                    let year = years.last(where: { $0.0 < hit.start })?.1 ?? defaultYear
                    // Evidence: from the count (or percent, subject, level) to the end of the level or percent.
                    var startOffsets = [t.tokens[hit.start].start]
                    var endOffsets = [t.tokens[levelEnd].end]
                    if let f = countFigure { startOffsets.append(f.evidenceStart); endOffsets.append(f.span.end); used.insert(f.firstToken) }
                    if let f = percentFigure { startOffsets.append(f.evidenceStart); endOffsets.append(f.span.end); used.insert(f.firstToken) }
                    if let z = zeroStart { startOffsets.append(t.tokens[z].start) }
                    if let s = subjectHit, s.start >= lo {
                        startOffsets.append(t.tokens[s.start].start); endOffsets.append(t.tokens[s.end].end)
                    }
                    var span = Span(startOffsets.min()!, endOffsets.max()!)
                    span = RatingRules.closingParenthesis(t, span)
                    ratings.append(Rating(subject: subj, stage: stage, level: level, count: count,
                                          percent: percentFigure?.value, of: countFigure?.of,
                                          approx: (countFigure?.approx ?? false) || (countFigure == nil && (percentFigure?.approx ?? false)),
                                          year: year, orAbove: orAbove, text: t.doc.sliceText(span.start, span.end), span: span))
                    lastRatingInSentence = ratings.count - 1
                    if let s = subject { contextSubject = s }
                }
            }
            if t.isWord(r.upperBound - 1, ":") || (r.count > 1 && t.isWord(r.upperBound - 2, ":")) {
                listHead = (cues.last?.1, !stops.isEmpty)
            }
            totals += totalsIn(t, r, sentenceFigures, subjects, levels: levels, stopAt: stops.first,
                               used: &used, context: contextSubject)
        }
        return (ratings, totals)
    }

    /// Extends evidence that opens a parenthesis ("6 chi bộ HTXSNV (chiếm 22,2%") over its ")".
    static func closingParenthesis(_ t: ArticleTokens, _ span: Span) -> Span {
        // Parentheses counted on the scalars: among plain scalars (ScalarText.isPlain,
        // no combining mark or joiner) each "(" and ")" is a Character of its own.
        var open = 0, close = 0
        var plain = true
        for c in t.doc.scalars[span.start..<span.end] {
            if c == "(" { open += 1 } else if c == ")" { close += 1 } else if !ScalarText.isPlain(c.value) { plain = false; break }
        }
        if !plain {
            let text = t.doc.sliceText(span.start, span.end)
            open = text.filter { $0 == "(" }.count; close = text.filter { $0 == ")" }.count
        }
        guard open > close, let k = t.tokenIndex(atOrAfter: span.end), t.isWord(at: k, ")"),
              t.tokens[k].start == span.end else { return span }
        return Span(span.start, t.tokens[k].end)
    }

    // MARK: Totals

    static let evalWords: [[String]] = [["đánh", "giá"], ["xếp", "loại"], ["kiểm", "điểm"], ["phân", "loại"]]
    static let attendWords: [[String]] = [["dự", "họp"], ["tham", "dự"], ["dự", "hội", "nghị"], ["có", "mặt"], ["dự"]]
    static let evalPhrases = WordPhrases(evalWords)
    static let attendPhrases = WordPhrases(attendWords)

    /// How many tokens of `a..<b` lie outside parentheses.
    func outsideParentheses(_ t: ArticleTokens, _ a: Int, _ b: Int) -> Int {
        var depth = 0, n = 0
        for j in a..<max(a, b) {
            if t.isWord(j, "(") { depth += 1 } else if t.isWord(j, ")") { depth = max(0, depth - 1) } else if depth == 0 { n += 1 }
        }
        return n
    }

    /// Stated totals of one sentence among the figures no rating used:
    /// "tổng số 866 đảng viên" (all), "866 đảng viên được đánh giá, xếp loại"
    /// (evaluated), "miễn đánh giá 12" (exempt), "… chính thức" / "… dự bị",
    /// "… dự họp" (attended), "23 chi bộ trực thuộc" / "hiện có 12 đảng viên" (all).
    /// How far (in tokens) a total's clause is read before and after its figure.
    static let clauseWindow = 60

    func totalsIn(_ t: ArticleTokens, _ r: Range<Int>, _ figures: [Figure], _ subjects: [(Hit, Subject)],
                  levels: [(Hit, Level)], stopAt: Int?, used: inout Set<Int>, context: Subject?) -> [Total] {
        var out: [Total] = []
        func find(_ words: [[String]], in range: Range<Int>) -> Int? {
            guard !range.isEmpty else { return nil }
            for j in range { for w in words where t.matches(j, w) { return j } }
            return nil
        }
        func find(_ phrases: WordPhrases, in range: Range<Int>) -> Int? {
            guard !range.isEmpty else { return nil }
            for j in range where phrases.first(t, at: j) != nil { return j }
            return nil
        }
        let figureStarts = Set(figures.map(\.firstToken))
        for f in figures where !f.isPercent && !used.contains(f.firstToken) {
            guard let n = f.intValue, f.of == nil || true else { continue }
            if let s = stopAt, f.firstToken > s { continue }
            let subjectHit = subjects.first(where: { $0.0.start > f.lastToken && ($0.0.start == f.lastToken + 1 || ($0.0.start == f.lastToken + 2 && t.isWord(f.lastToken + 1))) })
            // After the figure: up to ",", ";" or a level, across "và <figure>".
            var e = f.lastToken + 1
            let ceiling = min(r.upperBound, f.lastToken + 1 + RatingRules.clauseWindow)
            while e < ceiling {
                let w = t.lower[e]
                if subjects.contains(where: { $0.0.start < e && e <= $0.0.end }) { e += 1; continue }
                if w == ";" || w == "," || w == "." || w == ":" { break }
                if levels.contains(where: { $0.0.start == e }) { break }
                if figureStarts.contains(e), !t.isWord(at: e - 1, "và") { break }
                e += 1
            }
            let after = (f.lastToken + 1)..<e
            // Before the figure: back to the last "," or ";", at most
            // `clauseWindow` tokens (a run of figures without punctuation
            // would otherwise make this quadratic).
            var b = f.firstToken
            let floor = max(r.lowerBound, f.firstToken - RatingRules.clauseWindow)
            while b > floor, !t.isAnyWord(b - 1, [",", ";", ":"]) { b -= 1 }
            let before = b..<f.firstToken
            // Words of the clause (b..<e), tested in place instead of through a Set of its words.
            func clauseHas(_ w: String) -> Bool { (b..<e).contains { t.isWord($0, w) } }
            if clauseHas("chuyển") || (clauseHas("kết") && clauseHas("nạp")) { continue }
            let subjectEnd = subjectHit?.0.end ?? f.lastToken
            var what: TotalKind? = nil
            if find([["miễn"]], in: after) != nil || find([["miễn"]], in: before) != nil {
                what = .exempt
            } else if let a = find([["chính", "thức"]], in: after), a <= subjectEnd + 2 {
                what = .officialMembers
            } else if let a = find([["dự", "bị"]], in: after), a <= subjectEnd + 2 {
                what = .probationary
            } else if subjectHit != nil, let a = find(RatingRules.attendPhrases, in: after), a <= subjectEnd + 6,
                      find(RatingRules.evalPhrases, in: (subjectEnd + 1)..<max(subjectEnd + 1, a)) == nil || t.isWord(at: a, "dự") {
                what = .attended
            } else if subjectHit != nil, t.isWord(at: f.firstToken - 1, "có"),
                      find(RatingRules.attendWords.filter { $0.count > 1 }, in: min(max(before.lowerBound, f.firstToken - 4), f.firstToken - 1)..<(f.firstToken - 1)) != nil {
                // "Dự họp có 38/41 đảng viên".
                what = .attended
            } else if let s = find([["tổng", "số"]], in: (t.isWord(at: f.firstToken - 1, "là")
                        ? max(r.lowerBound, f.firstToken - 12) : max(before.lowerBound, f.firstToken - 10))..<f.firstToken) {
                // "tổng số 866 đảng viên"; "Tổng số đảng viên được đánh giá, xếp loại là 512 đồng chí".
                let evaluated = find(RatingRules.evalPhrases, in: after) != nil || find(RatingRules.evalPhrases, in: s..<f.firstToken) != nil
                what = evaluated ? .evaluated : .all
            } else if subjectHit != nil, t.matches(subjectEnd + 1, ["trực", "thuộc"]) {
                // Units that went through the review are evaluated: "15 chi bộ trực thuộc … đã tổ chức
                // kiểm điểm", "kết quả kiểm điểm của 17 chi bộ trực thuộc"; else a statement of how many exist.
                let reviewedAfter = find(RatingRules.evalPhrases, in: after) != nil
                let reviewedBefore = t.isWord(at: f.firstToken - 1, "của")
                    && find(RatingRules.evalPhrases, in: max(r.lowerBound, f.firstToken - 14)..<f.firstToken) != nil
                what = reviewedAfter || reviewedBefore ? .evaluated : .all
            } else if subjectHit != nil, t.isWord(at: f.firstToken - 1, "tại"), t.isWord(at: f.firstToken - 2, "hoạt") {
                what = .all
            } else if subjectHit != nil, let a = find(RatingRules.evalPhrases, in: after),
                      outsideParentheses(t, (subjects.last(where: { after.contains($0.0.start) && $0.0.start < a })?.0.end ?? subjectEnd) + 1, a) <= 9 {
                what = .evaluated
            } else if subjectHit != nil, t.isWord(at: f.firstToken - 1, "có"),
                      t.isWord(at: f.firstToken - 2, "hiện") || find([["đảng", "bộ"], ["chi", "bộ"]], in: max(r.lowerBound, f.firstToken - 7)..<f.firstToken) != nil {
                what = .all
            }
            guard let w = what else { continue }
            let subject = subjectHit?.1 ?? context ?? .dangVien
            var end = f.span.end
            if let s = subjectHit { end = t.tokens[s.0.end].end }
            let span = Span(f.evidenceStart, end)
            used.insert(f.firstToken)
            out.append(Total(subject: subject, what: w, count: n, text: t.doc.sliceText(span.start, span.end), span: span))
        }
        return out
    }
}
