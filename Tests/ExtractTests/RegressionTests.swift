import Foundation
import Testing
import KiemdiemCore
import KiemdiemExtract

/// Inputs found by the pathological benchmark (bench/pathological.sh) that
/// once took quadratic time in the extractors.
@Suite struct ExtractRegressionTests {
    static let extractor = try! RatingExtractor()

    /// A long run of numbers without punctuation: each figure's clause was
    /// read back to the start of the sentence. Clauses are now read at most
    /// `clauseWindow` tokens each way; bare numbers are neither ratings nor totals.
    @Test func longRunOfNumbersGivesNoFigures() {
        let numbers = (0..<5000).map { String(($0 * 7919) % 100_000) }.joined(separator: " ")
        let result = Self.extractor.extract(Shared.analyze(numbers), year: 2020)
        #expect(result.ratings.isEmpty)
        #expect(result.totals.isEmpty)
    }

    /// The window still reaches a total's words in an ordinary long clause.
    @Test func totalAfterALongClauseIsStillFound() {
        let filler = Array(repeating: "công tác", count: 40).joined(separator: " ")
        let text = "Năm 2020 \(filler) tổng số 866 đảng viên được đánh giá, xếp loại."
        let totals = Self.extractor.extract(Shared.analyze(text), year: 2020).totals
        #expect(totals.contains { $0.count == 866 })
    }

    /// Found by `fuzz/run.sh` (fuzz-article, 2026-11-27): a figure that opens
    /// its clause right after "có" made the "Dự họp có 38/41" check build the
    /// range `firstToken..<firstToken - 1` and trap. The fuzzer's input, as
    /// found (base64; it holds control bytes).
    static let fuzzArticleCrash: [String] = [
        "Q8WpbmcgdOG6oWkgaOG7mWkgbmdo4buLLCDEkOG6o25nIOG7p3kgcGjGsOG7nW5nIHRow7RuZyBxdWjhu4sgdOG6t25nIEh1eSBo",
        "aeG7h3UgMzAgbsSDbSwgNDAgbsSDbSB2w6AgNTAgdGjGsCDEkOG6o25nIOG7p3kgQ8ahIHF1YW4sIFBow7MgQ2jhu6cgdOG7i2No",
        "IFVCTkQgaHV54buHbiBhaOG7pyB0csOs3goKVGhlbyBRdXnhur90IMSR4buLbmgsIMSQ4bqjbmcg4buneSBDxqEgcXVhbiBjw7Ru",
        "ZyBuaOG6rW4gMDIgY2hpIGLhu5kgSG/DoG4gdGjDoG5oIHh14bqldCBz4bqvYyBuaGnhu4dtIHbhu6UsIDEzIGNoaSBi4buZIEhv",
        "w6BuIHRow6BuaCB04buRdCBuaGnhu4dtIHbhu6U7IDYwIMSR4bqjbmcgdmnDqm4gSG/DoG4gdGjDoG5oIHh14bqldCBz4bqvYyBu",
        "aGnhu4dtIHbhu6UsIDMwMCDEkeG6o25nIHZpw6puIEhvw6BuIHRow6BuaCB04buRdCBuaGnhu4dtIHbhu6UsIDEyIMSR4bqjbmcg",
        "dmnDqm4gSG/DoG4gdGjDoG5oIG5oaeG7h20gduG7pS4gVOG7lW5nIHPhu5EgMzcyIMSR4bqjbmcgdmnDqm4gxJHGsOG7o2MgxJHD",
        "oW5oIGdpw6EsIHjhur9wIGxv4bqhaTsgxJDhuqNuZyBi4buZIGPDsyAAAAAAAAAACjE1IGNoaSBi4buZIHRy4buxYyB0aHXhu5lj",
        "LgoKU+G7kSDEkeG6o25nIHZpw6puIEhvw6BuIHRow6BuaCB4deG6pXQgc+G6r2Mgbmhp4buHbSB24bulIGLhurFuZyDEkcO6bmcg",
        "MjAlIHPhu5EgxJHhuqNuZyB2acOqbiBIb8OgbiB0aMOgbmggdOG7kXQgbmhp4buHbSB24bulLCBwaMO5IGjhu6NwIEjGsOG7m25n",
        "IGThuqtuIDIxLUhEL0JUQ1RXLiDEkOG6o25nIOG7p3kgQ8ahIHF1YW46IHnDqnUgY+G6p3UgY8OhYyBjaGkgYuG7mSBn4UZQkd+U",
        "HkVFdCBxdeG6oyB44bq/4bqjLiDEkOG7k25nIGNow60gTmluaCBWxINuIFF1YW5nIC0gSFVWLCBCw60gdGjGsCDEkOG6o25nIOG7",
        "p3kgQ8ahIHF1YW4sIFBow7MgQ2jhu6cgdOG7i2NoIFVCTkQgaHV54buHbiBhaOG7pyB0csOs3goKVGhlbyBRdXnhur90IMSR4buL",
        "bmgsIMSQ4bqjbmcg4buneSBDxqEgcXVhbiBjw7RuZyBuaOG6rW4gMDIgY2hpIGLhu5kgSG/DoG4gdGjDoG5oIHh14bqldCBz4bqv",
        "YyBuaGnhu4dtIHbhu6UsIDEzIGNoaSBi4buZIEhvw6BuIHRow6BuaCB04buRdCBuaGnhu4dtIHbhu6U7IDYwIMSR4bqjbmcgdmnD",
        "qm4gSG/DoG4gdGjDoG5oIHh14bqldCBz4bqvYyBuaGnhu4dtIHbhu6UsIDMwMCDEkeG6o25nIHZpw6puIEhvw6BuIHRow6BuaCB0",
        "4buRdCBuaGnhu4dtIHbhu6UsIDEyIMSR4bqjbmcgdm7Eg20gdHXhu5VpIMSQ4VBQUFBQUFBQUFBQUFBQUFBQUFBQUFBUUFBQUFBQ",
        "UFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABuZ2jhu4ssIMSQ4bqjbmcg4buneSBwaMaw4budbmcgdGjDtG5nIHF1aOG7",
        "iyB04bq3bmcgSHV5IGhp4buHdSAzMCBuxINtLCA0MCBuxINtIHbDoCA1MCBuxINtIHR14buVaSDEcB6vr6+vr6lQUFBQUFBQUFBQ",
        "UFBQUFBQVFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFAAAAAAAAAAAAAAAAAAAAAA+AAAAAAAAAAAAAAA",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQUFBQUFBQUFBQUFBQUFBQ",
        "UFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQuqNuZyBjaG8gMTEgxJHhu5NuZyBjaMOtOyB4w6l0IGvhur90",
        "IG7huqFwIDA0IHF14bqnbiBjaMO6bmcgxrB1IHTDuiB2w6BvIMSQ4bqjbgAAAAAAAAAAAAAAAAAAUFBQUFBQUFBQUFBQUFBQUFBQ",
        "UFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQULqjbmcgY2hvIDExIMSR4buTbmcgY2jDrTsgeMOpdCBr4bq/dCBu",
        "4bqhcCAwNCBxdeG6p24gY2jDum5nIMawdSB0w7ogdsOgbyDEkOG6o25nLi8uCg==",
    ]

    @Test func figureOpeningItsClauseAfterCoDoesNotTrap() throws {
        let bytes = try #require(Data(base64Encoded: Self.fuzzArticleCrash.joined()))
        let text = String(decoding: bytes, as: UTF8.self)
        let post = IngestedPost(id: "fuzz", source: Source(path: "fuzz.txt", format: "text"), text: text)
        let record = try ArticleExtractor().extract(post)
        let n = record.text.unicodeScalars.count
        for r in record.ratings { #expect(r.span.start <= r.span.end && r.span.end <= n) }
        for t in record.totals { #expect(t.span.start <= t.span.end && t.span.end <= n) }
    }

    /// Issue 16 fuzz round (fuzz-article, 989 s, 413 969 runs): an attendance
    /// phrase found before the end of the figure's subject made the range
    /// `(subjectEnd + 1)..<a` reversed in `RatingRules.totalsIn`, and Swift trapped.
    static let fuzzAttendBeforeSubjectEnd = [
        "VGjhu7FjIGhp4buHbiBL4bq/IGhv4bqhY2ggc+G7kSAwMjAgY+G7p2EgQmFuIFRoxrDhu51uZyB24bulIFRo4buLIOG7p3ksIMSR",
        "4bq/biBuZ8OgeSA4IHRog6FuZyAxVgIAAAAAAAAwMjAsIDEwMCUgdOG7lSBjaOG7qWMgY8ahIHPhu58gxJHhuqNuZ+M7bjxc35eQ",
        "w6BuIHRow6BuaCBraeG7g20gxJFp4buDbS4gVG/DoG4gxJDhuqNuZyBi4buZIHRo4buLIHjDoyBjw7MgMS4zODIgxJHhuqNuZyB2",
        "acOqbiDEkcaw4bujYyDEkcOhbmggZ2nDoSwgeOG6v3AgbG/huqFpLiBL4bq/dCBxdeG6ozogMS4xNTBk4buxIMSR4bqjbmcgdmnD",
        "qm4gSDAwJSB04buVIGNo4bupYyBjxqEgc+G7nyDEkeG6o25n4ztuPFzfl5DDoG4gdGjDoG5oIGtp4buDbSDEkWnhu4NtLiBUb8Og",
        "biDEkHjhur9wIGxv4bqhaS4gS+G6v3QgcXXhuqM6IDEuMTUwIMSR4bqjbmcgdmnDqm4gSG/DoG4gdGjDoG5oIHThu5F0IG5oaeG7",
        "h20gduG7pSB0cuG7nyBsw6puLCB0cm9uZyDEkcOzIDIxMCDEkeG6o25nIHZpZW5fVcOqbiBIb8OgbiB0aMOgbmhow7RuZyBob8Og",
        "biB0aMOgbmggbkvhur8gaG/huqFjaCBz4buRIDg3LUtIL1RVIG5nw6B5IDAyLzExLzIwMjAgY+G7p2EgQmFuIFRoxrDhu51uZyB2",
        "4bulIFRo4buLIOG7p3ksIMSR4bq/biBuZ8OgeSA4IHRog6FuZyAxMiBuxINtIDIwMjAsIDEwMCUgdOG7lSBjaOG7qWMgY8ahIHNv",
        "w6BuIHRow6BuaCB04buRdCBuaGnhu4dtIHbhu6UgdHLhu58gbMOqbiwgdHJvbmcgxJHDsyAyMTAgxJHhuqNuZyB2aWVuX1XDqm4g",
        "SG/DoG4gdGjDoG5oaMO0bmcgaG/DoG4gdGjDoG5oIG5L4bq/IGhv4bqhY2ggc+G7kSA4Ny1LSC9UVSBuZ8OgeSAwMi8xMS9fX19f",
        "X19fX19fXzIwMjAgY+G7p2EgQmFuIFRoxrDhu51uZyB24bulIFRo4buLIOG7p3ksIMSR4bq/biBuZ8OgeSA4IHRog6FuZyAxMiBu",
        "xINtIDIwMjAsIDEwMCUgdOG7lSBjaOG7qWMgY8ahIHPhu58gxJHhuqNuZ+M7bjxc35eQw6BuIHRow6BuaCBraeG7g20gxJFp4buD",
        "bS4gVG/DoG7gO5DhuqNuZyBi4buZIHRo4buLIHjDoyBjw7MgMS4zODIgxJHhuqNuZyB2acOqbiDEkcaw4bujYyDEkcOhbmggZ2nD",
        "oSwgeOG6v3AgbG/huqFpLiBL4bq/dCBxdeG6ozogMS4xNTAgxJHhuqNuZyB2acOqbiBIb8OgbiB0aMOgbmggdOG7kXQgbmhp4buH",
        "bSB24bulIHRy4bufIGzDqm4sIHRyb2hp4buHbSB24bulLjg3LUtIL1RVIG5nw6B5IDAyLzExLzIwMjAgY+G7p2EgQmFuIFRoxrDh",
        "u51uZyB24bulIFRo4buLIOG7p3ksIMSR4bq/biBuZ8OgeSA4IHRog6FuZyAxMiBuxINtIDIwMjAsIDEwMCUgdOG7lSBjaOG7qWMg",
        "Y8ahIHPhu58gxJHhuqNuZ+M7bjxc35eQw6BuIHRow6BuaCBraeG7g20gxJFp4buDbS4gVG/DoG4gxJB44bq/cCBsb+G6oWkuIEvh",
        "ur90IHF14bqjOiAxLjE1MCDEkeG6o25nIHZpw6puIEhvw6BuIHRow6BuaCB04buRdCBuaGnhu4dtIHbhu6UgdHLhu58gbMOqbiwg",
        "dHJvbmcgxJHDsyAyMTAgxJHhuqNuZyB2aWVuX1XDqm4gSG/DoG4gdGjDoG5oaMO0bmcgaG/DoG4gdGjDoG5oIG5L4bq/IGhv4bqh",
        "Y2ggc+G7kSA4Ny1LSC9UVSBuZ8OgeSAwMi8xMS8yMDIwIGPhu6dhIEJhbiBUaMaw4budbmcgduG7pSBUaOG7iyDhu6d5LCDEkeG6",
        "v24gbmfDoHkgOCB0aIOhbmcgMTIgbsSDbSAyMDIwLCAxMDAlIHThu5UgY2jhu6ljIGPGoSBz4bufIMSR4bqjbmfjO248XN+XkMOg",
        "biB0aMOgbmgga2nhu4NtIMSRaeG7g20uIFRvw6BuIMSQ4bqjbmcgYuG7mSB0aOG7iyB4w6MgY8OzIDEuMzgyIMSR4bqjbmcgdmnD",
        "qm4gxJHGsOG7o2MgxJHDoW5oIGdpw6EsIHjhur9wIGxv4bqhaS4gS+G6v3QgcXXhuqM6IDEuMTUwIMSR4bqjbmcgdmnDqm4gSG/D",
        "oG4gdGjDoG5oIHThu5F0IG5oaeG7h20gduG7pSB0cuG7nyBsw6puLCB0cm9oaeG7h20gduG7pS4K",
    ]

    @Test func attendancePhraseBeforeTheSubjectEndDoesNotTrap() throws {
        let bytes = try #require(Data(base64Encoded: Self.fuzzAttendBeforeSubjectEnd.joined()))
        let text = String(decoding: bytes, as: UTF8.self)
        let post = IngestedPost(id: "fuzz", source: Source(path: "fuzz.txt", format: "text"), text: text)
        let record = try ArticleExtractor().extract(post)
        let n = record.text.unicodeScalars.count
        for r in record.ratings { #expect(r.span.start <= r.span.end && r.span.end <= n) }
        for t in record.totals { #expect(t.span.start <= t.span.end && t.span.end <= n) }
    }
}
