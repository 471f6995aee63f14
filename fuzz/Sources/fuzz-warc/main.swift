import Glibc
import Kiemdiem

let reader = PostReader(limits: .init(maxDecompressedBytes: 8 * 1024 * 1024))

/// Any bytes read as a WARC file; the first byte picks the name hint
/// (`.warc`, `.warc.gz`, `.jsonl`, none) so gzip and JSON Lines are reached too.
func fuzzWARC(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    let names = ["fuzz.warc", "fuzz.warc.gz", "fuzz.jsonl", "fuzz"]
    let name = names[Int(data[0]) % names.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    reader.read(bytes: bytes, path: name, name: name) { _ in }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// libFuzzer's driver runs the target; SwiftPM gives the executable its own `main`.
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzWARC($0, $1) }))
