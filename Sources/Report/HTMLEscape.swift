/// Escaping for text placed in HTML: every piece of article text, title,
/// message and URL goes through here.
public enum HTMLEscape {
    /// Escapes `& < > " '` (safe in element content and quoted attributes).
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab/newline have no business in a page.
                if u.value < 0x20 && u != "\n" && u != "\t" { out += " " } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// A link for `url` when it is http(s); plain escaped text otherwise
    /// (so `javascript:` and `data:` addresses are never clickable).
    public static func link(_ url: String, label: String? = nil) -> String {
        let trimmed = url.trimmingSpaces()
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x21 }) else {
            return text(label ?? url)
        }
        return "<a href=\"\(text(trimmed))\" rel=\"noopener noreferrer\">\(text(label ?? trimmed))</a>"
    }

    /// An id usable in `id=` and `#` links (ids are hex, but be safe).
    public static func anchor(_ id: String) -> String {
        "a-" + String(String.UnicodeScalarView(id.unicodeScalars.filter {
            ($0.value >= 48 && $0.value <= 57) || ($0.value >= 65 && $0.value <= 90) || ($0.value >= 97 && $0.value <= 122) || $0 == "-" || $0 == "_"
        }))
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
