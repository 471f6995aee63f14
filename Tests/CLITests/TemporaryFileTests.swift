import Foundation
import Testing

/// Issue 16 row 13: a temporary folder that cannot take the records (full
/// disk; here a file-size limit, which fails `write(2)` the same way) ends
/// `extract` with one line naming the folder and the reason and status 1,
/// not a trap in `FileHandle.write` (SIGILL, status 132).
@Suite struct TemporaryFileTests {
    @Test func aFailedWriteToTheSpillFileIsAnErrorNotACrash() throws {
        let corpus = CLIRunner.packageRoot.appendingPathComponent("corpus").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // SIGXFSZ ignored: a write past the limit fails with EFBIG instead of killing the process.
        p.arguments = ["-c", "trap '' XFSZ; ulimit -f 16; exec \"$0\" extract \"$1\"", CLIRunner.binary.path, corpus]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        _ = out.fileHandleForReading.readDataToEndOfFile()
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 1)
        #expect(e.hasPrefix("kiemdiem: "))
        #expect(e.contains("cannot write the temporary file of records (File too large)"))
        #expect(e.split(separator: "\n").count == 1, "\(e)")
    }
}
