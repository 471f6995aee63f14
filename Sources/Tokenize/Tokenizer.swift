import KiemdiemCore
import KiemdiemICU
import KiemdiemNormalize

/// Splits normalized Vietnamese text into tokens and sentences.
///
/// A hand-written scanner over Unicode scalars; sentences come from ICU's
/// sentence break iterator, with breaks after known abbreviations ("TP.",
/// "Q.") undone. Each instance keeps its own ICU iterator state: give each
/// thread its own `Tokenizer`.
public final class Tokenizer {
    /// Abbreviations written with punctuation ("TP.", "đ/c"), longest first.
    let dotted: [[Unicode.Scalar]]
    /// Abbreviations written in letters only ("HĐND"), for the kind decision.
    let plain: Set<String>
    /// First scalars of `plain` entries and their length range (a cheap
    /// filter before a word is turned into a `String`).
    let plainFirst: Set<Unicode.Scalar>
    let plainLengths: ClosedRange<Int>
    /// `plainFirst` as a table over U+0000–U+1FFF.
    let plainFirstTable: [Bool]
    /// `dotted` grouped by first scalar, longest first within each group.
    let dottedByFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// `dottedByFirst` as a table over U+0000–U+1FFF.
    let dottedTable: [[[Unicode.Scalar]]]
    /// Whether `dottedTable` has entries for the scalar (checked first: no array copy).
    let dottedFirstTable: [Bool]
    /// Second scalars of `plain` entries, as a table over U+0000–U+1FFF.
    let plainSecondTable: [Bool]
    let plainSecondOther: Set<Unicode.Scalar>
    /// The scalars that end the first letter run of a dotted abbreviation.
    let dottedFollowers: [Unicode.Scalar]
    let normalizer = Normalizer()
    /// `CharClass.table`, held so that scans need not go through the lazy global.
    let classes = CharClass.table
    let sentenceBreaker = TextBreaker(.sentence, locale: "vi")

    /// Builds a tokenizer with the abbreviation list in `lexicons/abbreviations.txt`.
    public convenience init() throws {
        try self.init(abbreviations: ResourceLocator.lexiconLines("abbreviations.txt").map {
            String($0.split(separator: "\t").first ?? "")
        })
    }

    /// Builds a tokenizer with the given abbreviations.
    public init(abbreviations: [String]) {
        var dotted: [[Unicode.Scalar]] = []
        var plain: Set<String> = []
        for a in abbreviations where !a.isEmpty {
            if a.unicodeScalars.allSatisfy(CharClass.isLetter) { plain.insert(a) } else { dotted.append(Array(a.unicodeScalars)) }
        }
        self.dotted = dotted.sorted { $0.count > $1.count }
        self.plain = plain
        let plainFirst = Set(plain.compactMap { $0.unicodeScalars.first })
        self.plainFirst = plainFirst
        let lengths = plain.map { $0.unicodeScalars.count }
        if let lo = lengths.min(), let hi = lengths.max() { self.plainLengths = lo...hi } else { self.plainLengths = 0...0 }
        var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for a in self.dotted { byFirst[a[0], default: []].append(a) }
        self.dottedByFirst = byFirst
        var plainTable = [Bool](repeating: false, count: 0x2000)
        for f in plainFirst where f.value < 0x2000 { plainTable[Int(f.value)] = true }
        self.plainFirstTable = plainTable
        var dottedTable = [[[Unicode.Scalar]]](repeating: [], count: 0x2000)
        for (f, group) in byFirst where f.value < 0x2000 { dottedTable[Int(f.value)] = group }
        self.dottedTable = dottedTable
        self.dottedFirstTable = dottedTable.map { !$0.isEmpty }
        var second = [Bool](repeating: false, count: 0x2000)
        var secondOther: Set<Unicode.Scalar> = []
        for a in plain {
            let u = Array(a.unicodeScalars)
            if u.count >= 2 { if u[1].value < 0x2000 { second[Int(u[1].value)] = true } else { secondOther.insert(u[1]) } }
        }
        self.plainSecondTable = second
        self.plainSecondOther = secondOther
        var followers: [Unicode.Scalar] = []
        for a in self.dotted {
            if let k = a.firstIndex(where: { !CharClass.isLetter($0) }), !followers.contains(a[k]) { followers.append(a[k]) }
        }
        self.dottedFollowers = followers
    }

    /// Whether `s` is what follows the first letter run of some dotted
    /// abbreviation (".", "/", "-" with the shipped list).
    @inline(__always) func mayFollowDottedLetters(_ s: Unicode.Scalar) -> Bool {
        for f in dottedFollowers where f == s { return true }
        return false
    }

    /// Whether some letter-only abbreviation starts with `s`.
    @inline(__always) func mayStartPlain(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x2000 ? plainFirstTable[Int(s.value)] : plainFirst.contains(s)
    }

    /// Whether some letter-only abbreviation has `s` as its second scalar.
    @inline(__always) func mayContinuePlain(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x2000 ? plainSecondTable[Int(s.value)] : plainSecondOther.contains(s)
    }

    /// Whether some dotted abbreviation starts with `s`.
    @inline(__always) func mayStartDotted(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x2000 ? dottedFirstTable[Int(s.value)] : dottedByFirst[s] != nil
    }

    /// The dotted abbreviations that start with `s`, longest first.
    @inline(__always) func dotted(startingWith s: Unicode.Scalar) -> [[Unicode.Scalar]] {
        s.value < 0x2000 ? dottedTable[Int(s.value)] : dottedByFirst[s] ?? []
    }

    /// Normalizes `input` and tokenizes it.
    public func analyze(_ input: String) -> Document {
        let normalized = normalizer.normalize(input)
        let tokens = tokenize(normalized.scalars)
        let sentences = splitSentences(normalized.scalars, tokens)
        return Document(normalized: normalized, tokens: tokens, sentences: sentences)
    }

    /// Tokens of already normalized text.
    public func tokenize(_ text: String) -> [Token] { tokenize(Array(text.unicodeScalars)) }

    /// Tokens of already normalized scalars.
    public func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var scanner = Scanner(s: s, tokenizer: self)
        return scanner.run()
    }

    // MARK: Sentences

    /// Sentences through ICU, with breaks after abbreviations undone.
    func splitSentences(_ scalars: [Unicode.Scalar], _ tokens: [Token]) -> [Sentence] {
        if scalars.isEmpty { return [] }
        // UTF-16 offsets → scalar offsets.
        var utf16: [UInt16] = []
        utf16.reserveCapacity(scalars.count + 16)
        var scalarAt: [Int] = []
        scalarAt.reserveCapacity(scalars.count + 16)
        for (k, sc) in scalars.enumerated() {
            let v = sc.value
            if v < 0x10000 {
                utf16.append(UInt16(truncatingIfNeeded: v)); scalarAt.append(k)
            } else {
                let w = v - 0x10000
                utf16.append(UInt16(truncatingIfNeeded: 0xD800 + (w >> 10))); scalarAt.append(k)
                utf16.append(UInt16(truncatingIfNeeded: 0xDC00 + (w & 0x3FF))); scalarAt.append(k)
            }
        }
        scalarAt.append(scalars.count)
        let raw = (try? sentenceBreaker.segments(utf16: utf16)) ?? [(0, utf16.count, 0)]
        var ends: [Int] = raw.map { scalarAt[$0.end] }
        // Undo breaks right after an abbreviation token or a single capital letter and a dot.
        // The last token ending at each scalar offset (-1: none).
        var tokenIndexByEnd = [Int](repeating: -1, count: scalars.count + 1)
        for (k, t) in tokens.enumerated() where t.end >= 0 && t.end <= scalars.count { tokenIndexByEnd[t.end] = k }
        ends = ends.enumerated().compactMap { idx, end in
            if idx == ends.count - 1 { return end }
            var e = end
            while e > 0, CharClass.isSpace(scalars[e - 1]) { e -= 1 }
            if tokenIndexByEnd[e] >= 0, case let k = tokenIndexByEnd[e], tokens[k].kind == .abbreviation, scalars[e - 1] == "." ,
               !scalars[end..<min(end + 1, scalars.count)].contains("\n") {
                return nil
            }
            return end
        }
        // ICU never ends a sentence before a digit ("… đạt tỷ lệ 78%. 25 đảng viên …"): a "." token
        // followed by a space and a figure ends one too.
        var extra: [Int] = []
        for k in tokens.indices.dropLast() where tokens[k].end - tokens[k].start == 1 && tokens[k].end <= scalars.count
            && scalars[tokens[k].start] == "." && tokens[k + 1].start > tokens[k].end
            && tokens[k + 1].start < scalars.count && CharClass.isDigit(scalars[tokens[k + 1].start])
            && !scalars[tokens[k].end..<tokens[k + 1].start].contains(where: { !CharClass.isSpace($0) }) {
            extra.append(tokens[k].end)
        }
        if !extra.isEmpty { ends = Array(Set(ends + extra)).sorted() }
        var sentences: [Sentence] = []
        var start = 0
        var t = 0
        for end in ends where end > start {
            var s = start, e = end
            while s < e, CharClass.isSpace(scalars[s]) { s += 1 }
            while e > s, CharClass.isSpace(scalars[e - 1]) { e -= 1 }
            let firstToken = t
            while t < tokens.count, tokens[t].start < end { t += 1 }
            if e > s { sentences.append(Sentence(start: s, end: e, tokens: firstToken..<t)) }
            start = end
        }
        return sentences
    }
}
