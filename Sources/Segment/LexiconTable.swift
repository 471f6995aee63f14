/// A map from 64-bit hashes to one byte, in an open-addressing table: a
/// lookup is one shift and usually one probe.
///
/// The segmenter keeps its lexicon in one: a word's hash is
/// `SegmentHash.combine` folded over the hashes of its lowercased syllables,
/// starting from `SegmentHash.wordSeed`. The byte has bit 0 set for a word
/// and bit 1 for a proper prefix of a longer word, so a lookup of syllable
/// runs can stop as soon as no word continues.
public struct LexiconTable: Sendable {
    /// The stored hashes, sorted (what the model file keeps).
    public let hashes: [UInt64]
    /// The byte of each entry of `hashes`.
    public let values: [UInt8]
    /// Open-addressing slots, 32 bits each: a 30-bit fingerprint of the
    /// hash (its top bits) and the 2-bit value. Small enough to stay in cache;
    /// a false match needs 46 equal hash bits.
    private let slots: [UInt32]
    private let mask: Int
    /// One bit per 2^`filterBits` hash bucket, set when some entry falls in
    /// it: most lookups are of syllable runs that are no word, and this
    /// 32 KB bitset answers them without touching the larger slot table.
    private let filter: [UInt64]
    static let filterBits = 18

    /// Builds the table from hashes with the byte 1 (duplicates are fine).
    public init(hashes: [UInt64]) {
        let unique = Array(Set(hashes.map { $0 == 0 ? 1 : $0 })).sorted()
        self.init(hashes: unique, values: [UInt8](repeating: 1, count: unique.count))
    }

    /// Builds the table from distinct hashes and their bytes.
    public init(hashes: [UInt64], values: [UInt8]) {
        precondition(hashes.count == values.count)
        if zip(hashes, hashes.dropFirst()).allSatisfy({ $0 < $1 }) && !hashes.contains(0) {
            self.hashes = hashes; self.values = values      // already in file order (a loaded model)
        } else {
            let order = hashes.indices.sorted { hashes[$0] < hashes[$1] }
            self.hashes = order.map { hashes[$0] == 0 ? 1 : hashes[$0] }
            self.values = order.map { values[$0] }
        }
        var capacity = 16
        while capacity < hashes.count * 2 + 1 { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (h, v) in zip(self.hashes, self.values) where v & 3 != 0 {
            let fp = LexiconTable.fingerprint(h)
            var i = Int(truncatingIfNeeded: h >> 7) & mask
            while slots[i] != 0 && slots[i] >> 2 != fp { i = (i + 1) & mask }
            slots[i] |= fp << 2 | UInt32(v & 3)
        }
        self.slots = slots
        self.mask = mask
        var filter = [UInt64](repeating: 0, count: (1 << LexiconTable.filterBits) / 64)
        for (h, v) in zip(self.hashes, self.values) where v & 3 != 0 {
            let b = LexiconTable.filterBucket(h)
            filter[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.filter = filter
    }

    @inline(__always)
    static func filterBucket(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key >> 23) & ((1 << filterBits) - 1)
    }

    public static let wordBit: UInt8 = 1, prefixBit: UInt8 = 2

    /// The lexicon of `words` (syllable hash sequences; fewer than two
    /// syllables are ignored) with their prefixes marked.
    public init(words: [[UInt64]]) {
        var entries: [UInt64: UInt8] = [:]
        for w in words where w.count >= 2 {
            var h = SegmentHash.wordSeed
            for (k, s) in w.enumerated() {
                h = SegmentHash.combine(h, s)
                let key = h == 0 ? 1 : h
                if k == w.count - 1 { entries[key, default: 0] |= LexiconTable.wordBit }
                else if k >= 1 { entries[key, default: 0] |= LexiconTable.prefixBit }
            }
        }
        self.init(hashes: Array(entries.keys), values: Array(entries.values))
    }

    /// The lexicon of words written with spaces (or `_`) between syllables.
    public init(words: [String]) {
        self.init(words: words.map(LexiconTable.syllables(of:)))
    }

    /// The hash of a word written with spaces or `_` between syllables; nil
    /// for fewer than two syllables.
    public static func hash(of word: String) -> UInt64? {
        let s = syllables(of: word)
        return s.count >= 2 ? wordHash(s) : nil
    }

    /// The syllable hashes of a word written with spaces (or `_`) between syllables.
    public static func syllables(of word: String) -> [UInt64] {
        word.split(whereSeparator: { $0 == " " || $0 == "_" }).map { SegmentHash.lowercased($0) }
    }

    /// The hash of a word given its syllable hashes.
    public static func wordHash(_ syllables: [UInt64]) -> UInt64 {
        var h = SegmentHash.wordSeed
        for s in syllables { h = SegmentHash.combine(h, s) }
        return h == 0 ? 1 : h
    }

    /// Number of entries.
    public var count: Int { hashes.count }

    /// Whether `h` is the hash of a word (not only a prefix).
    @inline(__always)
    public func contains(_ h: UInt64) -> Bool { value(h) & LexiconTable.wordBit != 0 }

    @inline(__always)
    static func fingerprint(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 34) }

    /// The byte stored for `h` (its two low bits), 0 when absent.
    @inline(__always)
    public func value(_ h: UInt64) -> UInt8 {
        let key = h == 0 ? 1 : h
        let b = LexiconTable.filterBucket(key)
        if filter.withUnsafeBufferPointer({ $0[b >> 6] }) & (1 << UInt64(b & 63)) == 0 { return 0 }
        let fp = LexiconTable.fingerprint(key)
        return slots.withUnsafeBufferPointer { p in
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let v = p[i]
                if v >> 2 == fp { return UInt8(v & 3) }
                if v == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }
}

