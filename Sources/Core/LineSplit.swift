import Foundation

extension String {
    /// `split(separator: "\n", maxSplits:, omittingEmptySubsequences:)`, the
    /// same pieces, cut on the UTF-8 bytes when the text has no CR: a line
    /// feed is then always a Character of its own (only "\r\n" joins one), so
    /// the byte cut gives the Character cut without walking grapheme clusters.
    public func linesSplit(maxSplits: Int = Int.max, omittingEmptySubsequences: Bool) -> [Substring] {
        if containsCarriageReturn {
            return split(separator: "\n", maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
        }
        if let pieces = utf8.withContiguousStorageIfAvailable({ lineFeedSplit($0, maxSplits, omittingEmptySubsequences) }) {
            return pieces
        }
        return utf8.split(separator: 0x0A, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
            .map { self[$0.startIndex..<$0.endIndex] }
    }

    /// The byte cut of `linesSplit` with `memchr`, by the rules of `Collection.split`:
    /// at most `maxSplits` pieces before the rest, empty pieces left out when asked
    /// (and then not counted), the rest kept unless it is empty and left out.
    private func lineFeedSplit(_ b: UnsafeBufferPointer<UInt8>, _ maxSplits: Int, _ omitting: Bool) -> [Substring] {
        let n = b.count
        func piece(_ a: Int, _ e: Int) -> Substring {
            let ia = utf8.index(utf8.startIndex, offsetBy: a)
            return self[ia..<utf8.index(ia, offsetBy: e - a)]
        }
        var pieces: [Substring] = []
        var start = 0
        if maxSplits > 0, let base = b.baseAddress {
            while start < n, let p = memchr(base + start, 0x0A, n - start) {
                let e = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                let appended = !(omitting && e == start)
                if appended { pieces.append(piece(start, e)) }
                start = e + 1
                if appended && pieces.count == maxSplits { break }
            }
        }
        if start != n || !omitting { pieces.append(piece(start, n)) }
        return pieces
    }

    /// Whether the text has a CR byte (a memchr over the UTF-8 bytes).
    public var containsCarriageReturn: Bool {
        utf8.withContiguousStorageIfAvailable { b in
            b.count > 0 && memchr(b.baseAddress!, 0x0D, b.count) != nil
        } ?? utf8.contains(0x0D)
    }
}
