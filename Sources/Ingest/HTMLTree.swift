import Foundation
import KiemdiemIngestNative

/// What the content extractor asks of a parsed page (the tree itself and the
/// libxml2 parser live in KiemdiemIngestNative).
extension HTMLNode {
    /// Elements below this one, depth first, in document order.
    func descendants(_ visit: (HTMLNode) -> Void) {
        for c in children { visit(c); c.descendants(visit) }
    }

    /// All text below this node, in order, unformatted.
    var allText: String {
        if kind == .text { return text }
        var s = ""
        descendants { if $0.kind == .text { s += $0.text } }
        return s
    }

    /// Text nodes below this one that a reader could see (not in scripts or styles).
    func visibleTextNodes() -> [HTMLNode] {
        var out: [HTMLNode] = []
        func walk(_ n: HTMLNode) {
            if n.kind == .text { out.append(n); return }
            if n.name == "script" || n.name == "style" || n.name == "template" { return }
            for c in n.children { walk(c) }
        }
        walk(self)
        return out
    }

    /// True inside an element whose font is a TCVN3 capitals font
    /// (`.VnTimeH`, `.VnArialH`: the name starts ".Vn" and ends in "H").
    var inUpperCaseLegacyFont: Bool {
        var p = parent
        while let n = p {
            var faces = n.attributes["face"] ?? ""
            if let style = n.attributes["style"]?.lowercased(), let r = style.range(of: "font-family:") {
                faces += "," + style[r.upperBound...].prefix(while: { $0 != ";" })
            }
            for face in faces.split(separator: ",") {
                let name = face.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'\"")).lowercased()
                if name.hasPrefix(".vn") && name.hasSuffix("h") { return true }
                if name.hasPrefix(".vn") { return false }   // the nearest legacy font decides
            }
            p = n.parent
        }
        return false
    }

    func attribute(_ name: String) -> String? { attributes[name] }

    func isInside(_ tag: String) -> Bool {
        var p = parent
        while let n = p { if n.name == tag { return true }; p = n.parent }
        return false
    }
}
