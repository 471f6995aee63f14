/// A `[start, end)` range in Unicode scalar offsets into a record's
/// normalized `text` (the way Python's `str` and spaCy count). Encoded as a
/// two-element JSON array.
public struct Span: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    /// Whether `other` lies inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }

    public var description: String { "[\(start), \(end))" }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let s = try c.decode(Int.self), e = try c.decode(Int.self)
        guard s <= e else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "span start \(s) after end \(e)")
        }
        self.init(s, e)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}
