import Foundation

extension RecordStore {
    /// Refuses, before SQLite opens it, an existing file at the store's path
    /// that cannot be a database at all: a folder, or a file that does not
    /// start with SQLite's header. A missing or empty file is fine (it becomes
    /// a new store). Another program's SQLite database is recognised and
    /// refused by the store's own check (`application_id`, tables), unchanged.
    public static func checkExistingFile(_ path: String) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw NotAStore(description: "\(path): is a folder; kiemdiem leaves it as it is (give another --db)")
        }
        guard let size = attributes[.size] as? Int, size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw NotAStore(description: "\(path): cannot be read; kiemdiem leaves it as it is (give another --db)")
        }
        let header = handle.readData(ofLength: 16)
        try? handle.close()
        guard header == Data("SQLite format 3\u{0}".utf8) else {
            throw NotAStore(description: "\(path): is not a SQLite database; kiemdiem leaves it as it is (give another --db)")
        }
    }
}
