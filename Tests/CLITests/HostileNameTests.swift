import Foundation
import Testing

/// Issue 16 rows 7, 8, 9 and 15 through the binary: nothing in an input
/// folder is skipped silently (exit 3 and one line each), and a hostile file
/// name can neither forge a line nor send an escape sequence to the terminal.
@Suite struct HostileNameTests {
    let corpus = CLIRunner.packageRoot.appendingPathComponent("corpus")

    func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        chmod(dir, 0o755)
        return dir
    }

    @Test func hostileNamesGiveOneQuotedLineEach() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/evil\nkiemdiem: forged.txt", contents: Data())
        FileManager.default.createFile(atPath: dir + "/esc\u{1B}[31mred.txt", contents: Data())
        try FileManager.default.copyItem(atPath: corpus.appendingPathComponent("01.txt").path, toPath: dir + "/good.txt")
        let r = try CLIRunner.run(["extract", dir])
        #expect(r.status == 3)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 2, "\(lines)")
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(r.stderr.contains(#""\#(dir)/evil\nkiemdiem: forged.txt": empty file"#))
        #expect(r.stderr.contains(#""\#(dir)/esc\033[31mred.txt": empty file"#))
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func specialFilesAndBadNamesInAFolderAreReportedWithExit3() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: corpus.appendingPathComponent("01.txt").path, toPath: dir + "/good.txt")
        #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
        let bad = Array((dir + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = bad.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0); close(fd)
        let r = try CLIRunner.run(["extract", dir])  // hung on the FIFO before
        #expect(r.status == 3)
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("pipe.txt: a FIFO, not a regular file"))
        #expect(r.stderr.contains(#"not valid UTF-8 ("caf\351.txt")"#))
        #expect(r.stderr.split(separator: "\n").count == 2)
    }

    /// Row 8: run as a user who cannot open the folder (as `nobody` when the tests run as root).
    @Test func anUnreadableFolderIsOneErrorLineAndExit3() throws {
        let dir = try folder()
        defer { chmod(dir + "/locked", 0o755); try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/locked", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: corpus.appendingPathComponent("01.txt").path, toPath: dir + "/locked/a.txt")
        try FileManager.default.copyItem(atPath: corpus.appendingPathComponent("02.txt").path, toPath: dir + "/b.txt")
        chmod(dir + "/b.txt", 0o644)
        #expect(chmod(dir + "/locked", 0o000) == 0)
        var args = ["extract", dir]
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
            args = ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary.path] + args
        }
        let p = Process()
        p.executableURL = geteuid() == 0 ? URL(fileURLWithPath: "/usr/bin/setpriv") : CLIRunner.binary
        p.arguments = geteuid() == 0 ? args : args
        p.currentDirectoryURL = CLIRunner.packageRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let stderr = String(decoding: e, as: UTF8.self)
        #expect(p.terminationStatus == 3)
        #expect(stderr == "kiemdiem: \(dir)/locked: cannot read the folder (Permission denied); its files were not read\n")
        #expect(String(decoding: o, as: UTF8.self).split(separator: "\n").count == 1)
    }
}
