import Glibc
import KiemdiemTokenize
import KiemdiemSegment

let tokenizer = try! Tokenizer()
let segmenter = try! Segmenter()

/// Any text through tokenizer and word segmenter; words must partition the
/// tokens in order.
func fuzzSegmenter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = tokenizer.analyze(input)
    let words = segmenter.words(doc)
    var next = 0
    for w in words {
        precondition(w.tokens.lowerBound >= next && !w.tokens.isEmpty && w.tokens.upperBound <= doc.tokens.count, "word tokens")
        next = w.tokens.upperBound
    }
    _ = segmenter.underscored(doc.normalized.scalars, doc.tokens)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// libFuzzer's driver runs the target; SwiftPM gives the executable its own `main`.
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzSegmenter($0, $1) }))
