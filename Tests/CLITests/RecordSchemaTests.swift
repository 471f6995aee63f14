import Foundation
import Testing

/// RECORD SCHEMA: every record `kiemdiem extract corpus/` writes must match
/// `docs/record.schema.json` (contract version 2, described in docs/RECORDS.md).
/// A failure names the record (its source path and id) and every violation as
/// a JSON path, e.g. `corpus/01.txt (650c7b51a25e41d2): $.ratings[0]: missing
/// required key 'bound'`, then a count per kind of violation.
@Suite("RECORD SCHEMA: records match docs/record.schema.json")
struct RecordSchemaTests {
    static let root = CLIRunner.packageRoot

    static func schema() throws -> JSONSchemaValidator {
        let url = root.appendingPathComponent("docs/record.schema.json")
        return JSONSchemaValidator(schema: try JSONValue.parse(String(contentsOf: url, encoding: .utf8)))
    }

    @Test("RECORD SCHEMA: every record of `extract corpus/` is valid")
    func everyCorpusRecordMatchesTheSchema() throws {
        let corpus = Self.root.appendingPathComponent("corpus")
        try #require(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("01.txt").path),
                     "corpus/ is missing from the package")
        let validator = try Self.schema()
        let r = try CLIRunner.run(["extract", "corpus/"])
        try #require(r.status == 0, "extract corpus/ failed: \(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count >= 46)
        var kinds: [String: Int] = [:]
        var bad = 0
        for line in lines {
            let record = try JSONValue.parse(String(line))
            let errors = validator.errors(in: record)
            if errors.isEmpty { continue }
            bad += 1
            var name = "?"
            if case .object(let o) = record {
                if case .object(let source)? = o["source"], case .string(let p)? = source["path"] { name = p }
                if case .string(let id)? = o["id"] { name += " (\(id))" }
            }
            for e in errors {
                // "$.ratings[3]: missing required key 'bound'" → "$.ratings[]: missing required key 'bound'"
                let kind = e.replacingOccurrences(of: #"\[[0-9]+\]"#, with: "[]", options: .regularExpression)
                kinds[kind, default: 0] += 1
            }
            Issue.record("record schema: \(name): \(errors.prefix(8).joined(separator: "; "))\(errors.count > 8 ? "; … \(errors.count - 8) more" : "")")
        }
        if bad > 0 {
            let summary = kinds.sorted { $0.value > $1.value }.map { "\($0.value)× \($0.key)" }.joined(separator: "\n  ")
            Issue.record("record schema: \(bad) of \(lines.count) records invalid; violations by kind:\n  \(summary)")
        }
    }

    // The validator itself: each keyword the schema uses catches what it should.

    @Test("RECORD SCHEMA: the validator catches each kind of violation")
    func validatorCatchesViolations() throws {
        let schema = try JSONValue.parse("""
        {"type": "object", "required": ["a", "s"], "additionalProperties": false,
         "properties": {
           "a": {"type": ["integer", "null"], "minimum": 0},
           "e": {"enum": ["x", "y", null]},
           "p": {"type": "string", "pattern": "^[0-9a-f]{4}$"},
           "s": {"$ref": "#/$defs/span"},
           "n": {"type": "number"},
           "b": {"type": "boolean"},
           "m": {"type": "object", "additionalProperties": {"type": "number"}}
         },
         "$defs": {"span": {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "integer"}],
                            "minItems": 2, "items": false}}}
        """)
        let v = JSONSchemaValidator(schema: schema)
        func errors(_ json: String) throws -> [String] { v.errors(in: try JSONValue.parse(json)) }

        #expect(try errors(#"{"a": 1, "s": [0, 3], "e": null, "p": "00af", "n": 2, "b": true, "m": {"x": 1.5}}"#).isEmpty)
        #expect(try errors(#"{"a": null, "s": [0, 3], "n": 2.5}"#).isEmpty)
        #expect(try errors(#"{"s": [0, 3]}"#) == ["$: missing required key 'a'"])
        #expect(try errors(#"{"a": -1, "s": [0, 3]}"#).count == 1)          // minimum
        #expect(try errors(#"{"a": 1.5, "s": [0, 3]}"#).count == 1)         // integer
        #expect(try errors(#"{"a": true, "s": [0, 3]}"#).count == 1)        // a boolean is not an integer
        #expect(try errors(#"{"a": 1, "s": [0, 3], "b": 1}"#).count == 1)   // a number is not a boolean
        #expect(try errors(#"{"a": 1, "s": [0, 3], "n": "2"}"#).count == 1)
        #expect(try errors(#"{"a": 1, "s": [0, 3], "e": "z"}"#).count == 1) // enum
        #expect(try errors(#"{"a": 1, "s": [0, 3], "p": "00AG"}"#).count == 1) // pattern
        #expect(try errors(#"{"a": 1, "s": [0, 3], "zz": 1}"#) == ["$: key 'zz' is not in the schema"])
        #expect(try errors(#"{"a": 1, "s": [0]}"#).count == 1)              // minItems via $ref
        #expect(try errors(#"{"a": 1, "s": [0, 1, 2]}"#).count == 1)        // items: false
        #expect(try errors(#"{"a": 1, "s": [0, "1"]}"#).count == 1)         // prefixItems
        #expect(try errors(#"{"a": 1, "s": [0, 1], "m": {"x": "1"}}"#).count == 1) // additionalProperties schema
        #expect(try errors(#"[]"#).count == 1)                              // type object

        let unknown = JSONSchemaValidator(schema: try JSONValue.parse(#"{"maxLength": 3}"#))
        #expect(unknown.errors(in: .string("abcd")).first?.contains("not implemented") == true)
    }

    @Test("RECORD SCHEMA: the schema uses only implemented keywords and resolves every $ref")
    func schemaIsSelfConsistent() throws {
        let v = try Self.schema()
        // A minimal valid v2 record: any keyword the validator lacks, or a bad $ref, shows up here.
        let record = """
        {"id": "0123456789abcdef", "source": {"path": "a.txt", "url": null, "format": "text"},
         "duplicateOf": null, "title": "t", "category": null, "published": "2020-12-08T17:41", "views": null,
         "text": "x", "year": 2020,
         "organization": {"name": "Đảng ủy xã A", "unit": "xã", "place": "A", "parent": null, "key": "xa a"},
         "dates": [{"start": "2020-Q4", "end": "2020-Q4", "grain": "quarter", "text": "quý IV/2020", "span": [0, 1]}],
         "documents": [], "officials": [],
         "ratings": [{"subject": "chi_bo", "stage": "approved", "level": "HTTNV", "count": 3, "percent": null,
                      "of": null, "approx": true, "bound": "lower", "year": 2020, "orAbove": false, "within": null,
                      "text": "x", "span": [0, 1]}],
         "totals": [{"subject": "dang_vien", "what": "evaluated", "count": 9, "year": 2020, "approx": false, "span": [0, 1]}],
         "findings": [{"rule": "sum_mismatch", "severity": "error", "message": "m", "spans": [[0, 1]],
                       "compared": {"total": 9, "sum": 8}}]}
        """
        #expect(v.errors(in: try JSONValue.parse(record)) == [])
    }
}
