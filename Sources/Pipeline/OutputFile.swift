import Foundation

/// Writing an output file (the HTML report) the way `cp` or `curl -o` does:
///
/// - a symbolic link is followed and its target written (the link stays);
/// - a path that exists and is not a regular file (a device such as
///   `/dev/null`, a FIFO, a socket, a folder) is refused with an error,
///   never replaced;
/// - an existing regular file keeps its mode and owner. When it is ours, the
///   new content is written to a temporary file beside it and renamed over it
///   (a reader never sees half a report); when it belongs to another user it is
///   truncated and written in place, so the kernel checks the permission and
///   the owner stays;
/// - a new file gets mode 0666 less the umask, like any file a tool creates.
public enum OutputFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Where writing `path` would go: the final target of its symbolic links.
    /// Throws when that target exists and is not a regular file.
    public static func destination(of path: String) throws -> String {
        var target = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(target, &st) == 0 else {
                if errno == ENOENT { return target }
                throw Failure(description: String(cString: strerror(errno)))
            }
            if st.st_mode & S_IFMT == S_IFLNK {
                guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: target) else {
                    throw Failure(description: "cannot read the symbolic link")
                }
                target = link.hasPrefix("/") ? link : ((target as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
                continue
            }
            if st.st_mode & S_IFMT != S_IFREG {
                throw Failure(description: "is \(kind(st.st_mode)), not a regular file; give the path of a file to write")
            }
            return target
        }
        throw Failure(description: "too many levels of symbolic links")
    }

    /// Writes `bytes` to `path` as described above.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let target = try destination(of: path)
        var st = stat()
        let exists = lstat(target, &st) == 0
        func inPlace() throws {
            // Write through the existing file, keeping its mode and owner.
            let fd = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
            defer { close(fd) }
            try writeAll(fd, bytes)
        }
        // Another user's file: in place, so the kernel checks the permission.
        if exists && st.st_uid != geteuid() && geteuid() != 0 { try inPlace(); return }
        let dir = (target as NSString).deletingLastPathComponent
        var template = Array(((dir.isEmpty ? "." : dir) + "/." + (target as NSString).lastPathComponent + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            // A folder we cannot write, around a file we can: in place, as cp would.
            if exists && (errno == EACCES || errno == EROFS || errno == EPERM) { try inPlace(); return }
            throw Failure(description: "cannot create a file beside it (\(String(cString: strerror(errno))))")
        }
        let temp = String(cString: template)
        var renamed = false
        defer { if !renamed { unlink(temp) } }
        do {
            defer { close(fd) }
            if exists {
                fchmod(fd, st.st_mode & 0o7777)
                if st.st_uid != geteuid() || st.st_gid != getegid() { _ = fchown(fd, st.st_uid, st.st_gid) }
            } else {
                let mask = umask(0); umask(mask)
                fchmod(fd, 0o666 & ~mask)
            }
            try writeAll(fd, bytes)
        }
        guard rename(temp, target) == 0 else { throw Failure(description: String(cString: strerror(errno))) }
        renamed = true
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { p in
            var off = 0
            while off < p.count {
                let n = Foundation.write(fd, p.baseAddress! + off, p.count - off)
                if n > 0 { off += n; continue }
                if n < 0 && errno == EINTR { continue }
                throw Failure(description: n == 0 ? "nothing written" : String(cString: strerror(errno)))
            }
        }
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "not a regular file"
        }
    }
}
