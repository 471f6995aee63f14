import KiemdiemICU

/// Text in kiemdiem's canonical form, with a map back to the input.
///
/// Offsets are Unicode scalar offsets, as in the record contract.
public struct NormalizedText: Sendable {
    /// The canonical text.
    public let text: String
    /// The canonical text as scalars (index = offset).
    public let scalars: [Unicode.Scalar]
    /// For each scalar of `text`, the offset of the input scalar it came
    /// from; one extra entry at the end holds the input's length.
    public let originalOffsets: [Int]

    /// The input offset that normalized offset `offset` maps back to.
    public func originalOffset(_ offset: Int) -> Int {
        originalOffsets[min(max(offset, 0), originalOffsets.count - 1)]
    }

    /// The input range `[start, end)` that normalized `[start, end)` came from.
    public func originalRange(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        let s = originalOffset(start)
        if end <= start { return (s, s) }
        // End: one past the input scalar behind the last normalized scalar.
        let lastSource = originalOffset(end - 1)
        let next = end < originalOffsets.count - 1 ? originalOffset(end) : originalOffsets.last!
        return (s, max(lastSource + 1, min(next, originalOffsets.last!)))
    }
}

/// Turns text of any origin into one canonical form:
///
/// 1. Unicode NFC (through ICU), CRLF/CR → LF;
/// 2. look-alike letters fixed (U+00D0 "Ð" → U+0110 "Đ", "ð" → "đ");
/// 3. NBSP and other spaces → space; zero-width characters, soft hyphens and
///    control characters dropped; odd dashes → "-", curly quotes → straight;
/// 4. runs of spaces collapsed, spaces trimmed at line ends, at most one
///    blank line between paragraphs;
/// 5. tone marks in the "hòa, khỏe, thủy, ủy" style (`ToneMarks`).
public struct Normalizer: Sendable {
    public init() {}

    /// Normalizes `input`.
    public func normalize(_ input: String) -> NormalizedText {
        // Step 1: NFC with offsets. Fast path when the text is NFC already
        // (checked on the bytes for the common scalars, else by ICU): each
        // scalar then comes from the input scalar at its own offset.
        var scalars: [Unicode.Scalar]
        var origins: [Int] = []
        let identity = ScalarString.isStable(input) || ((try? UnicodeNormalization.isNFC(input)) ?? true)
        let inputLength: Int
        if identity {
            scalars = ScalarString.scalars(of: input)
            inputLength = scalars.count
        } else {
            scalars = []
            scalars.reserveCapacity(input.utf8.count)
            origins.reserveCapacity(input.utf8.count)
            nfcWithOffsets(input, &scalars, &origins)
            inputLength = input.unicodeScalars.count
        }

        // Steps 2-4: character clean-up and whitespace, in one pass.
        var out: [Unicode.Scalar] = []
        var map: [Int] = []
        out.reserveCapacity(scalars.count)
        map.reserveCapacity(scalars.count + 1)
        var pendingSpace: Int? = nil       // origin of a space not yet written
        var pendingNewlines = 0
        var newlineOrigin = 0
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let o = identity ? i : origins[i]
            i += 1
            // ASCII printable and the Vietnamese letters: kept (what `classify` says for them).
            let v = s.value
            if (v > 0x20 && v < 0x7F) || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0xC0 && v < 0x180 && v != 0xD0 && v != 0xF0) {
                if pendingNewlines > 0 || pendingSpace != nil { flush(&out, &map, &pendingSpace, &pendingNewlines, newlineOrigin) }
                out.append(s); map.append(o)
                continue
            }
            switch Normalizer.classify(s) {
            case .drop:
                continue
            case .space:
                if pendingSpace == nil { pendingSpace = o }
                continue
            case .newline:
                if s == "\r", i < scalars.count, scalars[i] == "\n" { i += 1 }
                if pendingNewlines == 0 { newlineOrigin = o }
                pendingNewlines += 1
                pendingSpace = nil
                continue
            case .replace(let r):
                flush(&out, &map, &pendingSpace, &pendingNewlines, newlineOrigin)
                out.append(r); map.append(o)
            case .keep:
                flush(&out, &map, &pendingSpace, &pendingNewlines, newlineOrigin)
                out.append(s); map.append(o)
            }
        }
        // Trailing whitespace is dropped.
        ToneMarks.normalize(&out)
        map.append(inputLength)
        return NormalizedText(text: ScalarString.string(out), scalars: out, originalOffsets: map)
    }

    /// Normalizes `input` and writes only the normalized scalars to `out`
    /// (the same scalars as `normalize(_:).scalars`, without building the
    /// offset map or a `String`): the fast path for bulk text.
    public func normalizeScalars(_ input: [Unicode.Scalar], into out: inout [Unicode.Scalar]) {
        input.withUnsafeBufferPointer { normalizeScalars($0, into: &out) }
    }

    /// `normalizeScalars(_:into:)` for scalars in a buffer (no array needed
    /// for the input line).
    public func normalizeScalars(_ input: UnsafeBufferPointer<Unicode.Scalar>, into out: inout [Unicode.Scalar]) {
        normalizeScalars(input, into: &out, stable: Normalizer.isStable(input))
    }

    /// Whether every scalar is below U+0300 or a precomposed letter in
    /// U+1E00–U+1EFF: all NFC-stable starters, so such text is NFC as it is.
    @inline(__always)
    public static func isStable(_ v: UInt32) -> Bool { v < 0x300 || (v >= 0x1E00 && v <= 0x1EFF) }

    /// Whether all of `input` passes `isStable(_:)`.
    public static func isStable(_ input: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        for s in input where !isStable(s.value) { return false }
        return true
    }

    /// `normalizeScalars(_:into:)` for a caller that has already checked
    /// `isStable` over the input (while decoding it, say); `stable` false
    /// takes the full path.
    public func normalizeScalars(_ input: UnsafeBufferPointer<Unicode.Scalar>, into out: inout [Unicode.Scalar],
                                 stable: Bool) {
        if !stable {
            out.removeAll(keepingCapacity: true)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: input)
            out.append(contentsOf: normalize(String(view)).scalars)
            return
        }
        // Every input scalar gives at most one output scalar (a run of
        // spaces or line ends gives at most as many as it has), so the line
        // is written straight into a buffer of the input's size.
        let n = input.count
        out = [Unicode.Scalar](unsafeUninitializedCapacity: n) { buffer, count in
            let o = buffer.baseAddress!
            var m = 0
            var pendingSpace = false
            var pendingNewlines = 0
            var i = 0
            @inline(__always) func flush() {
                if pendingNewlines > 0 {
                    if m > 0 {
                        o[m] = "\n"; m += 1
                        if pendingNewlines > 1 { o[m] = "\n"; m += 1 }
                    }
                    pendingNewlines = 0
                    pendingSpace = false
                } else if pendingSpace {
                    if m > 0 { o[m] = " "; m += 1 }
                    pendingSpace = false
                }
            }
            while i < n {
                let s = input[i]
                i += 1
                let v = s.value
                // ASCII printable and the Vietnamese letters (Latin-1 and
                // Latin Extended letters, U+1E00–U+1EFF): keep (the common case;
                // `classify` would say keep for all of them).
                if (v > 0x20 && v < 0x7F) || (v >= 0x1E00 && v <= 0x1EFF)
                    || (v >= 0xC0 && v < 0x180 && v != 0xD0 && v != 0xF0) {
                    if pendingNewlines > 0 || pendingSpace { flush() }
                    o[m] = s; m += 1
                    continue
                }
                switch Normalizer.classify(s) {
                case .drop:
                    continue
                case .space:
                    pendingSpace = true
                    continue
                case .newline:
                    if s == "\r", i < n, input[i] == "\n" { i += 1 }
                    pendingNewlines += 1
                    pendingSpace = false
                    continue
                case .replace(let r):
                    flush()
                    o[m] = r; m += 1
                case .keep:
                    flush()
                    o[m] = s; m += 1
                }
            }
            count = m
            ToneMarks.normalize(UnsafeMutableBufferPointer(rebasing: buffer[0..<m]))
        }
    }

    /// Normalizes and returns the text only.
    public func callAsFunction(_ input: String) -> String { normalize(input).text }

    @inline(__always)
    private func flush(_ out: inout [Unicode.Scalar], _ map: inout [Int], _ pendingSpace: inout Int?,
                       _ pendingNewlines: inout Int, _ newlineOrigin: Int) {
        if pendingNewlines > 0 {
            if !out.isEmpty {
                out.append("\n"); map.append(newlineOrigin)
                if pendingNewlines > 1 { out.append("\n"); map.append(newlineOrigin) }
            }
            pendingNewlines = 0
            pendingSpace = nil
        } else if let sp = pendingSpace {
            if !out.isEmpty { out.append(" "); map.append(sp) }
            pendingSpace = nil
        }
    }

    enum Action { case keep, drop, space, newline, replace(Unicode.Scalar) }

    @inline(__always)
    static func classify(_ s: Unicode.Scalar) -> Action {
        let v = s.value
        if v < 0x80 {
            if v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C { return .space }
            if v == 0x0A || v == 0x0D { return .newline }
            if v < 0x20 || v == 0x7F { return .drop }
            return .keep
        }
        switch v {
        case 0x80...0x9F: return .drop                       // C1 controls
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: return .space
        case 0x85, 0x2028, 0x2029: return .newline
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0x180E: return .drop
        case 0xD0, 0x189: return .replace("\u{0110}")        // Ð, Ɖ → Đ
        case 0xF0, 0x256: return .replace("\u{0111}")        // ð, ɖ → đ
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return .replace("-")
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0xFF02: return .replace("\"")
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0xFF07: return .replace("'")
        case 0x2026: return .keep
        default: return .keep
        }
    }

    /// NFC per cluster (a starter and its combining marks), so every output
    /// scalar maps to the input scalar that began its cluster.
    private func nfcWithOffsets(_ input: String, _ scalars: inout [Unicode.Scalar], _ origins: inout [Int]) {
        var cluster: [Unicode.Scalar] = []
        var clusterStart = 0
        func emit() {
            if cluster.isEmpty { return }
            if cluster.count == 1 && cluster[0].value < 0x300 {
                scalars.append(cluster[0]); origins.append(clusterStart)
            } else {
                var view = String.UnicodeScalarView(); view.append(contentsOf: cluster)
                let normalized = (try? UnicodeNormalization.nfc(String(view))) ?? String(view)
                for s in normalized.unicodeScalars { scalars.append(s); origins.append(clusterStart) }
            }
            cluster.removeAll(keepingCapacity: true)
        }
        var k = 0
        for s in input.unicodeScalars {
            if s.properties.canonicalCombiningClass.rawValue == 0 && !Normalizer.isHangulJamoVT(s) {
                emit()
                clusterStart = k
            }
            cluster.append(s)
            k += 1
        }
        emit()
    }

    static func isHangulJamoVT(_ s: Unicode.Scalar) -> Bool {
        (0x1161...0x11C2).contains(s.value)
    }
}
