import Glibc
import KiemdiemNormalize

let normalizer = Normalizer()

/// Any bytes (decoded as UTF-8 with repair) through the normalizer; the
/// offset map must have one entry per output scalar plus one and stay
/// inside the input.
func fuzzNormalizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let out = normalizer.normalize(input)
    let inputCount = input.unicodeScalars.count
    precondition(out.originalOffsets.count == out.scalars.count + 1, "offset map length")
    for o in out.originalOffsets { precondition(o >= 0 && o <= inputCount, "offset outside input") }
    _ = out.originalRange(0, out.scalars.count)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// libFuzzer's driver runs the target; SwiftPM gives the executable its own `main`.
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzNormalizer($0, $1) }))
