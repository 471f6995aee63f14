import KiemdiemCore

/// Reading the digits of a stated percent back from its evidence text: the
/// `Double` in a record loses how many decimals were written ("8,30%").
enum PercentText {
    /// How `p` is written in `text`: its decimals and half a unit of its last digit
    /// (8,3 → 1 and 0.05), the tolerance of a stated percent.
    static func written(_ p: Double, in text: String) -> (decimals: Int, halfUnit: Double) {
        let decimals = Self.decimals(of: p, in: text) ?? Self.decimals(of: p)
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return (decimals, unit / 2)
    }

    /// Whether `count` of `base` rounds to the stated `percent` within `halfUnit`.
    static func fits(count: Int, of base: Int, percent: Double, halfUnit: Double) -> Bool {
        base > 0 && abs(Double(count) * 100 / Double(base) - percent) <= halfUnit + 1e-9
    }

    /// The number of decimals written for `value` in `text` (the percent
    /// figure closest in value), or nil when no percent is written there.
    static func decimals(of value: Double, in text: String) -> Int? {
        var best: (diff: Double, decimals: Int)?
        for (number, decimals) in percents(in: text) {
            let d = abs(number - value)
            if best == nil || d < best!.diff { best = (d, decimals) }
        }
        guard let b = best, b.diff < 0.5 else { return nil }
        return b.decimals
    }

    /// Every "12,5%" / "12.5 %" / "12,5 phần trăm" in `text`: value and decimals written.
    static func percents(in text: String) -> [(Double, Int)] {
        let s = Array(text.unicodeScalars)
        var out: [(Double, Int)] = []
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) else { i += 1; continue }
            var j = i
            while j < s.count, isDigit(s[j]) { j += 1 }
            var intPart = String(String.UnicodeScalarView(s[i..<j]))
            var frac = ""
            if j + 1 < s.count, s[j] == "," || s[j] == ".", isDigit(s[j + 1]) {
                var k = j + 1
                while k < s.count, isDigit(s[k]) { k += 1 }
                frac = String(String.UnicodeScalarView(s[(j + 1)..<k]))
                j = k
            }
            var k = j
            while k < s.count, s[k] == " " || s[k] == "\u{00A0}" { k += 1 }
            let rest = String(String.UnicodeScalarView(s[k..<min(s.count, k + 10)])).lowercased()
            if k < s.count, s[k] == "%" || rest.hasPrefix("phần trăm") {
                if intPart.isEmpty { intPart = "0" }
                if let v = Double(frac.isEmpty ? intPart : intPart + "." + frac), v.isFinite {
                    out.append((v, frac.count))
                }
            }
            i = j
        }
        return out
    }

    /// Decimals of the shortest decimal form of `x` (fallback when the text has no percent).
    static func decimals(of x: Double) -> Int {
        let s = String(x)
        guard let dot = s.firstIndex(of: ".") else { return 0 }
        let frac = s[s.index(after: dot)...]
        return frac == "0" ? 0 : frac.count
    }

    private static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 48 && u.value <= 57 }
}
