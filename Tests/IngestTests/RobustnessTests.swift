import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemIngest

/// Damaged copies of every corpus file read without crashing: each result is
/// a post with text or a failure with a one-line reason.
@Suite struct RobustnessTests {
    @Test func cutAndCorruptedCopiesNeverCrash() throws {
        let reader = PostReader()
        let files = reader.expand([formatsDir.path]).compactMap(\.value)
        try #require(files.count >= 8)
        var checked = 0
        for file in files {
            let bytes = [UInt8](try #require(FileManager.default.contents(atPath: file)))
            let name = (file as NSString).lastPathComponent
            var variants: [[UInt8]] = []
            for fraction in [1, 3, 5, 7] { variants.append(Array(bytes.prefix(bytes.count * fraction / 8))) }
            var flipped = bytes
            var seed: UInt64 = 0x9E3779B97F4A7C15
            for _ in 0..<max(1, bytes.count / 200) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let i = Int(seed >> 33) % flipped.count
                flipped[i] ^= UInt8(truncatingIfNeeded: seed >> 13) | 1
            }
            variants.append(flipped)
            for v in variants {
                reader.read(bytes: v, path: name, name: name) { result in
                    checked += 1
                    switch result {
                    case .success(let post): #expect(!post.text.isEmpty)
                    case .failure(let f):
                        #expect(!f.reason.isEmpty && !f.reason.contains("\n"))
                        #expect(f.path.hasPrefix(name))
                    }
                }
            }
        }
        #expect(checked >= files.count * 5)
    }

    @Test func readersRunInParallel() async throws {
        let files = PostReader().expand([formatsDir.appendingPathComponent("html").path]).compactMap(\.value)
        try #require(files.count >= 4)
        let serial = files.map { PostReader().read($0).compactMap(\.value).map(\.text) }
        let parallel = await withTaskGroup(of: (Int, [String]).self) { group in
            for (i, f) in files.enumerated() { group.addTask { (i, PostReader().read(f).compactMap(\.value).map(\.text)) } }
            var out = [[String]](repeating: [], count: files.count)
            for await (i, texts) in group { out[i] = texts }
            return out
        }
        #expect(parallel == serial)
    }
}
