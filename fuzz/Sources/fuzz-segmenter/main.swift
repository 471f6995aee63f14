import FuzzDriver
import KiemdiemTokenize
import KiemdiemSegment

let tokenizer = try! Tokenizer()
let segmenter = try! Segmenter()

/// Any text through tokenizer and word segmenter; words must partition the
/// tokens in order.
fuzzText { input in
    let doc = tokenizer.analyze(input)
    let words = segmenter.words(doc)
    var next = 0
    for w in words {
        precondition(w.tokens.lowerBound >= next && !w.tokens.isEmpty && w.tokens.upperBound <= doc.tokens.count, "word tokens")
        next = w.tokens.upperBound
    }
    _ = segmenter.underscored(doc.normalized.scalars, doc.tokens)
}
