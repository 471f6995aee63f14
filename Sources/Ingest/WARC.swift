import Foundation

/// One record of a WARC file (ISO 28500): its named header fields and its block.
struct WARCRecord {
    /// Header fields with lower-case names (`warc-type`, `warc-target-uri`, …).
    var fields: [String: String]
    var block: ArraySlice<UInt8>
    /// 1-based position in the file.
    var number: Int
}

/// Why a WARC file could not be read further.
struct WARCDamage: Error { var reason: String }

/// Splits uncompressed WARC data into records.
struct WARCParser {
    var data: [UInt8]
    var offset = 0
    var number = 0

    init(_ data: [UInt8]) { self.data = data }

    /// True when `bytes` start like a WARC file.
    static func looksLikeWARC(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Array("WARC/".utf8)) }

    /// The next record, nil at the end, or a failure reason for a damaged record.
    mutating func next() -> Result<WARCRecord, WARCDamage>? {
        // Records are separated by CRLF CRLF; tolerate extra blank lines.
        while offset < data.count, data[offset] == 0x0D || data[offset] == 0x0A { offset += 1 }
        guard offset < data.count else { return nil }
        number += 1
        guard data[offset...].starts(with: Array("WARC/".utf8)) else {
            return .failure(WARCDamage(reason: "record \(number): no WARC version line at byte \(offset)"))
        }
        guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], from: offset) ?? find([0x0A, 0x0A], from: offset) else {
            return .failure(WARCDamage(reason: "truncated WARC: record \(number) header is cut off"))
        }
        let header = String(decoding: data[offset..<headerEnd], as: UTF8.self)
        var fields: [String: String] = [:]
        for line in header.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }).dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased().trimmingSpaces] = String(line[line.index(after: colon)...]).trimmingSpaces
        }
        let bodyStart = headerEnd + (data[headerEnd] == 0x0D ? 4 : 2)
        guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
            return .failure(WARCDamage(reason: "record \(number): missing or bad Content-Length"))
        }
        guard bodyStart + length <= data.count else {
            return .failure(WARCDamage(reason: "truncated WARC: record \(number) needs \(length) bytes, \(data.count - bodyStart) left"))
        }
        offset = bodyStart + length
        return .success(WARCRecord(fields: fields, block: data[bodyStart..<bodyStart + length], number: number))
    }

    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= data.count else { return nil }
        var i = start
        while i + pattern.count <= data.count {
            if data[i] == pattern[0] && data[i..<i + pattern.count].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}

/// An HTTP response as stored in a WARC `response` record.
struct HTTPResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    /// Parses the status line, headers and body; undoes chunked transfer coding.
    static func parse(_ block: ArraySlice<UInt8>) -> HTTPResponse? {
        let bytes = Array(block)
        let parser = WARCParser(bytes)
        guard bytes.starts(with: Array("HTTP/".utf8)),
              let end = parser.find([0x0D, 0x0A, 0x0D, 0x0A], from: 0) ?? parser.find([0x0A, 0x0A], from: 0) else { return nil }
        let head = String(decoding: bytes[0..<end], as: UTF8.self)
        let lines = head.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" })
        let statusParts = lines.first?.split(separator: " ") ?? []
        let status = statusParts.count > 1 ? Int(statusParts[1]) ?? 0 : 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased().trimmingSpaces] = String(line[line.index(after: colon)...]).trimmingSpaces
        }
        var body = Array(bytes[(end + (bytes[end] == 0x0D ? 4 : 2))...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let unchunked = dechunk(body) {
            body = unchunked
        }
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    /// The charset named in the Content-Type header, if any.
    var charset: String? {
        guard let ct = headers["content-type"]?.lowercased(), let r = ct.range(of: "charset=") else { return nil }
        let v = ct[r.upperBound...].prefix(while: { $0 != ";" && $0 != " " }).filter { $0 != "\"" && $0 != "'" }
        return v.isEmpty ? nil : String(v)
    }

    static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            var j = i
            while j < body.count, body[j] != 0x0A { j += 1 }
            guard j < body.count else { return nil }
            let sizeText = String(decoding: body[i..<j], as: UTF8.self).split(separator: ";").first.map { String($0) } ?? ""
            guard let size = Int(sizeText.filter { !$0.isWhitespace }, radix: 16) else { return nil }
            i = j + 1
            if size == 0 { return out }
            guard i + size <= body.count else { return nil }
            out.append(contentsOf: body[i..<i + size])
            i += size
            while i < body.count, body[i] == 0x0D || body[i] == 0x0A { i += 1 }
        }
        return out
    }
}
