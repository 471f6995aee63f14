import ArgumentParser
import Foundation
import Kiemdiem

struct EvalSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-segmentation",
        abstract: "Score the word segmenter against a CoNLL-U treebank.",
        discussion: """
        Joins each sentence's forms with spaces, runs normalize → tokenize → segment, and compares word spans over the sentence's characters with whitespace and `_` removed. Prints precision, recall and F1 for all words, words other than punctuation, and multi-syllable words only.

        With --cross-validate K the gold file is cut into K contiguous blocks; each block is segmented by a model trained (with the training options below) on the --train files plus the other blocks, its lexicon being --lexicon plus those training sentences' words. Every gold sentence is then scored by a model that never saw it.

        Examples:
          kiemdiem eval-segmentation ud-vi-vtb/vi_vtb-ud-dev.conllu
          kiemdiem eval-segmentation --cross-validate 5 --lexicon lexicons/words-pyvi.txt \\
            --train ud-vi-vtb/vi_vtb-ud-train.conllu ud-vi-vtb/vi_vtb-ud-dev.conllu
        """
    )

    @Option(name: .long, help: "Model file (default: models/segmenter.bin).")
    var model: String?

    @Option(name: .long, help: "Cross-validate with this many folds over the gold file instead of using a model file.")
    var crossValidate: Int?

    @Option(name: .long, help: "With --cross-validate: CoNLL-U files every fold also trains on (repeatable).")
    var train: [String] = []

    @Option(name: .long, help: "With --cross-validate: word list the models are trained with.")
    var lexicon: String?

    @Option(name: .long, help: "Write each sentence as two lines (gold, then predicted; syllables of a word joined by `_`) to this file.")
    var predictions: String?

    @OptionGroup var training: SegmenterTrainingOptions

    @Argument(help: "Gold CoNLL-U file.")
    var gold: String

    func validate() throws {
        if let k = crossValidate {
            guard k >= 2 else { throw ValidationError("--cross-validate needs at least 2 folds") }
            guard lexicon != nil else { throw ValidationError("--cross-validate needs --lexicon") }
            guard model == nil else { throw ValidationError("--model and --cross-validate exclude each other") }
        } else if !train.isEmpty || lexicon != nil {
            throw ValidationError("--train and --lexicon only go with --cross-validate")
        }
    }

    func run() throws {
        let sentences = try SegmenterInputs.sentences([gold])
        var score = SegmentationScore()
        var listing = ""
        func record(_ s: AlignedSentence, _ words: [Word]) {
            guard predictions != nil else { return }
            listing += s.underscoredGold() + "\n" + s.underscored(words) + "\n\n"
        }
        if let k = crossValidate, let lexicon {
            let words = try SegmenterInputs.wordList(lexicon)
            let base = try SegmenterInputs.sentences(train)
            let cv = SegmenterCrossValidation(trainer: training.trainer, folds: k)
            score = cv.score(gold: sentences, base: base, lexicon: words) { fold, s in
                let line = String(format: "fold %d: %d sentences, all words F1 %.2f\n", fold + 1, s.sentences, s.all.f1 * 100)
                FileHandle.standardError.write(line.data(using: .utf8)!)
            } predicted: { record($0, $1) }
            print("\(gold): \(k)-fold cross-validation, each fold trained on \(base.count) sentences of --train plus the other folds")
        } else {
            let segmenter: Segmenter
            do {
                segmenter = try model.map { Segmenter(model: try SegmenterModel(contentsOf: URL(fileURLWithPath: $0))) } ?? Segmenter()
            } catch { throw ValidationError("\(error)") }
            for aligned in sentences {
                let words = segmenter.words(aligned.scalars, aligned.tokens, in: 0..<aligned.tokens.count)
                score.add(aligned, predicted: words)
                record(aligned, words)
            }
        }
        print("\(gold): \(score.sentences) sentences")
        print("view                  precision  recall     F1   (correct/predicted/gold)")
        for (name, prf) in [("all words", score.all), ("without punctuation", score.withoutPunctuation),
                            ("multi-syllable words", score.multiSyllable)] {
            let padded = name.padding(toLength: 21, withPad: " ", startingAt: 0)
            print(padded + String(format: " %9.2f %7.2f %7.2f   (%d/%d/%d)",
                                  prf.precision * 100, prf.recall * 100, prf.f1 * 100, prf.correct, prf.predicted, prf.gold))
        }
        if let predictions {
            do { try Data(listing.utf8).write(to: URL(fileURLWithPath: predictions), options: .atomic) } catch {
                throw CLIError("\(predictions): cannot write the predictions (\(error.localizedDescription))")
            }
        }
    }
}
