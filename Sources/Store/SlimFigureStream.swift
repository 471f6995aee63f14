import GRDB
import KiemdiemCore

/// Exact figures read as rows sorted by partition and record, turned into
/// slim records (as `slimRecords(exactOnly: true)` gives them) one partition
/// at a time: the cross-article check of the store and that of `extract`'s
/// scratch database both read their figures this way.
enum SlimFigureStream {
    /// The columns every row must have, in this order:
    /// 0–1 the partition (a new one starts when either changes),
    /// 2 the record's identity in its partition (a new record starts when it changes),
    /// 3 id, 4 published, 5 year, 6 organization name,
    /// 7 subject, 8 stage, 9 level, 10 count, 11 percent, 12 "of",
    /// 13 the rating's own year, 14 or_above, 15 span_start, 16 span_end.
    /// Rows must be sorted by partition, then record, then the rating's
    /// place in its article. `body` gets each partition's records with their
    /// identities.
    static func forEachPartition(_ rows: RowCursor,
                                 _ body: (_ records: [ArticleRecord], _ identities: [DatabaseValue]) throws -> Void) throws {
        var partition: (DatabaseValue, DatabaseValue)? = nil
        var records: [ArticleRecord] = []
        var identities: [DatabaseValue] = []
        while let row = try rows.next() {
            let p: (DatabaseValue, DatabaseValue) = (row[0], row[1])
            if partition.map({ $0 != p }) ?? true {
                if !records.isEmpty { try body(records, identities) }
                records.removeAll(keepingCapacity: true)
                identities.removeAll(keepingCapacity: true)
                partition = p
            }
            guard let subject = Subject(rawValue: row[7]), let stage = Stage(rawValue: row[8]), let level = Level(rawValue: row[9]) else { continue }
            let identity: DatabaseValue = row[2]
            if identities.last != identity {
                let org: String = row[6]
                records.append(ArticleRecord(id: row[3], source: Source(path: nil, format: ""), published: row[4], text: "", year: row[5],
                                             organization: Organization(name: org, unit: nil, place: nil, parent: nil)))
                identities.append(identity)
            }
            records[records.count - 1].ratings.append(Rating(subject: subject, stage: stage, level: level, count: row[10], percent: row[11],
                                                             of: row[12], approx: false, year: row[13], orAbove: row[14], text: "",
                                                             span: Span(row[15], row[16])))
        }
        if !records.isEmpty { try body(records, identities) }
    }
}
