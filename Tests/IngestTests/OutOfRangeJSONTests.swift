import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemIngest

/// Issue 16 row 16: a JSON Lines post holding a number no Swift type can hold
/// (`"extra": 1e400`, a 5 000-digit `views`) is valid JSON and is read; the
/// number is null (and a warning goes to standard error).
@Suite struct OutOfRangeJSONTests {
    let body = "Đảng ủy phường A\nNgày đăng 08/12/2020 | 17:41 | Lượt xem: 275\n\nCó 12 chi bộ hoàn thành tốt nhiệm vụ."

    func line(_ extra: String) -> [UInt8] {
        let text = String(decoding: try! JSONSerialization.data(withJSONObject: body, options: [.fragmentsAllowed]), as: UTF8.self)
        return Array(#"{"url":"https://x.vn/a",\#(extra),"text":\#(text)}"#.utf8)
    }

    @Test func outOfRangeNumbersAreReadAsNull() throws {
        for extra in [#""extra": 1e400"#, #""views": \#(String(repeating: "9", count: 5000))"#,
                      #""n": [-1e999, {"x": 2E+400}], "s": "1e400 \" 1e400""#] {
            let r = PostReader().readJSONLine(line(extra), path: "p.jsonl", where_: "p.jsonl#line 1")
            let post = try r.get()
            #expect(post.source.url == "https://x.vn/a")
            #expect(post.text.contains("12 chi bộ"))
        }
    }

    @Test func theNullingLeavesStringsAndOrdinaryNumbersAlone() throws {
        let (out, numbers) = try #require(JSONNumbers.nullingOutOfRange(Array(#"{"a":"1e400","b":1e400,"c":[1.5,-2e3,-1e999]}"#.utf8)))
        #expect(String(decoding: out, as: UTF8.self) == #"{"a":"1e400","b":null,"c":[1.5,-2e3,null]}"#)
        #expect(numbers == ["1e400", "-1e999"])
        #expect(JSONNumbers.nullingOutOfRange(Array(#"{"a":1,"b":"\"1e400"}"#.utf8)) == nil)
        // Still not JSON: still refused.
        let bad = PostReader().readJSONLine(Array(#"{"url": 1e400 1e400}"#.utf8), path: "p", where_: "p#line 1")
        #expect(throws: InputFailure.self) { try bad.get() }
    }
}
