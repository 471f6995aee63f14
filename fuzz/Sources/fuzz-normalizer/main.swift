import FuzzDriver
import KiemdiemNormalize

let normalizer = Normalizer()

/// Any bytes (decoded as UTF-8 with repair) through the normalizer; the
/// offset map must have one entry per output scalar plus one and stay
/// inside the input.
fuzzText { input in
    let out = normalizer.normalize(input)
    let inputCount = input.unicodeScalars.count
    precondition(out.originalOffsets.count == out.scalars.count + 1, "offset map length")
    for o in out.originalOffsets { precondition(o >= 0 && o <= inputCount, "offset outside input") }
    _ = out.originalRange(0, out.scalars.count)
}
