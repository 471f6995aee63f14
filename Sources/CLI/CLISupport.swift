import ArgumentParser
import Foundation
import Kiemdiem

/// The exit statuses every command uses (listed in `kiemdiem --help` and the README).
enum ExitStatusText {
    static let all = """
    Exit status: 0 success; 1 the work could not be done (no readable input, an eval field below its --min, missing data files, a database or file that cannot be used); 2 bad usage (unknown flag, bad value, unknown help topic, an eval folder with nothing to score, an output folder that does not exist); 3 some inputs could not be read (each is named on standard error, the rest is done); 141 standard output was closed by its reader (as with SIGPIPE).
    """
}

/// A one-line progress report on standard error, shown only when standard
/// error is a terminal and `--quiet` is not given; redrawn at most ten times a second.
final class ProgressLine {
    let enabled: Bool
    private var last: UInt64 = 0
    private var shown = false

    init(quiet: Bool) { enabled = !quiet && isatty(2) == 1 }

    /// Shows `text` (throttled unless `force`).
    func update(_ text: @autoclosure () -> String, force: Bool = false) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if !force && shown && now - last < 100_000_000 { return }
        last = now
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text())".utf8))
    }

    /// Clears the line (before a message or the end).
    func clear() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }

    /// "12,345 posts" with thousands separators.
    static func posts(_ n: Int, failed: Int = 0) -> String {
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.locale = Locale(identifier: "en_US_POSIX")
        f.usesGroupingSeparator = true
        f.groupingSeparator = ","
        let s = (f.string(from: NSNumber(value: n)) ?? String(n)) + (n == 1 ? " post" : " posts")
        return failed > 0 ? s + ", \(failed) failed input\(failed == 1 ? "" : "s")" : s
    }
}

/// Checks made on the arguments before any work starts.
enum PathChecks {
    /// A file the command will write: its folder must exist and the path must not be a folder.
    static func writable(_ path: String, flag: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw ValidationError("\(flag) \(path): is a folder, not a file")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let dir = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("\(flag) \(path): the folder \(dir) does not exist")
        }
    }

    /// The input folders among `paths` that hold no file kiemdiem reads.
    /// Throws when every input is such a folder (nothing to do at all).
    static func emptyFolders(_ paths: [String], reader: PostReader) throws -> [InputFailure] {
        var empty: [InputFailure] = []
        for path in paths where path != "-" {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { continue }
            if reader.expand([path]).isEmpty {
                empty.append(InputFailure(path: path, reason: Self.nothingReadable))
            }
        }
        if !paths.isEmpty && empty.count == paths.count {
            throw CLIError(empty.count == 1 ? "\(empty[0].path): \(Self.nothingReadable)"
                           : "no input to read: \(empty.map(\.path).joined(separator: ", ")) hold no readable file")
        }
        return empty
    }

    static let nothingReadable = "no readable file in this folder (.txt, .html, .htm, .warc, .warc.gz, .jsonl, or those gzipped)"
}

/// A file written atomically: the bytes go to a temporary file in the same
/// folder, which replaces `path` only when everything was written (`commit`);
/// until then, and if the command fails, `path` is untouched.
final class AtomicFile {
    let path: String
    let temporaryPath: String
    let fd: Int32
    private var committed = false

    init(_ path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        let dir = folder.isEmpty ? "." : folder
        var template = Array((dir + "/." + (path as NSString).lastPathComponent + ".kiemdiem-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CLIError("\(path): cannot create a file in \(dir) (\(String(cString: strerror(errno))))") }
        self.fd = fd
        temporaryPath = String(cString: template)
        fchmod(fd, 0o644)
    }

    /// Flushes to disk and renames the temporary file over `path`.
    func commit() throws {
        guard fsync(fd) == 0, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw CLIError("\(path): cannot write (\(reason))")
        }
        committed = true
        close(fd)
    }

    /// Removes the temporary file (the command failed).
    func discard() {
        if committed { return }
        close(fd)
        unlink(temporaryPath)
        committed = true
    }

    deinit { discard() }
}
