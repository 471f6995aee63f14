import Foundation
import Testing

@Suite("kiemdiem eval-segmentation")
struct EvalSegmentationCommandTests {
    /// Two sentences in CoNLL-U, words with spaces between their syllables.
    static let gold = """
        # text = Đảng ủy phường Thượng Thanh hoàn thành xuất sắc nhiệm vụ .
        1\tĐảng ủy\tĐảng ủy\tNOUN\tN\t_\t0\troot\t_\t_
        2\tphường\tphường\tNOUN\tN\t_\t1\tnmod\t_\t_
        3\tThượng Thanh\tThượng Thanh\tPROPN\tNp\t_\t2\tflat\t_\t_
        4\thoàn thành\thoàn thành\tVERB\tV\t_\t1\tacl\t_\t_
        5\txuất sắc\txuất sắc\tADJ\tA\t_\t4\tadvmod\t_\t_
        6\tnhiệm vụ\tnhiệm vụ\tNOUN\tN\t_\t4\tobj\t_\t_
        7\t.\t.\tPUNCT\tCH\t_\t1\tpunct\t_\t_

        # text = Bí thư Đảng ủy phát biểu .
        1\tBí thư\tBí thư\tNOUN\tN\t_\t3\tnsubj\t_\t_
        2\tĐảng ủy\tĐảng ủy\tNOUN\tN\t_\t1\tnmod\t_\t_
        3\tphát biểu\tphát biểu\tVERB\tV\t_\t0\troot\t_\t_
        4\t.\t.\tPUNCT\tCH\t_\t3\tpunct\t_\t_


        """

    @Test func scoresAndWritesPredictionsOrFailsNamingTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-evalseg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = dir.appendingPathComponent("gold.conllu")
        try Self.gold.write(to: gold, atomically: true, encoding: .utf8)
        let predictions = dir.appendingPathComponent("pred.txt")
        let r = try CLIRunner.run(["eval-segmentation", "--predictions", predictions.path, gold.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2 sentences"))
        let allWords = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("all words") })
        #expect(allWords.hasSuffix("/11)"))   // eleven gold words
        // Gold line then predicted line per sentence, syllables joined by "_".
        let listing = try String(contentsOf: predictions, encoding: .utf8).split(separator: "\n")
        #expect(listing.count == 4)
        #expect(listing[0] == "Đảng_ủy phường Thượng_Thanh hoàn_thành xuất_sắc nhiệm_vụ .")
        // A predictions file that cannot be written is an error naming it, not silence.
        let bad = try CLIRunner.run(["eval-segmentation", "--predictions", "/no/such/dir/pred.txt", gold.path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("/no/such/dir/pred.txt"))
    }
}
