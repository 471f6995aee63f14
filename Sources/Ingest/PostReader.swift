import Foundation
import KiemdiemCore

/// Reads inputs (files, folders, standard input) into posts, one result per
/// post or per failed input, in input order. A bad input never stops the batch.
public struct PostReader: Sendable {
    /// Limits that keep hostile input from exhausting the machine.
    public struct Limits: Sendable {
        /// Largest input file read, in bytes.
        public var maxBytes: Int = 20 * 1024 * 1024
        public init(maxBytes: Int = 20 * 1024 * 1024) { self.maxBytes = maxBytes }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// File endings read when walking folders.
    public static let readableExtensions: Set<String> = ["txt"]

    /// Expands `paths` (folders recursively, sorted by path) into the files to read.
    /// Paths that do not exist come back as failures in place.
    public func expand(_ paths: [String]) -> [Result<String, InputFailure>] {
        var out: [Result<String, InputFailure>] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { out.append(.success(path)); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                out.append(.failure(InputFailure(path: path, reason: "no such file or folder")))
                continue
            }
            if !isDir.boolValue { out.append(.success(path)); continue }
            var files: [String] = []
            if let walker = fm.enumerator(atPath: path) {
                for case let rel as String in walker {
                    let full = (path as NSString).appendingPathComponent(rel)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue, Self.isReadable(rel) {
                        files.append(full)
                    }
                }
            }
            files.sort()
            out.append(contentsOf: files.map { .success($0) })
        }
        return out
    }

    static func isReadable(_ name: String) -> Bool {
        let ext = (name as NSString).pathExtension.lowercased()
        return readableExtensions.contains(ext)
    }

    /// Reads one file (or `-` for standard input) into its posts.
    public func read(_ path: String) -> [Result<IngestedPost, InputFailure>] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let attrs = try? FileManager.default.attributesOfItem(atPath: path) else {
                return [.failure(InputFailure(path: path, reason: "cannot read"))]
            }
            if let size = attrs[.size] as? Int, size > limits.maxBytes {
                return [.failure(InputFailure(path: path, reason: "file is \(size) bytes, over the \(limits.maxBytes)-byte limit (--max-bytes)"))]
            }
            guard let d = FileManager.default.contents(atPath: path) else {
                return [.failure(InputFailure(path: path, reason: "cannot read"))]
            }
            data = d
        }
        return [readText(data, path: path)]
    }

    /// A plain-text post from its bytes.
    public func readText(_ data: Data, path: String) -> Result<IngestedPost, InputFailure> {
        if data.isEmpty { return .failure(InputFailure(path: path, reason: "empty file")) }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0) { return .failure(InputFailure(path: path, reason: "binary file (contains NUL bytes)")) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(InputFailure(path: path, reason: "not valid UTF-8"))
        }
        if text.allSatisfy(\.isWhitespace) { return .failure(InputFailure(path: path, reason: "empty file (whitespace only)")) }
        let id = SHA256.contentID(data)
        return .success(IngestedPost(id: id, source: Source(path: path, url: nil, format: "text"), text: text))
    }
}
