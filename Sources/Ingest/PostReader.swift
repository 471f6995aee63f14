import Foundation
import KiemdiemCore
import KiemdiemIngestNative

/// Reads inputs (files, folders, standard input) into posts, one result per
/// post or per failed input, in input order. A bad input never stops the batch.
///
/// Formats: plain-text articles (`.txt`), saved pages (`.html`, `.htm`), web
/// archives (`.warc`, `.warc.gz` with one gzip member per record), JSON Lines
/// exports (`.jsonl`, one post per line), and any of these gzip-compressed
/// (`.gz`). Standard input (`-`) and files with other names are recognised by
/// their first bytes. Text in windows-1258 or the legacy font encodings TCVN3
/// and VNI is converted to Unicode and the conversion noted in
/// `Source.conversion` (`windows-1258`, `tcvn3`, `vni`, or `utf8-mojibake` for
/// UTF-8 that was once read as cp1252 and saved again).
///
/// Every post's `text` is in the portal plain-text layout (category, title,
/// `Ngày đăng DD/MM/YYYY | HH:MM | Lượt xem: N`, blank line, paragraphs
/// separated by blank lines): pages are reduced to their article block, and a
/// JSON line whose `text` lacks the header gets one from its `title` and
/// `published` fields. Failures inside a WARC or JSON Lines file name the
/// record (`file#record N`, `file#line N`); every reason is one line.
public struct PostReader: Sendable {
    /// Limits that keep hostile or broken input from exhausting the machine.
    /// An input that passes one becomes an `InputFailure`; the batch goes on.
    public struct Limits: Sendable {
        /// Largest input file (or standard input) read, in bytes. Default 20 MB (`--max-bytes`).
        public var maxBytes: Int
        /// Largest output of decompressing one gzip input, in bytes. Default 200 MB.
        public var maxDecompressedBytes: Int
        /// Longest JSON Lines line, in bytes; longer lines fail alone. Default 8 MB.
        public var maxLineBytes: Int
        /// Most records read from one WARC file; the rest fail as one. Default 100 000.
        public var maxWarcRecords: Int

        public init(maxBytes: Int = 20 * 1024 * 1024, maxDecompressedBytes: Int = 200 * 1024 * 1024,
                    maxLineBytes: Int = 8 * 1024 * 1024, maxWarcRecords: Int = 100_000) {
            self.maxBytes = maxBytes; self.maxDecompressedBytes = maxDecompressedBytes
            self.maxLineBytes = maxLineBytes; self.maxWarcRecords = maxWarcRecords
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// File endings read when walking folders (`.gz` only over one of the others).
    public static let readableExtensions: Set<String> = ["txt", "html", "htm", "xhtml", "warc", "jsonl"]

    /// The input formats, as recorded in `Source.format`.
    enum Format: String { case text, html, warc, jsonl }

    /// Expands `paths` (folders recursively, sorted by path, hidden entries
    /// skipped, only `readableExtensions` and `.gz` over them) into the files
    /// to read. Files named explicitly are kept whatever their name (a FIFO
    /// too); paths that do not exist come back as failures in place, and so do,
    /// inside folders, special files (FIFOs, devices: never opened), names
    /// that are not UTF-8 and folders that cannot be read (`FolderWalk`).
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
            out.append(contentsOf: FolderWalk.inputs(under: path, readable: Self.isReadable).map(\.item))
        }
        return out
    }

    /// True for names with a readable ending, also under `.gz`.
    static func isReadable(_ name: String) -> Bool {
        var n = name as NSString
        if n.pathExtension.lowercased() == "gz" { n = n.deletingPathExtension as NSString }
        return readableExtensions.contains(n.pathExtension.lowercased())
    }

    /// Reads one file (or `-` for standard input) into its posts.
    public func read(_ path: String) -> [Result<IngestedPost, InputFailure>] {
        var out: [Result<IngestedPost, InputFailure>] = []
        read(path) { out.append($0) }
        return out
    }

    /// Reads one file (or `-`), handing each post or failure to `each` as soon
    /// as it is ready (WARC and JSON Lines files hold many posts).
    public func read(_ path: String, each: (Result<IngestedPost, InputFailure>) -> Void) {
        let bytes: [UInt8]
        switch load(path) {
        case .failure(let f): each(.failure(f)); return
        case .success(let b): bytes = b
        }
        let name = path == "-" ? "" : (path as NSString).lastPathComponent
        process(bytes, path: path, name: name, depth: 0, each: each)
    }

    /// Reads posts from bytes already in memory; `name` (a file name) hints at the format.
    public func read(bytes: [UInt8], path: String, name: String = "", each: (Result<IngestedPost, InputFailure>) -> Void) {
        if bytes.count > limits.maxBytes {
            each(.failure(InputFailure(path: path, reason: "input is \(bytes.count) bytes, over the \(limits.maxBytes)-byte limit (--max-bytes)")))
            return
        }
        process(bytes, path: path, name: name, depth: 0, each: each)
    }

    func load(_ path: String) -> Result<[UInt8], InputFailure> {
        if path == "-" {
            let data = FileHandle.standardInput.readData(ofLength: limits.maxBytes + 1)
            if data.count > limits.maxBytes {
                return .failure(InputFailure(path: path, reason: "standard input is over the \(limits.maxBytes)-byte limit (--max-bytes)"))
            }
            return .success([UInt8](data))
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            return .failure(InputFailure(path: path, reason: "no such file"))
        }
        if isDir.boolValue { return .failure(InputFailure(path: path, reason: "is a folder (expand it first)")) }
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failure(InputFailure(path: path, reason: "cannot read (no permission?)"))
        }
        if let size = (attrs[.size] as? NSNumber)?.intValue, size > limits.maxBytes {
            return .failure(InputFailure(path: path, reason: "file is \(size) bytes, over the \(limits.maxBytes)-byte limit (--max-bytes)"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(InputFailure(path: path, reason: "cannot read (no permission?)"))
        }
        defer { try? handle.close() }
        let data = handle.readData(ofLength: limits.maxBytes + 1)
        if data.count > limits.maxBytes {
            return .failure(InputFailure(path: path, reason: "file is over the \(limits.maxBytes)-byte limit (--max-bytes)"))
        }
        return .success([UInt8](data))
    }

    /// With `pending`, JSON Lines lines go there unparsed (see `readPending`).
    func process(_ bytes: [UInt8], path: String, name: String, depth: Int,
                 each: (Result<IngestedPost, InputFailure>) -> Void, pending: ((PendingPost) -> Void)? = nil) {
        if bytes.isEmpty { each(.failure(InputFailure(path: path, reason: "empty file"))); return }
        let ext = (name as NSString).pathExtension.lowercased()
        if GzipInflater.isGzip(bytes) {
            guard depth == 0 else {
                each(.failure(InputFailure(path: path, reason: "gzip inside gzip is not read"))); return
            }
            let inner = ext == "gz" ? (name as NSString).deletingPathExtension : ""
            // One document (a text or HTML post) is bounded by --max-bytes once
            // decoded, as a file is: a small .gz must not bring a post the
            // limit would have refused (a 339 KB .gz of a 63 MB post took 1.9 GB).
            // Archives of many posts (WARC, JSON Lines) get --max-decompressed-bytes.
            let single = ["txt", "html", "htm", "xhtml"].contains((inner as NSString).pathExtension.lowercased())
            let (output, failure) = GzipInflater(limit: single ? min(limits.maxBytes, limits.maxDecompressedBytes) : limits.maxDecompressedBytes).inflate(bytes)
            if single, case .tooLarge? = failure, limits.maxBytes <= limits.maxDecompressedBytes {
                each(.failure(InputFailure(path: path, reason: "decompresses to over the \(limits.maxBytes)-byte limit (--max-bytes)"))); return
            }
            if failure == nil, output.count > limits.maxBytes, [.text, .html].contains(Self.format(name: inner, bytes: output)) {
                each(.failure(InputFailure(path: path, reason: "decompresses to \(output.count) bytes, over the \(limits.maxBytes)-byte limit (--max-bytes)"))); return
            }
            if let failure {
                // Whole records before the damage are still good in a WARC file.
                if WARCParser.looksLikeWARC(output) {
                    readWARC(output, path: path, each: each, stopAtDamage: true)
                }
                each(.failure(InputFailure(path: path, reason: failure.reason)))
                return
            }
            process(output, path: path, name: inner, depth: depth + 1, each: each, pending: pending)
            return
        }
        if ext == "gz" {
            each(.failure(InputFailure(path: path, reason: "not gzip data (bad magic number) despite the .gz name"))); return
        }
        switch Self.format(name: name, bytes: bytes) {
        case .text: each(readText(bytes, path: path))
        case .html: each(readHTML(bytes, path: path, url: nil, format: .html))
        case .warc: readWARC(bytes, path: path, each: each, stopAtDamage: false)
        case .jsonl: readJSONLines(bytes, path: path, each: each, pending: pending)
        }
    }

    /// The format from the file ending, else from the first bytes.
    static func format(name: String, bytes: [UInt8]) -> Format {
        switch (name as NSString).pathExtension.lowercased() {
        case "txt": return .text
        case "html", "htm", "xhtml": return .html
        case "warc": return .warc
        case "jsonl", "ndjson": return .jsonl
        default: break
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 { start += 1 }
        let head = bytes[start...].prefix(2048)
        if head.starts(with: Array("WARC/".utf8)) { return .warc }
        if head.first == UInt8(ascii: "{") { return .jsonl }
        if head.first == UInt8(ascii: "<") {
            let lower = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
            if ["<!doctype html", "<html", "<head", "<body", "<div", "<p", "<meta", "<title", "<table"].contains(where: lower.contains) {
                return .html
            }
        }
        return .text
    }

    /// A plain-text post from its bytes.
    public func readText(_ data: Data, path: String) -> Result<IngestedPost, InputFailure> {
        readText([UInt8](data), path: path)
    }

    func readText(_ bytes: [UInt8], path: String) -> Result<IngestedPost, InputFailure> {
        if bytes.isEmpty { return .failure(InputFailure(path: path, reason: "empty file")) }
        let decoded: DecodedText
        do { decoded = try TextDecoding.decode(bytes, sniff: false) } catch let e as TextDecoding.Failure {
            return .failure(InputFailure(path: path, reason: e.reason))
        } catch { return .failure(InputFailure(path: path, reason: "\(error)")) }
        if decoded.text.allSatisfy(\.isWhitespace) {
            return .failure(InputFailure(path: path, reason: "empty file (whitespace only)"))
        }
        Self.warnReplaced(decoded, path: path)
        return .success(IngestedPost(id: SHA256.contentID(bytes),
                                     source: Source(path: path, url: nil, format: Format.text.rawValue, conversion: decoded.conversion),
                                     text: Self.unixLines(decoded.text)))
    }

    /// The warning for bytes that were not UTF-8 in UTF-8 text (`TextDecoding.mostlyUTF8`).
    static func warnReplaced(_ decoded: DecodedText, path: String) {
        guard decoded.replacedBytes > 0 else { return }
        let n = decoded.replacedBytes
        IngestWarning.emit(path: path, "\(n) byte\(n == 1 ? "" : "s") not valid UTF-8 replaced with U+FFFD (source.conversion utf8-replaced)")
    }

    /// Text with CRLF and lone CR line ends turned into LF.
    static func unixLines(_ text: String) -> String {
        // No CR byte at all: nothing to do (checked on the bytes first; Foundation's search is slow).
        guard text.containsCarriageReturn, text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// A post from an HTML page's bytes: the article block in portal layout.
    func readHTML(_ bytes: [UInt8], path: String, url: String?, format: Format, charset: String? = nil,
                  title: String? = nil, published: String? = nil) -> Result<IngestedPost, InputFailure> {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(InputFailure(path: path, reason: bytes.isEmpty ? "empty page" : "empty page (whitespace only)"))
        }
        let decoded: DecodedText
        do { decoded = try TextDecoding.decode(bytes, declared: charset, sniff: true, markup: true) } catch let e as TextDecoding.Failure {
            return .failure(InputFailure(path: path, reason: e.reason))
        } catch { return .failure(InputFailure(path: path, reason: "\(error)")) }
        Self.warnReplaced(decoded, path: path)
        guard let root = HTMLParser.parse(Array(decoded.text.utf8)) else {
            return .failure(InputFailure(path: path, reason: "HTML could not be parsed"))
        }
        // Legacy font encodings are converted text node by text node, so a
        // Unicode page template around an old article keeps its own letters.
        var conversion = decoded.conversion
        var legacy = decoded.legacyText
        let texts = root.visibleTextNodes()
        if legacy == nil && conversion == nil {
            legacy = LegacyVietnamese.detectConversion(texts.map(\.text).joined(separator: "\n"))
            conversion = legacy?.rawValue
        }
        if let legacy {
            for node in texts where LegacyVietnamese.couldBeLegacy(node.text[...]) {
                node.text = LegacyVietnamese.convert(node.text, from: legacy)
                // TCVN3 capitals were drawn by a separate font (.VnTimeH …) from the lower-case codes.
                if legacy == .tcvn3 && node.inUpperCaseLegacyFont { node.text = node.text.uppercased() }
            }
            root.descendants { n in
                if n.name == "meta", let c = n.attributes["content"], LegacyVietnamese.couldBeLegacy(c[...]) {
                    n.attributes["content"] = LegacyVietnamese.convert(c, from: legacy)
                }
            }
        } else if let failure = decoded.undecidedFailure {
            return .failure(InputFailure(path: path, reason: failure))
        }
        guard let article = PageArticle.extract(root, title: title, published: published), !article.paragraphs.isEmpty else {
            return .failure(InputFailure(path: path, reason: "no article text found in the HTML page"))
        }
        return .success(IngestedPost(id: SHA256.contentID(bytes),
                                     source: Source(path: path, url: url, format: format.rawValue, conversion: conversion),
                                     text: article.layoutText, title: title, published: published))
    }
}
