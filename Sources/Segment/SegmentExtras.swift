/// Optional feature groups of the segmenter and the statistics some of them
/// read (see `extraGapFeatures`).
public struct SegmentExtras: Sendable {
    /// Tone classes of the syllables around the gap.
    public static let tones: UInt32 = 1
    /// Rhymes (tone-stripped) of the two syllables, as a pair and each with its tone.
    public static let rhymes: UInt32 = 2
    /// Onsets of the two syllables; letter counts.
    public static let onsets: UInt32 = 4
    /// Tone-stripped syllables: the pair across the gap and each side.
    public static let bare: UInt32 = 8
    /// With `bare`: drop those features with the identity ones in training.
    public static let bareDropped: UInt32 = 16
    /// `bare` strips every diacritic, not only the tone.
    public static let unaccented: UInt32 = 32
    /// How often the training text joins the pair across the gap (`pairStats`).
    public static let pairs: UInt32 = 64
    /// How many lexicon words hold each syllable first / later (`syllableStats`).
    public static let positions: UInt32 = 128

    /// Title-case syllables opening a sentence or quotation get a shape of their own.
    public static let initialTitle: UInt32 = 256

    /// How often the training text joins each syllable to the one before / after it.
    public static let syllableText: UInt32 = 512
    /// The pair statistics with the previous decision (a history feature).
    public static let pairHistory: UInt32 = 1024

    /// Pair statistics variants: finer bins; without the neighbouring gaps; with the shapes.
    public static let fineBins: UInt32 = 2048
    public static let noNeighbours: UInt32 = 4096
    public static let pairShapes: UInt32 = 8192

    /// Training only: a sentence does not see the identity lines of the
    /// syllable pairs (syllables) that occur in its own fold only.
    public static let hideNovelPairs: UInt32 = 16384
    public static let hideNovelSyllables: UInt32 = 32768

    /// Training only: the hiding folds are contiguous blocks of sentences
    /// (an article's sentences stay together), not every `folds`-th one.
    public static let contiguousFolds: UInt32 = 65536

    /// History: whether the word so far, and the word so far with the right
    /// syllable, are lexicon words.
    public static let wordSoFar: UInt32 = 131072

    public var mask: UInt32
    /// Pair key (`pairKey`) → binned joined/split counts in the training text.
    public var pairStats: [UInt64: UInt8]
    /// Syllable hash → log2 bins of the number of lexicon words it begins
    /// (low 4 bits) and of those it is a later syllable of (high 4 bits).
    public var syllableStats: [UInt64: UInt8]

    public init(mask: UInt32, pairStats: [UInt64: UInt8] = [:], syllableStats: [UInt64: UInt8] = [:]) {
        self.mask = mask; self.pairStats = pairStats; self.syllableStats = syllableStats
    }

    /// The key of the syllable pair `a b` (the lexicon hash of the two-syllable word).
    @inline(__always)
    static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 {
        SegmentHash.combine(SegmentHash.combine(SegmentHash.wordSeed, a), b)
    }

    /// Keys of a syllable's joined/split counts with the syllable before / after it.
    @inline(__always)
    static func previousKey(_ a: UInt64) -> UInt64 { SegmentHash.mix(a ^ 0x5072_6576) }
    @inline(__always)
    static func nextKey(_ a: UInt64) -> UInt64 { SegmentHash.mix(a ^ 0x4E65_7874) }

    /// The byte of a pair seen `joined` times inside a word and `split`
    /// times across a word boundary: 0 when unseen, else 1 + 4 × ratio bin
    /// (0, <¼, <½, <¾, <1, 1) + count bin (1, 2–3, 4–7, 8+).
    static func pairByte(joined: Int, split: Int, fine: Bool = false) -> UInt8 {
        let n = joined + split
        guard n > 0 else { return 0 }
        if fine {
            let ratio = joined == 0 ? 0 : joined == n ? 11 : 1 + min(9, 10 * joined / n)
            let count = n >= 16 ? 5 : n >= 8 ? 4 : n >= 4 ? 3 : n >= 3 ? 2 : n >= 2 ? 1 : 0
            return UInt8(1 + 6 * ratio + count)
        }
        let ratio: Int
        if joined == 0 { ratio = 0 } else if joined == n { ratio = 5 } else { ratio = 1 + min(3, 4 * joined / n) }
        let count = n >= 8 ? 3 : n >= 4 ? 2 : n >= 2 ? 1 : 0
        return UInt8(1 + 4 * ratio + count)
    }

    /// Log2 bin of a count, 0...15.
    static func bin(_ n: Int) -> UInt8 {
        n <= 0 ? 0 : UInt8(min(15, Int.bitWidth - n.leadingZeroBitCount))
    }

    /// `syllableStats` of a word list (syllable hash sequences).
    static func positionStats(_ words: [[UInt64]]) -> [UInt64: UInt8] {
        var first: [UInt64: Int] = [:], later: [UInt64: Int] = [:]
        var seen = Set<[UInt64]>()
        for w in words where w.count >= 2 && seen.insert(w).inserted {
            first[w[0], default: 0] += 1
            for s in w.dropFirst() { later[s, default: 0] += 1 }
        }
        var out: [UInt64: UInt8] = [:]
        for k in Set(first.keys).union(later.keys) {
            out[k] = bin(first[k] ?? 0) | bin(later[k] ?? 0) << 4
        }
        return out
    }
}
