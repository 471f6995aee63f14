import KiemdiemTokenize

/// K-fold cross-validation of the segmenter: every sentence of a gold set is
/// scored by a model that did not see it.
///
/// The gold sentences are cut into `folds` contiguous blocks (neighbouring
/// treebank sentences often come from the same article and repeat its
/// names, so interleaved folds would leak them). For each block a model is
/// trained on `base` plus the other blocks, with the trainer's lexicon built
/// from `lexicon` plus those training sentences only, and it segments the
/// block. The scores of all blocks are summed.
public struct SegmenterCrossValidation {
    public var trainer: SegmenterTrainer
    public var folds: Int

    public init(trainer: SegmenterTrainer, folds: Int) {
        self.trainer = trainer
        self.folds = folds
    }

    /// The fold (0..<folds) of gold sentence `index` out of `count`.
    public static func fold(of index: Int, count: Int, folds: Int) -> Int {
        min(folds - 1, index * folds / max(count, 1))
    }

    /// Scores `gold` by cross-validation; `progress` receives each fold's
    /// number and its own score.
    /// `predicted` receives every gold sentence (in file order within its
    /// fold) with the words the held-out model gave it.
    public func score(gold: [AlignedSentence], base: [AlignedSentence], lexicon: [[UInt64]],
                      progress: (Int, SegmentationScore) -> Void = { _, _ in },
                      predicted: (AlignedSentence, [Word]) -> Void = { _, _ in }) -> SegmentationScore {
        precondition(folds >= 2, "cross-validation needs at least two folds")
        var total = SegmentationScore()
        let foldOf = gold.indices.map { SegmenterCrossValidation.fold(of: $0, count: gold.count, folds: folds) }
        for f in 0..<folds {
            var training = base
            var held: [AlignedSentence] = []
            for (i, s) in gold.enumerated() {
                if foldOf[i] == f { held.append(s) } else { training.append(s) }
            }
            let segmenter = Segmenter(model: trainer.train(training, lexicon: lexicon))
            var score = SegmentationScore()
            for s in held {
                let words = segmenter.words(s.scalars, s.tokens, in: 0..<s.tokens.count)
                score.add(s, predicted: words)
                predicted(s, words)
            }
            total.merge(score)
            progress(f, score)
        }
        return total
    }
}

extension SegmentationScore {
    /// Adds the counts of `other`.
    public mutating func merge(_ other: SegmentationScore) {
        all.merge(other.all)
        withoutPunctuation.merge(other.withoutPunctuation)
        multiSyllable.merge(other.multiSyllable)
        sentences += other.sentences
    }
}

extension PRF {
    /// Adds the counts of `other`.
    public mutating func merge(_ other: PRF) {
        correct += other.correct; predicted += other.predicted; gold += other.gold
    }
}
