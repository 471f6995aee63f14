/// A set of words (syllable sequences) stored as 64-bit hashes in an
/// open-addressing table: a lookup is one multiply and usually one probe.
///
/// A word's hash is `SegmentHash.combine` folded over the hashes of its
/// lowercased syllables, starting from `SegmentHash.wordSeed`.
public struct LexiconTable: Sendable {
    /// The stored word hashes, sorted (what the model file keeps).
    public let hashes: [UInt64]
    private let slots: [UInt64]
    private let mask: Int

    /// Builds the table from word hashes (duplicates are fine).
    public init(hashes: [UInt64]) {
        let unique = Array(Set(hashes.map { $0 == 0 ? 1 : $0 })).sorted()
        self.hashes = unique
        var capacity = 16
        while capacity < unique.count * 2 + 1 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for h in unique {
            var i = Int(truncatingIfNeeded: h >> 7) & mask
            while slots[i] != 0 && slots[i] != h { i = (i + 1) & mask }
            slots[i] = h
        }
        self.slots = slots
        self.mask = mask
    }

    /// Builds the table from words written with spaces between syllables.
    public init(words: [String]) {
        self.init(hashes: words.compactMap { LexiconTable.hash(of: $0) })
    }

    /// The hash of a word written with spaces (or `_`) between syllables;
    /// nil when it has fewer than two syllables.
    public static func hash(of word: String) -> UInt64? {
        let parts = word.split(whereSeparator: { $0 == " " || $0 == "_" })
        guard parts.count >= 2 else { return nil }
        var h = SegmentHash.wordSeed
        for p in parts { h = SegmentHash.combine(h, SegmentHash.lowercased(p)) }
        return h == 0 ? 1 : h
    }

    /// Number of words.
    public var count: Int { hashes.count }

    /// Whether the word with hash `h` is in the table.
    @inline(__always)
    public func contains(_ h: UInt64) -> Bool {
        let key = h == 0 ? 1 : h
        return slots.withUnsafeBufferPointer { p in
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let v = p[i]
                if v == key { return true }
                if v == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}
