import Glibc
import KiemdiemTokenize
import KiemdiemExtract

let tokenizer = try! Tokenizer()
let numbers = try! NumberExtractor()

/// Any text through the number extractor (digits, spelled-out numbers,
/// percents, "x/y" fractions).
func fuzzNumbers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = tokenizer.analyze(input)
    for m in numbers.numbers(in: doc) {
        precondition(m.span.start <= m.span.end && m.span.end <= doc.normalized.scalars.count, "number span")
    }
    _ = numbers.parseNumber(input)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// libFuzzer's driver runs the target; SwiftPM gives the executable its own `main`.
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzNumbers($0, $1) }))
