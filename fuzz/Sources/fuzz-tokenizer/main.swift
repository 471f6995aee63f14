import FuzzDriver
import KiemdiemTokenize

let tokenizer = try! Tokenizer()

/// Any text through the tokenizer; tokens must be ordered, non-empty and
/// inside the normalized text, sentences must cover token ranges in order.
fuzzText { input in
    let doc = tokenizer.analyze(input)
    let n = doc.normalized.scalars.count
    var last = 0
    for t in doc.tokens {
        precondition(t.start >= last && t.start < t.end && t.end <= n, "token bounds")
        last = t.end
        _ = doc.text(of: t)
    }
    for s in doc.sentences {
        precondition(s.tokens.lowerBound >= 0 && s.tokens.upperBound <= doc.tokens.count, "sentence tokens")
    }
}
