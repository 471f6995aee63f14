import Glibc
import KiemdiemCore
import KiemdiemExtract
import Kiemdiem

let extractor = try! ArticleExtractor()

/// A whole post (portal layout text) through ArticleExtractor and the checks.
func fuzzArticle(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let post = IngestedPost(id: "fuzz", source: Source(path: "fuzz.txt", format: "text"), text: input)
    let record = extractor.extract(post)
    let n = record.text.unicodeScalars.count
    for d in record.dates { precondition(d.span.end <= n, "date span") }
    for r in record.ratings { precondition(r.span.end <= n, "rating span") }
    _ = Checks.withinArticle(record)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// libFuzzer's driver runs the target; SwiftPM gives the executable its own `main`.
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzArticle($0, $1) }))
