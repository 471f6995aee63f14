import Testing
@testable import KiemdiemExtract

/// `ByteIDTable` gives the answers of a `[ByteKey: Int32]` dictionary.
@Suite struct ByteIDTableTests {
    @Test func agreesWithADictionary() {
        var table = ByteIDTable()
        var reference: [ByteKey: Int32] = [:]
        var generator = SystemRandomNumberGenerator()
        let syllables = ["đảng", "ủy", "chi", "bộ", "năm", "xếp", "loại", "a", "", "HTXSNV", "🇻🇳", "e\u{301}"]
        var words: [String] = []
        for _ in 0..<3_000 {
            let n = Int.random(in: 1...3, using: &generator)
            words.append((0..<n).map { _ in syllables.randomElement(using: &generator)! }.joined(separator: " ")
                         + String(Int.random(in: 0..<400, using: &generator)))
        }
        for (k, w) in words.enumerated() {
            // Some words set twice: the later number wins in both.
            table.set(w, Int32(k)); reference[ByteKey(w)] = Int32(k)
        }
        for w in words + ["not there", "", "đảng", "ủy0x"] {
            #expect(table.value(w) == reference[ByteKey(w)], "\(w)")
        }
    }

    /// Canonically equal spellings with different bytes are different keys.
    @Test func keysAreBytes() {
        var table = ByteIDTable()
        table.set("é", 1)
        #expect(table.value("é") == 1)
        #expect(table.value("e\u{301}") == nil)
    }
}
