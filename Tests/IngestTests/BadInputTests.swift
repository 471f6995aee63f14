import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemIngest
import KiemdiemIngestNative

/// Each kind of bad input gives one failure naming the file and the reason,
/// and reading goes on.
@Suite struct BadInputTests {
    let folder = temporaryFolder()
    let article = Array("Công tác đảng\nTiêu đề bài viết\nNgày đăng 08/12/2020 | 17:41 | Lượt xem: 275\n\nNội dung bài viết.\n".utf8)

    func corpusBytes(_ name: String) throws -> [UInt8] {
        let data = try #require(FileManager.default.contents(atPath: formatsDir.appendingPathComponent(name).path))
        return [UInt8](data)
    }

    func onlyFailure(_ results: [Result<IngestedPost, InputFailure>], path: String) throws -> String {
        try #require(results.count == 1)
        let failure = try #require(results[0].error)
        #expect(failure.path == path)
        #expect(!failure.reason.contains("\n"))
        return failure.reason
    }

    @Test func emptyFile() throws {
        for name in ["empty.txt", "empty.html", "empty.jsonl", "empty.warc"] {
            let path = write([], name, in: folder)
            #expect(try onlyFailure(PostReader().read(path), path: path) == "empty file")
        }
        let path = write(Array(" \n\t\n".utf8), "blank.txt", in: folder)
        #expect(try onlyFailure(PostReader().read(path), path: path).contains("whitespace only"))
    }

    @Test func binaryFile() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        for name in ["image.txt", "image.html", "image.bin"] {
            let path = write(png, name, in: folder)
            #expect(try onlyFailure(PostReader().read(path), path: path).contains("binary file"))
        }
    }

    @Test func invalidUTF8() throws {
        let bytes = Array("Ngày đăng ".utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0x41] + Array(" hết".utf8)
        let path = write(bytes, "broken.txt", in: folder)
        #expect(try onlyFailure(PostReader().read(path), path: path).contains("not valid UTF-8"))
    }

    @Test func truncatedGzip() throws {
        let gz = try corpusBytes("html/a01_ngoc_lam.html.gz")
        let path = write(Array(gz.prefix(gz.count / 2)), "cut.html.gz", in: folder)
        #expect(try onlyFailure(PostReader().read(path), path: path).contains("truncated gzip"))
        let bad = write([0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x03, 0x01, 0x02, 0x03], "garbage.txt.gz", in: folder)
        let reason = try onlyFailure(PostReader().read(bad), path: bad)
        #expect(reason.contains("gzip"))
        let notGzip = write(article, "plain.txt.gz", in: folder)
        #expect(try onlyFailure(PostReader().read(notGzip), path: notGzip).contains("not gzip"))
    }

    @Test func truncatedWARC() throws {
        let warc = try corpusBytes("archive.warc")
        let whole = PostReader().read(formatsDir.appendingPathComponent("archive.warc").path).compactMap(\.value)
        #expect(whole.count >= 2)
        // Cut inside the last HTML response: the posts before it are kept, the cut one fails.
        // (The last HTML page, the largest record, spans the file's third quarter.)
        let cut = Array(warc.prefix(warc.count * 3 / 4))
        let path = write(cut, "cut.warc", in: folder)
        let results = PostReader().read(path)
        let failures = results.compactMap(\.error)
        try #require(failures.count == 1)
        #expect(failures[0].reason.contains("truncated WARC"))
        #expect(failures[0].path.hasPrefix(path))
        #expect(results.compactMap(\.value).count == whole.count - 1)
    }

    @Test func truncatedWARCGzipKeepsWholeRecords() throws {
        let gz = try corpusBytes("archive.warc.gz")
        let whole = PostReader().read(formatsDir.appendingPathComponent("archive.warc.gz").path).compactMap(\.value)
        let path = write(Array(gz.prefix(gz.count * 2 / 3)), "cut.warc.gz", in: folder)
        let results = PostReader().read(path)
        let failures = results.compactMap(\.error)
        try #require(failures.count == 1)
        #expect(failures[0] == InputFailure(path: path, reason: GzipInflater.Failure.truncated.reason))
        let kept = results.compactMap(\.value)
        #expect(kept.count >= 1 && kept.count < whole.count)
        #expect(kept.map(\.text) == Array(whole.prefix(kept.count)).map(\.text))
    }

    @Test func fileOverTheSizeLimit() throws {
        let path = write(article, "big.txt", in: folder)
        let reader = PostReader(limits: .init(maxBytes: 64))
        #expect(try onlyFailure(reader.read(path), path: path).contains("over the 64-byte limit"))
        #expect(PostReader().read(path).first?.value != nil)
        #expect(PostReader.Limits().maxBytes == 20 * 1024 * 1024)
    }

    @Test func gzipExpandingPastTheLimit() throws {
        let gz = try corpusBytes("html/a01_ngoc_lam.html.gz")
        let path = write(gz, "page.html.gz", in: folder)
        let reader = PostReader(limits: .init(maxDecompressedBytes: 1000))
        #expect(try onlyFailure(reader.read(path), path: path).contains("expands past the 1000-byte limit"))
        #expect(PostReader.Limits().maxDecompressedBytes >= 100 * 1024 * 1024)
    }

    /// Issue 16 row 3: --max-bytes bounds the decoded post as well as the file
    /// (a 339 KB .gz of a 63 MB post was read whole: 1.9 GB, 25 s).
    @Test func maxBytesBoundsTheDecompressedPost() throws {
        let gz = try corpusBytes("html/a01_ngoc_lam.html.gz")
        let size = GzipInflater(limit: 1 << 30).inflate(gz).output.count
        try #require(size > gz.count)
        let small = PostReader(limits: .init(maxBytes: size - 1))
        for name in ["page.html.gz", "page.gz"] {  // with the inner format in the name, and without
            let path = write(gz, name, in: folder)
            let reason = try onlyFailure(small.read(path), path: path)
            #expect(reason.contains("decompresses to") && reason.contains("--max-bytes"), "\(name): \(reason)")
            #expect(try PostReader(limits: .init(maxBytes: size)).read(path).first?.get() != nil)
        }
        // Archives of many posts are bounded per page, not as a whole.
        let warc = write(try corpusBytes("archive.warc.gz"), "a.warc.gz", in: folder)
        let pages = PostReader().read(warc).compactMap { try? $0.get() }
        try #require(pages.count >= 2)
        let warcBytes = GzipInflater(limit: 1 << 30).inflate(try corpusBytes("archive.warc.gz")).output.count
        #expect(PostReader(limits: .init(maxBytes: warcBytes / 2)).read(warc).compactMap { try? $0.get() }.count == pages.count)
    }

    @Test func badJSONLinesFailAloneAndTheRestGoOn() throws {
        let good = try corpusBytes("posts.jsonl").split(separator: 0x0A)
        try #require(good.count >= 2)
        var lines: [[UInt8]] = [Array(good[0])]
        lines.append(Array("{\"url\": \"x\", \"html\": ".utf8))              // line 2: cut JSON
        lines.append(Array("[1, 2, 3]".utf8))                                 // line 3: not an object
        lines.append(Array("{\"url\": \"http://a\"}".utf8))                   // line 4: no content
        lines.append([])                                                      // line 5: blank, skipped
        lines.append(Array(good[1]))                                          // line 6
        lines.append(Array("{\"text\": \"".utf8) + [0xFF] + Array("\"}".utf8)) // line 7: bad UTF-8
        let path = write(Array(lines.joined(separator: [0x0A])), "mixed.jsonl", in: folder)
        let results = PostReader().read(path)
        #expect(results.compactMap(\.value).count == 2)
        let failures = results.compactMap(\.error)
        #expect(failures.map(\.path) == ["\(path)#line 2", "\(path)#line 3", "\(path)#line 4", "\(path)#line 7"])
        #expect(failures[0].reason == "not valid JSON")
        #expect(failures[1].reason == "not a JSON object")
        #expect(failures[2].reason.contains("no \"html\" or \"text\""))
        #expect(failures[3].reason.contains("UTF-8"))
    }

    @Test func lineOverTheLineLimit() throws {
        let good = try corpusBytes("posts.jsonl").split(separator: 0x0A)
        let short = Array(good[1]), long = Array(good[0])
        try #require(long.count > short.count)
        let path = write(Array([short, long].joined(separator: [0x0A])), "long.jsonl", in: folder)
        let results = PostReader(limits: .init(maxLineBytes: short.count + 1)).read(path)
        #expect(results.count == 2)
        #expect(results[0].value != nil)
        #expect(results[1].error?.path == "\(path)#line 2")
        #expect(results[1].error?.reason.contains("--max-line-bytes") == true)
    }

    @Test func tooManyWARCRecords() throws {
        let path = formatsDir.appendingPathComponent("archive.warc").path
        let results = PostReader(limits: .init(maxWarcRecords: 3)).read(path)
        let failures = results.compactMap(\.error)
        #expect(failures.count == 1)
        #expect(failures.first?.reason.contains("more than 3 WARC records") == true)
        // warcinfo, request, response: one post before the limit.
        #expect(results.compactMap(\.value).count == 1)
    }

    @Test func pageWithoutArticleText() throws {
        let path = write(Array("<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Trang chủ</a></nav></body></html>".utf8), "nav.html", in: folder)
        #expect(try onlyFailure(PostReader().read(path), path: path).contains("no article text"))
    }

    @Test func missingFilesAndFoldersFailInPlace() throws {
        let good = write(article, "ok.txt", in: folder)
        let missing = folder.appendingPathComponent("nope.txt").path
        let expanded = PostReader().expand([missing, good])
        #expect(expanded.count == 2)
        #expect(expanded[0].error == InputFailure(path: missing, reason: "no such file or folder"))
        #expect(expanded[1].value == good)
        #expect(try onlyFailure(PostReader().read(folder.path), path: folder.path).contains("folder"))
    }

    @Test func foldersExpandRecursivelyToReadableFiles() throws {
        let sub = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        _ = write(article, "x.txt", in: sub)
        _ = write(article, "y.html", in: folder)
        _ = write(article, "z.warc.gz", in: folder)
        _ = write(article, "skip.png", in: folder)
        _ = write(article, "skip.tar.gz", in: folder)
        let hidden = folder.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        _ = write(article, "HEAD.txt", in: hidden)
        _ = write(article, ".notes.txt", in: folder)
        let names = PostReader().expand([folder.path]).compactMap(\.value).map { ($0 as NSString).lastPathComponent }
        #expect(names == ["x.txt", "y.html", "z.warc.gz"])
    }

    @Test func windowsLineEndsBecomeLineFeeds() throws {
        let crlf = String(decoding: article, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
        let post = try #require(PostReader().read(write(Array(crlf.utf8), "crlf.txt", in: folder)).first?.value)
        #expect(post.text == String(decoding: article, as: UTF8.self))
    }

    @Test func readingGoesOnAfterEveryFailure() throws {
        let paths = [write([], "1.txt", in: folder), write(article, "2.txt", in: folder),
                     write([0, 1, 2, 3], "3.txt", in: folder), write(article, "4.txt", in: folder)]
        let results = paths.flatMap { PostReader().read($0) }
        #expect(results.map { $0.value != nil } == [false, true, false, true])
    }
}
