import ArgumentParser
import Foundation
import Kiemdiem

/// `kiemdiem eval`: extraction scored against hand-written expected records.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against a corpus: precision, recall and F1 per field.",
        discussion: """
        FOLDER holds articles (NN.txt) beside their expected records (NN.expected.json,
        the record without id, source, text and spans). Each article is extracted and
        compared field by field, lists as multisets (notes/HELPERS.md, annotation guideline).
        Exit status: 0 when every pair was read, 3 when an article or expected file is
        missing or bad (the others are still scored), 2 for bad usage.

        Example: kiemdiem eval corpus/
        """
    )

    @Flag(name: .long, help: "List, per article, the keys extracted but not expected (+) and expected but not extracted (-).")
    var verbose = false

    @Argument(help: "Corpus folders.")
    var folders: [String] = []

    func run() throws {
        guard !folders.isEmpty else {
            FileHandle.standardError.write(Data("kiemdiem eval: give a corpus folder\n".utf8))
            throw ExitCode(2)
        }
        let pipeline: Pipeline
        do { pipeline = try Pipeline() } catch { throw CLIError("cannot load the lexicons and models (\(error))") }
        var totals = RecordKeys.fields.map { FieldScore(field: $0) }
        var failed = false
        func fail(_ f: InputFailure) {
            failed = true
            FileHandle.standardError.write(Data("kiemdiem: \(TerminalText.line(path: f.path, f.reason))\n".utf8))
        }
        // Extract and check every article first: cross-article findings need them all.
        var records: [ArticleRecord] = []
        var expectations: [(article: String, keys: [String: [String]])] = []
        for folder in folders {
            let (pairs, problems) = CorpusEvaluation.pairs(in: folder)
            problems.forEach(fail)
            for pair in pairs {
                let expected: [String: [String]]
                switch CorpusEvaluation.expectedKeys(pair.expected) {
                case .failure(let f): fail(f); continue
                case .success(let k): expected = k
                }
                guard let result = pipeline.reader.read(pair.article).first else { continue }
                switch result {
                case .failure(let f): fail(f)
                case .success(let post):
                    records.append(pipeline.record(for: post))
                    expectations.append((pair.article, expected))
                }
            }
        }
        Pipeline.addCrossArticleFindings(&records)
        let articles = records.count
        for (record, expectation) in zip(records, expectations) {
            let comparison = ArticleComparison(actual: CorpusEvaluation.actualKeys(record), expected: expectation.keys)
            for (k, s) in comparison.scores.enumerated() { totals[k].add(s) }
            if verbose, !(comparison.extra.isEmpty && comparison.missing.isEmpty) {
                print(expectation.article)
                for f in RecordKeys.fields {
                    for k in comparison.missing[f] ?? [] { print("  - \(f): \(k)") }
                    for k in comparison.extra[f] ?? [] { print("  + \(f): \(k)") }
                }
            }
        }
        print("articles: \(articles)")
        print(pad("field", 14) + pad("P", 8) + pad("R", 8) + pad("F1", 8) + "matched/predicted/expected")
        var overall = FieldScore(field: "overall")
        for s in totals {
            overall.add(s)
            print(line(s))
        }
        print(line(overall))
        if failed { throw ExitCode(3) }
    }

    func line(_ s: FieldScore) -> String {
        pad(s.field, 14) + pad(String(format: "%.3f", s.precision), 8) + pad(String(format: "%.3f", s.recall), 8)
            + pad(String(format: "%.3f", s.f1), 8) + "\(s.matched)/\(s.predicted)/\(s.expected)"
    }

    func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}
