import Foundation

/// Finds kiemdiem's data folders (`lexicons/`, `models/`) at run time,
/// relative to the running binary, never through a path compiled in.
///
/// Looked up in order:
/// 1. `<bindir>/../share/kiemdiem`: the installed layout of a release
///    (`bin/kiemdiem` beside `share/kiemdiem/lexicons`), wherever it is unpacked;
/// 2. the binary's folder and the folders above it: a source checkout, whose
///    builds sit in `.build/<triple>/<configuration>/` under the folder
///    holding `lexicons/` (also the test bundles');
/// 3. the folder named by the `KIEMDIEM_HOME` environment variable.
///
/// The binary is the running executable as the kernel sees it
/// (`/proc/self/exe`), so a binary found through `PATH` or a symbolic link
/// still finds its data.
public enum ResourceLocator {
    /// The folder that holds `lexicons/` (and `models/`).
    public static let home: URL? = {
        let environment = ProcessInfo.processInfo.environment["KIEMDIEM_HOME"]
        return find(executables: executables(), environment: environment)
    }()

    /// The running executable's possible paths, the most reliable first.
    static func executables() -> [URL] {
        var out: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            out.append(URL(fileURLWithPath: exe))
        }
        if let path = Bundle.main.executablePath { out.append(URL(fileURLWithPath: path)) }
        if let first = CommandLine.arguments.first, first.contains("/") { out.append(URL(fileURLWithPath: first)) }
        return out.map { $0.resolvingSymlinksInPath() }
    }

    /// The data folder for these executable paths and `KIEMDIEM_HOME` value.
    public static func find(executables: [URL], environment home: String?) -> URL? {
        let fm = FileManager.default
        func hasLexicons(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.appendingPathComponent("lexicons").path, isDirectory: &isDir) && isDir.boolValue
        }
        for exe in executables {
            let bin = exe.deletingLastPathComponent()
            let installed = bin.deletingLastPathComponent().appendingPathComponent("share/kiemdiem")
            if hasLexicons(installed) { return installed.standardizedFileURL }
        }
        for exe in executables {
            var dir = exe.deletingLastPathComponent()
            for _ in 0..<6 {
                if hasLexicons(dir) { return dir.standardizedFileURL }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        if let home, !home.isEmpty {
            let url = URL(fileURLWithPath: home)
            if hasLexicons(url) { return url.standardizedFileURL }
        }
        return nil
    }

    /// A file under `lexicons/`.
    public static func lexicon(_ name: String) throws -> URL {
        guard let home else { throw ResourceError.notFound("lexicons/\(name): not next to the binary (<bindir>/../share/kiemdiem/lexicons) nor under KIEMDIEM_HOME") }
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
