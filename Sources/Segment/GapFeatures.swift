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
    /// Whether token `k` may join token `k - 1` (both syllables, one space apart); not padded.
    var joinable: [Bool] = []
    var count = 0

    static let kindHashes: [UInt64] = TokenKind.allCases.indices.map { SegmentHash.mix(0xC0DE_0000 + UInt64($0)) }

    /// Fills the context for `tokens[range]` of `scalars`.
    mutating func load(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>,
                       _ range: Range<Int>, _ table: LexiconTable) {
        count = range.count
        let pad = TokenContext.pad
        hashes.removeAll(keepingCapacity: true)
        shapes.removeAll(keepingCapacity: true)
        joinable.removeAll(keepingCapacity: true)
        lexicon.removeAll(keepingCapacity: true)
        for _ in 0..<pad { hashes.append(TokenContext.startHash); shapes.append(Shape.start.rawValue) }
        var previous: Token? = nil
        for k in range {
            let t = tokens[k]
            let shape: Shape
            let hash: UInt64
            switch t.kind {
            case .syllable:
                hash = SegmentHash.lowercased(s, t.start, t.end)
                let first = s[t.start].value
                if SegmentHash.lower(first) == first {
                    shape = .lower
                } else if t.end - t.start >= 2, SegmentHash.lower(s[t.start + 1].value) != s[t.start + 1].value {
                    shape = .upper
                } else {
                    shape = .title
                }
            case .abbreviation:
                hash = SegmentHash.lowercased(s, t.start, t.end); shape = .abbreviation
            case .punctuation, .symbol:
                hash = SegmentHash.lowercased(s, t.start, t.end); shape = .punctuation
            case .number, .percent, .fraction, .date, .time:
                hash = TokenContext.kindHash(t.kind); shape = .numeric
            case .code, .url, .email, .phone:
                hash = TokenContext.kindHash(t.kind); shape = .code
            }
            hashes.append(hash)
            shapes.append(shape.rawValue)
            var join = false
            if let p = previous, p.kind == .syllable, t.kind == .syllable, t.start == p.end + 1, s[p.end] == " " {
                join = true
            }
            joinable.append(join)
            previous = t
        }
        for _ in 0..<pad { hashes.append(TokenContext.endHash); shapes.append(Shape.end.rawValue) }
        // Lexicon words: runs of joinable syllables.
        lexicon = [UInt8](repeating: 0, count: count + 2 * pad)
        for i in 0..<count where tokens[range.lowerBound + i].kind == .syllable {
            var h = SegmentHash.combine(SegmentHash.wordSeed, hashes[i + pad])
            var n = 1
            while n < TokenContext.maxWord, i + n < count, joinable[i + n] {
                h = SegmentHash.combine(h, hashes[i + n + pad])
                n += 1
                if table.contains(h) { lexicon[i + pad] |= UInt8(1 << n) }
            }
        }
    }

    @inline(__always) static func kindHash(_ kind: TokenKind) -> UInt64 {
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

/// Read-only pointers into a loaded `TokenContext` (indices already padded).
struct ContextView {
    let hashes: UnsafePointer<UInt64>
    let shapes: UnsafePointer<UInt8>
    let lexicon: UnsafePointer<UInt8>
    let count: Int

    @inline(__always) func lex(_ p: Int, _ n: Int) -> UInt64 { UInt64((lexicon[p] >> n) & 1) }

    /// Lexicon facts about the gap before padded position `p`, packed into
    /// one value: which short words cross or touch it and the longest word
    /// spanning it.
    @inline(__always)
    func lexiconKey(_ p: Int) -> UInt64 {
        let l = p - 1
        var cover: UInt64 = 0
        var endsAtLeft: UInt64 = 0
        var k = max(TokenContext.pad, p - TokenContext.maxWord)
        while k <= l {
            var bits = Int(lexicon[k]) >> 2
            var n = 2
            while bits != 0 {
                if bits & 1 == 1 {
                    if k + n - 1 >= p { cover = max(cover, UInt64(n)) }
                    if k + n - 1 == l { endsAtLeft = 1 }
                }
                bits >>= 1
                n += 1
            }
            k += 1
        }
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
                    body(ContextView(hashes: h.baseAddress!, shapes: s.baseAddress!, lexicon: l.baseAddress!, count: count))
                }
            }
        }
    }
}

/// Feature hashing: a template number and up to three values, one multiply each.
@inline(__always) func fh(_ t: UInt64, _ a: UInt64) -> UInt64 {
    (a ^ (t &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93
}
@inline(__always) func fh(_ t: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
    (fh(t, a) ^ (b >> 7) ^ b) &* 0xFF51_AFD7_ED55_8CCD
}
@inline(__always) func fh(_ t: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    (fh(t, a, b) ^ (c >> 11) ^ c) &* 0xC4CE_B9FE_1A85_EC53
}

/// The feature templates of the gap before token `r` of the run, as hashes
/// (the top bits index the weight table).
///
/// `previousJoined`: whether `r - 1` joined `r - 2`; `run`: syllables in the
/// word so far. Calls `body` once per feature. With `identity` false only the
/// features that do not name syllables are produced (training uses that to
/// teach the model what to do with words it has never seen).
@inline(__always)
func gapFeatures(_ c: ContextView, _ r: Int, previousJoined: Bool, run: Int, identity: Bool = true,
                 _ body: (UInt64) -> Void) {
    let p = r + TokenContext.pad
    let l = p - 1
    let sl = UInt64(c.shapes[l]), sr = UInt64(c.shapes[p]), sll = UInt64(c.shapes[l - 1]), srr = UInt64(c.shapes[p + 1])
    let lexKey = c.lexiconKey(p)
    let prev: UInt64 = previousJoined ? 1 : 0
    let shapes = sl | sr << 4
    body(fh(1, 0))
    body(fh(11, shapes))
    body(fh(12, shapes | sll << 8 | srr << 12))
    body(fh(15, lexKey))
    body(fh(16, lexKey | prev << 16 | UInt64(min(run, 4)) << 17))
    body(fh(17, lexKey | shapes << 16))
    body(fh(21, lexKey | shapes << 16 | sll << 24 | srr << 28))
    guard identity else { return }
    let hl = c.hashes[l], hr = c.hashes[p], hll = c.hashes[l - 1], hrr = c.hashes[p + 1]
    body(fh(2, hl))
    body(fh(3, hr))
    body(fh(4, hl, hr))
    body(fh(5, hll, hl))
    body(fh(6, hr, hrr))
    body(fh(7, hll, hl, hr))
    body(fh(8, hl, hr, hrr))
    body(fh(9, hll))
    body(fh(10, hrr))
    body(fh(13, shapes, hl))
    body(fh(14, shapes, hr))
    body(fh(18, prev, hr))
    body(fh(19, lexKey & 0x1E5, hl))
    body(fh(20, lexKey & 0x1E5, hr))
}
