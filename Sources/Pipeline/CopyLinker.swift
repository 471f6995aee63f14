import KiemdiemCore

/// Sets `duplicateOf` over records taken in input order: a record whose id
/// was seen before (the same text read from another file) points to that
/// id; a near-copy (`NearCopy`: similar text, same organization and figures)
/// points to the earlier original it matches best. Memory: one id and, per
/// original, one signature with its band keys (about 0.6 KB).
public final class CopyLinker {
    private var ids = Set<String>()
    private var index = NearCopyIndex()

    public init() {}

    /// The `duplicateOf` of the next record in input order (nil for an original).
    /// `signature` may be given when already computed (on a worker thread).
    public func link(_ r: ArticleRecord, signature: NearCopy.Signature? = nil) -> String? {
        if !ids.insert(r.id).inserted { return r.id }
        let sig = signature ?? NearCopy.signature(title: r.title, body: r.text)
        let figures = NearCopy.figuresKey(r)
        let keys = NearCopy.bandKeys(sig, figures: figures)
        if let m = index.match(sig, figures: figures, keys: keys) { return m.id }
        index.add(id: r.id, sig, figures: figures, keys: keys)
        return nil
    }
}

extension Pipeline {
    /// Sets every record's `duplicateOf` (`CopyLinker`, in array order).
    public static func linkCopies(_ records: inout [ArticleRecord]) {
        let linker = CopyLinker()
        for i in records.indices { records[i].duplicateOf = linker.link(records[i]) }
    }
}
