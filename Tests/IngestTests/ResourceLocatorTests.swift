import Foundation
import Testing
import KiemdiemCore

/// The data folders are found relative to the binary (a release's
/// `<bindir>/../share/kiemdiem`, or a checkout above `.build/…`), then
/// through `KIEMDIEM_HOME`; never through a path compiled in.
@Suite struct ResourceLocatorTests {
    final class Tree {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("kiemdiem-locator-\(UUID().uuidString)")
        func folder(_ path: String) throws -> URL {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        deinit { try? FileManager.default.removeItem(at: root) }
    }

    @Test func releaseLayoutBesideTheBinary() throws {
        let t = Tree()
        let bin = try t.folder("kiemdiem-0.1.0/bin")
        let share = try t.folder("kiemdiem-0.1.0/share/kiemdiem")
        _ = try t.folder("kiemdiem-0.1.0/share/kiemdiem/lexicons")
        let other = try t.folder("elsewhere")
        _ = try t.folder("elsewhere/lexicons")
        let found = ResourceLocator.find(executables: [bin.appendingPathComponent("kiemdiem")], environment: other.path)
        #expect(found?.path == share.standardizedFileURL.path)
    }

    @Test func checkoutAboveTheBuildFolder() throws {
        let t = Tree()
        let root = try t.folder("checkout")
        _ = try t.folder("checkout/lexicons")
        let debug = try t.folder("checkout/.build/x86_64-unknown-linux-gnu/debug")
        let found = ResourceLocator.find(executables: [debug.appendingPathComponent("kiemdiem")], environment: nil)
        #expect(found?.path == root.standardizedFileURL.path)
    }

    @Test func kiemdiemHomeWhenNothingIsBesideTheBinary() throws {
        let t = Tree()
        let bin = try t.folder("bin")
        let home = try t.folder("data")
        _ = try t.folder("data/lexicons")
        let exe = bin.appendingPathComponent("kiemdiem")
        #expect(ResourceLocator.find(executables: [exe], environment: home.path)?.path == home.standardizedFileURL.path)
        #expect(ResourceLocator.find(executables: [exe], environment: nil) == nil)
        #expect(ResourceLocator.find(executables: [exe], environment: t.root.appendingPathComponent("missing").path) == nil)
    }
}
