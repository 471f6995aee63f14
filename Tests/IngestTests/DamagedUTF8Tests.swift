import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemIngest

/// Issue 16 row 6: UTF-8 with a few bad bytes stays UTF-8. Before, the whole
/// post was decoded as a legacy encoding (mojibake, no ratings, exit 0).
@Suite struct DamagedUTF8Tests {
    let article = try! Data(contentsOf: packageRoot.appendingPathComponent("corpus/01.txt"))

    func damaged(_ insert: [[UInt8]]) -> [UInt8] {
        var bytes = [UInt8](article)
        for (k, bad) in insert.enumerated() {
            let at = bytes.count * (k + 1) / (insert.count + 1)
            var i = at
            while i < bytes.count, bytes[i] >= 0x80 && bytes[i] < 0xC0 { i += 1 }  // not inside a letter
            bytes.insert(contentsOf: bad, at: i)
        }
        return bytes
    }

    @Test(arguments: [[[0xFF, 0xFE]], [[0xC3]], [[0x80], [0xE1, 0xBA], [0xFF]]] as [[[UInt8]]])
    func aFewBadBytesAreReplacedAndNamedInConversion(_ insert: [[UInt8]]) throws {
        let post = try PostReader().readText(damaged(insert), path: "p.txt").get()
        #expect(post.source.conversion == "utf8-replaced")
        #expect(post.text.contains("\u{FFFD}"))
        let good = try PostReader().readText([UInt8](article), path: "q.txt").get()
        // Everything else is the text of the undamaged post.
        #expect(post.text.replacingOccurrences(of: "\u{FFFD}", with: "") == good.text)
        #expect(TextDecoding.mostlyUTF8(damaged(insert)) == insert.joined().count || insert == [[0xE1, 0xBA]])
    }

    @Test func legacyEncodingsAreNotTakenForDamagedUTF8() throws {
        let legacy = manifestRows(includeMissingTwins: true).filter { $0.conversion != nil }.map(\.file)
        #expect(legacy.count >= 6)
        for name in legacy {
            let bytes = [UInt8](try Data(contentsOf: formatsDir.appendingPathComponent(name)))
            #expect(TextDecoding.mostlyUTF8(bytes) == nil, "\(name)")
        }
        #expect(TextDecoding.mostlyUTF8([UInt8](article)) == nil)  // valid: nothing replaced
    }
}
