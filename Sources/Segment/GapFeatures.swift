import KiemdiemTokenize

/// Per-token facts the segmenter's features read, computed once per text run.
///
/// Arrays are padded with `pad` entries at both ends so that neighbours of
/// the first and last tokens read as sentence-start / sentence-end markers
/// without a bounds check: token `k` of the run is at index `k + pad`.
struct TokenContext {
    /// Coarse shape of a token.
    enum Shape: UInt8 {
        case lower = 1, title, upper, abbreviation, numeric, code, punctuation, start, end
    }

    static let pad = 2
    static let startHash: UInt64 = 0x0B05_0B05_0B05_0B05
    static let endHash: UInt64 = 0x0E05_0E05_0E05_0E05
    /// Longest lexicon word the segmenter looks for, in syllables.
    static let maxWord = 6

    var hashes: [UInt64] = []
    var shapes: [UInt8] = []
    /// Bit `n` set when the `n` syllables starting here form a lexicon word.
    var lexicon: [UInt8] = []
    /// Per padded position `p`: the longest lexicon word spanning the gap
    /// before `p` (bits 0–3) and whether a word ends at `p - 1` (bit 4).
    var spans: [UInt8] = []
    /// Weight-table line (index with the low 4 bits clear) of the syllable
    /// at each padded position and of the pair ending there (see
    /// `staticGapFeatures`).
    var unigramLines: [Int] = []
    var pairLines: [Int] = []
    /// Whether token `k` may join token `k - 1` (both syllables, one space apart); not padded.
    var joinable: [Bool] = []
    var count = 0

    static let kindHashes: [UInt64] = TokenKind.allCases.indices.map { SegmentHash.mix(0xC0DE_0000 + UInt64($0)) }

    /// Fills the context for `tokens[range]` of `scalars`.
    mutating func load(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>,
                       _ range: Range<Int>, _ table: LexiconTable, bits: Int) {
        count = range.count
        let pad = TokenContext.pad
        let total = count + 2 * pad
        // Arrays only grow; each run overwrites the first `total` entries.
        if hashes.count < total {
            let size = max(total, 2 * hashes.count)
            hashes = [UInt64](repeating: 0, count: size)
            shapes = [UInt8](repeating: 0, count: size)
            joinable = [Bool](repeating: false, count: size)
            lexicon = [UInt8](repeating: 0, count: size)
            spans = [UInt8](repeating: 0, count: size)
            unigramLines = [Int](repeating: 0, count: size)
            pairLines = [Int](repeating: 0, count: size)
        }
        let count = self.count
        let base = range.lowerBound
        let shift = UInt64(64 - bits)
        let kindHashes = TokenContext.kindHashes
        SegmentHash.lowerTable.withUnsafeBufferPointer { lowerTable in
        let lowerTable = lowerTable.baseAddress!
        hashes.withUnsafeMutableBufferPointer { hashes in
        shapes.withUnsafeMutableBufferPointer { shapes in
        joinable.withUnsafeMutableBufferPointer { joinable in
        lexicon.withUnsafeMutableBufferPointer { lexicon in
        spans.withUnsafeMutableBufferPointer { spans in
        unigramLines.withUnsafeMutableBufferPointer { unigramLines in
        pairLines.withUnsafeMutableBufferPointer { pairLines in
            for q in 0..<pad {
                hashes[q] = TokenContext.startHash; shapes[q] = Shape.start.rawValue
                hashes[count + pad + q] = TokenContext.endHash; shapes[count + pad + q] = Shape.end.rawValue
            }
            for q in 0..<total { lexicon[q] = 0; spans[q] = 0 }
            for i in 0..<count {
                let t = tokens[base + i]
                let shape: Shape
                let hash: UInt64
                switch t.kind {
                case .syllable:
                    hash = SegmentHash.lowercased(s, t.start, t.end, lowerTable)
                    let first = s[t.start].value
                    if SegmentHash.lower(first, lowerTable) == first {
                        shape = .lower
                    } else if t.end - t.start >= 2, SegmentHash.lower(s[t.start + 1].value, lowerTable) != s[t.start + 1].value {
                        shape = .upper
                    } else {
                        shape = .title
                    }
                case .abbreviation:
                    hash = SegmentHash.lowercased(s, t.start, t.end, lowerTable); shape = .abbreviation
                case .punctuation, .symbol:
                    hash = SegmentHash.lowercased(s, t.start, t.end, lowerTable); shape = .punctuation
                case .number, .percent, .fraction, .date, .time:
                    hash = TokenContext.kindHash(t.kind, kindHashes); shape = .numeric
                case .code, .url, .email, .phone:
                    hash = TokenContext.kindHash(t.kind, kindHashes); shape = .code
                }
                hashes[i + pad] = hash
                shapes[i + pad] = shape.rawValue
                var join = false
                if i > 0 {
                    let p = tokens[base + i - 1]
                    join = p.kind == .syllable && t.kind == .syllable && t.start == p.end + 1 && s[p.end] == " "
                }
                joinable[i] = join
            }
            // Lexicon words: runs of joinable syllables; stop when no word continues.
            for i in 0..<count where i + 1 < count && joinable[i + 1] {
                var h = SegmentHash.combine(SegmentHash.wordSeed, hashes[i + pad])
                var n = 1
                while n < TokenContext.maxWord, i + n < count, joinable[i + n] {
                    h = SegmentHash.combine(h, hashes[i + n + pad])
                    n += 1
                    let v = table.value(h)
                    if v & LexiconTable.wordBit != 0 { lexicon[i + pad] |= UInt8(1 << n) }
                    if v & LexiconTable.prefixBit == 0 { break }
                }
            }
            for q in 0..<total {
                let h = hashes[q]
                unigramLines[q] = Int(fh(100, h) >> shift) & ~15
                pairLines[q] = q >= 1 ? Int(fh(101, hashes[q - 1], h) >> shift) & ~15 : 0
            }
            for k in pad..<(count + pad) where lexicon[k] != 0 {
                var n = 2
                while n <= TokenContext.maxWord {
                    if (lexicon[k] >> n) & 1 == 1 {
                        for g in (k + 1)..<(k + n) where spans[g] & 15 < n { spans[g] = (spans[g] & 16) | UInt8(n) }
                        spans[k + n] |= 16      // a word ends at k + n - 1: the gap before k + n
                    }
                    n += 1
                }
            }
        }}}}}}}}
    }

    @inline(__always) static func kindHash(_ kind: TokenKind, _ kindHashes: [UInt64]) -> UInt64 {
        switch kind {
        case .number: return kindHashes[2]
        case .percent: return kindHashes[3]
        case .date: return kindHashes[4]
        case .fraction: return kindHashes[5]
        case .time: return kindHashes[6]
        case .code: return kindHashes[7]
        case .url: return kindHashes[8]
        case .email: return kindHashes[9]
        case .phone: return kindHashes[10]
        default: return kindHashes[0]
        }
    }
}

extension TokenContext {
    /// Replaces every syllable and pair line by its line in a packed table
    /// (`remap[line]`, in lines of 16 weights).
    mutating func remapLines(_ remap: [UInt16]) {
        let total = count + 2 * TokenContext.pad
        remap.withUnsafeBufferPointer { m in
            unigramLines.withUnsafeMutableBufferPointer { u in
                pairLines.withUnsafeMutableBufferPointer { pl in
                    for q in 0..<total {
                        u[q] = Int(m[u[q] >> 4]) << 4
                        pl[q] = Int(m[pl[q] >> 4]) << 4
                    }
                }
            }
        }
    }
}

/// Read-only pointers into a loaded `TokenContext` (indices already padded).
struct ContextView {
    let hashes: UnsafePointer<UInt64>
    let shapes: UnsafePointer<UInt8>
    let lexicon: UnsafePointer<UInt8>
    let spans: UnsafePointer<UInt8>
    let unigramLines: UnsafePointer<Int>
    let pairLines: UnsafePointer<Int>
    let count: Int

    @inline(__always) func lex(_ p: Int, _ n: Int) -> UInt64 { UInt64((lexicon[p] >> n) & 1) }

    /// Lexicon facts about the gap before padded position `p`, packed into
    /// one value: which short words cross or touch it and the longest word
    /// spanning it.
    @inline(__always)
    func lexiconKey(_ p: Int) -> UInt64 {
        let l = p - 1
        let cover = UInt64(spans[p] & 15)
        let endsAtLeft = UInt64(spans[p] >> 4)
        let startsAtRight: UInt64 = lexicon[p] != 0 ? 1 : 0
        return lex(l, 2) | lex(l - 1, 2) << 1 | lex(p, 2) << 2 | lex(l - 1, 3) << 3 | lex(l, 3) << 4
            | cover << 5 | endsAtLeft << 9 | startsAtRight << 10
    }
}

extension TokenContext {
    /// Calls `body` with pointers into the context.
    @inline(__always)
    func withView<R>(_ body: (ContextView) -> R) -> R {
        hashes.withUnsafeBufferPointer { h in
            shapes.withUnsafeBufferPointer { s in
                lexicon.withUnsafeBufferPointer { l in
                    spans.withUnsafeBufferPointer { sp in
                        unigramLines.withUnsafeBufferPointer { u in
                            pairLines.withUnsafeBufferPointer { pl in
                                body(ContextView(hashes: h.baseAddress!, shapes: s.baseAddress!, lexicon: l.baseAddress!,
                                                 spans: sp.baseAddress!, unigramLines: u.baseAddress!,
                                                 pairLines: pl.baseAddress!, count: count))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Feature hashing: a template number and one or two values, one multiply each.
@inline(__always) func fh(_ t: UInt64, _ a: UInt64) -> UInt64 {
    (a ^ (t &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93
}
@inline(__always) func fh(_ t: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
    (fh(t, a) ^ (b >> 7) ^ b) &* 0xFF51_AFD7_ED55_8CCD
}

/// The features of the gap before token `r` of the run, as weight-table
/// indices (`bits`: log2 of the table size): `staticGapFeatures` and
/// `historyGapFeatures` together.
///
/// `previousJoined`: whether `r - 1` joined `r - 2`; `run`: syllables in the
/// word so far. With `identity` false only the features that do not name
/// syllables are produced (training uses that to teach the model what to do
/// with words it has never seen).
@inline(__always)
func gapFeatures(_ c: ContextView, _ r: Int, bits: Int, previousJoined: Bool, run: Int, identity: Bool = true,
                 _ body: (Int) -> Void) {
    staticGapFeatures(c, r, bits: bits, identity: identity, generic: body, body)
    historyGapFeatures(c, r, bits: bits, previousJoined: previousJoined, run: run, identity: identity, generic: body, body)
}

/// The features that do not depend on earlier decisions.
///
/// Generic features (shapes, lexicon facts) are hashed one by one; they
/// take few distinct values and stay in cache. Features that name syllables
/// are grouped so that one 64-byte line of the table (16 weights) holds all
/// the roles of one syllable or one syllable pair: a gap then touches about
/// two new lines instead of a dozen. (Syllable triples were tried and gave
/// nothing on held-out data.) Since none of them
/// depends on the previous decision, a whole run's static scores can be
/// computed first with many memory loads in flight.
@inline(__always)
/// Generic features go to `generic` (indices of the full table), the ones
/// that name syllables to `body` (a syllable or pair line of
/// `c.unigramLines` / `c.pairLines` plus a role below 16).
func staticGapFeatures(_ c: ContextView, _ r: Int, bits: Int, identity: Bool, generic: (Int) -> Void,
                       _ body: (Int) -> Void) {
    let key = genericGapKey(c, r)
    staticGenericFeatures(key, bits: bits, generic)
    if identity { staticIdentityFeatures(c, r, key, body) }
}

/// What the generic static features of the gap before token `r` depend on,
/// packed into 27 bits: the lexicon key (11 bits) and the shapes of the
/// tokens two left, left, right and two right of the gap (4 bits each).
@inline(__always)
func genericGapKey(_ c: ContextView, _ r: Int) -> UInt32 {
    let p = r + TokenContext.pad
    let l = p - 1
    return UInt32(truncatingIfNeeded: c.lexiconKey(p)) | UInt32(c.shapes[l]) << 11 | UInt32(c.shapes[p]) << 15
        | UInt32(c.shapes[l - 1]) << 19 | UInt32(c.shapes[p + 1]) << 23
}

/// The generic static features of a gap with key `key` (`genericGapKey`):
/// shapes and lexicon facts, hashed one by one.
@inline(__always)
func staticGenericFeatures(_ key: UInt32, bits: Int, _ generic: (Int) -> Void) {
    let shift = UInt64(64 - bits)
    let lexKey = UInt64(key & 0x7FF)
    let sl = UInt64(key >> 11 & 15), sr = UInt64(key >> 15 & 15), sll = UInt64(key >> 19 & 15), srr = UInt64(key >> 23 & 15)
    let shapes = sl | sr << 4
    generic(Int(fh(1, 0) >> shift))
    generic(Int(fh(11, shapes) >> shift))
    generic(Int(fh(12, shapes | sll << 8 | srr << 12) >> shift))
    generic(Int(fh(15, lexKey) >> shift))
    generic(Int(fh(17, lexKey | shapes << 16) >> shift))
    generic(Int(fh(21, lexKey | shapes << 16 | sll << 24 | srr << 28) >> shift))
}

/// The static features that name syllables (see `staticGapFeatures`).
@inline(__always)
func staticIdentityFeatures(_ c: ContextView, _ r: Int, _ key: UInt32, _ body: (Int) -> Void) {
    let p = r + TokenContext.pad
    let l = p - 1
    let lexKey = key & 0x7FF
    let sl = key >> 11 & 15, sr = key >> 15 & 15
    let lexBits = Int(lexKey & 1) | ((lexKey >> 5) & 7 != 0 ? 2 : 0)
    let capL = sl == 2 || sl == 3, capR = sr == 2 || sr == 3
    let uL = c.unigramLines[l], uR = c.unigramLines[p]
    body(uL)                                  // syllable left of the gap
    body(uL | (6 + lexBits))                  // ... with the lexicon facts
    if capR { body(uL | 14) }                 // ... before a capitalized syllable
    body(uR | 1)                              // syllable right of the gap
    body(uR | (10 + lexBits))
    if capL { body(uR | 15) }
    body(c.unigramLines[l - 1] | 2)           // two left
    body(c.unigramLines[p + 1] | 3)           // two right
    let center = c.pairLines[p]
    body(center)                              // the pair across the gap
    body(center | (3 + lexBits))
    body(center | (9 + (capL ? 1 : 0) + (capR ? 2 : 0)))
    body(c.pairLines[l] | 1)                  // the pair before it
    body(c.pairLines[p + 1] | 2)              // the pair after it
}

/// The features that depend on the previous decision and the word's length
/// so far (their table lines are the ones the static features touched).
@inline(__always)
func historyGapFeatures(_ c: ContextView, _ r: Int, bits: Int, previousJoined: Bool, run: Int, identity: Bool,
                        generic: (Int) -> Void, _ body: (Int) -> Void) {
    let shift = UInt64(64 - bits)
    let p = r + TokenContext.pad
    let prev: UInt64 = previousJoined ? 1 : 0
    let lexKey = c.lexiconKey(p)
    generic(Int(fh(16, lexKey | prev << 16 | UInt64(min(run, 4)) << 17) >> shift))
    guard identity else { return }
    body(c.unigramLines[p] | Int(4 + prev))   // right syllable after a join or not
    body(c.pairLines[p] | Int(7 + prev))      // the pair, likewise
}
