import Glibc
import KiemdiemTokenize
import KiemdiemExtract

let tokenizer = try! Tokenizer()
let dates = try! DateExtractor()

/// Any text through the date extractor, with and without a reference day.
func fuzzDates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = tokenizer.analyze(input)
    let n = doc.normalized.scalars.count
    for reference in [CalendarDate(year: 2020, month: 12, day: 8), nil] {
        for d in dates.dates(in: doc, reference: reference) {
            precondition(d.span.start <= d.span.end && d.span.end <= n, "date span")
        }
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
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzDates($0, $1) }))
