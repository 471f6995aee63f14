internal import CICU

/// Locale-aware string ordering through ICU's collator (`ucol`), `vi` by
/// default, so that "Đặng" sorts after "Dương" and before "Hà".
public final class Collator: @unchecked Sendable {
    private let handle: OpaquePointer

    /// Opens the collator for `locale`.
    public init(locale: String = "vi") throws {
        var status = U_ZERO_ERROR
        let h = ucol_open(locale, &status)
        try check(status, "ucol_open(\(locale))")
        guard let h else { throw ICUError(operation: "ucol_open", name: "null") }
        handle = h
    }

    deinit { ucol_close(handle) }

    /// -1, 0 or 1 as `a` sorts before, with, or after `b`.
    public func compare(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf16), y = Array(b.utf16)
        let r = x.withUnsafeBufferPointer { xp in
            y.withUnsafeBufferPointer { yp in
                ucol_strcoll(handle, xp.baseAddress, Int32(xp.count), yp.baseAddress, Int32(yp.count))
            }
        }
        return Int(r.rawValue)
    }

    /// Sorts `strings` in this collator's order.
    public func sorted(_ strings: [String]) -> [String] {
        strings.sorted { compare($0, $1) < 0 }
    }

    /// A binary key whose byte order is the collation order (for storing in a database).
    public func sortKey(_ s: String) -> [UInt8] {
        let units = Array(s.utf16)
        return units.withUnsafeBufferPointer { src in
            let n = ucol_getSortKey(handle, src.baseAddress, Int32(src.count), nil, 0)
            var key = [UInt8](repeating: 0, count: Int(n))
            _ = key.withUnsafeMutableBufferPointer { ucol_getSortKey(handle, src.baseAddress, Int32(src.count), $0.baseAddress, n) }
            if key.last == 0 { key.removeLast() }
            return key
        }
    }
}
