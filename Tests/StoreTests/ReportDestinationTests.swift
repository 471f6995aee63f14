import Foundation
import Testing
import Kiemdiem

/// Issue 16 row 5: `report --out P` / `run --report P` write the way `cp`
/// does: through a symbolic link, never over a device or FIFO, keeping an
/// existing file's mode and owner.
@Suite struct ReportDestinationTests {
    func store(_ dir: TempDir) throws -> RecordStore {
        let s = try RecordStore(path: dir.path("k.sqlite"))
        try s.insert(Rec.seed())
        return s
    }

    func mode(_ path: String) -> (mode: mode_t, uid: uid_t, type: mode_t) {
        var st = stat()
        _ = lstat(path, &st)
        return (st.st_mode & 0o7777, st.st_uid, st.st_mode & S_IFMT)
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStays() throws {
        let dir = try TempDir()
        let s = try store(dir)
        try dir.write("real.html", "old")
        try FileManager.default.createSymbolicLink(atPath: dir.path("link.html"), withDestinationPath: "real.html")
        try ReportWriter.write(from: s, to: dir.path("link.html"))
        #expect(mode(dir.path("link.html")).type == S_IFLNK)
        let page = try String(contentsOfFile: dir.path("real.html"), encoding: .utf8)
        #expect(page.contains("<html"))
        // A dangling link gets its target created.
        try FileManager.default.createSymbolicLink(atPath: dir.path("dangling.html"), withDestinationPath: "new.html")
        try ReportWriter.write(from: s, to: dir.path("dangling.html"))
        #expect(mode(dir.path("dangling.html")).type == S_IFLNK)
        #expect(FileManager.default.fileExists(atPath: dir.path("new.html")))
    }

    @Test func aFIFOOrDeviceIsRefusedAndLeftAlone() throws {
        let dir = try TempDir()
        let s = try store(dir)
        #expect(mkfifo(dir.path("fifo"), 0o644) == 0)
        #expect(throws: OutputFile.Failure.self) { try ReportWriter.write(from: s, to: dir.path("fifo")) }
        #expect(mode(dir.path("fifo")).type == S_IFIFO)
        // Only the check: nothing is written to /dev/null, before or after.
        #expect(throws: OutputFile.Failure.self) { try OutputFile.destination(of: "/dev/null") }
        try FileManager.default.createSymbolicLink(atPath: dir.path("to-null"), withDestinationPath: "/dev/null")
        #expect(throws: OutputFile.Failure.self) { try OutputFile.destination(of: dir.path("to-null")) }
        #expect(mode("/dev/null").type == S_IFCHR)
    }

    @Test func anExistingFileKeepsItsModeAndOwner() throws {
        let dir = try TempDir()
        let s = try store(dir)
        try dir.write("r.html", "old")
        #expect(chmod(dir.path("r.html"), 0o640) == 0)
        try ReportWriter.write(from: s, to: dir.path("r.html"))
        #expect(mode(dir.path("r.html")).mode == 0o640)
        #expect(try String(contentsOfFile: dir.path("r.html"), encoding: .utf8).contains("<html"))
        // Another user's 0600 file (only root can make one here).
        if geteuid() == 0 {
            try dir.write("theirs.html", "old")
            #expect(chown(dir.path("theirs.html"), 65534, 65534) == 0 && chmod(dir.path("theirs.html"), 0o600) == 0)
            try ReportWriter.write(from: s, to: dir.path("theirs.html"))
            #expect(mode(dir.path("theirs.html")).mode == 0o600)
            #expect(mode(dir.path("theirs.html")).uid == 65534)
        }
        // A new file: 0666 less the umask, as any tool creates it.
        let mask = umask(0o022); umask(mask)
        try ReportWriter.write(from: s, to: dir.path("fresh.html"))
        #expect(mode(dir.path("fresh.html")).mode == 0o666 & ~mask)
    }
}
