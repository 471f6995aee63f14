import GRDB

extension RecordStore {
    /// How long a run waits for another process's write lock before it gives up.
    public static let defaultBusyTimeout: Double = 10

    /// One line for a database error, naming the file: a lock held by another
    /// process (SQLite's "database is locked") reads as what it means and what
    /// to do; other errors keep SQLite's own wording.
    public static func describe(_ error: Error, path: String, waited: Double = defaultBusyTimeout) -> String {
        if let e = error as? DatabaseError, e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED {
            let seconds = waited == waited.rounded() ? "\(Int(waited))" : "\(waited)"
            return "\(path): the database is in use by another process (still locked after waiting \(seconds) s); run again when that process has finished"
        }
        if let e = error as? NotAStore { return e.description }
        if let e = error as? DatabaseError {
            return "\(path): \(e.message ?? "SQLite error \(e.resultCode.rawValue)")"
        }
        return "\(path): \(error)"
    }
}
