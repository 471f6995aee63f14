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
        // The tokens figures end at: "đồng chí" right after one is a counted subject.
        let figureEnds = Set(figures.map(\.lastToken))
        var used = Set<Int>()

        // Figures by sentence, so long texts stay linear.
        var bySentence: [Int: [Figure]] = [:]
        for f in figures { bySentence[t.sentenceOf[f.firstToken], default: []].append(f) }
        // A list introduced by a colon ("tự đánh giá như sau:" then "- 21 chi bộ …") carries
        // the stage and any stop of its head line over its items.
        var listHead: (stage: Stage?, stopped: Bool)? = nil
        // A sentence that opens "Trong đó" continues the one before: its target stop and its figures.
        var previousStopped = false
        var previousRatings: Range<Int> = 0..<0
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
            var stops: [Int] = []          // stop the rest of the sentence
            var clauseStops: [Int] = []    // stop their own clause
            var partStops: [Range<Int>] = []  // stop up to the next ";"
            var years: [(Int, Int)] = []
            var partMarks: [Int] = []      // "trong đó": the figures after it are parts of the one before
            var i = r.lowerBound
            while i < r.upperBound {
                if let m = lex.levels.match(t, at: i), i + m.length <= r.upperBound {
                    // "chiếm 16,19% so với tổng số đảng viên … hoàn thành tốt nhiệm vụ": the level after
                    // "so với" is the base of a ratio, not a figure's level.
                    let base = (max(r.lowerBound, i - 6)..<i).contains { t.matches($0, ["so", "với"]) }
                    if !base { levels.append((Hit(start: i, length: m.length), m.value)) }
                    i += m.length; continue
                }
                if let m = lex.nots.match(t, at: i) {
                    if m.value.stopsSentence { stops.append(i) }
                    else if m.value.stopsToSemicolon {
                        var e = i
                        while e < r.upperBound, !t.isWord(e, ";") { e += 1 }
                        partStops.append(i..<e)
                    } else { clauseStops.append(i) }
                    i += m.length; continue
                }
                if t.matches(i, ["trong", "đó"]) { partMarks.append(i) }
                // "TSVM 62,62%, trong đó tiêu biểu 24,37%": "tiêu biểu" alone names TSVMTB after "trong đó".
                if t.matches(i, ["tiêu", "biểu"]), let pm = partMarks.last, i - pm <= 4,
                   levels.contains(where: { $0.1 == .TSVM }) {
                    levels.append((Hit(start: i, length: 2), .TSVMTB)); i += 2; continue
                }
                if let m = lex.stages.match(t, at: i) { cues.append((i, m.value)); i += m.length; continue }
                if let m = lex.subjects.match(t, at: i) {
                    // "đồng chí" is a subject only as a count: "20 đồng chí".
                    if !t.isWord(at: i, "đồng") || figureEnds.contains(i - 1) {
                        subjects.append((Hit(start: i, length: m.length), m.value))
                    }
                    i += m.length; continue
                }
                // "(… tăng 1,71% so với năm 2012)": a year compared with is not the figures' year.
                if t.isWord(at: i, "năm"), t.kind(i + 1) == .number, let y = Int(t.texts[i + 1]), (1945...2100).contains(y),
                   !(max(r.lowerBound, i - 4)..<i).contains(where: { t.matches($0, ["so", "với"]) }) {
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
            let opensWithPart = t.matches(r.lowerBound, ["trong", "đó"])
            if opensWithPart && previousStopped { stops.insert(r.lowerBound, at: 0) }
            defer {
                previousStopped = !stops.isEmpty
                if !opensWithPart { previousRatings = 0..<0 }
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
            var depth = 0
            for j in r {
                // No clause ends inside parentheses: "08 (có 01 đảng bộ và 07 chi bộ), chiếm 15,67%".
                if t.isWord(j, "(") { depth += 1; continue }
                if t.isWord(j, ")") { depth = max(0, depth - 1); continue }
                guard depth == 0, RatingRules.clauseSeparators.first(t, at: j) != nil else { continue }
                if levels.contains(where: { $0.0.start <= j && j <= $0.0.end }) { continue }
                if subjects.contains(where: { $0.0.start <= j && j <= $0.0.end }) { continue }
                bounds.append(j)
            }
            bounds.append(r.upperBound)
            var lastRatingInSentence: Int? = nil
            let sentenceFirstRating = ratings.count
            for c in 0..<(bounds.count - 1) {
                let lo = bounds[c], hi = bounds[c + 1]   // clause tokens lo..<hi (lo may be the separator)
                let stopped = stops.contains { $0 < hi } || clauseStops.contains { $0 >= lo && $0 < hi }
                    || partStops.contains { $0.lowerBound < hi && $0.upperBound > lo }
                let clauseLevels = levels.filter { $0.0.start >= lo && $0.0.start < hi }
                var clauseFigures = sentenceFigures.filter { $0.firstToken >= lo && $0.firstToken < hi && !used.contains($0.firstToken) }
                let clauseSubjects = subjects.filter { $0.0.start >= lo && $0.0.start < hi }
                defer { if let s = clauseSubjects.last?.1 { contextSubject = s } }
                if stopped { lastRatingInSentence = nil; continue }
                if clauseLevels.isEmpty {
                    // "…, chiếm 25%": a percent for the figure before.
                    // Not a share of the rated: "đạt 108% kế hoạch", "… so với chỉ tiêu".
                    if let p = clauseFigures.first(where: { $0.isPercent }), let ri = lastRatingInSentence,
                       ratings[ri].percent == nil, clauseFigures.allSatisfy({ $0.isPercent }),
                       !t.isAnyWord(at: p.lastToken + 1, ["kế", "chỉ", "so", "nghị", "mục"]) {
                        ratings[ri].percent = p.value
                        if p.approx { if ratings[ri].count == nil { ratings[ri].approx = true; ratings[ri].bound = p.bound } else { ratings[ri].percentApprox = true } }
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
                // "35 TCCSĐ đạt TSVM, chiếm 63,6% (trong đó, có 8 … tiêu biểu)": a percent before the
                // clause's "trong đó" is the previous figure's; the part's own figures come after the mark.
                if let pm = partMarks.first(where: { $0 >= lo && $0 < clauseLevels[0].0.start }) {
                    let head = clauseFigures.filter { $0.firstToken < pm }
                    if let ri = lastRatingInSentence, ratings[ri].percent == nil, head.count == 1, let p = head.first, p.isPercent {
                        ratings[ri].percent = p.value
                        if p.approx { if ratings[ri].count == nil { ratings[ri].approx = true; ratings[ri].bound = p.bound } else { ratings[ri].percentApprox = true } }
                        let span = ratings[ri].span.union(p.span)
                        ratings[ri].span = span
                        ratings[ri].text = t.doc.sliceText(span.start, span.end)
                        used.insert(p.firstToken)
                    }
                    clauseFigures.removeAll { $0.firstToken < pm }
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
                    // "19 lượt" counts occurrences over several years (a congress report): no one year.
                    let tally = countFigure.map { t.isWord(at: $0.lastToken + 1, "lượt") } ?? false
                    let year = tally ? nil : (years.last(where: { $0.0 < hit.start })?.1 ?? defaultYear)
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
                    // "X HTTNV, trong đó Y HTXSNV": Y is part of the last figure before "trong đó".
                    var within: Int? = nil
                    if let pm = partMarks.last(where: { $0 < hit.start }), !(pm..<hit.start).contains(where: { t.isWord($0, ";") }) {
                        let before = (sentenceFirstRating..<ratings.count).last { ratings[$0].span.end <= t.tokens[pm].start }
                            ?? (opensWithPart ? previousRatings.last : nil)
                        if let w = before, ratings[w].subject == subj || subjectHit == nil, ratings[w].level != level {
                            within = w
                            if RatingSchemes.isPart(level, of: ratings[w].level) { ratings[w].orAbove = true }
                        }
                    }
                    // Approximate when either figure is ("24 …, chiếm gần 59%"); the bound from the count first.
                    let percentApprox = percentFigure?.approx ?? false
                    // `approx` is the count's when there is one; an approximate percent beside an exact count is `percentApprox`.
                    let approxFigure: Figure? = countFigure ?? percentFigure
                    var rule = zeroStart != nil ? "zero-khong-co" : (countsBefore ? "count-then-level" : "level-then-count")
                    if tally { rule += Rating.tallySuffix }
                    ratings.append(Rating(subject: within.map { ratings[$0].subject } ?? subj, stage: stage, level: level, count: count,
                                          percent: percentFigure?.value, of: countFigure?.of,
                                          approx: approxFigure?.approx ?? false, bound: approxFigure?.bound,
                                          year: year, orAbove: orAbove, within: within, rule: rule,
                                          text: t.doc.sliceText(span.start, span.end), span: span))
                    ratings[ratings.count - 1].percentApprox = countFigure != nil && percentApprox
                    lastRatingInSentence = ratings.count - 1
                    if let s = subject { contextSubject = s }
                }
            }
            if ratings.count > sentenceFirstRating { previousRatings = sentenceFirstRating..<ratings.count }
            if t.isWord(r.upperBound - 1, ":") || (r.count > 1 && t.isWord(r.upperBound - 2, ":")) {
                listHead = (cues.last?.1, !stops.isEmpty || partStops.contains { $0.upperBound >= r.upperBound - 1 })
            }
            let sentenceYear = years.last?.1 ?? defaultYear
            // Figures inside an award's part or a stopped clause are no totals either.
            var blocked = partStops
            for c in 0..<(bounds.count - 1) where clauseStops.contains(where: { $0 >= bounds[c] && $0 < bounds[c + 1] }) {
                blocked.append(bounds[c]..<bounds[c + 1])
            }
            totals += totalsIn(t, r, sentenceFigures.filter { f in !blocked.contains { $0.contains(f.firstToken) } },
                               subjects, levels: levels, stopAt: stops.first,
                               used: &used, context: contextSubject).map { total in
                var total = total
                total.year = sentenceYear
                return total
            }
        }
        return (RatingRules.mergingRepeats(NestingInference.apply(ratings)), totals)
    }

    /// Identical repeats of a figure (title and body, caption, summary) listed
    /// once, at the first mention; a repeat that names the stage ("được Thị ủy
    /// … xếp loại") lends it to a first mention that did not. `within` indexes
    /// are renumbered.
    static func mergingRepeats(_ ratings: [Rating]) -> [Rating] {
        var keep: [Int] = []
        var newIndex = [Int](repeating: -1, count: ratings.count)
        var out: [Rating] = []
        for (i, r) in ratings.enumerated() {
            if let j = keep.firstIndex(where: { k in
                let a = ratings[k]
                // The same figure, or the same percent once with and once without its count.
                let sameCount = a.count == r.count || (a.percent != nil && (a.count == nil || r.count == nil))
                return a.subject == r.subject && a.level == r.level && sameCount && a.percent == r.percent
                    && (a.of == r.of || a.of == nil || r.of == nil) && a.year == r.year && a.within == nil && r.within == nil
                    && (a.stage == r.stage || a.stage == .reported || r.stage == .reported)
                    && (a.count != nil || a.percent != nil)
            }) {
                if out[j].stage == .reported { out[j].stage = r.stage }
                if out[j].count == nil, r.count != nil {
                    // The mention with the count is the fuller one: keep its evidence.
                    out[j].count = r.count; out[j].of = r.of ?? out[j].of; out[j].text = r.text; out[j].span = r.span
                }
                out[j].orAbove = out[j].orAbove || r.orAbove
                newIndex[i] = j
                continue
            }
            newIndex[i] = out.count
            keep.append(i)
            out.append(r)
        }
        for k in out.indices {
            if let w = out[k].within { out[k].within = newIndex[w] >= 0 && newIndex[w] != k ? newIndex[w] : nil }
        }
        return out
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
            // A fraction's numerator is the total's count ("543/545 chi bộ … được đánh giá": 543 evaluated).
            guard let n = f.intValue else { continue }
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
            var wholeSubject: Subject? = nil
            if find([["miễn"]], in: after) != nil || find([["miễn"]], in: before) != nil {
                what = .exempt
            } else if subjectHit != nil, let c = find([["chưa"]], in: after), c <= subjectEnd + 4,
                      find(RatingRules.evalPhrases, in: c..<min(after.upperBound, c + 5)) != nil {
                // "75 đảng viên chưa đánh giá do bị bệnh": not rated, like the exempt.
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
            } else if t.matches(f.lastToken + 1, ["trong", "tổng", "số"]) {
                // "662 trong tổng số 686 tổ chức … được đánh giá": the part is the evaluated, the whole all.
                var stop = f.lastToken + 4
                while stop < min(r.upperBound, f.lastToken + 24), !t.isAnyWord(stop, [";", "."]) { stop += 1 }
                guard find(RatingRules.evalPhrases, in: (f.lastToken + 4)..<stop) != nil else { continue }
                what = .evaluated
                wholeSubject = subjects.first(where: { $0.0.start > f.lastToken + 4 && $0.0.start <= f.lastToken + 6 })?.1
            } else if t.matches(f.firstToken - 3, ["trong", "tổng", "số"]) {
                what = .all
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
            let subject = subjectHit?.1 ?? wholeSubject ?? context ?? .dangVien
            var end = f.span.end
            if let s = subjectHit { end = t.tokens[s.0.end].end }
            let span = Span(f.evidenceStart, end)
            used.insert(f.firstToken)
            // "543/545 chi bộ … kiểm điểm, đánh giá": 543 evaluated of the 545 there are.
            if w == .evaluated, let of = f.of, of >= n {
                out.append(Total(subject: subject, what: .all, count: of, approx: f.approx, rule: "total-all-of-fraction",
                                 text: t.doc.sliceText(span.start, span.end), span: span))
            }
            // "62/64 chi bộ trực thuộc": the whole is how many there are.
            let count = w == .all ? (f.of ?? n) : n
            out.append(Total(subject: subject, what: w, count: count, approx: f.approx, rule: "total-\(w.rawValue)",
                             text: t.doc.sliceText(span.start, span.end), span: span))
        }
        return out
    }
}
