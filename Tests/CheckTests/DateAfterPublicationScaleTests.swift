import Testing
import KiemdiemCore
@testable import KiemdiemCheck

/// Issue 16 row 1: `date_after_publication` reads the clause before each date
/// from the text's scalars made once (an index walk from the start of the text
/// per date was quadratic). The clause must be the one the walk gave.
@Suite struct DateAfterPublicationScaleTests {
    @Test func theClauseFromScalarsIsTheClauseFromTheText() {
        let text = "Kế hoạch số 07. Dự kiến ngày 20/12/2030 sẽ họp; trước ngày 15/12/2031 nộp. Đảng ủy 😀 ngày 02/01/2032 đã họp\nngày 03/01/2033"
        let scalars = Array(text.unicodeScalars)
        for start in 0...scalars.count + 3 {
            #expect(DateAfterPublicationRule.clause(before: start, in: scalars) == DateAfterPublicationRule.clause(before: start, in: text), "\(start)")
        }
    }

    @Test func manyDatesInOnePostEachGetTheirOwnFinding() {
        // 2 000 dates after the publication day, one a sentence, every 5th after a planning cue.
        var text = ""
        var dates: [DateMention] = []
        for i in 0..<2000 {
            if i % 5 == 0 { text += "dự kiến " }
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            let mention = "\(two(i % 28 + 1))/\(two(i % 12 + 1))/\(2030 + i % 5)"
            let start = text.unicodeScalars.count
            text += mention + " "
            let iso = "\(2030 + i % 5)-\(two(i % 12 + 1))-\(two(i % 28 + 1))"
            dates.append(DateMention(start: iso, end: iso, grain: .day, text: mention, span: Span(start, start + mention.unicodeScalars.count)))
            text += ". "
        }
        var r = ArticleRecord(id: "x", source: Source(path: "x.txt", format: "text"), published: "2020-12-08", text: text)
        r.dates = dates
        let findings = DateAfterPublicationRule().findings(in: r)
        #expect(findings.count == 1600)
        #expect(Set(findings.map { $0.spans[0].start }).count == 1600)
    }

    @Test func theByteSearchFindsWhatContainsFinds() {
        let texts = ["", "sẽ", "đảng ủy sẽ tổ chức", "trước ngày", "kế hoạch tổ chức hội nghị", "dự kiến", "dự kiế", "ẽ"]
        for t in texts {
            for cue in DateAfterPublicationRule.cuesBefore + DateAfterPublicationRule.cuesInside {
                #expect(DateAfterPublicationRule.has(t, cue) == t.contains(cue), "\(t) / \(cue)")
            }
        }
    }
}
