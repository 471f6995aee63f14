import ArgumentParser
import Foundation
import Kiemdiem

struct TrainSegmenterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-segmenter",
        abstract: "Train the word segmenter on CoNLL-U treebank files.",
        discussion: """
        Logistic regression over syllable gaps (AdaGrad, averaged weights), with the multi-syllable words of the lexicon file and of the training files as features. Writes the model file (weights and lexicon hashes); training is deterministic.

        Example: kiemdiem train-segmenter --lexicon lexicons/words-pyvi.txt \\
          --output models/segmenter.bin train.conllu dev.conllu
        """
    )

    @Option(name: .long, help: "Word list, one word a line, syllables separated by spaces.")
    var lexicon: String

    @Option(name: .long, help: "Model file to write.")
    var output: String

    @OptionGroup var training: SegmenterTrainingOptions

    @Argument(help: "CoNLL-U training files.")
    var files: [String]

    func run() throws {
        let lexiconWords = try SegmenterInputs.wordList(lexicon)
        let sentences = try SegmenterInputs.sentences(files)
        let model = training.trainer.train(sentences, lexicon: lexiconWords) { epoch, errors in
            FileHandle.standardError.write("epoch \(epoch): \(errors) errors\n".data(using: .utf8)!)
        }
        do { try model.write(to: URL(fileURLWithPath: output)) } catch {
            throw ValidationError("\(output): cannot write the model (\(error.localizedDescription))")
        }
        let nonZero = model.weights.filter { $0 != 0 }.count
        print("\(output): \(sentences.count) sentences, \(model.lexicon.count) lexicon entries (words and prefixes), \(nonZero) weights")
    }
}
