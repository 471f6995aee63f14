import FuzzDriver
import KiemdiemTokenize
import KiemdiemExtract

let tokenizer = try! Tokenizer()
let dates = try! DateExtractor()
let documents = try! DocumentExtractor()

/// Any text through the document-number extractor (after dates, which it uses).
fuzzText { input in
    let doc = tokenizer.analyze(input)
    let found = dates.dates(in: doc, reference: CalendarDate(year: 2020, month: 12, day: 8))
    for r in documents.documents(in: doc, dates: found) {
        precondition(r.span.start <= r.span.end && r.span.end <= doc.normalized.scalars.count, "document span")
    }
}
