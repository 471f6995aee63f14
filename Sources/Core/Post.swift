/// One post as read from an input, before analysis: the Ingest stage's output.
///
/// `text` follows the portal layout that plain-text articles use: an optional
/// category line, the title, a line like
/// `Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 275`, then the body paragraphs.
/// Readers of HTML, WARC and JSON Lines produce the same layout, so one
/// layout parser serves every format.
public struct IngestedPost: Sendable {
    /// First 16 hex digits of the SHA-256 of the source bytes.
    public var id: String
    public var source: Source
    public var text: String
    /// Metadata given outside the text (JSON Lines fields), used when the text has none.
    public var title: String?
    public var published: String?

    public init(id: String, source: Source, text: String, title: String? = nil, published: String? = nil) {
        self.id = id; self.source = source; self.text = text; self.title = title; self.published = published
    }
}

/// An input that could not be read: which one and why, in one line.
public struct InputFailure: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file (or `file#record`) that failed.
    public var path: String
    /// Why, in a few words ("not valid UTF-8", "empty file").
    public var reason: String

    public init(path: String, reason: String) { self.path = path; self.reason = reason }

    public var description: String { "\(path): \(reason)" }
}
