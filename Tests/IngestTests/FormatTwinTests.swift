import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemIngest

/// Every generated format reads to the same text as its plain-text twin.
@Suite struct FormatTwinTests {
    static let rows = manifestRows()

    @Test(arguments: rows)
    func readsLikeItsTwin(_ row: ManifestRow) throws {
        let path = formatsDir.appendingPathComponent(row.file).path
        let results = PostReader().read(path)
        let posts = results.compactMap(\.value)
        #expect(results.allSatisfy { $0.value != nil }, "failures: \(results.compactMap(\.error))")
        try #require(row.index < posts.count)
        let post = posts[row.index]
        let twin = try String(contentsOf: packageRoot.appendingPathComponent(row.twin), encoding: .utf8)
        if row.bodyOnly {
            // Fields carry only title and date: compare the title, the date and the body.
            let got = comparable(post.text), want = comparable(twin)
            let gotDate = try #require(got.firstIndex(where: { $0.hasPrefix("Ngày đăng") }))
            let wantDate = try #require(want.firstIndex(where: { $0.hasPrefix("Ngày đăng") }))
            #expect(got[gotDate - 1] == want[wantDate - 1])
            #expect(want[wantDate].hasPrefix(got[gotDate]))
            #expect(Array(got[(gotDate + 1)...]) == Array(want[(wantDate + 1)...]))
        } else {
            #expect(comparable(post.text) == comparable(twin))
        }
        #expect(post.source.format == row.format)
        #expect(post.source.conversion == row.conversion)
        if let url = row.url { #expect(post.source.url == url) }
        #expect(post.source.path == path)
    }

    @Test func manifestIsPresent() {
        #expect(Self.rows.count >= 10)
        #expect(Set(Self.rows.map(\.format)) == ["html", "text", "warc", "jsonl"])
        #expect(Set(Self.rows.compactMap(\.conversion)) == ["tcvn3", "vni", "windows-1258"])
    }

    @Test func warcSkipsRequestsImagesAndErrorPages() {
        for name in ["archive.warc", "archive.warc.gz"] {
            let results = PostReader().read(formatsDir.appendingPathComponent(name).path)
            let expected = manifestRows(includeMissingTwins: true).filter { $0.file == name }.count
            #expect(results.count == expected)
            #expect(results.allSatisfy { $0.value?.source.format == "warc" })
        }
    }

    @Test func sidebarHeadlinesNeverReachTheText() throws {
        let headlines = try String(contentsOf: formatsDir.appendingPathComponent("sidebar_headlines.list"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(headlines.count >= 4)
        let reader = PostReader()
        var checked = 0
        for case .success(let path) in reader.expand([formatsDir.path]) where !path.contains("/src/") {
            for case .success(let post) in reader.read(path) {
                checked += 1
                for h in headlines { #expect(!post.text.contains(h), "\(path): \(h)") }
                // Nothing from scripts, styles, comments or the footer either.
                for junk in ["Lượt truy cập", "Bản quyền", "Trang chủ", "document.write", "Ngày đăng 01/01/2019", "Tin liên quan", "Lượt xem: 99"] {
                    #expect(!post.text.contains(junk), "\(path): \(junk)")
                }
            }
        }
        #expect(checked >= 10)
    }
}
