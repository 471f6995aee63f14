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

    /// The index of the first phrase that tokens `i…` of `t` spell
    /// (`t.matches(i, phrase)`: for a `WordView`, on one line).
    func first<T: NumberedWords>(_ t: T, at i: Int) -> Int? {
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

/// What `WordPhrases` reads from a run of tokens, which `ArticleTokens` and
/// `WordView` both have: the tokens' word numbers and phrase tests.
protocol NumberedWords {
    var ids: [Int32] { get }
    var generation: Int32 { get }
    var count: Int { get }
    func matches(_ i: Int, _ phrase: [String]) -> Bool
    func matches(_ i: Int, ids phrase: [Int32]) -> Bool
}

extension ArticleTokens: NumberedWords {}
extension WordView: NumberedWords {}
