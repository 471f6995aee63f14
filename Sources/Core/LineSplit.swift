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
        return utf8.split(separator: 0x0A, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
            .map { self[$0.startIndex..<$0.endIndex] }
    }

    /// Whether the text has a CR byte (a memchr over the UTF-8 bytes).
    public var containsCarriageReturn: Bool {
        utf8.withContiguousStorageIfAvailable { b in
            b.count > 0 && memchr(b.baseAddress!, 0x0D, b.count) != nil
        } ?? utf8.contains(0x0D)
    }
}
