import Glibc
import KiemdiemTokenize
import KiemdiemExtract

let tokenizer = try! Tokenizer()
let dates = try! DateExtractor()
let documents = try! DocumentExtractor()

/// Any text through the document-number extractor (after dates, which it uses).
func fuzzDocuments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = tokenizer.analyze(input)
    let found = dates.dates(in: doc, reference: CalendarDate(year: 2020, month: 12, day: 8))
    for r in documents.documents(in: doc, dates: found) {
        precondition(r.span.start <= r.span.end && r.span.end <= doc.normalized.scalars.count, "document span")
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
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzDocuments($0, $1) }))
