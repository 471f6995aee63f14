import KiemdiemCore

/// A number written in the text: digits ("1.234", "12,5", "06"), a percent
/// ("8,3%"), a fraction of people ("02/10" → 2 of 10), spelled-out words
/// ("hai mươi mốt") or the negative phrase "không có … nào" (0).
public struct NumberMention: Sendable, Equatable {
    /// The value ("12,5" → 12.5; "02/10" → 2).
    public var value: Double
    /// A percent: a "%" sign after it, or "tỷ lệ" just before it.
    public var isPercent: Bool
    /// The base of a fraction ("02/10" → 10), else nil.
    public var of: Int?
    /// Marked approximate by "gần", "khoảng", "hơn", "trên", "gần như", "xấp xỉ".
    public var approx: Bool
    /// Written in words.
    public var spelledOut: Bool
    /// The number itself (with its "%" sign; without the approximation word).
    public var span: Span
    /// The exact text of `span`.
    public var text: String
    /// Where the approximation word starts, when `approx`.
    public var qualifierStart: Int?

    public init(value: Double, isPercent: Bool = false, of: Int? = nil, approx: Bool = false,
                spelledOut: Bool = false, span: Span, text: String, qualifierStart: Int? = nil) {
        self.value = value; self.isPercent = isPercent; self.of = of; self.approx = approx
        self.spelledOut = spelledOut; self.span = span; self.text = text; self.qualifierStart = qualifierStart
    }

    /// The value as a whole number when it is one.
    public var intValue: Int? {
        guard value.isFinite, value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int(value)
    }
}
