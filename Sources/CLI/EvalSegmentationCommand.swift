import ArgumentParser
import Foundation
import Kiemdiem

struct EvalSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-segmentation",
        abstract: "Score the word segmenter against a CoNLL-U treebank.",
        discussion: """
        Joins each sentence's forms with spaces, runs normalize → tokenize → segment,
        and compares word spans over the sentence's characters with whitespace and `_`
        removed. Prints precision, recall and F1 for all words, words other than
        punctuation, and multi-syllable words only.

        Example: kiemdiem eval-segmentation ../shared/data/ud-vi-vtb/vi_vtb-ud-dev.conllu
        """
    )

    @Option(name: .long, help: "Model file (default: models/segmenter.bin).")
    var model: String?

    @Argument(help: "Gold CoNLL-U file.")
    var gold: String

    func run() throws {
        let sentences: [GoldSentence]
        do { sentences = try CoNLLU.read(gold) } catch { throw ValidationError("\(error)") }
        let segmenter: Segmenter
        do {
            segmenter = try model.map { Segmenter(model: try SegmenterModel(contentsOf: URL(fileURLWithPath: $0))) } ?? Segmenter()
        } catch { throw ValidationError("\(error)") }
        let tokenizer = try Tokenizer()
        let normalizer = Normalizer()
        var score = SegmentationScore()
        for sentence in sentences {
            let aligned = AlignedSentence(sentence, normalizer: normalizer, tokenizer: tokenizer)
            score.add(aligned, predicted: segmenter.words(aligned.scalars, aligned.tokens, in: 0..<aligned.tokens.count))
        }
        print("\(gold): \(score.sentences) sentences")
        print("view                  precision  recall     F1   (correct/predicted/gold)")
        for (name, prf) in [("all words", score.all), ("without punctuation", score.withoutPunctuation),
                            ("multi-syllable words", score.multiSyllable)] {
            let padded = name.padding(toLength: 21, withPad: " ", startingAt: 0)
            print(padded + String(format: " %9.2f %7.2f %7.2f   (%d/%d/%d)",
                                  prf.precision * 100, prf.recall * 100, prf.f1 * 100, prf.correct, prf.predicted, prf.gold))
        }
    }
}
