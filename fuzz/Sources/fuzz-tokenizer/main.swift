import Glibc
import KiemdiemTokenize

let tokenizer = try! Tokenizer()

/// Any text through the tokenizer; tokens must be ordered, non-empty and
/// inside the normalized text, sentences must cover token ranges in order.
func fuzzTokenizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = tokenizer.analyze(input)
    let n = doc.normalized.scalars.count
    var last = 0
    for t in doc.tokens {
        precondition(t.start >= last && t.start < t.end && t.end <= n, "token bounds")
        last = t.end
        _ = doc.text(of: t)
    }
    for s in doc.sentences {
        precondition(s.tokens.lowerBound >= 0 && s.tokens.upperBound <= doc.tokens.count, "sentence tokens")
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// libFuzzer's driver runs the target; SwiftPM gives the executable its own `main`.
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzTokenizer($0, $1) }))
