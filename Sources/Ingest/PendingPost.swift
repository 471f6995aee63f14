import Foundation
import KiemdiemCore

/// A post as the reading thread hands it on: ready, or a JSON Lines line not
/// parsed yet. Parsing (JSON, text decoding, NFC, the layout header) is most
/// of the cost of reading JSON Lines, so a pipeline leaves it to its worker
/// threads (`resolve`) and the reading thread only cuts lines.
public enum PendingPost: Sendable {
    /// A post or failure already made.
    case ready(Result<IngestedPost, InputFailure>)
    /// One non-blank line of a JSON Lines file at `path`, within the line limit;
    /// `where_` names it in failures (`path#line N`).
    case jsonLine([UInt8], path: String, where_: String)
    /// Line `lineNumber` of JSON Lines on standard input.
    case standardInputLine([UInt8], lineNumber: Int)
}

extension PostReader {
    /// The posts and failures of `item`, in order: what `read` would have
    /// given for it (a standard-input line gives one, rarely more: a line that
    /// is gzip data is read as a file).
    public func resolve(_ item: PendingPost) -> [Result<IngestedPost, InputFailure>] {
        switch item {
        case .ready(let r):
            return [r]
        case .jsonLine(let line, let path, let where_):
            return [readJSONLine(line, path: path, where_: where_)]
        case .standardInputLine(let line, let lineNumber):
            var out: [Result<IngestedPost, InputFailure>] = []
            read(bytes: line, path: "-", name: "stdin.jsonl") { result in
                switch result {
                case .success: out.append(result)
                case .failure(var f):
                    // The reader numbers lines within what it was given (one line).
                    if f.path.hasPrefix("-#line 1") { f.path = "-#line \(lineNumber)" + f.path.dropFirst("-#line 1".count) }
                    out.append(.failure(f))
                }
            }
            return out
        }
    }

    /// Reads one file (or `-` read whole) like `read(_:each:)`, but hands on
    /// JSON Lines lines unparsed (`PendingPost.jsonLine`), to be `resolve`d
    /// on another thread.
    public func readPending(_ path: String, each: (PendingPost) -> Void) {
        let bytes: [UInt8]
        switch load(path) {
        case .failure(let f): each(.ready(.failure(f))); return
        case .success(let b): bytes = b
        }
        let name = path == "-" ? "" : (path as NSString).lastPathComponent
        withoutActuallyEscaping(each) { each in
            process(bytes, path: path, name: name, depth: 0, each: { each(.ready($0)) }, pending: each)
        }
    }
}
