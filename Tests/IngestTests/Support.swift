import Foundation
import KiemdiemCore
@testable import KiemdiemIngest

/// The package root, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// corpus/formats under the package root.
let formatsDir = packageRoot.appendingPathComponent("corpus/formats")

/// Text compared across formats: NFC, lines trimmed with white space
/// collapsed, blank lines dropped.
func comparable(_ text: String) -> [String] {
    text.precomposedStringWithCanonicalMapping
        .split(whereSeparator: \.isNewline)
        .map { PageArticle.clean(String($0)) }
        .filter { !$0.isEmpty }
}

struct ManifestRow: Sendable, CustomStringConvertible {
    var file: String, index: Int, twin: String, format: String, conversion: String?, url: String?, bodyOnly: Bool
    var description: String { "\(file)#\(index)" }
}

/// Rows of corpus/formats/manifest.tsv whose twin exists (the seed twin lives outside the repo).
/// Manifest rows whose plain-text twin is present (all rows with `includeMissingTwins`).
func manifestRows(includeMissingTwins: Bool = false) -> [ManifestRow] {
    guard let text = try? String(contentsOf: formatsDir.appendingPathComponent("manifest.tsv"), encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard f.count >= 6, let i = Int(f[1]) else { return nil }
        let row = ManifestRow(file: f[0], index: i, twin: f[2], format: f[3], conversion: f[4].isEmpty ? nil : f[4], url: f[5].isEmpty ? nil : f[5], bodyOnly: f.count > 6 && f[6] == "body")
        return includeMissingTwins || FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(row.twin).path) ? row : nil
    }
}

/// A fresh temporary folder.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-ingest-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func write(_ bytes: [UInt8], _ name: String, in folder: URL) -> String {
    let url = folder.appendingPathComponent(name)
    FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    return url.path
}

extension Result {
    var value: Success? { if case .success(let v) = self { return v }; return nil }
    var error: Failure? { if case .failure(let e) = self { return e }; return nil }
}
