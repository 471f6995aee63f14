import KiemdiemTokenize

/// Per-token facts the segmenter's features read, computed once per text run.
///
/// Positions outside the run read as sentence-start / sentence-end markers.
struct TokenContext {
    /// Coarse shape of a token.
    enum Shape: UInt64 {
        case lower = 1, title, upper, abbreviation, numeric, code, punctuation, start, end
    }

    static let startHash: UInt64 = 0x0B05_0B05_0B05_0B05
    static let endHash: UInt64 = 0x0E05_0E05_0E05_0E05

    /// Longest lexicon word the segmenter looks for, in syllables.
    static let maxWord = 6

    var hashes: [UInt64] = []
    var shapes: [Shape] = []
    /// Bit `n` set when the `n` syllables starting here form a lexicon word.
    var lexicon: [UInt8] = []
    /// Whether token `k` may join token `k - 1` (both syllables, one space apart).
    var joinable: [Bool] = []
    var count = 0

    static let kindHashes: [TokenKind: UInt64] = {
        var m: [TokenKind: UInt64] = [:]
        for (i, k) in TokenKind.allCases.enumerated() { m[k] = SegmentHash.mix(0xC0DE_0000 + UInt64(i)) }
        return m
    }()

    /// Fills the context for `tokens[range]` of `scalars`.
    mutating func load(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>,
                       _ range: Range<Int>, _ table: LexiconTable) {
        count = range.count
        hashes.removeAll(keepingCapacity: true)
        shapes.removeAll(keepingCapacity: true)
        joinable.removeAll(keepingCapacity: true)
        lexicon.removeAll(keepingCapacity: true)
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
                hash = TokenContext.kindHashes[t.kind]!; shape = .numeric
            case .code, .url, .email, .phone:
                hash = TokenContext.kindHashes[t.kind]!; shape = .code
            }
            hashes.append(hash)
            shapes.append(shape)
            var join = false
            if let p = previous, p.kind == .syllable, t.kind == .syllable, t.start == p.end + 1, s[p.end] == " " {
                join = true
            }
            joinable.append(join)
            previous = t
        }
        // Lexicon words: runs of joinable syllables.
        lexicon = [UInt8](repeating: 0, count: count)
        for i in 0..<count where tokens[range.lowerBound + i].kind == .syllable {
            var h = SegmentHash.combine(SegmentHash.wordSeed, hashes[i])
            var n = 1
            while n < TokenContext.maxWord, i + n < count, joinable[i + n] {
                h = SegmentHash.combine(h, hashes[i + n])
                n += 1
                if table.contains(h) { lexicon[i] |= UInt8(1 << n) }
            }
        }
    }

    @inline(__always) func hash(_ k: Int) -> UInt64 {
        k < 0 ? TokenContext.startHash : (k >= count ? TokenContext.endHash : hashes[k])
    }
    @inline(__always) func shape(_ k: Int) -> UInt64 {
        k < 0 ? Shape.start.rawValue : (k >= count ? Shape.end.rawValue : shapes[k].rawValue)
    }
    @inline(__always) func lex(_ k: Int, _ n: Int) -> UInt64 {
        k < 0 || k >= count ? 0 : UInt64((lexicon[k] >> n) & 1)
    }

    /// Lexicon facts about the gap before token `r`, packed into one value:
    /// which short words cross or touch it and the longest word spanning it.
    @inline(__always)
    func lexiconKey(_ r: Int) -> UInt64 {
        let l = r - 1
        var cover: UInt64 = 0
        var endsAtLeft: UInt64 = 0
        var k = max(0, r - TokenContext.maxWord)
        while k <= l {
            let bits = lexicon[k]
            if bits != 0 {
                var n = 2
                while n <= TokenContext.maxWord {
                    if (bits >> n) & 1 == 1 {
                        if k + n - 1 >= r { cover = max(cover, UInt64(n)) }
                        if k + n - 1 == l { endsAtLeft = 1 }
                    }
                    n += 1
                }
            }
            k += 1
        }
        let startsAtRight: UInt64 = r < count && lexicon[r] != 0 ? 1 : 0
        return lex(l, 2) | lex(l - 1, 2) << 1 | lex(r, 2) << 2 | lex(l - 1, 3) << 3 | lex(l, 3) << 4
            | cover << 5 | endsAtLeft << 9 | startsAtRight << 10
    }
}

/// The feature templates of the gap between tokens `r - 1` and `r`, as hashes.
///
/// `previousJoined`: whether `r - 1` joined `r - 2`; `run`: syllables in the
/// word so far. Calls `body` once per feature. With `identity` false only the
/// features that do not name syllables are produced (training uses that to
/// teach the model what to do with words it has never seen).
@inline(__always)
func gapFeatures(_ c: TokenContext, _ r: Int, previousJoined: Bool, run: Int, identity: Bool = true,
                 _ body: (UInt64) -> Void) {
    typealias H = SegmentHash
    let l = r - 1
    let sl = c.shape(l), sr = c.shape(r), sll = c.shape(l - 1), srr = c.shape(r + 1)
    let lexKey = c.lexiconKey(r)
    let prev: UInt64 = previousJoined ? 1 : 0
    let shapes = sl | sr << 4
    body(H.mix(1))
    body(H.combine(11, shapes))
    body(H.combine(12, shapes | sll << 8 | srr << 12))
    body(H.combine(15, lexKey))
    body(H.combine(16, lexKey | prev << 16 | UInt64(min(run, 4)) << 17))
    body(H.combine(17, lexKey | shapes << 16))
    body(H.combine(21, lexKey | shapes << 16 | sll << 24 | srr << 28))
    guard identity else { return }
    let hl = c.hash(l), hr = c.hash(r), hll = c.hash(l - 1), hrr = c.hash(r + 1)
    body(H.combine(2, hl))
    body(H.combine(3, hr))
    body(H.combine(H.combine(4, hl), hr))
    body(H.combine(H.combine(5, hll), hl))
    body(H.combine(H.combine(6, hr), hrr))
    body(H.combine(H.combine(H.combine(7, hll), hl), hr))
    body(H.combine(H.combine(H.combine(8, hl), hr), hrr))
    body(H.combine(9, hll))
    body(H.combine(10, hrr))
    body(H.combine(H.combine(13, shapes), hl))
    body(H.combine(H.combine(14, shapes), hr))
    body(H.combine(H.combine(18, prev), hr))
    body(H.combine(H.combine(19, lexKey & 0x1E5), hl))
    body(H.combine(H.combine(20, lexKey & 0x1E5), hr))
}
