import Foundation

/// Numbers for the words of the phrase tables, shared by every extractor and
/// thread: a phrase table looks a token up by its number (an array index)
/// instead of hashing its text, and compares phrases number by number.
///
/// A word's number is given once (`intern`, when a table is built) and never
/// changes; canonically equal spellings share one number. A word view asks
/// for the numbers of its tokens once (`numbers`), and records how many words
/// were numbered then (`generation`): a table with a word numbered later
/// (built after the view) falls back to comparing text.
final class WordIDs: @unchecked Sendable {
    static let shared = WordIDs()

    private let lock = NSLock()
    private var byText: [String: Int32] = [:]
    private var byBytes: [ByteKey: Int32] = [:]
    private var next: Int32 = 0

    /// The number of lowercase word `w` (given now if it has none).
    func intern(_ w: String) -> Int32 {
        lock.lock(); defer { lock.unlock() }
        if let id = byText[w] { return id }
        let id = next
        next += 1
        byText[w] = id
        // Plain tokens (NFC) are looked up by bytes: key the NFC form.
        byBytes[ByteKey(w.precomposedStringWithCanonicalMapping)] = id
        return id
    }

    /// The numbers of lowercase tokens (-1 for words no table has), and the
    /// count of numbered words they were looked up among. Plain tokens are
    /// looked up by bytes, others by String equality (`ScalarText.isPlain`).
    func numbers(_ lower: [String], plain: [Bool]) -> (ids: [Int32], generation: Int32) {
        lock.lock(); defer { lock.unlock() }
        var ids: [Int32] = []
        ids.reserveCapacity(lower.count)
        for (w, p) in zip(lower, plain) {
            ids.append((p ? byBytes[ByteKey(w)] : byText[w]) ?? -1)
        }
        return (ids, next)
    }
}
