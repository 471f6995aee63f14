internal import CICU

/// An error reported by ICU, with ICU's own name for it (`U_ILLEGAL_ARGUMENT_ERROR`).
public struct ICUError: Error, CustomStringConvertible, Equatable {
    /// What kiemdiem was doing when ICU failed.
    public let operation: String
    /// ICU's error name.
    public let name: String

    public var description: String { "ICU \(operation) failed: \(name)" }
}

@inline(__always)
func check(_ status: UErrorCode, _ operation: String) throws {
    if status.rawValue > U_ZERO_ERROR.rawValue {
        throw ICUError(operation: operation, name: String(cString: u_errorName(status)))
    }
}

/// Runs an ICU "preflight" call: first into a buffer of `capacity`, again
/// with the exact size when ICU reports `U_BUFFER_OVERFLOW_ERROR`.
func withGrowingBuffer(
    capacity: Int, _ operation: String,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout UErrorCode) -> Int32
) throws -> [UInt16] {
    var size = max(capacity, 1)
    for _ in 0..<2 {
        var status = U_ZERO_ERROR
        var out = [UInt16](repeating: 0, count: size)
        let written = out.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(size), &status) }
        if status == U_BUFFER_OVERFLOW_ERROR {
            size = Int(written) + 1
            continue
        }
        try check(status, operation)
        out.removeSubrange(Int(written)...)
        return out
    }
    throw ICUError(operation: operation, name: "U_BUFFER_OVERFLOW_ERROR")
}
