import FuzzDriver
import KiemdiemCore
import KiemdiemExtract
import Kiemdiem

let extractor = try! ArticleExtractor()

/// A whole post (portal layout text) through ArticleExtractor and the checks.
fuzzText { input in
    let post = IngestedPost(id: "fuzz", source: Source(path: "fuzz.txt", format: "text"), text: input)
    let record = extractor.extract(post)
    let n = record.text.unicodeScalars.count
    for d in record.dates { precondition(d.span.end <= n, "date span") }
    for r in record.ratings { precondition(r.span.end <= n, "rating span") }
    _ = Checks.withinArticle(record)
}
