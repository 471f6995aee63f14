/// Whether a run of letters has the shape of a Vietnamese syllable:
/// onset consonant cluster, one to three vowels, and a permitted final.
/// All-caps runs that fail ("HĐND", "UBND", "BCH") are abbreviations.
enum SyllableShape {
    static let onsets: Set<String> = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]
    static let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    static let vowelBases: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// The base vowel of a (possibly toned) lowercase letter, or nil for a consonant.
    static func vowelBase(_ c: Character) -> Character? {
        if vowelBases.contains(c) { return c }
        guard let s = c.unicodeScalars.first else { return nil }
        return toneless[s]
    }

    static let toneless: [Unicode.Scalar: Character] = {
        var m: [Unicode.Scalar: Character] = [:]
        let rows: [(Character, String)] = [
            ("a", "àáảãạ"), ("ă", "ằắẳẵặ"), ("â", "ầấẩẫậ"), ("e", "èéẻẽẹ"), ("ê", "ềếểễệ"),
            ("i", "ìíỉĩị"), ("o", "òóỏõọ"), ("ô", "ồốổỗộ"), ("ơ", "ờớởỡợ"), ("u", "ùúủũụ"),
            ("ư", "ừứửữự"), ("y", "ỳýỷỹỵ"),
        ]
        for (base, toned) in rows { for s in toned.unicodeScalars { m[s] = base } }
        return m
    }()

    /// Whether `word` (letters only) looks like one Vietnamese syllable.
    static func isSyllable(_ word: String) -> Bool {
        let chars = Array(word.lowercased())
        if chars.isEmpty || chars.count > 7 { return false }
        var i = 0
        while i < chars.count, vowelBase(chars[i]) == nil { i += 1 }
        var onset = String(chars[0..<i])
        var vStart = i
        // "gi" and "qu" take their vowel letter into the onset when more vowels follow.
        if (onset == "g" || onset == "q"), i + 1 < chars.count,
           let v = vowelBase(chars[i]), (onset == "g" ? v == "i" : v == "u"), vowelBase(chars[i + 1]) != nil {
            onset.append(chars[i]); vStart = i + 1
        }
        guard onsets.contains(onset) else { return false }
        var j = vStart
        while j < chars.count, vowelBase(chars[j]) != nil { j += 1 }
        let vowels = j - vStart
        if vowels == 0 && onset != "gi" { return false }
        if vowels > 3 { return false }
        return finals.contains(String(chars[j...]))
    }
}
