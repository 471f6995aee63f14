import Foundation

/// The segmenter's learned data: hashed feature weights and the lexicon
/// (as word hashes) the features consult.
///
/// File layout (little-endian): the 8 bytes `KDSEG002`; UInt32 table bits;
/// UInt32 lexicon count, then that many UInt64 hashes and that many bytes
/// (`LexiconTable` word/prefix bits); UInt32 weight
/// count, then that many UInt32 slot indices, then that many Float32 weights.
public struct SegmenterModel: Sendable {
    /// log2 of the weight table size.
    public let tableBits: Int
    /// Dense weights, indexed by the top `tableBits` bits of a feature hash.
    public let weights: [Float]
    /// Multi-syllable words known to the features.
    public let lexicon: LexiconTable

    static let magic: [UInt8] = Array("KDSEG002".utf8)

    public init(tableBits: Int, weights: [Float], lexicon: LexiconTable) {
        precondition(weights.count == 1 << tableBits)
        self.tableBits = tableBits; self.weights = weights; self.lexicon = lexicon
    }

    /// The default model file: `models/segmenter.bin` in the kiemdiem folder.
    public static func defaultURL() throws -> URL {
        let home = try ResourceLocatorBridge.home()
        return home.appendingPathComponent("models").appendingPathComponent("segmenter.bin")
    }

    /// Reads a model file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SegmenterModelError.unreadable(url.path, "\(error.localizedDescription)")
        }
        let bytes = [UInt8](data)
        var reader = ByteReader(bytes: bytes, path: url.path)
        guard data.count >= 8, try reader.bytes(8) == SegmenterModel.magic else {
            throw SegmenterModelError.unreadable(url.path, "not a kiemdiem segmenter model")
        }
        let bits = Int(try reader.u32())
        guard (8...28).contains(bits) else { throw SegmenterModelError.unreadable(url.path, "bad table size") }
        let lexCount = Int(try reader.u32())
        let hashes: [UInt64] = try reader.array(lexCount)
        let values = try reader.bytes(lexCount)
        let n = Int(try reader.u32())
        let indices: [UInt32] = try reader.array(n)
        let bitPatterns: [UInt32] = try reader.array(n)
        var weights = [Float](repeating: 0, count: 1 << bits)
        for i in 0..<n {
            let slot = Int(UInt32(littleEndian: indices[i]))
            guard slot < weights.count else { throw SegmenterModelError.unreadable(url.path, "weight index out of range") }
            weights[slot] = Float(bitPattern: UInt32(littleEndian: bitPatterns[i]))
        }
        self.init(tableBits: bits, weights: weights,
                  lexicon: LexiconTable(hashes: hashes.map { UInt64(littleEndian: $0) }, values: values))
    }

    /// The file bytes of this model (non-zero weights only).
    public func serialized() -> [UInt8] {
        var out = SegmenterModel.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(UInt32(tableBits))
        u32(UInt32(lexicon.hashes.count))
        for h in lexicon.hashes { u64(h) }
        out.append(contentsOf: lexicon.values)
        let nonZero = weights.indices.filter { weights[$0] != 0 }
        u32(UInt32(nonZero.count))
        for i in nonZero { u32(UInt32(i)) }
        for i in nonZero { u32(weights[i].bitPattern) }
        return out
    }

    /// Writes the model file atomically (a temporary file renamed over
    /// `url`), so an interrupted training never leaves half a model.
    public func write(to url: URL) throws {
        try Data(serialized()).write(to: url, options: .atomic)
    }
}

/// A model file that cannot be used.
public enum SegmenterModelError: Error, CustomStringConvertible {
    case unreadable(String, String)
    public var description: String {
        switch self { case .unreadable(let path, let why): return "\(path): \(why)" }
    }
}

struct ByteReader {
    let bytes: [UInt8]
    let path: String
    var offset = 0

    mutating func bytes(_ n: Int) throws -> [UInt8] {
        guard offset + n <= bytes.count else { throw SegmenterModelError.unreadable(path, "file is truncated") }
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }
    mutating func u32() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw SegmenterModelError.unreadable(path, "file is truncated") }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[offset + k]) << (8 * k) }
        offset += 4
        return v
    }
    /// `count` little-endian values of a fixed-width integer type, read in one copy.
    mutating func array<T: FixedWidthInteger>(_ count: Int) throws -> [T] {
        let size = count * MemoryLayout<T>.size
        guard count >= 0, offset + size <= bytes.count else { throw SegmenterModelError.unreadable(path, "file is truncated") }
        let out = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + size]))
            }
            initialized = count
        }
        offset += size
        return out
    }
    mutating func u64() throws -> UInt64 {
        let lo = UInt64(try u32()), hi = UInt64(try u32())
        return lo | hi << 32
    }
}
