/// A map from 64-bit hashes to one byte, in an open-addressing table: a
/// lookup is one shift and usually one probe.
///
/// Used twice by the segmenter: for words (a word's hash is
/// `SegmentHash.combine` folded over the hashes of its lowercased syllables,
/// starting from `SegmentHash.wordSeed`; the byte is 1) and for syllables
/// (the byte says where in lexicon words the syllable occurs, see
/// `SyllableRoles`).
public struct LexiconTable: Sendable {
    /// The stored hashes, sorted (what the model file keeps).
    public let hashes: [UInt64]
    /// The byte of each entry of `hashes`.
    public let values: [UInt8]
    private let slots: [UInt64]
    private let slotValues: [UInt8]
    private let mask: Int

    /// Builds the table from hashes with the byte 1 (duplicates are fine).
    public init(hashes: [UInt64]) {
        let unique = Array(Set(hashes.map { $0 == 0 ? 1 : $0 })).sorted()
        self.init(hashes: unique, values: [UInt8](repeating: 1, count: unique.count))
    }

    /// Builds the table from distinct hashes and their bytes.
    public init(hashes: [UInt64], values: [UInt8]) {
        precondition(hashes.count == values.count)
        let order = hashes.indices.sorted { hashes[$0] < hashes[$1] }
        self.hashes = order.map { hashes[$0] == 0 ? 1 : hashes[$0] }
        self.values = order.map { values[$0] }
        var capacity = 16
        while capacity < hashes.count * 2 + 1 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var slotValues = [UInt8](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (h, v) in zip(self.hashes, self.values) {
            var i = Int(truncatingIfNeeded: h >> 7) & mask
            while slots[i] != 0 && slots[i] != h { i = (i + 1) & mask }
            slots[i] = h
            slotValues[i] = v
        }
        self.slots = slots
        self.slotValues = slotValues
        self.mask = mask
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

    /// Whether `h` is in the table.
    @inline(__always)
    public func contains(_ h: UInt64) -> Bool { value(h) != 0 }

    /// The byte stored for `h`, 0 when absent.
    @inline(__always)
    public func value(_ h: UInt64) -> UInt8 {
        let key = h == 0 ? 1 : h
        return slots.withUnsafeBufferPointer { p in
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let v = p[i]
                if v == key { return slotValues[i] }
                if v == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }
}

/// Where a syllable occurs in lexicon words, packed into a byte: how often
/// it starts a word (bits 0–1, bucketed 0, 1, 2–4, 5+), how often it ends
/// one (bits 2–3) and whether it occurs inside one (bit 4). Bit 7 is always
/// set, so a known syllable never reads as 0.
public enum SyllableRoles {
    static func bucket(_ n: Int) -> UInt8 { n == 0 ? 0 : n == 1 ? 1 : n <= 4 ? 2 : 3 }

    /// The syllable table of a list of words (syllable hash sequences).
    public static func table(_ words: [[UInt64]]) -> LexiconTable {
        var first: [UInt64: Int] = [:], last: [UInt64: Int] = [:], inner: Set<UInt64> = []
        for w in words where w.count >= 2 {
            first[w[0], default: 0] += 1
            last[w[w.count - 1], default: 0] += 1
            for s in w.dropFirst().dropLast() { inner.insert(s) }
        }
        let keys = Set(first.keys).union(last.keys).union(inner)
        let hashes = Array(keys)
        let values = hashes.map { h -> UInt8 in
            0x80 | bucket(first[h] ?? 0) | bucket(last[h] ?? 0) << 2 | (inner.contains(h) ? 0x10 : 0)
        }
        return LexiconTable(hashes: hashes, values: values)
    }
}
