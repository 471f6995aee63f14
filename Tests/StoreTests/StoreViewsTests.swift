import Foundation
import GRDB
import Testing
import Kiemdiem

/// The SQL views and the migration from a version-1 store.
@Suite struct StoreViewsTests {
    @Test func yearlyViewsGiveOneRowPerOrganizationYearSubjectStageAndLevel() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        var a = Rec("a1", org: "Đảng ủy phường Thượng Thanh", year: 2020)
        a.rating(.dangVien, .approved, .HTTNV, 720)
        a.r.ratings[0].orAbove = true
        a.rating(.dangVien, .approved, .HTXSNV, 126)
        a.r.ratings[1].within = 0
        a.r.findings = [Finding(rule: .quotaExceeded, severity: .warning, message: "m", spans: [])]
        var b = Rec("b1", org: "Đảng bộ phường Thượng Thanh", year: 2020)
        b.rating(.dangVien, .approved, .HTXSNV, 130)
        var c = Rec("c1", org: "Đảng ủy phường Thượng Thanh", year: 2020)  // a near-copy of a1: never counted
        c.rating(.dangVien, .approved, .HTXSNV, 999)
        c.r.duplicateOf = "a1"
        c.r.findings = a.r.findings
        for r in [a.r, b.r, c.r] { try store.insert(r) }
        let q = try DatabaseQueue(path: dir.path("k.sqlite"))
        let all = try q.read { try Row.fetchAll($0, sql: "SELECT * FROM yearly_ratings ORDER BY level, cumulative") }
        #expect(all.count == 3)  // Thượng Thanh's HTTNV+ and HTXSNV; "Đảng bộ" (no key, another name): its HTXSNV; the near-copy c1 not at all
        let rows = all.filter { $0["organization"] as String == "Đảng ủy phường Thượng Thanh" }
        #expect(rows.count == 2)
        let xs = try #require(rows.first { $0["level"] as String == "HTXSNV" })
        #expect(xs["year"] as Int == 2020 && xs["subject"] as String == "dang_vien" && xs["stage"] as String == "approved")
        #expect((xs["count"] as Int?) == 126 && xs["articles"] as Int == 1)
        let tt = try #require(rows.first { $0["level"] as String == "HTTNV" })
        #expect(tt["cumulative"] as Int == 1 && tt["count"] as Int == 720 && tt["exclusive_count"] as Int == 594)
        let f = try q.read { try Row.fetchAll($0, sql: "SELECT * FROM yearly_findings") }
        #expect(f.count == 1 && f[0]["rule"] as String == "quota_exceeded" && f[0]["findings"] as Int == 1 && f[0]["year"] as Int == 2020)
    }

    @Test func twoArticlesOfOneOrganizationDisagreeingGiveOneRowWithBothCounts() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        var a = Rec("a1", year: 2020); a.rating(.chiBo, .approved, .HTXSNV, 5)
        var b = Rec("b1", year: 2020); b.rating(.chiBo, .approved, .HTXSNV, 6)
        try store.insert(a.r); try store.insert(b.r)
        let rows = try DatabaseQueue(path: dir.path("k.sqlite")).read { try Row.fetchAll($0, sql: "SELECT * FROM yearly_ratings") }
        #expect(rows.count == 1)
        #expect((rows[0]["count"] as Int?) == nil && rows[0]["count_min"] as Int == 5 && rows[0]["count_max"] as Int == 6 && rows[0]["articles"] as Int == 2)
    }

    /// A store written by the previous version (schema v1, ids from the source
    /// bytes, `record_json`) opens, becomes one article per text, and keeps its facts.
    @Test func aVersion1StoreIsMigrated() throws {
        let dir = try TempDir()
        let path = dir.path("old.sqlite")
        var r = Rec("0123456789abcdef", title: "Đánh giá năm 2020")
        r.rating(.dangVien, .approved, .HTXSNV, 126)
        r.r.ratings[0].bound = .about
        r.r.ratings[0].approx = true
        r.total(.dangVien, .evaluated, 866)
        let json = String(decoding: try JSONEncoder().encode(r.r), as: UTF8.self)
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id TEXT PRIMARY KEY NOT NULL,
                    path TEXT, url TEXT, format TEXT NOT NULL,
                    title TEXT, category TEXT, published TEXT, views INTEGER,
                    year INTEGER,
                    org_name TEXT, org_unit TEXT, org_place TEXT, org_parent TEXT,
                    text TEXT NOT NULL,
                    record_json TEXT NOT NULL
                );
                CREATE INDEX article_org ON article(org_name, year);
                CREATE TABLE rating (
                    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    subject TEXT NOT NULL, stage TEXT NOT NULL, level TEXT NOT NULL,
                    count INTEGER, percent REAL, "of" INTEGER,
                    approx INTEGER NOT NULL, year INTEGER, or_above INTEGER NOT NULL,
                    text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                    PRIMARY KEY (article_id, idx)
                );
                CREATE TABLE total (
                    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    subject TEXT NOT NULL, what TEXT NOT NULL, count INTEGER NOT NULL,
                    text TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                    PRIMARY KEY (article_id, idx)
                );
                CREATE TABLE document (
                    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    kind TEXT, kind_name TEXT, number TEXT NOT NULL, issuer TEXT, year INTEGER, date TEXT,
                    text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                    PRIMARY KEY (article_id, idx)
                );
                CREATE TABLE official (
                    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    name TEXT NOT NULL, titles_json TEXT NOT NULL,
                    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                    PRIMARY KEY (article_id, idx)
                );
                CREATE TABLE date_mention (
                    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    start TEXT NOT NULL, "end" TEXT NOT NULL, grain TEXT NOT NULL, planned INTEGER NOT NULL,
                    text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                    PRIMARY KEY (article_id, idx)
                );
                CREATE TABLE finding (
                    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    scope TEXT NOT NULL CHECK (scope IN ('article', 'cross')),
                    idx INTEGER NOT NULL,
                    rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
                    spans_json TEXT NOT NULL, other_article TEXT,
                    PRIMARY KEY (article_id, scope, idx)
                );
                CREATE INDEX finding_rule ON finding(rule);
                CREATE TABLE failed_input (
                    path TEXT PRIMARY KEY NOT NULL,
                    reason TEXT NOT NULL
                );
                        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                        INSERT INTO grdb_migrations VALUES ('v1');
                """)
            for (id, p) in [("0123456789abcdef", "a.txt"), ("fedcba9876543210", "a.html")] {
                try db.execute(sql: "INSERT INTO article (id, path, format, title, year, org_name, text, record_json) VALUES (?, ?, 'text', ?, 2020, ?, ?, ?)",
                               arguments: [id, p, r.r.title, r.r.organization?.name, r.r.text, json])
                try db.execute(sql: "INSERT INTO rating VALUES (?, 0, 'dang_vien', 'approved', 'HTXSNV', 126, NULL, NULL, 1, 2020, 0, '126 HTXSNV', 0, 10)", arguments: [id])
                try db.execute(sql: "INSERT INTO total VALUES (?, 0, 'dang_vien', 'evaluated', 866, NULL, 11, 23)", arguments: [id])
                try db.execute(sql: "INSERT INTO finding VALUES (?, 'cross', 0, 'cross_article_mismatch', 'warning', 'm', '[]', ?)",
                               arguments: [id, id == "0123456789abcdef" ? "fedcba9876543210" : "0123456789abcdef"])
            }
        }
        try old.close()
        let store = try RecordStore(path: path)
        let id = ArticleRecord.contentID(title: r.r.title, body: r.r.text)
        #expect(try store.ids() == [id])
        #expect(Set(try store.sources(of: id).compactMap(\.path)) == ["a.txt", "a.html"])
        let back = try #require(try store.record(id: id))
        #expect(back.ratings.first?.bound == .about && back.ratings.first?.count == 126)
        #expect(back.totals.first?.count == 866)
        #expect(try store.counts()["rating"] == 1)
        // The rerun of the same file is recognized by its old id (the hash of its bytes).
        #expect(try store.articlesForSources(["0123456789abcdef"]) == ["0123456789abcdef": id])
        let views = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM yearly_ratings") }
        #expect(views == 1)
    }
}
