import ArgumentParser
import Foundation
import Kiemdiem

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Normalize Vietnamese text and split it into tokens.",
        discussion: """
        Plain output: one line per input line, tokens separated by single spaces;
        codes ("07-KH/ĐU"), dates ("08/12/2020") and abbreviations ("HĐND") stay whole.
        With --json: JSON Lines, one object per token with text, kind, start and end
        (Unicode scalar offsets into the normalized line), and the input line number.

        With --words: one line per input line, words separated by single spaces and
        the syllables of a multi-syllable word joined by `_` ("Đảng_ủy phường
        Thượng_Thanh"), as VnCoreNLP and pyvi write them.

        Example: printf 'Kế hoạch số 07-KH/ĐU, ngày 18/11/2020.\\n' | kiemdiem tokenize
        """
    )

    @Flag(name: .long, help: "Write JSON Lines, one object per token.")
    var json = false

    @Flag(name: .long, help: "Segment into words; join a word's syllables with '_'.")
    var words = false

    @Argument(help: "Text file to read (UTF-8). Reads standard input when absent or '-'.")
    var file: String?

    func run() throws {
        let text: String
        do { text = try InputText.read(file) } catch { throw ValidationError("\(error)") }
        let tokenizer = try Tokenizer()
        let normalizer = Normalizer()
        let out = OutputBuffer()
        if words && json { throw ValidationError("--words and --json cannot be combined") }
        let segmenter: Segmenter? = words ? try Segmenter() : nil
        var joins: [Bool] = []
        var lineNumber = 0
        text.enumerateLines { line, _ in
            lineNumber += 1
            let normalized = normalizer.normalize(line)
            let scalars = normalized.scalars
            let tokens = tokenizer.tokenize(scalars)
            if json {
                for t in tokens {
                    let piece = Document.string(scalars[t.start..<t.end])
                    out.write("{\"line\":\(lineNumber),\"text\":\(jsonString(piece)),\"kind\":\"\(t.kind.rawValue)\",\"start\":\(t.start),\"end\":\(t.end)}\n")
                }
            } else if let segmenter {
                segmenter.joins(scalars, tokens, in: 0..<tokens.count, into: &joins)
                var piece = String.UnicodeScalarView()
                for (k, t) in tokens.enumerated() {
                    if k > 0 { piece.append(joins[k] ? "_" : " ") }
                    piece.append(contentsOf: scalars[t.start..<t.end])
                }
                out.write(String(piece))
                out.write("\n")
            } else {
                var first = true
                for t in tokens {
                    if !first { out.write(" ") }
                    out.write(Document.string(scalars[t.start..<t.end]))
                    first = false
                }
                out.write("\n")
            }
        }
        out.flush()
    }
}

/// A JSON string literal for `s`.
func jsonString(_ s: String) -> String {
    var r = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": r += "\\\""
        case "\\": r += "\\\\"
        case "\n": r += "\\n"
        case "\r": r += "\\r"
        case "\t": r += "\\t"
        default:
            if u.value < 0x20 { r += String(format: "\\u%04x", u.value) } else { r.unicodeScalars.append(u) }
        }
    }
    return r + "\""
}
