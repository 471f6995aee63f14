import KiemdiemCore
import KiemdiemTokenize

/// The phrases of `lexicons/rating_phrases.txt`: levels, subjects, stage cues
/// and the words that mark a figure as something other than a rating.
/// A row with an unknown kind or code is an error naming its line, never skipped.
struct RatingLexicon {
    var levels = PhraseTable<Level>()
    var subjects = PhraseTable<Subject>()
    var stages = PhraseTable<Stage>()
    /// Why a phrase stops a figure from being a rating (`target`, `award`, …).
    var nots = PhraseTable<NotRating>()

    /// What a `not` phrase stops.
    enum NotRating: String, CaseIterable {
        case target, award, badge, admission, delegates, rule
        /// Targets and statements of the rules stop the rest of their sentence;
        /// awards and badges the rest of their part of it, up to the next ";" ("Bằng khen cho 05 cá nhân …;
        /// 08/42 chi bộ hoàn thành xuất sắc nhiệm vụ"); the others only their own clause
        /// ("kết nạp 196 đảng viên, có 48/66 … TSVM").
        var stopsSentence: Bool { self == .target || self == .rule }
        var stopsToSemicolon: Bool { self == .award || self == .badge }
    }

    struct UnknownCode: Error, CustomStringConvertible {
        var file: String, row: [String]
        var description: String { "\(file): unknown kind or code in row \"\(row.joined(separator: "\t"))\"" }
    }

    init() throws {
        let tokenizer = try Tokenizer()
        let file = "rating_phrases.txt"
        for row in try lexiconRows(file) {
            guard row.count >= 3 else { throw UnknownCode(file: file, row: row) }
            switch row[1] {
            case "level":
                guard let l = Level(rawValue: row[2]) else { throw UnknownCode(file: file, row: row) }
                levels.add(row[0], l, tokenizer: tokenizer)
            case "subject":
                guard let s = Subject(rawValue: row[2]) else { throw UnknownCode(file: file, row: row) }
                subjects.add(row[0], s, tokenizer: tokenizer)
            case "stage":
                guard let s = Stage(rawValue: row[2]) else { throw UnknownCode(file: file, row: row) }
                stages.add(row[0], s, tokenizer: tokenizer)
            case "not":
                guard let n = NotRating(rawValue: row[2]) else { throw UnknownCode(file: file, row: row) }
                nots.add(row[0], n, tokenizer: tokenizer)
            default:
                throw UnknownCode(file: file, row: row)
            }
        }
    }
}
