/// Folds Vietnamese text for matching unaccented input: lowercase, no
/// diacritics, đ → d ("Đảng uỷ" → "dang uy"), through an ICU transliterator.
///
/// Results are cached per instance; not safe to share between threads.
public final class DiacriticFolder {
    private let transliterator: Transliterator
    private var cache: [String: String] = [:]

    public init() throws {
        transliterator = try Transliterator(id: Transliterator.foldingID)
    }

    /// The folded form of `text`.
    public func fold(_ text: String) -> String {
        if let hit = cache[text] { return hit }
        let folded = (try? transliterator.transliterate(text)) ?? text.lowercased()
        if cache.count < 100_000 { cache[text] = folded }
        return folded
    }
}
