import Foundation
import KiemdiemCore

/// The document types and issuers of `lexicons/document_types.txt` and
/// `lexicons/issuers.txt`.
public struct DocumentCatalog: Sendable {
    public struct Kind: Sendable, Equatable {
        /// The code ("KH"), nil for names without a code ("Luật").
        public var code: String?
        public var name: String
        public var party: Bool
        public var state: Bool
    }
    public let kinds: [Kind]
    /// Issuer code → full name.
    public let issuers: [String: String]
    /// Lowercase name words, longest first, for matching before a number.
    let names: [(words: [String], kind: Kind)]
    /// The words of `names` as phrases, in the same order.
    let namePhrases: WordPhrases

    /// Loads both lists from `lexicons/`.
    public init() throws {
        self.init(kindLines: try ResourceLocator.lexiconLines("document_types.txt"),
                  issuerLines: try ResourceLocator.lexiconLines("issuers.txt"))
    }

    /// Builds the catalog from list lines ("CODE\tname\tfamilies").
    public init(kindLines: [String], issuerLines: [String]) {
        var kinds: [Kind] = []
        for line in kindLines {
            let c = line.split(separator: "\t").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard c.count >= 2 else { continue }
            let fam = c.count > 2 ? c[2] : "party,state"
            kinds.append(Kind(code: c[0] == "-" ? nil : c[0], name: c[1], party: fam.contains("party"), state: fam.contains("state")))
        }
        var issuers: [String: String] = [:]
        for line in issuerLines {
            let c = line.split(separator: "\t").map(String.init)
            if c.count >= 2 { issuers[c[0]] = c[1] }
        }
        self.kinds = kinds
        self.issuers = issuers
        var seen: Set<String> = []
        var names: [(words: [String], kind: Kind)] = []
        for k in kinds where !seen.contains(k.name.lowercased()) {
            seen.insert(k.name.lowercased())
            names.append((k.name.lowercased().split(separator: " ").map(String.init), k))
        }
        self.names = names.sorted { $0.words.count > $1.words.count }
        namePhrases = WordPhrases(self.names.map(\.words))
    }

    /// Whether `code` is a known type code.
    public func isKind(_ code: String) -> Bool { kinds.contains { $0.code == code } }

    /// The default full name of a code in a family ("QĐ" → "Quyết định"; "TT" state → "Thông tư").
    public func name(of code: String, party: Bool) -> String? {
        kinds.first { $0.code == code && (party ? $0.party : $0.state) }?.name ?? kinds.first { $0.code == code }?.name
    }

    /// The code of a written name ("Hướng dẫn" → "HD"; "Quy định" → "QĐ").
    public func code(ofName name: String) -> String? {
        let n = name.lowercased()
        return kinds.first { $0.name.lowercased() == n && $0.code != nil }?.code
    }
}
