import Foundation
import GRDB

extension RecordStore {
    /// A file at the store's path that kiemdiem must not open for writing.
    public struct NotAStore: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason); kiemdiem leaves it as it is (give another --db)" }
    }

    /// Refuses an existing file that is not a kiemdiem database, before
    /// anything writes to it: a file that is not SQLite at all, or a SQLite
    /// database with tables but without kiemdiem's. A missing or empty file
    /// is fine (it becomes a new store).
    public static func checkExistingFile(_ path: String) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return }
        if attributes[.type] as? FileAttributeType == .typeDirectory { throw NotAStore(path: path, reason: "is a folder") }
        guard let size = attributes[.size] as? Int, size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw NotAStore(path: path, reason: "cannot be read") }
        let header = handle.readData(ofLength: 16)
        try? handle.close()
        guard header == Data("SQLite format 3\u{0}".utf8) else {
            throw NotAStore(path: path, reason: "is not a SQLite database")
        }
        var config = Configuration()
        config.readonly = true
        let tables: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            tables = try queue.read {
                try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            }
            try queue.close()
        } catch {
            throw NotAStore(path: path, reason: "cannot be read as a SQLite database (\(error))")
        }
        if !tables.isEmpty && !(tables.contains("article") && tables.contains("grdb_migrations")) {
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            throw NotAStore(path: path, reason: "is a SQLite database but not a kiemdiem one (tables: \(shown))")
        }
    }
}
