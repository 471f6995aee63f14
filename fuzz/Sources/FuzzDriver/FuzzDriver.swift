import Glibc

/// libFuzzer's own driver loop (from `-sanitize=fuzzer`): parses the command
/// line, then calls `callback` with each input it generates.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The target body; a C callback cannot capture, so it lives here.
nonisolated(unsafe) private var body: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }

/// Runs libFuzzer with the process's arguments, calling `target` with every
/// input, and exits with libFuzzer's status. SwiftPM gives each fuzz
/// executable its own `main`, so each target's main.swift ends with this.
public func fuzz(_ target: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
    body = target
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        body(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
        return 0
    })
}

/// Like `fuzz`, with the input decoded as UTF-8 (invalid bytes become U+FFFD,
/// as every reader of the project does).
public func fuzzText(_ target: @escaping (String) -> Void) -> Never {
    fuzz { bytes in target(String(decoding: bytes, as: UTF8.self)) }
}
