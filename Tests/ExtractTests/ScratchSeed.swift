import Foundation
import Testing
@testable import KiemdiemExtract
import KiemdiemTokenize
import KiemdiemCore

@Test func scratchCorpus() throws {
    let dir = "/tmp/ec_corpus/corpus"
    let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
    var tp = 0, fp = 0, fn = 0, dtp = 0, dfp = 0, dfn = 0, pl = 0
    for f in files {
        let raw = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
        let lines = raw.components(separatedBy: "\n")
        guard let k = lines.firstIndex(where: { $0.hasPrefix("Ngày đăng") }) else { continue }
        let body = lines[(k + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let exp = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/" + f.replacingOccurrences(of: ".txt", with: ".expected.json")))) as! [String: Any]
        let pub = (exp["published"] as? String).flatMap { CalendarDate(iso: $0) }
        let doc = Fixtures.tokenizer.analyze(body)
        let (dates, docs) = Fixtures.locked { () -> ([DateMention], [DocumentReference]) in
            let d = Fixtures.dates.dates(in: doc, reference: pub)
            return (d, Fixtures.documents.documents(in: doc, dates: d))
        }
        var want = (exp["dates"] as! [[String: Any]]).map { "\($0["start"]!) \($0["end"]!) \($0["grain"]!) \($0["planned"] as? Bool ?? false) «\($0["text"] ?? "")»" }
        for d in dates {
            let key = "\(d.start) \(d.end) \(d.grain.rawValue)"
            if let i = want.firstIndex(where: { $0.hasPrefix(key + " ") }) {
                tp += 1
                if !want[i].hasPrefix(key + " \(d.planned)") { pl += 1; print(f, "PLANNED", d.planned, "«\(d.text)»") }
                want.remove(at: i)
            } else { fp += 1; print(f, "DATE+", key, "«\(d.text)»") }
        }
        for w in want { fn += 1; print(f, "DATE-", w) }
        func s(_ v: Any?) -> String { v.map { "\($0)" }.flatMap { $0 == "<null>" ? nil : $0 } ?? "nil" }
        var wantD = (exp["documents"] as! [[String: Any]]).map { "\(s($0["kind"])) \(s($0["number"])) \(s($0["issuer"])) \(s($0["year"])) \(s($0["date"]))" }
        for r in docs {
            let key = "\(r.kind ?? "nil") \(r.number) \(r.issuer ?? "nil") \(r.year.map(String.init) ?? "nil") \(r.date ?? "nil")"
            if let i = wantD.firstIndex(of: key) { dtp += 1; wantD.remove(at: i) } else { dfp += 1; print(f, "DOC+", key, "«\(r.text)»") }
        }
        for w in wantD { dfn += 1; print(f, "DOC-", w) }
    }
    print("DATES tp \(tp) fp \(fp) fn \(fn) plannedWrong \(pl); DOCS tp \(dtp) fp \(dfp) fn \(dfn)")
}

@Test func scratchText() throws {
    guard let path = ProcessInfo.processInfo.environment["SCRATCH_TEXT"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for line in text.split(separator: "\n") {
        let doc = Fixtures.tokenizer.analyze(String(line))
        Fixtures.locked {
            print("==", line)
            let dates = Fixtures.dates.dates(in: doc, reference: CalendarDate(iso: "2020-12-08"))
            for d in dates { print("  DATE", d.start, d.end, d.grain, d.planned ? "planned" : "", "«\(d.text)»") }
            for r in Fixtures.documents.documents(in: doc, dates: dates) { print("  DOC", r.kind ?? "-", r.kindName ?? "-", r.number, r.issuer ?? "-", r.year ?? 0, r.date ?? "-", "«\(r.text)»") }
            for n in Fixtures.numbers.numbers(in: doc) { print("  NUM", n.value, n.isPercent ? "%" : "", n.of.map { "of \($0)" } ?? "", n.approx ? "~" : "", "«\(n.text)»") }
        }
    }
}

@Test func scratchSpeed() throws {
    guard let path = ProcessInfo.processInfo.environment["SCRATCH_BIG"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let t0 = Date()
    let doc = Fixtures.tokenizer.analyze(text)
    let t1 = Date()
    let (d, r, n) = Fixtures.locked { () -> (Int, Int, Int) in
        let dates = Fixtures.dates.dates(in: doc, reference: CalendarDate(iso: "2020-12-08"))
        let t2 = Date(); print("DATES", t2.timeIntervalSince(t1))
        let refs = Fixtures.documents.documents(in: doc, dates: dates)
        let t3 = Date(); print("DOCS", t3.timeIntervalSince(t2))
        let nums = Fixtures.numbers.numbers(in: doc)
        print("NUMS", Date().timeIntervalSince(t3))
        return (dates.count, refs.count, nums.count)
    }
    print("TOKENIZE", t1.timeIntervalSince(t0), d, r, n)
}
