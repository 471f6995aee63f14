import FuzzDriver
import KiemdiemTokenize
import KiemdiemExtract

let tokenizer = try! Tokenizer()
let dates = try! DateExtractor()

/// Any text through the date extractor, with and without a reference day.
fuzzText { input in
    let doc = tokenizer.analyze(input)
    let n = doc.normalized.scalars.count
    for reference in [CalendarDate(year: 2020, month: 12, day: 8), nil] {
        for d in dates.dates(in: doc, reference: reference) {
            precondition(d.span.start <= d.span.end && d.span.end <= n, "date span")
        }
    }
}
