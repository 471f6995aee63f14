import KiemdiemCore
import KiemdiemIngestNative

extension PostReader {
    /// Posts from a WARC file: one per `response` (or `resource`) record whose
    /// payload is an HTML page with a 2xx status. Other records (requests,
    /// metadata, redirects, images) are skipped without a failure.
    func readWARC(_ bytes: [UInt8], path: String, each outer: (Result<IngestedPost, InputFailure>) -> Void, stopAtDamage: Bool) {
        withoutActuallyEscaping(outer) { outer in readWARC(bytes, path: path, outer: outer, stopAtDamage: stopAtDamage) }
    }

    private func readWARC(_ bytes: [UInt8], path: String, outer: @escaping (Result<IngestedPost, InputFailure>) -> Void, stopAtDamage: Bool) {
        var parser = WARCParser(bytes)
        // A WARC file that gives nothing (only warcinfo, requests, metadata,
        // redirects) is read without a failure, but not without a word.
        var given = 0
        var types: [String] = []
        let each: (Result<IngestedPost, InputFailure>) -> Void = { given += 1; outer($0) }
        defer {
            if given == 0 && !types.isEmpty {
                let seen = types.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                IngestWarning.emit(path: path, "no HTML page in its \(types.count) WARC record\(types.count == 1 ? "" : "s") (\(seen.prefix(5).joined(separator: ", "))); nothing read")
            }
        }
        while let next = parser.next() {
            if parser.number > limits.maxWarcRecords {
                each(.failure(InputFailure(path: path, reason: "more than \(limits.maxWarcRecords) WARC records (--max-warc-records); the rest are not read")))
                return
            }
            let record: WARCRecord
            switch next {
            case .failure(let damage):
                // The caller reports the damage that caused this (a cut gzip member) itself.
                if !stopAtDamage { each(.failure(InputFailure(path: path, reason: damage.reason))) }
                return
            case .success(let r): record = r
            }
            let where_ = "\(path)#record \(record.number)"
            let type = record.fields["warc-type"]?.lowercased() ?? ""
            types.append(type.isEmpty ? "no type" : type)
            let url = record.fields["warc-target-uri"].map { $0.stripping("<>") }
            var payload: [UInt8]
            var charset: String?
            if type == "response" {
                guard let http = HTTPResponse.parse(record.block) else {
                    if record.fields["content-type"]?.contains("application/http") == true {
                        each(.failure(InputFailure(path: where_, reason: "response record without a readable HTTP header")))
                    }
                    continue
                }
                guard (200..<300).contains(http.status) else { continue }
                let contentType = http.headers["content-type"]?.lowercased() ?? ""
                payload = http.body
                if let enc = http.headers["content-encoding"]?.lowercased(), enc.contains("gzip") {
                    let (out, failure) = GzipInflater(limit: min(limits.maxDecompressedBytes, limits.maxBytes + 1)).inflate(payload)
                    if case .tooLarge? = failure, limits.maxBytes < limits.maxDecompressedBytes {
                        each(.failure(InputFailure(path: where_, reason: "page decompresses to over the \(limits.maxBytes)-byte limit (--max-bytes)"))); continue
                    }
                    if let failure { each(.failure(InputFailure(path: where_, reason: failure.reason))); continue }
                    payload = out
                }
                let isHTML = contentType.contains("html") || (contentType.isEmpty && Self.format(name: "", bytes: payload) == .html)
                guard isHTML else { continue }
                charset = http.charset
            } else if type == "resource", record.fields["content-type"]?.lowercased().contains("html") == true {
                payload = Array(record.block)
            } else {
                continue
            }
            if payload.isEmpty { each(.failure(InputFailure(path: where_, reason: "empty HTML payload"))); continue }
            if payload.count > limits.maxBytes {
                // One page, bounded like a file.
                each(.failure(InputFailure(path: where_, reason: "page is \(payload.count) bytes, over the \(limits.maxBytes)-byte limit (--max-bytes)"))); continue
            }
            each(readHTML(payload, path: path, url: url, format: .warc, charset: charset).mapError {
                InputFailure(path: where_, reason: $0.reason)
            })
        }
    }
}

extension String {
    func stripping(_ set: String) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
