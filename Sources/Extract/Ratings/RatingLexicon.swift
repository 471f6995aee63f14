import KiemdiemCore
import KiemdiemTokenize

/// The phrases of `lexicons/rating_phrases.txt`: levels, subjects, stage cues
/// and the words that mark a figure as something other than a rating.
struct RatingLexicon {
    var levels = PhraseTable<Level>()
    var subjects = PhraseTable<Subject>()
    var stages = PhraseTable<Stage>()
    var nots = PhraseTable<String>()

    init() throws {
        let tokenizer = try Tokenizer()
        for row in try lexiconRows("rating_phrases.txt") where row.count >= 3 {
            switch row[1] {
            case "level": if let l = Level(rawValue: row[2]) { levels.add(row[0], l, tokenizer: tokenizer) }
            case "subject": if let s = Subject(rawValue: row[2]) { subjects.add(row[0], s, tokenizer: tokenizer) }
            case "stage": if let s = Stage(rawValue: row[2]) { stages.add(row[0], s, tokenizer: tokenizer) }
            case "not": nots.add(row[0], row[2], tokenizer: tokenizer)
            default: continue
            }
        }
    }
}
