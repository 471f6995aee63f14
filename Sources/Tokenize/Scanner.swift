/// The token scanner: one pass, longest sensible match at each position.
struct Scanner {
    let s: [Unicode.Scalar]
    let tokenizer: Tokenizer
    var i = 0
    var out: [Token] = []
    /// Whether the text has an "@" at all (no e-mail address can start otherwise).
    let hasAt: Bool

    /// `CharClass.table`, fetched once per scan instead of through the lazy
    /// global on every character test.
    let classes: [UInt8]

    init(s: [Unicode.Scalar], tokenizer: Tokenizer) {
        self.s = s
        self.tokenizer = tokenizer
        self.classes = tokenizer.classes
        self.hasAt = s.withUnsafeBufferPointer { $0.contains("@") }
        out.reserveCapacity(s.count / 4)
    }

    @inline(__always) func isLetter(_ x: Unicode.Scalar) -> Bool {
        let v = x.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0x2000 { return classes[Int(v)] & CharClass.letterBit != 0 }
        return CharClass.isLetter(x)
    }
    @inline(__always) func isUpper(_ x: Unicode.Scalar) -> Bool {
        let v = x.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0x2000 { return classes[Int(v)] & CharClass.upperBit != 0 }
        return CharClass.isUpper(x)
    }
    @inline(__always) func isLower(_ x: Unicode.Scalar) -> Bool {
        let v = x.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0x2000 { return classes[Int(v)] & CharClass.lowerBit != 0 }
        return CharClass.isLower(x)
    }
    @inline(__always) func isSymbol(_ x: Unicode.Scalar) -> Bool {
        x.value < 0x2000 ? classes[Int(x.value)] & CharClass.symbolBit != 0 : CharClass.isSymbol(x)
    }

    @inline(__always) func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
    @inline(__always) func digit(_ k: Int) -> Bool { k < s.count && CharClass.isDigit(s[k]) }
    @inline(__always) func letter(_ k: Int) -> Bool { k < s.count && isLetter(s[k]) }
    @inline(__always) func upper(_ k: Int) -> Bool { k < s.count && isUpper(s[k]) }

    /// End of the digit run starting at `k`.
    func digitsEnd(_ k: Int) -> Int { var j = k; while digit(j) { j += 1 }; return j }
    /// End of the letter run starting at `k`.
    func lettersEnd(_ k: Int) -> Int {
        classes.withUnsafeBufferPointer { t in
            s.withUnsafeBufferPointer { s in
                var j = k
                while j < s.count && CharClass.isLetter(s[j], t) { j += 1 }
                return j
            }
        }
    }

    mutating func emit(_ kind: TokenKind, _ end: Int) {
        out.append(Token(kind, i, end))
        i = end
    }

    mutating func run() -> [Token] {
        while i < s.count {
            let c = s[i]
            if CharClass.isSpace(c) { i += 1; continue }
            if let end = url() { emit(.url, end); continue }
            if let end = email() { emit(.email, end); continue }
            if isLetter(c) {
                // A dotted abbreviation's first letter run is followed by one
                // of a few marks ("TP.", "đ/c", "KT-XH"): only then look for one.
                let e = lettersEnd(i)
                if e < s.count, tokenizer.mayFollowDottedLetters(s[e]), let end = dottedAbbreviation() {
                    emit(.abbreviation, end); continue
                }
                scanWord(lettersEnd: e); continue
            }
            if CharClass.isDigit(c) || (c == "+" && digit(i + 1)) {
                scanNumeric(); continue
            }
            scanPunctuation()
        }
        return out
    }

    // MARK: URLs, e-mail, abbreviations

    func hasPrefix(_ p: String, at k: Int, caseInsensitive: Bool = true) -> Bool {
        var j = k
        for ch in p.unicodeScalars {
            guard let x = at(j) else { return false }
            if caseInsensitive ? (x.value | 0x20) != (ch.value | 0x20) || x.value >= 0x80 : x != ch { return false }
            j += 1
        }
        return true
    }

    func url() -> Int? {
        guard let c = at(i), c == "h" || c == "H" || c == "w" || c == "W" else { return nil }
        guard hasPrefix("http://", at: i) || hasPrefix("https://", at: i) || hasPrefix("www.", at: i) else { return nil }
        var j = i
        while let x = at(j), !CharClass.isSpace(x), x != "\"", x != "<", x != ">" { j += 1 }
        while j > i, let x = at(j - 1), ".,;:!?)]'".unicodeScalars.contains(x) { j -= 1 }
        return j > i + 4 ? j : nil
    }

    static func isEmailLocal(_ x: Unicode.Scalar) -> Bool {
        guard x.value < 0x80 else { return false }
        switch x {
        case ".", "_", "%", "+", "-": return true
        default: return CharClass.isLetter(x) || CharClass.isDigit(x)
        }
    }

    func email() -> Int? {
        guard hasAt, let c = at(i), c.value < 0x80, isLetter(c) || CharClass.isDigit(c) else { return nil }
        var j = i
        while let x = at(j), Scanner.isEmailLocal(x) { j += 1 }
        guard at(j) == "@" else { return nil }
        j += 1
        let domainStart = j
        var lastDot = -1
        while let x = at(j), x.value < 0x80, isLetter(x) || CharClass.isDigit(x) || x == "." || x == "-" {
            if x == "." { lastDot = j }
            j += 1
        }
        while j > domainStart, at(j - 1) == "." { j -= 1 }
        guard lastDot > domainStart, lastDot < j - 2 else { return nil }
        return j
    }

    func dottedAbbreviation() -> Int? {
        guard let c = at(i), isLetter(c) else { return nil }
        // Only at a word start.
        if i > 0, isLetter(s[i - 1]) || CharClass.isDigit(s[i - 1]) { return nil }
        guard tokenizer.mayStartDotted(c) else { return nil }
        let group = tokenizer.dotted(startingWith: c)
        if group.isEmpty { return nil }
        for a in group where i + a.count <= s.count {
            var ok = true
            for (k, x) in a.enumerated() where s[i + k] != x { ok = false; break }
            if ok && !letter(i + a.count) && !digit(i + a.count) { return i + a.count }
        }
        return nil
    }

    // MARK: Numbers, dates, codes, phones

    mutating func scanNumeric() {
        if let end = phone() { emit(.phone, end); return }
        // A "+" that does not start a phone number is punctuation; the rules
        // below read digits from `i` and would emit an empty token (and loop).
        if s[i] == "+" { scanPunctuation(); return }
        if let end = stateCode() { emit(.code, end); return }
        if let end = partyCode() { emit(.code, end); return }
        if let end = fullDate() { emit(.date, end); return }
        let d1 = digitsEnd(i)
        // Clock time: 17:41, 8h30, 8g30.
        if d1 - i <= 2, at(d1) == ":", digitsEnd(d1 + 1) - (d1 + 1) == 2, !digit(d1 + 3) {
            emit(.time, d1 + 3); return
        }
        if d1 - i <= 2, let h = at(d1), h == "h" || h == "g", digitsEnd(d1 + 1) - (d1 + 1) == 2, !letter(d1 + 3) {
            emit(.time, d1 + 3); return
        }
        // Month/year: 12/2024.
        if d1 - i <= 2, at(d1) == "/", digitsEnd(d1 + 1) - (d1 + 1) == 4, !digit(d1 + 5), at(d1 + 5) != "/" {
            emit(.date, d1 + 5); return
        }
        // Fraction: 30/4, 02/10.
        if at(d1) == "/", digit(d1 + 1) {
            let d2 = digitsEnd(d1 + 1)
            if at(d2) != "/" && !letter(d2) { emit(.fraction, d2); return }
        }
        // Alphanumeric code that starts with digits ("3D", "5G"), letters glued on.
        if letter(d1), !isLower(s[d1]) || d1 - i == 1 {
            let l = lettersEnd(d1)
            if l - d1 <= 3, !letter(l) { emit(.code, l); return }
        }
        emit(.number, numberEnd())
    }

    /// A number with Vietnamese separators: 1.234.567, 12,5, 1.234,5, 6.1.
    func numberEnd() -> Int {
        var j = digitsEnd(i)
        // Thousands groups.
        while at(j) == ".", digitsEnd(j + 1) - (j + 1) == 3 { j = digitsEnd(j + 1) }
        // Decimal part with comma, or English-style dot decimal.
        if (at(j) == "," || at(j) == "."), digit(j + 1) {
            let e = digitsEnd(j + 1)
            if !(at(e) == "." && digit(e + 1)) { j = e }
        }
        return j
    }

    /// Day/month/year with one separator kind: 08/12/2020, 8-12-2020, 8.12.2020.
    func fullDate() -> Int? {
        let d1 = digitsEnd(i)
        guard d1 - i >= 1, d1 - i <= 2, let sep = at(d1), sep == "/" || sep == "-" || sep == "." else { return nil }
        let d2 = digitsEnd(d1 + 1)
        guard d2 - (d1 + 1) >= 1, d2 - (d1 + 1) <= 2, at(d2) == sep else { return nil }
        let d3 = digitsEnd(d2 + 1)
        guard d3 - (d2 + 1) == 4, !digit(d3), !(at(d3) == sep && digit(d3 + 1)) else { return nil }
        return d3
    }

    /// Uppercase code letters: A–Z, Đ and the mixed "QyĐ", "TTr", "ThU".
    func codeLettersEnd(_ k: Int, allowDigits: Bool = false) -> Int {
        guard upper(k) else { return k }
        var j = k
        while let x = at(j), isLetter(x) || (allowDigits && CharClass.isDigit(x)) { j += 1 }
        return j
    }

    /// Issuer: code letters, optionally "-PART" repeated ("TWĐTN-VP", "UBND").
    func issuerEnd(_ k: Int) -> Int {
        var j = codeLettersEnd(k, allowDigits: true)
        guard j > k else { return k }
        while at(j) == "-", upper(j + 1) {
            let e = codeLettersEnd(j + 1, allowDigits: true)
            if e == j + 1 { break }
            j = e
        }
        return j
    }

    /// State style: 123/QĐ-UBND, 30/2020/NĐ-CP, 202/2025/QH15.
    func stateCode() -> Int? {
        let d1 = digitsEnd(i)
        guard d1 - i <= 5, at(d1) == "/" else { return nil }
        var j = d1 + 1
        if digitsEnd(j) - j == 4, at(j + 4) == "/" { j += 5 }
        let kindEnd = codeLettersEnd(j, allowDigits: true)
        guard kindEnd > j else { return nil }
        if at(kindEnd) == "-" {
            let e = issuerEnd(kindEnd + 1)
            if e > kindEnd + 1 { return e }
        }
        // Normative without a kind: 202/2025/QH15.
        if j > d1 + 1, kindEnd - j >= 2 { return kindEnd }
        return nil
    }

    /// Party style: 07-KH/ĐU, 09 -KH/ĐU, 09 KH/ĐU, 132-QĐ/TW.
    func partyCode() -> Int? {
        let d1 = digitsEnd(i)
        guard d1 - i <= 5 else { return nil }
        var j = d1
        var sawDash = false
        while at(j) == " " { j += 1 }
        if at(j) == "-" { sawDash = true; j += 1; while at(j) == " " { j += 1 } }
        if !sawDash && j != d1 + 1 { return nil }   // no dash: exactly one space ("09 KH/ĐU")
        let kindEnd = codeLettersEnd(j)
        guard kindEnd > j, kindEnd - j <= 6, at(kindEnd) == "/" else { return nil }
        let e = issuerEnd(kindEnd + 1)
        return e > kindEnd + 1 ? e : nil
    }

    /// Phone numbers: 0-leading or +84, 9–11 digits in groups.
    func phone() -> Int? {
        var j = i
        let plus = at(j) == "+"
        if plus { j += 1 }
        guard plus || at(j) == "0" else { return nil }
        var digits = 0
        var end = j
        var groups = 0
        var firstGroup = 0
        while digit(j) {
            let e = digitsEnd(j)
            let len = e - j
            if groups == 0 { firstGroup = len }
            if groups > 0 && len < 2 { break }
            digits += len; groups += 1; end = e
            guard let sep = at(e), sep == "." || sep == " " || sep == "-", digit(e + 1) else { break }
            if sep == " " && (len < 3 || digitsEnd(e + 1) - (e + 1) < 3) { break }
            j = e + 1
        }
        if groups == 1 && firstGroup < 10 { return nil }
        guard (9...12).contains(digits), !(groups > 1 && firstGroup > 5) else { return nil }
        if letter(end) { return nil }
        // "0912.345.678" yes; "01.234" (a small number) is too short anyway.
        return end
    }

    // MARK: Words

    /// The word starting at `i`, whose letter run ends at `e`.
    mutating func scanWord(lettersEnd e: Int) {
        var allUpper = true
        var k = i
        classes.withUnsafeBufferPointer { t in
            while k < e { if CharClass.isLower(s[k], t) { allUpper = false; break }; k += 1 }
        }
        // The word as a String only when a check below may need it.
        let mayNeedString = at(e) == "/" || (allUpper && e - i >= 2)
            || (tokenizer.mayStartPlain(s[i]) && tokenizer.plainLengths.contains(e - i)
                && (e - i == 1 || tokenizer.mayContinuePlain(s[i + 1])))
        let word = mayNeedString ? Document.string(s[i..<e]) : ""
        // Code letters over code letters: KH/ĐU, KH/ĐUCA.
        if allUpper, at(e) == "/", upper(e + 1) {
            let f = issuerEnd(e + 1)
            if f > e + 1 { emit(.code, f); return }
        }
        // Roman numeral over a year: IV/2020.
        if at(e) == "/", digitsEnd(e + 1) - (e + 1) == 4, ["I", "II", "III", "IV"].contains(word) {
            emit(.date, e + 5); return
        }
        // Letters with digits: QH15, Covid-19, H5N1.
        if digit(e) {
            var f = e
            while letter(f) || digit(f) { f += 1 }
            emit(.code, f); return
        }
        if at(e) == "-", digit(e + 1) {
            var f = digitsEnd(e + 1)
            while letter(f) || digit(f) { f += 1 }
            emit(.code, f); return
        }
        if mayNeedString, tokenizer.plain.contains(word) { emit(.abbreviation, e); return }
        if allUpper && e - i >= 2 && !SyllableShape.isSyllable(word) { emit(.abbreviation, e); return }
        emit(.syllable, e)
    }

    // MARK: Punctuation

    mutating func scanPunctuation() {
        let c = s[i]
        if c == "%" { emit(.percent, i + 1); return }
        if c == "." {
            var j = i
            while at(j) == "." { j += 1 }
            if j - i >= 3 { emit(.punctuation, j); return }
            // The genre's closing mark "./."
            if at(i + 1) == "/", at(i + 2) == "." { emit(.punctuation, i + 3); return }
        }
        if isSymbol(c) { emit(.symbol, i + 1) } else { emit(.punctuation, i + 1) }
    }
}
