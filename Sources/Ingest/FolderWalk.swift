import Foundation
import KiemdiemCore

/// Walking an input folder with `opendir`/`readdir`, names as bytes, so that
/// nothing in it is passed over without a word:
///
/// - regular files (or symbolic links to them) with a readable name are read;
/// - a FIFO, socket or device with a readable name is NOT opened (a FIFO would
///   block the batch) and is reported: a FIFO is read only when named directly;
/// - a name that is not valid UTF-8 (a file or a folder) is reported, with
///   its bytes escaped;
/// - a folder that cannot be opened (no permission) is reported;
/// - hidden entries (`.git`, `.DS_Store`) are skipped, and so are symbolic
///   links to folders (no loops).
enum FolderWalk {
    /// Every input under `root`, sorted by path: files to read, or failures in place.
    static func inputs(under root: String, readable: (String) -> Bool) -> [(path: String, item: Result<String, InputFailure>)] {
        var out: [(path: String, item: Result<String, InputFailure>)] = []
        var folders = [root]
        while let folder = folders.popLast() {
            guard let dir = opendir(folder) else {
                let reason = String(cString: strerror(errno))
                out.append((folder, .failure(InputFailure(path: folder, reason: "cannot read the folder (\(reason)); its files were not read"))))
                continue
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let nameBytes: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    Array(raw.prefix { $0 != 0 })
                }
                if nameBytes.first == UInt8(ascii: ".") { continue }  // ., .., hidden
                let join = folder.hasSuffix("/") ? folder : folder + "/"
                guard let name = String(validating: nameBytes, as: UTF8.self) else {
                    let shown = join + String(decoding: nameBytes, as: UTF8.self)
                    out.append((shown, .failure(InputFailure(
                        path: shown, reason: "name is not valid UTF-8 (\(TerminalText.quoted(bytes: nameBytes))); not read, rename it"))))
                    continue
                }
                let full = join + name
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                if st.st_mode & S_IFMT == S_IFDIR { folders.append(full); continue }
                guard readable(name) else { continue }
                if st.st_mode & S_IFMT == S_IFLNK {
                    // A link to a file is read; a dangling link or a link to a folder is not an input.
                    guard stat(full, &st) == 0, st.st_mode & S_IFMT != S_IFDIR else { continue }
                }
                if st.st_mode & S_IFMT == S_IFREG {
                    out.append((full, .success(full)))
                } else {
                    out.append((full, .failure(InputFailure(path: full, reason: "\(kind(st.st_mode)), not a regular file; skipped (name it directly to read it)"))))
                }
            }
        }
        out.sort { $0.path < $1.path }
        return out
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }
}
