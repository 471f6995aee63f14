import Foundation

/// Numbers for the words of the phrase tables, shared by every extractor and
/// thread: a phrase table looks a token up by its number (an array index)
/// instead of hashing its text, and compares phrases number by number.
///
/// A word's number is given once (`intern`, when a table is built) and never
/// changes; canonically equal spellings share one number. A word view asks
/// for the numbers of its tokens once (`numbers`), and records how many words
/// were numbered then (`generation`): a table with a word numbered later
/// (built after the view) falls back to comparing text.
final class WordIDs: @unchecked Sendable {
    static let shared = WordIDs()

    private let lock = NSLock()
    private var byText: [String: Int32] = [:]
    /// Numbers by the UTF-8 bytes of each word's NFC (`ByteIDTable`).
    private var byBytes = ByteIDTable()
    private var next: Int32 = 0

    /// The number of lowercase word `w` (given now if it has none).
    func intern(_ w: String) -> Int32 {
        lock.lock(); defer { lock.unlock() }
        if let id = byText[w] { return id }
        let id = next
        next += 1
        byText[w] = id
        // Plain tokens (NFC) are looked up by bytes: key the NFC form.
        byBytes.set(w.precomposedStringWithCanonicalMapping, id)
        return id
    }

    /// The numbers of lowercase tokens (-1 for words no table has), and the
    /// count of numbered words they were looked up among. Plain tokens are
    /// looked up by bytes, others by String equality (`ScalarText.isPlain`).
    func numbers(_ lower: [String], plain: [Bool]) -> (ids: [Int32], generation: Int32) {
        lock.lock(); defer { lock.unlock() }
        let byBytes = self.byBytes, byText = self.byText
        var ids: [Int32] = []
        ids.reserveCapacity(lower.count)
        for (w, p) in zip(lower, plain) {
            ids.append((p ? byBytes.value(w) : byText[w]) ?? -1)
        }
        return (ids, next)
    }
}

/// Word numbers keyed by UTF-8 bytes: open addressing with FNV-1a hashes,
/// the keys' bytes in one array. Gives the same answers as a
/// `[ByteKey: Int32]` (a key set again takes the new number) without
/// `Hasher` and `String` work per lookup.
struct ByteIDTable {
    private var bytes: [UInt8] = []
    private var hashes: [UInt64]
    private var starts: [Int32]
    private var lengths: [Int32]
    /// The number in each slot, -1 for an empty slot.
    private var values: [Int32]
    private var count = 0

    init() {
        hashes = []; starts = []; lengths = []; values = []
        allocate(64)
    }

    private mutating func allocate(_ capacity: Int) {
        hashes = [UInt64](repeating: 0, count: capacity)
        starts = [Int32](repeating: 0, count: capacity)
        lengths = [Int32](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
    }

    @inline(__always) static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int {
        let mask = values.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while values[i] >= 0 {
            if hashes[i] == h, Int(lengths[i]) == key.count {
                let start = Int(starts[i])
                var same = true
                for k in 0..<key.count where bytes[start + k] != key[k] { same = false; break }
                if same { return i }
            }
            i = (i + 1) & mask
        }
        return i
    }

    /// The number of the word with the bytes of `w`.
    func value(_ w: String) -> Int32? {
        var w = w
        return w.withUTF8 { p -> Int32? in
            let i = slot(p, ByteIDTable.hash(p))
            return values[i] >= 0 ? values[i] : nil
        }
    }

    /// Gives the word with the bytes of `w` the number `id`.
    mutating func set(_ w: String, _ id: Int32) {
        if (count + 1) * 2 > values.count { grow() }
        var w = w
        w.withUTF8 { p in
            let h = ByteIDTable.hash(p)
            let i = slot(p, h)
            if values[i] < 0 {
                hashes[i] = h
                starts[i] = Int32(bytes.count)
                lengths[i] = Int32(p.count)
                bytes.append(contentsOf: p)
                count += 1
            }
            values[i] = id
        }
    }

    private mutating func grow() {
        let old = (hashes, starts, lengths, values)
        allocate(values.count * 2)
        let mask = values.count - 1
        for k in old.3.indices where old.3[k] >= 0 {
            var i = Int(truncatingIfNeeded: old.0[k]) & mask
            while values[i] >= 0 { i = (i + 1) & mask }
            hashes[i] = old.0[k]; starts[i] = old.1[k]; lengths[i] = old.2[k]; values[i] = old.3[k]
        }
    }
}
