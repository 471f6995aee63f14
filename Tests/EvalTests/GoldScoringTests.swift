import Foundation
import Testing
import KiemdiemEval

/// Each rule of gold scoring (the reference scorer score_gold.py) on small
/// hand-made gold / prediction pairs; every case fails when its rule is missing.
@Suite struct GoldScoringTests {
    static func json(_ text: String) -> JSONValue { try! JSONParser.parse(text) }
    static func items(_ text: String) -> [JSONValue] { json(text).items }

    static func match(_ field: String, gold: String, predicted: String) -> GoldScoring.Match {
        GoldScoring.match(gold: items(gold), predicted: items(predicted), field: field)
    }

    @Test func optionalItemsAreNeitherMissedNorFalseHits() {
        let gold = #"[{"rule":"sum_mismatch"},{"rule":"quota_exceeded","optional":true}]"#
        let found = Self.match("findings", gold: gold, predicted: #"[{"rule":"sum_mismatch"},{"rule":"quota_exceeded"}]"#)
        #expect(found.tp == 1 && found.fp == 0 && found.fn == 0)
        let notFound = Self.match("findings", gold: gold, predicted: #"[{"rule":"sum_mismatch"}]"#)
        #expect(notFound.tp == 1 && notFound.fp == 0 && notFound.fn == 0)
        // Optional ratings, totals, dates alike.
        let r = Self.match("totals", gold: #"[{"subject":"chi_bo","what":"all","count":9,"optional":true}]"#, predicted: "[]")
        #expect(r == GoldScoring.Match())
    }

    @Test func borderlineFindingsAreNeitherMissedNorFalseHits() {
        let gold = #"[{"rule":"percent_sum","borderline":true}]"#
        #expect(Self.match("findings", gold: gold, predicted: #"[{"rule":"percent_sum"}]"#) == GoldScoring.Match())
        #expect(Self.match("findings", gold: gold, predicted: "[]") == GoldScoring.Match())
        // A second one extracted is a false hit: the borderline item takes one match only.
        #expect(Self.match("findings", gold: gold, predicted: #"[{"rule":"percent_sum"},{"rule":"percent_sum"}]"#).fp == 1)
    }

    @Test func stageAndSubjectAlternativesAreAccepted() {
        let gold = #"[{"subject":"dang_vien","stage":"evaluated","stage_alt":"reported","level":"HTNV","count":12,"percent":null}]"#
        let m = Self.match("ratings", gold: gold, predicted: #"[{"subject":"dang_vien","stage":"reported","level":"HTNV","count":12,"percent":null}]"#)
        #expect(m.tp == 1 && m.fp == 0 && m.fn == 0)
        let subj = #"[{"subject":"to_chuc_co_so_dang","subject_alt":"chi_bo","stage":"reported","level":"HTXSNV","count":3}]"#
        let s = Self.match("ratings", gold: subj, predicted: #"[{"subject":"chi_bo","stage":"reported","level":"HTXSNV","count":3}]"#)
        #expect(s.tp == 1 && s.fp == 0)
        // Without an alternative the other stage is a miss and a false hit.
        let plain = #"[{"subject":"dang_vien","stage":"evaluated","level":"HTNV","count":12}]"#
        let p = Self.match("ratings", gold: plain, predicted: #"[{"subject":"dang_vien","stage":"reported","level":"HTNV","count":12}]"#)
        #expect(p.tp == 0 && p.fp == 1 && p.fn == 1)
    }

    @Test func goldItemsTakeTheirMatchGreedilyInGoldOrder() {
        // The first gold rating takes the only "reported" one through its alternative; the second is missed.
        let gold = #"""
        [{"subject":"dang_vien","stage":"evaluated","stage_alt":"reported","level":"HTNV","count":5},
         {"subject":"dang_vien","stage":"reported","level":"HTNV","count":5}]
        """#
        let m = Self.match("ratings", gold: gold, predicted: #"[{"subject":"dang_vien","stage":"reported","level":"HTNV","count":5}]"#)
        #expect(m.tp == 1 && m.fn == 1)
        #expect(m.missed == [[.str("dang_vien"), .str("reported"), .str("HTNV"), .number(5), .none]])
    }

    @Test func percentsCompareRoundedToTwoPlacesAsPython() {
        #expect(GoldText.round2(2.675) == 2.67)      // 2.67499999… in binary
        #expect(GoldText.round2(62.625) == 62.62)    // exactly half: to even
        #expect(GoldText.round2(0.135) == 0.14)
        #expect(GoldText.round2(100) == 100)
        let m = Self.match("ratings", gold: #"[{"subject":"dang_vien","stage":"reported","level":"HTTNV","count":null,"percent":76.3}]"#,
                           predicted: #"[{"subject":"dang_vien","stage":"reported","level":"HTTNV","count":null,"percent":76.3012}]"#)
        #expect(m.tp == 1)
        // 1 and 1.0 are one number.
        #expect(Self.match("totals", gold: #"[{"subject":"chi_bo","what":"all","count":4}]"#,
                           predicted: #"[{"subject":"chi_bo","what":"all","count":4.0}]"#).tp == 1)
    }

    @Test func repeatedPredictedFactsCountOnceExceptFindings() {
        let rating = #"{"subject":"chi_bo","stage":"reported","level":"HTTNV","count":7,"percent":null}"#
        let r = Self.match("ratings", gold: "[\(rating)]", predicted: "[\(rating),\(rating)]")
        #expect(r.tp == 1 && r.fp == 1)   // match() alone does not merge them…
        let gold = Self.json(#"{"ratings":[\#(rating)],"findings":[{"rule":"sum_mismatch"}]}"#)
        let rec = Self.json(#"{"ratings":[\#(rating),\#(rating)],"findings":[{"rule":"sum_mismatch"},{"rule":"sum_mismatch"}]}"#)
        let a = GoldScoring.score(stem: "01", gold: gold, record: rec)
        #expect(a.matches["ratings"]!.tp == 1 && a.matches["ratings"]!.fp == 0)   // …scoring an article does
        #expect(a.matches["findings"]!.tp == 1 && a.matches["findings"]!.fp == 1)
    }

    @Test func datesLeaveOutBareYearsDocumentDatesThePublishedDayAndRepeats() {
        let gold = Self.json(#"""
        {"published":"2020-12-08T09:30:00+07:00",
         "documents":[{"kind":"Hướng dẫn","number":"27","issuer":"BTCTW","date":"2020-11-02"},{"kind":"Kế hoạch","number":"3","issuer":"ĐU","date":null}],
         "dates":[{"start":"2020","end":"2020","grain":"year"},{"start":"2016","end":"2020","grain":"year"},
                  {"start":"2020-11-02","end":"2020-11-02","grain":"day"},{"start":"2020-12-08","end":"2020-12-08","grain":"day"},
                  {"start":"2020-12-20","end":"2020-12-20","grain":"day"},{"start":"2016","end":"2020","grain":"year"}]}
        """#)
        let kept = GoldScoring.comparableDates(gold["dates"], gold: gold).map { $0["start"].string! }
        #expect(kept == ["2016", "2020-12-20"])
        // Scored on both sides: extracting the skipped dates is no false hit, not extracting them no miss.
        let rec = Self.json(#"""
        {"dates":[{"start":"2020","end":"2020","grain":"year"},{"start":"2020-12-08","end":"2020-12-08","grain":"day"},
                  {"start":"2016","end":"2020","grain":"year"},{"start":"2016","end":"2020","grain":"year"},
                  {"start":"2020-11-02","end":"2020-11-02","grain":"day"}]}
        """#)
        let m = GoldScoring.score(stem: "01", gold: gold, record: rec).matches["dates"]!
        #expect(m.tp == 1 && m.fp == 0 && m.fn == 1)
    }

    @Test func toneStyleNormalization() {
        #expect(GoldText.norm("Hoà  Bình\u{00A0}Thuỷ ") == "Hòa Bình Thủy")
        #expect(GoldText.norm("HOÀ BÌNH, Khoẻ") == "HÒA BÌNH, Khỏe")
        #expect(GoldText.norm("hoàn thành") == "hoàn thành")            // "oà" before a letter is not a tone style
        #expect(GoldText.norm("Thuỷ2") == "Thủy2")                      // a digit is no letter
        #expect(GoldText.norm("\u{00D0}ảng ủy") == "Đảng ủy")            // Icelandic eth as Đ
        #expect(GoldText.norm("Nguye\u{0302}\u{0303}n") == "Nguyễn")     // NFC
        #expect(GoldText.norm(.null) == nil)
        let m = Self.match("officials", gold: #"[{"name":"Nguyễn Thị Thuỷ"}]"#, predicted: #"[{"name":"NGUYỄN THỊ THỦY"}]"#)
        #expect(m.tp == 1 && m.fp == 0)
    }

    @Test func documentsCompareUpperCasedWithoutLeadingZeros() {
        let m = Self.match("documents", gold: #"[{"kind":"Hướng dẫn","number":"05","issuer":"BTCTW"}]"#,
                           predicted: #"[{"kind":"HƯỚNG DẪN","number":"5","issuer":"btctw"}]"#)
        #expect(m.tp == 1 && m.fp == 0)
        #expect(GoldText.number(.string("000")) == "000" && GoldText.number(.string("007")) == "7" && GoldText.number(.int(12)) == "12")
    }

    @Test func organizationKey() {
        #expect(GoldText.orgKey(.string("Tỉnh ủy tỉnh Sơn La")) == "tỉnh ủy sơn la")
        #expect(GoldText.orgKey(.string("TỈNH UỶ SƠN LA.")) == "tỉnh ủy sơn la")
        #expect(GoldText.orgKey(.string("Đảng bộ xã Tân Lập")) == GoldText.orgKey(.string("Đảng uỷ xã Tân Lập")))
        #expect(GoldText.orgKey(.string("Thị ủy thị xã Kinh Môn")) == "thị ủy xã kinh môn")
        #expect(GoldText.orgKey(.string("Huyện ủy huyệnx")) == "huyện ủy huyệnx")   // no word boundary, no change
        #expect(GoldText.orgKey(.string("Chi bộ 4 (phường Nguyễn Thị Minh Khai)")) == "chi bộ 4 phường nguyễn thị minh khai")
        #expect(GoldText.orgKey(.null) == "")
        let gold = Self.json(#"{"organization":{"name":"Đảng bộ tỉnh Hải Dương"},"year":2019,"published":null}"#)
        let good = GoldScoring.score(stem: "01", gold: gold, record: Self.json(#"{"organization":{"name":"Đảng ủy Tỉnh Hải Dương"},"year":2019}"#))
        #expect(good.organizationCorrect && good.yearCorrect && good.publishedCorrect == true)
        let bad = GoldScoring.score(stem: "01", gold: gold, record: Self.json(#"{"organization":{"name":"Tỉnh ủy Hải Dương"},"year":2019.0,"published":"2020-01-01"}"#))
        #expect(!bad.organizationCorrect && bad.yearCorrect && bad.publishedCorrect == false)
        // No published key in the gold: not counted.
        #expect(GoldScoring.score(stem: "01", gold: Self.json("{}"), record: Self.json("{}")).publishedCorrect == nil)
    }

    @Test func microScoresFollowTheReferenceConventions() {
        #expect(GoldFieldScore(field: "x").f1 == 1)                        // nothing either side
        let missedAll = GoldFieldScore(field: "x", tp: 0, fp: 0, fn: 3)
        #expect(missedAll.precision == 0 && missedAll.recall == 0 && missedAll.f1 == 0)
        let s = GoldFieldScore(field: "x", tp: 3, fp: 1, fn: 2)
        #expect(s.precision == 0.75 && s.recall == 0.6 && abs(s.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
    }

    @Test func reportTableAndMinimums() {
        var r = GoldReport(name: "set")
        let gold = Self.json(#"{"year":2020,"ratings":[{"subject":"chi_bo","stage":"reported","level":"HTNV","count":1}]}"#)
        r.add(GoldScoring.score(stem: "01", gold: gold, record: Self.json(#"{"year":2020}"#)))
        let text = r.text(verbose: true)
        #expect(text.contains("  01 ratings: tp=0 fp=0 fn=1\n      - ('chi_bo', 'reported', 'HTNV', 1, None)\n"))
        #expect(text.contains("ratings     0.000  0.000  0.000   0/0/1\n"))
        #expect(text.contains("year 1/1  organization 1/1  published 0/1\n"))
        #expect(text.hasSuffix("set: F1 ratings 0.000, dates 1.000, documents 1.000, officials 1.000, totals 1.000, findings 1.000\n"))
        #expect(r.below(GoldReport.defaultMinimums).isEmpty)
        #expect(r.below([("ratings", 0.5), ("year", 1), ("published", 0.5)]) == ["ratings", "published"])
    }

    @Test func jsonValuesFollowPython() throws {
        let v = try JSONParser.parse(#"{"a":[1,2.5,true,null,"x\u00e9\ud83d\ude00"],"b":{}}"#)
        #expect(v["a"].items[0] == .double(1) && v["a"].items[2] == .int(1))
        #expect(v["a"].items[4] == .string("xé😀"))
        #expect(!v["b"].truthy && !v["missing"].truthy && !v.has("missing"))
        #expect(v["a"].items[1].pythonString == "2.5" && JSONValue.double(5).pythonString == "5.0")
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("{\"a\":1,}") }
    }
}
