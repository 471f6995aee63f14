/// A fixed list of phrases (lowercase NFC words) that rules test at token
/// positions, compared by word number (`WordIDs`) when the view was built
/// after the phrases were numbered, else by text: the same answers as
/// `matches(_:_:)` with each phrase, without comparing strings.
struct WordPhrases {
    /// The phrases as words, in the order given.
    let words: [[String]]
    /// The same phrases as word numbers.
    let ids: [[Int32]]
    /// The highest word number among them.
    let maxID: Int32
    /// The numbers of the phrases' first words.
    let firstIDs: [Int32]
    /// Whether some phrase has no words (it matches anywhere: no first-word test).
    let hasEmpty: Bool

    init(_ words: [[String]]) {
        self.words = words
        let ids = words.map { $0.map { WordIDs.shared.intern($0) } }
        self.ids = ids
        maxID = ids.joined().max() ?? -1
        var firsts: [Int32] = []
        for p in ids { if let f = p.first, !firsts.contains(f) { firsts.append(f) } }
        firstIDs = firsts
        hasEmpty = ids.contains { $0.isEmpty }
    }

    /// The index of the first phrase that tokens `i…` spell.
    func first(_ t: ArticleTokens, at i: Int) -> Int? {
        if maxID < t.generation {
            // Most tokens start no phrase: their number is checked against the first words first.
            if !hasEmpty {
                guard i >= 0, i < t.count else { return nil }
                let id = t.ids[i]
                guard id >= 0, firstIDs.contains(id) else { return nil }
            }
            for k in ids.indices where t.matches(i, ids: ids[k]) { return k }
            return nil
        }
        for k in words.indices where t.matches(i, words[k]) { return k }
        return nil
    }

    /// The index of the first phrase that the words of `v` from `i` on spell, on one line.
    func first(_ v: WordView, at i: Int) -> Int? {
        if maxID < v.generation {
            if !hasEmpty {
                guard i >= 0, i < v.count else { return nil }
                let id = v.ids[i]
                guard id >= 0, firstIDs.contains(id) else { return nil }
            }
            for k in ids.indices where v.matches(i, ids: ids[k]) { return k }
            return nil
        }
        for k in words.indices where v.matches(i, words[k]) { return k }
        return nil
    }

    /// Whether some phrase ends at token `k` of `v` (`v.matches(k - count + 1, phrase)`).
    func anyEnding(_ v: WordView, at k: Int) -> Bool {
        if maxID < v.generation {
            for p in ids where v.matches(k - p.count + 1, ids: p) { return true }
            return false
        }
        for p in words where v.matches(k - p.count + 1, p) { return true }
        return false
    }

    /// The index of the first phrase that ends just before token `i` of `v` (`v.precededBy(i, phrase)`).
    func firstPreceding(_ v: WordView, _ i: Int) -> Int? {
        if maxID < v.generation {
            for k in ids.indices where v.matches(i - ids[k].count, ids: ids[k]) && (ids[k].isEmpty || v.sameLine(i - 1)) {
                return k
            }
            return nil
        }
        for k in words.indices where v.precededBy(i, words[k]) { return k }
        return nil
    }
}
