import Foundation

/// Finds kiemdiem's data folders (`lexicons/`, `models/`) at run time.
///
/// Looked up in order: the `KIEMDIEM_HOME` environment variable (the folder
/// that holds `lexicons/`), the folders above the running executable, then the
/// source checkout this module was compiled from.
public enum ResourceLocator {
    /// The project folder that holds `lexicons/`.
    public static let home: URL? = {
        let fm = FileManager.default
        func hasLexicons(_ url: URL) -> Bool {
            fm.fileExists(atPath: url.appendingPathComponent("lexicons").path)
        }
        if let env = ProcessInfo.processInfo.environment["KIEMDIEM_HOME"] {
            let url = URL(fileURLWithPath: env)
            if hasLexicons(url) { return url }
        }
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<8 { candidates.append(dir); dir = dir.deletingLastPathComponent() }
        // Sources/Core/Resources.swift → project root.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        return candidates.first(where: hasLexicons)
    }()

    /// A file under `lexicons/`.
    public static func lexicon(_ name: String) throws -> URL {
        guard let home else { throw ResourceError.notFound("lexicons/\(name) (set KIEMDIEM_HOME to the kiemdiem folder)") }
        let url = home.appendingPathComponent("lexicons").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw ResourceError.notFound(url.path) }
        return url
    }

    /// Lines of a plain-text list under `lexicons/`: trimmed, without blank
    /// lines and `#` comments.
    public static func lexiconLines(_ name: String) throws -> [String] {
        let url = try lexicon(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#") ? nil : t
        }
    }
}

/// A data file kiemdiem needs is missing.
public enum ResourceError: Error, CustomStringConvertible {
    case notFound(String)
    public var description: String {
        switch self { case .notFound(let what): return "missing data file: \(what)" }
    }
}
