import FuzzDriver
import KiemdiemTokenize
import KiemdiemExtract

let tokenizer = try! Tokenizer()
let numbers = try! NumberExtractor()

/// Any text through the number extractor (digits, spelled-out numbers,
/// percents, "x/y" fractions).
fuzzText { input in
    let doc = tokenizer.analyze(input)
    for m in numbers.numbers(in: doc) {
        precondition(m.span.start <= m.span.end && m.span.end <= doc.normalized.scalars.count, "number span")
    }
    _ = numbers.parseNumber(input)
}
