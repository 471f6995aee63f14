import Foundation
import KiemdiemCore

extension PostReader {
    /// Posts from a JSON Lines file: one object per line,
    /// `{"url": …, "html": … | "text": …, "published"?: …, "title"?: …}`.
    /// A bad line fails alone (as `path#line N`) and the rest are read.
    /// With `pending`, each line goes there unparsed instead.
    func readJSONLines(_ bytes: [UInt8], path: String, each: (Result<IngestedPost, InputFailure>) -> Void,
                       pending: ((PendingPost) -> Void)? = nil) {
        var start = 0
        var lineNumber = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = bytes[start..<end]
            start = end + 1
            let where_ = "\(path)#line \(lineNumber)"
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if line.count > limits.maxLineBytes {
                each(.failure(InputFailure(path: where_, reason: "line is \(line.count) bytes, over the \(limits.maxLineBytes)-byte limit (--max-line-bytes)")))
                continue
            }
            if let pending { pending(.jsonLine(Array(line), path: path, where_: where_)) } else {
                each(readJSONLine(Array(line), path: path, where_: where_))
            }
        }
    }

    func readJSONLine(_ line: [UInt8], path: String, where_: String) -> Result<IngestedPost, InputFailure> {
        guard String(validating: line, as: UTF8.self) != nil else {
            return .failure(InputFailure(path: where_, reason: "line is not valid UTF-8"))
        }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) } catch {
            // Valid JSON may hold a number no Swift type holds (1e400, thousands of
            // digits): such numbers are read as null, with a warning.
            guard let (nulled, numbers) = JSONNumbers.nullingOutOfRange(line),
                  let retried = try? JSONSerialization.jsonObject(with: Data(nulled), options: [.fragmentsAllowed]) else {
                return .failure(InputFailure(path: where_, reason: "not valid JSON"))
            }
            IngestWarning.emit(path: where_, "number\(numbers.count == 1 ? "" : "s") out of range read as null: \(numbers.joined(separator: ", "))")
            parsed = retried
        }
        guard let object = parsed as? [String: Any] else {
            return .failure(InputFailure(path: where_, reason: "not a JSON object"))
        }
        let url = object["url"] as? String
        let title = (object["title"] as? String).map(PageArticle.clean).flatMap { $0.isEmpty ? nil : $0 }
        let published = object["published"] as? String
        if let html = object["html"] as? String, !html.isEmpty {
            return readHTML(Array(html.utf8), path: path, url: url, format: .jsonl, title: title, published: published)
                .mapError { InputFailure(path: where_, reason: $0.reason) }
        }
        guard let text = object["text"] as? String else {
            return .failure(InputFailure(path: where_, reason: #"no "html" or "text" string field"#))
        }
        let payload = Array(text.utf8)
        let decoded = TextDecoding.finish(Self.unixLines(text), conversion: nil)
        if decoded.text.allSatisfy(\.isWhitespace) {
            return .failure(InputFailure(path: where_, reason: #"empty "text" field"#))
        }
        return .success(IngestedPost(id: SHA256.contentID(payload),
                                     source: Source(path: path, url: url, format: Format.jsonl.rawValue, conversion: decoded.conversion),
                                     text: Self.withLayoutHeader(decoded.text, title: title, published: published),
                                     title: title, published: published))
    }

    /// Gives a bare body the portal header (title, publication line) from the
    /// line's fields, so every post reaches the layout parser in one shape.
    static func withLayoutHeader(_ text: String, title: String?, published: String?) -> String {
        // maxSplits 4: the first four lines without cutting up the whole text (the same four).
        // isDateLine refuses lines over 400 bytes, so longer ones are not cleaned whole.
        let head = text.linesSplit(maxSplits: 4, omittingEmptySubsequences: true).prefix(4).map { PageArticle.clean($0, maxUTF8: 400) }
        if head.contains(where: { $0.map(PageArticle.isDateLine) ?? false }) { return text }
        var lines: [String] = []
        if let title { lines.append(title) }
        if let p = published, let line = PageArticle.dateLineFromISO(p) ?? PageArticle.canonicalDateLine("Ngày đăng " + p) {
            lines.append(line)
        }
        if lines.isEmpty { return text }
        return lines.joined(separator: "\n") + "\n\n" + text
    }
}
