import Foundation
import Testing
import Kiemdiem

/// Issue 16 row 4: standard input is cut off as soon as it passes a limit,
/// not at the next line feed (there may be none: `/dev/zero`, an endless
/// `{"text":"aaa…` line), so memory stays bounded by the limit.
@Suite struct StandardInputLimitTests {
    /// Feeds `prefix` then `total` bytes of `fill` with no line feed into a
    /// pipe read by a `PostStream`; returns the results and how many bytes the
    /// writer got into the pipe before the reader stopped and closed it.
    func stream(prefix: String, fill: UInt8, total: Int, limits: PostReader.Limits) -> ([Result<IngestedPost, InputFailure>], Int) {
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        let w = fds[1]
        let written = WrittenCount()
        let writer = Thread {
            var sent = prefix.utf8.count
            _ = Array(prefix.utf8).withUnsafeBytes { write(w, $0.baseAddress, $0.count) }
            let block = [UInt8](repeating: fill, count: 1 << 16)
            while sent < total {
                let n = block.withUnsafeBytes { write(w, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                sent += n
            }
            close(w)
            written.set(sent)
        }
        writer.start()
        var s = PostStream(reader: PostReader(limits: limits))
        s.standardInput = fds[0]
        var results: [Result<IngestedPost, InputFailure>] = []
        s.forEach(["-"]) { results.append($0) }
        close(fds[0])
        return (results, written.wait())
    }

    final class WrittenCount: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var value = 0
        func set(_ v: Int) { value = v; done.signal() }
        func wait() -> Int { done.wait(); return value }
    }

    let limits = PostReader.Limits(maxBytes: 3 << 20, maxLineBytes: 1 << 20)

    @Test func anEndlessJSONLineStopsAtTheLineLimit() {
        let (results, written) = stream(prefix: #"{"text":""#, fill: UInt8(ascii: "a"), total: 200 << 20, limits: limits)
        #expect(results.count == 1)
        guard case .failure(let f)? = results.first else { Issue.record("no failure"); return }
        #expect(f.path == "-#line 1")
        #expect(f.reason.contains("--max-line-bytes"))
        // Stopped near the 3 MB it may gather, far from the 200 MB offered (a pipe holds 64 KB more at most).
        #expect(written < 8 << 20, "read \(written) bytes")
    }

    @Test func endlessBytesWithoutALineFeedStopAtTheByteLimit() {
        let (results, written) = stream(prefix: "", fill: 0x20, total: 200 << 20, limits: limits)
        #expect(results.count == 1)
        guard case .failure(let f)? = results.first else { Issue.record("no failure"); return }
        #expect(f.path == "-")
        #expect(f.reason.contains("--max-bytes"))
        #expect(written < 8 << 20, "read \(written) bytes")
    }

    @Test func lineReaderGivesEveryLineAcrossBlocksAndStopsAtItsLimit() {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        let w = fds[1]
        let text = (0..<3000).map { String(repeating: "x", count: $0 % 700) }.joined(separator: "\n")
        let writer = Thread {
            _ = Array(text.utf8).withUnsafeBytes { p in
                var off = 0
                while off < p.count { let n = write(w, p.baseAddress! + off, p.count - off); if n <= 0 { break }; off += n }
            }
            close(w)
        }
        writer.start()
        var reader = LineReader(fd: fds[0])
        var lines: [Int] = []
        while let l = reader.next() { lines.append(l.count) }
        close(fds[0])
        #expect(lines == (0..<3000).map { $0 % 700 })
        #expect(!reader.overLimit)

        var fds2: [Int32] = [0, 0]
        _ = pipe(&fds2)
        _ = Array("short\n\(String(repeating: "y", count: 5000))\nafter\n".utf8).withUnsafeBytes { write(fds2[1], $0.baseAddress, $0.count) }
        close(fds2[1])
        var limited = LineReader(fd: fds2[0], limit: 1000)
        #expect(limited.next() == Array("short".utf8))
        #expect(limited.next() == nil)
        #expect(limited.overLimit)
        close(fds2[0])
    }
}
