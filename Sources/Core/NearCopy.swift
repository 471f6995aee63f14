/// Near-copy detection (RECORDS.md `duplicateOf`): MinHash over word shingles.
///
/// A text's words are its runs of letters and digits, lowercased; its
/// shingles are every run of `shingleSize` consecutive words (a text with
/// fewer words is one shingle). The signature holds, for each of `hashCount`
/// seeded 64-bit hash functions, the least hash over the shingles (its top
/// 32 bits). The share of equal positions of two signatures estimates the
/// Jaccard similarity of the two shingle sets; two texts whose estimate is
/// at least `threshold` are near-copies. Candidates are found by locality
/// sensitive hashing: the signature cut into `bands` bands of
/// `hashCount / bands` values, each band hashed to one key; texts that share
/// a key are compared.
///
/// The threshold was chosen from real reposts (docs/BENCHMARKS.md, "Near
/// copies"): a repost with a changed header or footer line scores 0.80–1.0,
/// different articles of the development set at most 0.2.
public enum NearCopy {
    /// Words per shingle.
    public static let shingleSize = 5
    /// Hash functions (signature length).
    public static let hashCount = 64
    /// LSH bands (each of `hashCount / bands` = 4 values).
    public static let bands = 16
    /// Estimated Jaccard similarity at or above which a text is a near-copy.
    public static let threshold = 0.7

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

    /// The estimated Jaccard similarity of two signatures (0…1).
    public static func similarity(_ a: Signature, _ b: Signature) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var same = 0
        for i in a.indices where a[i] == b[i] { same += 1 }
        return Double(same) / Double(a.count)
    }

    /// The LSH keys of a signature, one per band (the band's number mixed in,
    /// so equal values in different bands give different keys).
    public static func bandKeys(_ sig: Signature) -> [Int64] {
        let rows = hashCount / bands
        return (0..<bands).map { b in
            var x = mix(UInt64(b) &+ 0x51ED27)
            for v in sig[(b * rows)..<((b + 1) * rows)] { x = mix(x ^ UInt64(v)) }
            return Int64(bitPattern: x)
        }
    }

    /// A signature as bytes (little endian), for storage.
    public static func bytes(_ sig: Signature) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sig.count * 4)
        for v in sig { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(s))) } }
        return out
    }

    /// The signature stored as `bytes`.
    public static func signature(bytes: [UInt8]) -> Signature {
        stride(from: 0, to: bytes.count - 3, by: 4).map { i in
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
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

    public init() {}

    public var count: Int { ids.count }

    /// The id of the most similar earlier text at or above the threshold
    /// (the earliest added among equals), with its similarity; nil when none.
    public func match(_ sig: NearCopy.Signature, keys: [Int64]? = nil) -> (id: String, similarity: Double)? {
        var best: (Int, Double)? = nil
        var tried = Set<Int>()
        for key in keys ?? NearCopy.bandKeys(sig) {
            for i in byBand[key] ?? [] where tried.insert(i).inserted {
                let s = NearCopy.similarity(sig, signatures[i])
                guard s >= NearCopy.threshold else { continue }
                if best.map({ s > $0.1 || (s == $0.1 && i < $0.0) }) ?? true { best = (i, s) }
            }
        }
        return best.map { (ids[$0.0], $0.1) }
    }

    /// Adds a text's signature under `id`.
    public mutating func add(id: String, _ sig: NearCopy.Signature, keys: [Int64]? = nil) {
        let i = ids.count
        ids.append(id)
        signatures.append(sig)
        for key in keys ?? NearCopy.bandKeys(sig) { byBand[key, default: []].append(i) }
    }
}
