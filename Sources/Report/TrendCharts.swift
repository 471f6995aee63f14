import KiemdiemCore

/// The overview's charts: inline SVG drawn from `Trends`, readable with no
/// script and no network. Each chart has a viewBox and scales to its box
/// (CSS `width:100%`), so it fits a 360 px phone as well as a desktop.
enum TrendCharts {
    /// One horizontal bar: label, value in [0, max], text at its end, tooltip.
    struct Bar {
        var label: String
        var value: Double
        var text: String
        var tip: String
        var color = "#0969da"
    }

    static let width = 360

    static func fmt(_ x: Double) -> String { String((x * 10).rounded() / 10) }

    /// A percent with one decimal in the language's style ("14,8%" / "14.8%").
    static func percent(_ x: Double, _ t: ReportStrings) -> String {
        let s = fmt(x * 100)
        return (t.lang == .vi ? s.replacingAll(".", with: ",") : s) + "%"
    }

    /// Horizontal bars, one row per item; `cap` draws a dashed reference line at that value.
    static func hbars(_ bars: [Bar], max: Double, labelWidth: Int? = nil, aria: String, cap: (value: Double, label: String)? = nil,
                      right: Int = 78) -> String {
        let rowH = 22, top = cap == nil ? 4 : 16
        // Room for the longest label (about 6.6 units a character at 12 px), within reason.
        let labelWidth = labelWidth ?? Swift.min(180, Swift.max(44, 8 + Int((Double(bars.map(\.label.count).max() ?? 4) * 6.6).rounded(.up))))
        let plot = width - labelWidth - right
        let height = top + bars.count * rowH + 4
        var s = "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLEscape.text(aria))\">"
        for (i, b) in bars.enumerated() {
            let y = top + i * rowH
            let w = max > 0 ? Double(plot) * Swift.min(b.value, max) / max : 0
            s += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\" class=\"yl\">\(HTMLEscape.text(b.label))</text>"
            s += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(plot)\" height=\"14\" fill=\"#eaeef2\"/>"
            s += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(fmt(Swift.max(w, b.value > 0 ? 1 : 0)))\" height=\"14\" fill=\"\(b.color)\"><title>\(HTMLEscape.text(b.tip))</title></rect>"
            s += "<text x=\"\(labelWidth + plot + 4)\" y=\"\(y + 14)\" class=\"val\">\(HTMLEscape.text(b.text))</text>"
        }
        if let cap, max > 0 {
            let x = Double(labelWidth) + Double(plot) * cap.value / max
            s += "<line x1=\"\(fmt(x))\" y1=\"12\" x2=\"\(fmt(x))\" y2=\"\(height - 2)\" stroke=\"#cf222e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
            s += "<text x=\"\(fmt(x))\" y=\"10\" text-anchor=\"middle\" class=\"cap\">\(HTMLEscape.text(cap.label))</text>"
        }
        return s + "</svg>"
    }

    static func figure(_ title: String, note: String, _ svg: String) -> String {
        "<figure class=\"tchart\"><figcaption><strong>\(HTMLEscape.text(title))</strong><br><span class=\"note\">\(HTMLEscape.text(note))</span></figcaption>\(svg)</figure>\n"
    }

    /// HTXSNV share by year.
    static func shareByYear(_ tr: Trends, _ t: ReportStrings) -> String {
        let years = tr.shareByYear.keys.sorted()
        guard !years.isEmpty else { return figure(t.shareByYear, note: t.noData, "") }
        let bars = years.map { y -> Bar in
            let s = tr.shareByYear[y]!
            let v = s.value ?? 0
            return Bar(label: "\(y)", value: v, text: percent(v, t),
                       tip: "\(y): \(s.htxsnv) / \(s.rated) HTXSNV = \(percent(v, t)); " + ReportStrings.format(t.listsCount, s.lists),
                       color: "#1a7f37")
        }
        let top = Swift.max(0.5, (bars.map(\.value).max() ?? 0) * 1.1)
        return figure(t.shareByYear, note: t.shareByYearNote, hbars(bars, max: Swift.min(1, top), labelWidth: 44, aria: t.shareByYear))
    }

    static func capBars<K>(_ items: [(K, Trends.Cap)], label: (K) -> String, _ t: ReportStrings) -> [Bar] {
        items.map { k, c in
            let v = c.value ?? 0
            return Bar(label: label(k), value: v, text: "\(percent(v, t)) · \(c.over)/\(c.lists)",
                       tip: "\(label(k)): " + ReportStrings.format(t.listsOver, c.over, c.lists), color: "#bf8700")
        }
    }

    /// The share of lists above the cap, by year.
    static func capByYear(_ tr: Trends, _ t: ReportStrings) -> String {
        let items = tr.capByYear.keys.sorted().map { ($0, tr.capByYear[$0]!) }
        guard !items.isEmpty else { return figure(t.overCapByYear, note: t.noData, "") }
        return figure(t.overCapByYear, note: t.overCapByYearNote,
                      hbars(capBars(items, label: { "\($0)" }, t), max: 1, labelWidth: 44, aria: t.overCapByYear, right: 100))
    }

    /// The share of lists above the cap, by subject (level of the rated).
    static func capBySubject(_ tr: Trends, _ t: ReportStrings) -> String {
        let items = Subject.allCases.compactMap { s in tr.capBySubject[s].map { (s, $0) } }
        guard !items.isEmpty else { return figure(t.overCapBySubject, note: t.noData, "") }
        return figure(t.overCapBySubject, note: t.overCapBySubjectNote,
                      hbars(capBars(items, label: { t.name($0) }, t), max: 1, aria: t.overCapBySubject, right: 100))
    }

    /// Lists above the cap / lists for each year (rows) and subject (columns): a table.
    static func capTable(_ tr: Trends, _ t: ReportStrings) -> String {
        let years = tr.capByYearSubject.keys.sorted()
        let subjects = Subject.allCases.filter { s in years.contains { tr.capByYearSubject[$0]?[s] != nil } }
        guard !years.isEmpty else { return figure(t.overCapTable, note: t.noData, "") }
        var h = "<div class=\"scroll\"><table class=\"captable\"><thead><tr><th>\(HTMLEscape.text(t.yearHeader))</th>"
        for s in subjects { h += "<th class=\"num\">\(HTMLEscape.text(t.name(s)))</th>" }
        h += "</tr></thead><tbody>"
        for y in years {
            h += "<tr><th>\(y)</th>"
            for s in subjects {
                if let c = tr.capByYearSubject[y]?[s] {
                    h += "<td class=\"num\(c.over > 0 ? " over" : "")\" title=\"\(HTMLEscape.text(percent(c.value ?? 0, t)))\">\(c.over)/\(c.lists)</td>"
                } else {
                    h += "<td class=\"num none\">–</td>"
                }
            }
            h += "</tr>"
        }
        return figure(t.overCapTable, note: t.overCapTableNote, h + "</tbody></table></div>")
    }

    /// The histogram of HTXSNV/HTTNV ratios with the cap marked.
    static func ratioHistogram(_ tr: Trends, _ t: ReportStrings) -> String {
        let total = tr.ratioBins.reduce(0, +)
        guard total > 0 else { return figure(t.ratioHistogram, note: t.noData, "") }
        let n = tr.ratioBins.count
        let left = 30, right = 8, top = 16, plotH = 120, bottom = 34
        let plotW = width - left - right
        let binW = Double(plotW) / Double(n)
        let maxCount = tr.ratioBins.max() ?? 1
        let height = top + plotH + bottom
        var s = "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLEscape.text(t.ratioHistogram))\">"
        s += "<line x1=\"\(left)\" y1=\"\(top + plotH)\" x2=\"\(width - right)\" y2=\"\(top + plotH)\" stroke=\"#8c959f\"/>"
        s += "<text x=\"\(left - 4)\" y=\"\(top + 8)\" text-anchor=\"end\" class=\"yl\">\(maxCount)</text>"
        s += "<text x=\"\(left - 4)\" y=\"\(top + plotH)\" text-anchor=\"end\" class=\"yl\">0</text>"
        for (i, c) in tr.ratioBins.enumerated() {
            let h = Double(plotH) * Double(c) / Double(maxCount)
            let x = Double(left) + Double(i) * binW
            let from = i * 5
            let range = i == n - 1 ? "≥ \(from)%" : "\(from)–\(from + 5)%"
            let color = i >= 4 ? "#cf222e" : "#1a7f37"
            s += "<rect class=\"bar\" x=\"\(fmt(x + 1))\" y=\"\(fmt(Double(top + plotH) - h))\" width=\"\(fmt(binW - 2))\" height=\"\(fmt(h))\" fill=\"\(color)\"><title>\(range): \(ReportStrings.format(t.listsCount, c))</title></rect>"
            if c > 0 { s += "<text x=\"\(fmt(x + binW / 2))\" y=\"\(fmt(Double(top + plotH) - h - 3))\" text-anchor=\"middle\" class=\"val\">\(c)</text>" }
            if i % 2 == 0 {
                s += "<text x=\"\(fmt(x))\" y=\"\(top + plotH + 14)\" text-anchor=\"middle\" class=\"yl\">\(i == n - 1 ? "≥" : "")\(from)%</text>"
            }
        }
        // The cap sits between bin 3 ([15, 20)) and bin 4 ([20, 25)): ratios of exactly 20% are not above it.
        let capX = Double(left) + 4 * binW
        s += "<line x1=\"\(fmt(capX))\" y1=\"\(top - 4)\" x2=\"\(fmt(capX))\" y2=\"\(top + plotH)\" stroke=\"#cf222e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
        s += "<text x=\"\(fmt(capX + 3))\" y=\"\(top + 4)\" class=\"cap\">\(HTMLEscape.text(t.capLabel))</text>"
        s += "<text x=\"\(width / 2)\" y=\"\(height - 4)\" text-anchor=\"middle\" class=\"yl\">HTXSNV / HTTNV</text>"
        return figure(t.ratioHistogram, note: t.ratioHistogramNote, s + "</svg>")
    }

    /// Articles, organizations and findings per rated year: three bars a year on one scale.
    static func perYear(_ tr: Trends, _ t: ReportStrings) -> String {
        let years = tr.perYear.keys.sorted()
        guard !years.isEmpty else { return figure(t.perYear, note: t.noData, "") }
        let series: [(String, String, KeyPath<Trends.YearCounts, Int>)] = [
            (t.articles, "#0969da", \.articles), (t.organizations, "#8250df", \.organizations), (t.findings, "#cf222e", \.findings),
        ]
        let maxV = Double(years.map { y in series.map { tr.perYear[y]![keyPath: $0.2] }.max()! }.max() ?? 1)
        let labelW = 44, right = 48, barH = 7, rowH = 3 * barH + 9, top = 22
        let plot = width - labelW - right
        let height = top + years.count * rowH + 2
        var s = "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLEscape.text(t.perYear))\">"
        var lx = 0
        for (name, color, _) in series {
            s += "<rect x=\"\(lx)\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(color)\"/><text x=\"\(lx + 14)\" y=\"13\" class=\"yl\">\(HTMLEscape.text(name))</text>"
            lx += 14 + name.count * 7 + 14
        }
        for (i, y) in years.enumerated() {
            let c = tr.perYear[y]!
            let y0 = top + i * rowH
            s += "<text x=\"\(labelW - 6)\" y=\"\(y0 + 14)\" text-anchor=\"end\" class=\"yl\">\(y)</text>"
            for (j, (name, color, kp)) in series.enumerated() {
                let v = c[keyPath: kp]
                let w = maxV > 0 ? Double(plot) * Double(v) / maxV : 0
                let by = y0 + j * barH
                s += "<rect class=\"bar\" x=\"\(labelW)\" y=\"\(by)\" width=\"\(fmt(Swift.max(w, v > 0 ? 1 : 0)))\" height=\"\(barH - 1)\" fill=\"\(color)\"><title>\(y): \(v) \(HTMLEscape.text(name))</title></rect>"
                s += "<text x=\"\(fmt(Double(labelW) + w + 3))\" y=\"\(by + barH - 1)\" class=\"small\">\(v)</text>"
            }
        }
        var note = t.perYearNote
        if tr.withoutYear.articles > 0 {
            note += " \(t.noYear): \(tr.withoutYear.articles) \(t.articles), \(tr.withoutYear.findings) \(t.findings)."
        }
        return figure(t.perYear, note: note, s + "</svg>")
    }

    /// The whole trends section's charts.
    static func all(_ tr: Trends, _ t: ReportStrings) -> String {
        "<div class=\"tgrid\">" + shareByYear(tr, t) + capByYear(tr, t) + capBySubject(tr, t) + capTable(tr, t) + ratioHistogram(tr, t) + perYear(tr, t) + "</div>\n"
    }
}
