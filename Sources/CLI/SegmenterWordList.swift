import ArgumentParser
import Foundation
import Kiemdiem

/// Reading the inputs of segmenter training: the word list and CoNLL-U files.
enum SegmenterInputs {
    /// The multi-syllable words of a word list (one a line, `#` comments),
    /// normalized, as syllable hashes.
    static func wordList(_ path: String) throws -> [[UInt64]] {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(path): cannot read the word list")
        }
        let normalizer = Normalizer()
        let words = text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#") ? nil : normalizer.normalize(t).text
        }
        return words.map(LexiconTable.syllables(of:)).filter { $0.count >= 2 }
    }

    /// The sentences of CoNLL-U files, aligned with the tokenizer's tokens.
    static func sentences(_ files: [String]) throws -> [AlignedSentence] {
        let normalizer = Normalizer()
        let tokenizer = try Tokenizer()
        var out: [AlignedSentence] = []
        for file in files {
            let gold: [GoldSentence]
            do { gold = try CoNLLU.read(file) } catch { throw ValidationError("\(error)") }
            out += gold.map { AlignedSentence($0, normalizer: normalizer, tokenizer: tokenizer) }
        }
        return out
    }
}

/// Training settings shared by `train-segmenter` and `eval-segmentation --cross-validate`.
struct SegmenterTrainingOptions: ParsableArguments {
    @Option(name: .long, help: "Training passes.")
    var epochs: Int = 12

    @Option(name: .long, help: "log2 of the weight table size.")
    var tableBits: Int = 20

    @Option(name: .long, help: "Share of training gaps seen without syllable-identity features.")
    var identityDropout: Double = 0.3

    @Option(name: .long, help: "Folds for hiding the training sentences' own words from their lexicon.")
    var folds: Int = 5

    @Option(name: .long, help: "Seed of the training shuffle and identity dropout (a different seed shows how much a figure moves by chance).")
    var seed: UInt64 = 20_201_208

    var trainer: SegmenterTrainer {
        var t = SegmenterTrainer()
        t.epochs = epochs
        t.tableBits = tableBits
        t.identityDropout = identityDropout
        t.folds = folds
        t.seed = seed
        return t
    }
}
