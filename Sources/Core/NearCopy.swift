/// Near-copy detection (RECORDS.md `duplicateOf`): MinHash over word shingles.
///
/// A text's words are its runs of letters and digits, lowercased; its
/// shingles are every run of `shingleSize` consecutive words (a text with
/// fewer words is one shingle). The signature holds, for each of `hashCount`
/// seeded 64-bit hash functions, the least hash over the shingles (its top
/// 32 bits). The share of equal positions of two signatures estimates the
/// Jaccard similarity of the two shingle sets; two texts whose estimate is
/// at least `threshold` are near-copies. Candidates are found by locality
/// sensitive hashing: the first `bands` × `rowsPerBand` values cut into
/// `bands` bands, each hashed to one key; texts that share a key are compared
/// (a pair at similarity 0.69 shares one with probability 0.9998, at 0.5 0.94,
/// at 0.125 0.04).
///
/// The threshold was chosen from real reposts (docs/BENCHMARKS.md, "Near
/// copies"): reposts of the 40 real-dev articles with a header or footer line
/// added or changed score 0.69–1.0 (median 0.94); the 780 pairs of different
/// articles at most 0.125. 0.5 sits between them with room on both sides.
///
/// Text alone is not enough: posts of different bodies written from one
/// template (the synthetic bench corpus; wards reporting in the same words)
/// can score above 0.5 with other figures. So a record is a near-copy only
/// when its organization and every figure (ratings and totals) are also the
/// same as the earlier record's (`figuresKey`): leaving the copy out of the
/// statistics then changes no figure.
public enum NearCopy {
    /// Words per shingle.
    public static let shingleSize = 5
    /// Hash functions (signature length).
    public static let hashCount = 64
    /// LSH bands.
    public static let bands = 21
    /// Signature values per band.
    public static let rowsPerBand = 3
    /// Estimated Jaccard similarity at or above which a text is a near-copy.
    public static let threshold = 0.5

    /// A text's MinHash signature (`hashCount` values).
    public typealias Signature = [UInt32]

    /// The signature of a title and body (the text the contract's id hashes).
    public static func signature(title: String?, body: String) -> Signature {
        signature((title ?? "") + "\n" + body)
    }

    /// The signature of `text`.
    public static func signature(_ text: String) -> Signature {
        // Word hashes (FNV-1a over the lowercased scalars of each letter/digit run).
        var words: [UInt64] = []
        words.reserveCapacity(text.utf8.count / 4)
        var h: UInt64 = 0xcbf29ce484222325
        var inWord = false
        for s in text.lowercased().unicodeScalars {
            let p = s.properties
            if p.isAlphabetic || p.numericType != nil {
                var v = s.value
                // One hash whatever the normalization form: hash base letters' scalars as they come.
                while true {
                    h = (h ^ UInt64(v & 0xFF)) &* 0x100000001b3
                    v >>= 8
                    if v == 0 { break }
                }
                inWord = true
            } else if inWord {
                words.append(h)
                h = 0xcbf29ce484222325
                inWord = false
            }
        }
        if inWord { words.append(h) }
        var sig = Signature(repeating: UInt32.max, count: hashCount)
        if words.isEmpty { return sig }
        let k = min(shingleSize, words.count)
        for start in 0...(words.count - k) {
            var x: UInt64 = 0x9E3779B97F4A7C15
            for w in words[start..<(start + k)] { x = mix(x ^ w) }
            for i in 0..<hashCount {
                let v = UInt32(truncatingIfNeeded: mix(x ^ seeds[i]) >> 32)
                if v < sig[i] { sig[i] = v }
            }
        }
        return sig
    }

    /// A hash of a record's organization and figures (ratings and totals,
    /// as a multiset): two near-copies must have the same.
    public static func figuresKey(_ r: ArticleRecord) -> Int64 {
        var parts: [String] = r.ratings.map {
            "r|\($0.subject.rawValue)|\($0.stage.rawValue)|\($0.level.rawValue)|\($0.count.map(String.init) ?? "-")|\($0.percent.map { String($0) } ?? "-")|\($0.orAbove)|\(($0.year ?? r.year).map(String.init) ?? "-")"
        }
        parts += r.totals.map { "t|\($0.subject.rawValue)|\($0.what.rawValue)|\($0.count)|\(($0.year ?? r.year).map(String.init) ?? "-")" }
        parts.sort()
        parts.append("o|" + (r.organization.map { $0.key ?? $0.name.lowercased() } ?? "-"))
        var h: UInt64 = 0xcbf29ce484222325
        for b in parts.joined(separator: "\n").utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int64(bitPattern: mix(h))
    }

    /// The estimated Jaccard similarity of two signatures (0…1), from the
    /// low 16 bits of each value (what the store keeps; two different values
    /// agree there once in 65,536).
    public static func similarity(_ a: Signature, _ b: Signature) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var same = 0
        for i in a.indices where a[i] & 0xFFFF == b[i] & 0xFFFF { same += 1 }
        return Double(same) / Double(a.count)
    }

    /// The LSH keys of a signature, one per band, 32-bit: the band's number
    /// and the record's `figuresKey` mixed in, so only records with the same
    /// figures share a key (near-copies must have them) and equal values in
    /// different bands give different keys. A collision only adds a candidate.
    public static func bandKeys(_ sig: Signature, figures: Int64 = 0) -> [Int64] {
        let rows = rowsPerBand
        return (0..<bands).map { b in
            var x = mix(UInt64(b) &+ 0x51ED27 ^ UInt64(bitPattern: figures))
            // The low 16 bits, as stored: a stored signature gives the same keys.
            for v in sig[(b * rows)..<((b + 1) * rows)] { x = mix(x ^ UInt64(v & 0xFFFF)) }
            return Int64(Int32(truncatingIfNeeded: x))
        }
    }

    /// A signature as bytes for storage: the low 16 bits of each value, little endian.
    public static func bytes(_ sig: Signature) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sig.count * 2)
        for v in sig { out.append(UInt8(truncatingIfNeeded: v)); out.append(UInt8(truncatingIfNeeded: v >> 8)) }
        return out
    }

    /// The signature stored as `bytes` (low 16 bits of each value).
    public static func signature(bytes: [UInt8]) -> Signature {
        stride(from: 0, to: bytes.count - 1, by: 2).map { i in UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 }
    }

    /// splitmix64's finalizer.
    @inline(__always) static func mix(_ z0: UInt64) -> UInt64 {
        var z = z0 &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    static let seeds: [UInt64] = (0..<UInt64(hashCount)).map { mix($0 &* 0xD1B54A32D192ED03 &+ 17) }
}

/// An in-memory index of signatures: which earlier text is a near-copy of a new one.
public struct NearCopyIndex: Sendable {
    private var byBand: [Int64: [Int]] = [:]
    private var ids: [String] = []
    private var signatures: [NearCopy.Signature] = []
    private var figures: [Int64] = []

    public init() {}

    public var count: Int { ids.count }

    /// The id of the most similar earlier text at or above the threshold with
    /// the same `figures` key (the earliest added among equals), with its
    /// similarity; nil when none.
    public func match(_ sig: NearCopy.Signature, figures key: Int64, keys: [Int64]? = nil) -> (id: String, similarity: Double)? {
        let keys = keys ?? NearCopy.bandKeys(sig, figures: key)
        var best: (Int, Double)? = nil
        var tried = Set<Int>()
        let figuresKey = key
        for key in keys {
            for i in byBand[key] ?? [] where tried.insert(i).inserted && figures[i] == figuresKey {
                let s = NearCopy.similarity(sig, signatures[i])
                guard s >= NearCopy.threshold else { continue }
                if best.map({ s > $0.1 || (s == $0.1 && i < $0.0) }) ?? true { best = (i, s) }
            }
        }
        return best.map { (ids[$0.0], $0.1) }
    }

    /// Adds a text's signature under `id`.
    public mutating func add(id: String, _ sig: NearCopy.Signature, figures key: Int64, keys: [Int64]? = nil) {
        let i = ids.count
        ids.append(id)
        signatures.append(sig)
        figures.append(key)
        for k in keys ?? NearCopy.bandKeys(sig, figures: key) { byBand[k, default: []].append(i) }
    }
}
