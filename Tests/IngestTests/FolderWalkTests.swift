import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemIngest

/// Issue 16 rows 7, 9 and 15: walking a folder passes nothing over without a
/// word, never opens a FIFO, and names are quoted when they would break a line.
@Suite struct FolderWalkTests {
    func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-walk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        return dir
    }

    func create(_ pathBytes: [UInt8], _ text: String = "x") {
        let fd = (pathBytes + [0]).withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        _ = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress!, $0.count - 1) }
        close(fd)
    }

    @Test func aFIFOInAFolderIsReportedNotOpened() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        create(Array((dir + "/a.txt").utf8))
        #expect(mkfifo(dir + "/sub/pipe.txt", 0o644) == 0)
        #expect(mkfifo(dir + "/other.fifo", 0o644) == 0)  // not an input name: passed over, as before
        // Would block forever if the FIFO were opened.
        let items = PostReader().expand([dir])
        #expect(items.count == 2)
        #expect(items.compactMap { try? $0.get() } == [dir + "/a.txt"])
        let failure = try #require(items.compactMap { if case .failure(let f) = $0 { return f } else { return nil } }.first)
        #expect(failure.path == dir + "/sub/pipe.txt")
        #expect(failure.reason.contains("FIFO"))
        // Named directly, a FIFO is an input like any file.
        #expect(PostReader().expand([dir + "/sub/pipe.txt"]).compactMap { try? $0.get() } == [dir + "/sub/pipe.txt"])
    }

    @Test func aNameThatIsNotUTF8IsReportedWithItsBytes() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        create(Array((dir + "/caf").utf8) + [0xE9] + Array(".txt".utf8))
        create(Array((dir + "/b.txt").utf8))
        let items = PostReader().expand([dir])
        #expect(items.count == 2)
        let failure = try #require(items.compactMap { if case .failure(let f) = $0 { return f } else { return nil } }.first)
        #expect(failure.reason.contains(#""caf\351.txt""#))
        #expect(failure.reason.contains("not valid UTF-8"))
    }

    @Test func namesAreQuotedLikeGitWhenTheyWouldBreakALine() {
        #expect(TerminalText.quoted("corpus/01.txt") == "corpus/01.txt")
        #expect(TerminalText.quoted("bài viết/Đảng ủy.txt") == "bài viết/Đảng ủy.txt")
        #expect(TerminalText.quoted("a\nkiemdiem: forged") == #""a\nkiemdiem: forged""#)
        #expect(TerminalText.quoted("\u{1B}[31mred") == #""\033[31mred""#)
        #expect(TerminalText.quoted("x\u{85}y") == #""x\302\205y""#)
        #expect(TerminalText.quoted(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(TerminalText.line(path: "p\n", "bad\nline") == #""p\n": bad\nline"#)
        #expect(!TerminalText.line(path: "\u{1B}]0;x\u{7}", "\u{1B}[2J").unicodeScalars.contains { $0.value < 0x20 })
    }
}
