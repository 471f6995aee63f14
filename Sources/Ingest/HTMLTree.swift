@_implementationOnly import CLibXML2
import Foundation

/// A parsed HTML page as a plain Swift tree: elements with their attributes,
/// and text. libxml2's HTML parser builds it (it recovers from broken markup
/// and decodes entities); nothing outside this file touches libxml2.
final class HTMLNode {
    enum Kind { case element, text }
    let kind: Kind
    /// Lower-case tag name (elements) or "" (text).
    let name: String
    /// Attributes with lower-case names (elements).
    var attributes: [String: String]
    /// Text content (text nodes).
    var text: String
    var children: [HTMLNode] = []
    weak var parent: HTMLNode?
    /// Whether the extractor judged this element clutter (memo).
    var clutter: Bool?

    init(kind: Kind, name: String, attributes: [String: String] = [:], text: String = "") {
        self.kind = kind; self.name = name; self.attributes = attributes; self.text = text
    }

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

    /// `class` and `id` together, lower-cased.
    lazy var classAndID: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()

    func attribute(_ name: String) -> String? { attributes[name] }

    func isInside(_ tag: String) -> Bool {
        var p = parent
        while let n = p { if n.name == tag { return true }; p = n.parent }
        return false
    }
}

enum HTMLParser {
    /// libxml2 must set up its globals once before threads parse at the same time.
    private static let initialized: Void = { xmlInitParser() }()

    /// Parses UTF-8 HTML into a tree (recovering from errors, no network).
    /// Comments, processing instructions and the doctype are left out.
    static func parse(_ utf8: [UInt8]) -> HTMLNode? {
        _ = initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        let root = HTMLNode(kind: .element, name: "#document")
        var child = doc.pointee.children
        while let c = child {
            convert(c, into: root, depth: 0)
            child = c.pointee.next
        }
        return root
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    private static func convert(_ node: xmlNodePtr, into parent: HTMLNode, depth: Int) {
        // Very deep trees come from broken markup; their depths add nothing.
        guard depth < 400 else { return }
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            var attrs: [String: String] = [:]
            var a = node.pointee.properties
            while let attr = a {
                let name = string(attr.pointee.name).lowercased()
                var value = ""
                var v = attr.pointee.children
                while let t = v { value += string(t.pointee.content); v = t.pointee.next }
                attrs[name] = value
                a = attr.pointee.next
            }
            let element = HTMLNode(kind: .element, name: string(node.pointee.name).lowercased(), attributes: attrs)
            element.parent = parent
            parent.children.append(element)
            var child = node.pointee.children
            while let c = child {
                convert(c, into: element, depth: depth + 1)
                child = c.pointee.next
            }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let t = HTMLNode(kind: .text, name: "", text: string(node.pointee.content))
            t.parent = parent
            parent.children.append(t)
        default:
            break // comments, processing instructions, DTD
        }
    }
}
