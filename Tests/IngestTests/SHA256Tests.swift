import Testing
import KiemdiemCore

/// The SHA-256 behind content ids, against the FIPS 180-4 example digests
/// (and Python's `hashlib` for a Vietnamese text), fed whole and in pieces.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "Đảng ủy phường", count: 37),
         "d92cc721b1410d579af4a63de1853d47b8dbe71d87b6ce1833a451c9b92c2031"),
    ])
    func knownDigests(text: String, digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
        #expect(SHA256.hex(text.utf8) == digest)            // not contiguous storage
        #expect(SHA256.contentID(Array(text.utf8)) == String(digest.prefix(16)))
    }

    @Test func millionAs() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Pieces of every size from 1 to 130 bytes give the digest of the whole.
    @Test func piecesGiveTheSameDigest() {
        let bytes = Array(String(repeating: "Đảng ủy phường", count: 37).utf8)
        let whole = SHA256.hex(bytes)
        for size in 1...130 {
            var s = SHA256()
            var k = 0
            while k < bytes.count { s.update(bytes[k..<min(k + size, bytes.count)]); k += size }
            let hex = s.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            #expect(hex == whole, "pieces of \(size)")
        }
    }
}
