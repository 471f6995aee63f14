extension String {
    /// `split(separator: "\n", maxSplits:, omittingEmptySubsequences:)`, the
    /// same pieces, cut on the UTF-8 bytes when the text has no CR: a line
    /// feed is then always a Character of its own (only "\r\n" joins one), so
    /// the byte cut gives the Character cut without walking grapheme clusters.
    public func linesSplit(maxSplits: Int = Int.max, omittingEmptySubsequences: Bool) -> [Substring] {
        if utf8.contains(0x0D) {
            return split(separator: "\n", maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
        }
        return utf8.split(separator: 0x0A, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
            .map { self[$0.startIndex..<$0.endIndex] }
    }
}
