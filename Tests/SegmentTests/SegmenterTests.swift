import Foundation
import Testing
import KiemdiemNormalize
import KiemdiemTokenize
@testable import KiemdiemSegment

/// The shipped model and tokenizer, loaded once for all tests. Tests run
/// in parallel and a `Segmenter` keeps scratch buffers, so uses of the shared
/// one are serialized.
enum Shared {
    static let segmenter = try! Segmenter()
    static let tokenizer = try! Tokenizer()
    static let lock = NSLock()

    /// `text` normalized, tokenized and segmented, in the `_` style.
    static func words(_ text: String) -> String {
        let scalars = Normalizer().normalize(text).scalars
        lock.lock(); defer { lock.unlock() }
        return segmenter.underscored(scalars, tokenizer.tokenize(scalars))
    }
}

@Suite struct PartyNewsSegmentation {
    @Test(arguments: [
        ("Đảng ủy phường Thượng Thanh tổ chức hội nghị", "Đảng_ủy phường Thượng_Thanh tổ_chức hội_nghị"),
        ("đồng chí Phạm Thị Minh Hồng, Bí thư Đảng ủy", "đồng_chí Phạm_Thị_Minh_Hồng , Bí_thư Đảng_ủy"),
        ("139 đảng viên hoàn thành xuất sắc nhiệm vụ", "139 đảng_viên hoàn_thành xuất_sắc nhiệm_vụ"),
        ("Bí thư Đảng ủy, Chủ tịch HĐND phường", "Bí_thư Đảng_ủy , Chủ_tịch HĐND phường"),
        ("Đảng bộ phường Thượng Thanh được Quận ủy Long Biên công nhận",
         "Đảng_bộ phường Thượng_Thanh được Quận_ủy Long_Biên công_nhận"),
        ("các chi bộ trực thuộc Đảng ủy phường đã tổ chức kiểm điểm",
         "các chi_bộ trực_thuộc Đảng_ủy phường đã tổ_chức kiểm_điểm"),
    ])
    func segments(_ input: String, _ expected: String) {
        #expect(Shared.words(input) == expected)
    }

    @Test func toneMarkVariantsSegmentAlike() {
        #expect(Shared.words("Đảng uỷ phường Thượng Thanh") == Shared.words("Đảng ủy phường Thượng Thanh"))
        #expect(Shared.words("Đảng uỷ phường") == "Đảng_ủy phường")
        #expect(Shared.words("hoà thuận và khoẻ mạnh") == Shared.words("hòa thuận và khỏe mạnh"))
    }

    @Test func numbersDatesAndCodesStayWhole() {
        let out = Shared.words("Thực hiện Kế hoạch số 07-KH/ĐU, ngày 18/11/2020, có 98,1% đảng viên")
        let words = out.split(separator: " ").map(String.init)
        for whole in ["07-KH/ĐU", "18/11/2020", "98,1", "%"] { #expect(words.contains(whole), "\(whole) in \(out)") }
        #expect(!out.contains("_07") && !out.contains("2020_") && !out.contains("_98"))
    }

    @Test func onlySpaceSeparatedSyllablesJoin() {
        // A hyphen or a line break between syllables keeps them apart.
        #expect(Shared.words("Thượng-Thanh") == "Thượng - Thanh")
        #expect(!Shared.words("hoàn\nthành").contains("_"))
    }
}

@Suite struct ModelData {
    @Test func lexiconTableFindsWordsOnly() {
        let table = LexiconTable(words: ["đảng ủy", "hoàn thành", "Thượng Thanh"])
        #expect(table.contains(LexiconTable.hash(of: "Đảng ủy")!))
        #expect(table.contains(LexiconTable.hash(of: "thượng_thanh")!))
        #expect(!table.contains(LexiconTable.hash(of: "ủy đảng")!))
        #expect(LexiconTable.hash(of: "đảng") == nil)
        // Prefixes of longer words are marked, but are not words.
        let long = LexiconTable(words: ["ban chấp hành"])
        let prefix = LexiconTable.hash(of: "ban chấp")!
        #expect(!long.contains(prefix) && long.value(prefix) == LexiconTable.prefixBit)
        #expect(long.contains(LexiconTable.hash(of: "Ban Chấp Hành")!))
    }

    @Test func largeLexiconFindsEveryEntry() {
        // Enough entries that the bucket bitset in front of the slot table
        // is well filled: it may let absent hashes through, never drop one.
        let syllables = ["an", "bình", "chi", "dân", "đảng", "gia", "hà", "kim", "lan", "minh", "ngọc", "phú",
                         "quang", "sơn", "tân", "thành", "uy", "văn", "xuân", "yên"]
        var words: [String] = []
        for a in syllables { for b in syllables { for c in syllables where c != a { words.append("\(a) \(b) \(c)") } } }
        let table = LexiconTable(words: words)
        #expect(words.allSatisfy { table.contains(LexiconTable.hash(of: $0)!) })
        #expect(words.allSatisfy { table.value(LexiconTable.hash(of: String($0.split(separator: " ").prefix(2).joined(separator: " ")))!) & LexiconTable.prefixBit != 0 })
        #expect(!table.contains(LexiconTable.hash(of: "an an an")!) && !table.contains(LexiconTable.hash(of: "bình minh")!))
    }

    @Test func modelFileRoundTrips() throws {
        var weights = [Float](repeating: 0, count: 1 << 8)
        weights[3] = 1.5; weights[200] = -0.25
        let model = SegmenterModel(tableBits: 8, weights: weights, lexicon: LexiconTable(words: ["bí thư"]))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-seg-\(UUID()).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let back = try SegmenterModel(contentsOf: url)
        #expect(back.weights == weights)
        #expect(back.lexicon.hashes == model.lexicon.hashes)
    }

    @Test func truncatedModelIsAClearError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-seg-\(UUID()).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("KDSEG002\u{14}".utf8).write(to: url)
        #expect(throws: SegmenterModelError.self) { try SegmenterModel(contentsOf: url) }
    }
}

@Suite struct Scoring {
    static let gold = """
    # text = Đảng ủy họp .
    1\tĐảng ủy\tđảng ủy\tNOUN\tN\t_\t2\tnsubj\t_\t_
    2\thọp\thọp\tVERB\tV\t_\t0\troot\t_\t_
    3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    """

    @Test func scoresSpansInThreeViews() throws {
        let sentences = CoNLLU.parse(Scoring.gold)
        #expect(sentences.count == 1 && sentences[0].forms == ["Đảng ủy", "họp", "."])
        let aligned = AlignedSentence(sentences[0], normalizer: Normalizer(), tokenizer: Shared.tokenizer)
        #expect(aligned.goldJoins == [false, true, false, false])
        // Prediction that splits "Đảng ủy": 4 words, 2 right ("họp", ".").
        let t = aligned.tokens
        let split = t.indices.map { Word(tokens: $0..<$0 + 1, start: t[$0].start, end: t[$0].end) }
        var score = SegmentationScore()
        score.add(aligned, predicted: split)
        #expect(score.all.correct == 2 && score.all.predicted == 4 && score.all.gold == 3)
        #expect(score.withoutPunctuation.correct == 1 && score.withoutPunctuation.gold == 2)
        #expect(score.multiSyllable.gold == 1 && score.multiSyllable.predicted == 0)
        // The right segmentation scores 1.0 everywhere.
        var perfect = SegmentationScore()
        perfect.add(aligned, predicted: [Word(tokens: 0..<2, start: t[0].start, end: t[1].end)]
                    + (2..<4).map { Word(tokens: $0..<$0 + 1, start: t[$0].start, end: t[$0].end) })
        #expect(perfect.all.f1 == 1 && perfect.multiSyllable.f1 == 1)
    }
}

@Suite struct CrossValidation {
    @Test func foldsAreContiguousBalancedAndCoverAll() {
        for (count, folds) in [(10, 5), (1123, 5), (7, 3), (3, 2)] {
            let f = (0..<count).map { SegmenterCrossValidation.fold(of: $0, count: count, folds: folds) }
            #expect(f.first == 0 && f.last == folds - 1)
            #expect(zip(f, f.dropFirst()).allSatisfy { $1 == $0 || $1 == $0 + 1 }, "contiguous, every fold used")
            let sizes = (0..<folds).map { k in f.filter { $0 == k }.count }
            #expect(sizes.max()! - sizes.min()! <= 1, "sizes \(sizes)")
        }
    }

    @Test func everyGoldSentenceIsScoredOnce() {
        let forms: [[String]] = [["Đảng ủy", "họp", "."], ["hoàn thành", "nhiệm vụ", "."], ["Bí thư", "phát biểu", "."],
                                 ["chi bộ", "kiểm điểm", "."], ["đảng viên", "họp", "."], ["Đảng ủy", "công nhận", "."]]
        let aligned = forms.map {
            AlignedSentence(GoldSentence(forms: $0, upos: $0.map { _ in "X" }), normalizer: Normalizer(), tokenizer: Shared.tokenizer)
        }
        var trainer = SegmenterTrainer()
        trainer.tableBits = 12
        trainer.epochs = 2
        var seen: [String] = []
        let score = SegmenterCrossValidation(trainer: trainer, folds: 3).score(gold: aligned, base: [], lexicon: []) { _, _ in
        } predicted: { sentence, words in
            seen.append(sentence.underscoredGold())
            #expect(words.last.map { $0.end } == sentence.tokens.last?.end)
        }
        #expect(score.sentences == 6 && score.all.gold == 18)
        #expect(seen == aligned.map { $0.underscoredGold() })
        #expect(seen.first == "Đảng_ủy họp .")
    }
}

/// Checks against the treebank (`Tests/Fixtures/data/ud-vi-vtb`).
@Suite struct Treebank {
    static let ud: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("Tests/Fixtures/data/ud-vi-vtb")
    }()

    static func score(_ model: SegmenterModel, _ sentences: [GoldSentence]) -> SegmentationScore {
        let segmenter = Segmenter(model: model)
        var score = SegmentationScore()
        for s in sentences {
            let a = AlignedSentence(s, normalizer: Normalizer(), tokenizer: Shared.tokenizer)
            score.add(a, predicted: segmenter.words(a.scalars, a.tokens, in: 0..<a.tokens.count))
        }
        return score
    }

    @Test func heldOutModelGeneralizesToDev() throws {
        let dir = Treebank.ud!
        let train = try CoNLLU.read(dir.appendingPathComponent("vi_vtb-ud-train.conllu").path)
        let dev = Array(try CoNLLU.read(dir.appendingPathComponent("vi_vtb-ud-dev.conllu").path).prefix(300))
        let pyvi = try String(contentsOf: dir.deletingLastPathComponent().appendingPathComponent("pyvi-words/words.txt"), encoding: .utf8)
        var trainer = SegmenterTrainer()
        trainer.epochs = 3
        let model = trainer.train(train.map { AlignedSentence($0, normalizer: Normalizer(), tokenizer: Shared.tokenizer) },
                                  lexicon: pyvi.split(separator: "\n").map { LexiconTable.syllables(of: Normalizer().normalize(String($0)).text) })
        let score = Treebank.score(model, dev)
        #expect(score.all.f1 > 0.95, "held-out dev F1 \(score.all.f1)")
        #expect(score.multiSyllable.f1 > 0.9, "multi-syllable F1 \(score.multiSyllable.f1)")
    }

    @Test func shippedModelOnDevSlice() throws {
        let dev = Array(try CoNLLU.read(Treebank.ud!.appendingPathComponent("vi_vtb-ud-dev.conllu").path).suffix(300))
        let score = Treebank.score(Shared.segmenter.model, dev)
        #expect(score.all.f1 > 0.975, "dev F1 \(score.all.f1)")
    }
}

@Suite("Normalizer buffer input")
struct NormalizerBufferTests {
    @Test(arguments: ["Đảng uỷ phường  Thượng Thanh", "hoà\u{0300} thuỷ\tkhoẻ", "Quyết định số 1234/QĐ-UBND\r\n",
                      "  a \t b\r\n\r\n\r\nc \n d\u{00A0}e\u{200B}f\u{3000}g  \n\n", "\n\n x", "", " "])
    func bufferAndArrayNormalizeAlike(_ text: String) {
        let normalizer = Normalizer()
        let input = Array(text.unicodeScalars)
        var fromArray: [Unicode.Scalar] = [], fromBuffer: [Unicode.Scalar] = []
        normalizer.normalizeScalars(input, into: &fromArray)
        input.withUnsafeBufferPointer { normalizer.normalizeScalars($0, into: &fromBuffer) }
        #expect(fromBuffer == fromArray)
        #expect(fromBuffer == normalizer.normalize(text).scalars)
        // The entry point for callers that checked stability while decoding.
        var checked: [Unicode.Scalar] = []
        input.withUnsafeBufferPointer { normalizer.normalizeScalars($0, into: &checked, stable: Normalizer.isStable($0)) }
        #expect(checked == fromArray)
    }
}
