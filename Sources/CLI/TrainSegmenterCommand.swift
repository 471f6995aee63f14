import ArgumentParser
import Foundation
import Kiemdiem

struct TrainSegmenterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-segmenter",
        abstract: "Train the word segmenter on CoNLL-U treebank files.",
        discussion: """
        Averaged perceptron over syllable gaps, with the multi-syllable words of
        the lexicon file as features. Writes the model file (weights and lexicon
        hashes); training is deterministic.

        Example: kiemdiem train-segmenter --lexicon lexicons/words.txt \\
          --output models/segmenter.bin train.conllu dev.conllu
        """
    )

    @Option(name: .long, help: "Word list, one word a line, syllables separated by spaces.")
    var lexicon: String

    @Option(name: .long, help: "Model file to write.")
    var output: String

    @Option(name: .long, help: "Training passes.")
    var epochs: Int = 12

    @Option(name: .long, help: "log2 of the weight table size.")
    var tableBits: Int = 20

    @Option(name: .long, help: "Share of training gaps seen without syllable-identity features.")
    var identityDropout: Double = 0.3

    @Option(name: .long, help: "Folds for hiding the training sentences' own words from their lexicon.")
    var folds: Int = 5

    @Argument(help: "CoNLL-U training files.")
    var files: [String]

    func run() throws {
        guard let data = FileManager.default.contents(atPath: lexicon),
              let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(lexicon): cannot read the word list")
        }
        let normalizer = Normalizer()
        let words = text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#") ? nil : normalizer.normalize(t).text
        }
        let lexiconWords = words.map(LexiconTable.syllables(of:)).filter { $0.count >= 2 }
        let tokenizer = try Tokenizer()
        var sentences: [AlignedSentence] = []
        for file in files {
            let gold: [GoldSentence]
            do { gold = try CoNLLU.read(file) } catch { throw ValidationError("\(error)") }
            sentences += gold.map { AlignedSentence($0, normalizer: normalizer, tokenizer: tokenizer) }
        }
        var trainer = SegmenterTrainer()
        trainer.epochs = epochs
        trainer.tableBits = tableBits
        trainer.identityDropout = identityDropout
        trainer.folds = folds
        let model = trainer.train(sentences, lexicon: lexiconWords) { epoch, errors in
            FileHandle.standardError.write("epoch \(epoch): \(errors) errors\n".data(using: .utf8)!)
        }
        try model.write(to: URL(fileURLWithPath: output))
        let nonZero = model.weights.filter { $0 != 0 }.count
        print("\(output): \(sentences.count) sentences, \(model.lexicon.count) lexicon entries (words and prefixes), \(nonZero) weights")
    }
}
