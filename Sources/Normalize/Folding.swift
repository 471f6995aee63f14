import KiemdiemICU

/// Folding for matching unaccented text ("Đảng uỷ" → "dang uy"): lowercase,
/// no diacritics, đ → d, through ICU's transliterator.
///
/// Not safe to share between threads; give each worker its own.
public final class Folder {
    private let folder: DiacriticFolder

    public init() throws { folder = try DiacriticFolder() }

    /// The folded form of `text`.
    public func fold(_ text: String) -> String { folder.fold(text) }
}
