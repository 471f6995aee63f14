import Testing
import KiemdiemTokenize
@testable import KiemdiemExtract

/// `ScalarText.lowercased(_:_:same:)` hands back the token's own string when
/// it is already lowercase; the bytes must be those of `lowercased()` either way.
@Suite struct LowercaseReuseTests {
    @Test(arguments: ["đảng", "Đảng", "ủy", "ỦY", "hòa", "HTXSNV", "x\u{301}", "İ", "07-kh/đu", "Ǆ", "ΣΟΦΙΑ", "ａｂ", "", "😀a"])
    func sameBytesAsLowercased(word: String) {
        let scalars = Array(word.unicodeScalars)
        scalars.withUnsafeBufferPointer { b in
            let text = ScalarText.string(b, 0..<scalars.count)
            let (lower, plain) = ScalarText.lowercased(b, 0..<scalars.count, same: text)
            #expect(Array(lower.utf8) == Array(word.lowercased().utf8))
            #expect(plain == ScalarText.lowercased(b, 0..<scalars.count).plain)
        }
    }
}
