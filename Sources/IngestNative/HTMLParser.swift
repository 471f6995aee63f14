@_implementationOnly import CLibXML2

/// A parsed HTML page as a plain Swift tree: elements with their attributes,
/// and text. libxml2's HTML parser builds it (it recovers from broken markup
/// and decodes entities); nothing outside this module touches libxml2.
public final class HTMLNode {
    public enum Kind: Sendable { case element, text }
    public let kind: Kind
    /// Lower-case tag name (elements) or "" (text).
    public let name: String
    /// Attributes with lower-case names (elements).
    public var attributes: [String: String]
    /// Text content (text nodes).
    public var text: String
    public var children: [HTMLNode] = []
    public weak var parent: HTMLNode?
    /// A memo slot for the content extractor: whether it judged this element clutter.
    public var clutter: Bool?

    /// `class` and `id` together, lower-cased.
    public lazy var classAndID: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()

    public init(kind: Kind, name: String, attributes: [String: String] = [:], text: String = "") {
        self.kind = kind; self.name = name; self.attributes = attributes; self.text = text
    }
}

public enum HTMLParser {
    /// libxml2 must set up its globals once before threads parse at the same time.
    private static let initialized: Void = { xmlInitParser() }()

    /// Parses UTF-8 HTML into a tree (recovering from errors, no network).
    /// Comments, processing instructions and the doctype are left out.
    public static func parse(_ utf8: [UInt8]) -> HTMLNode? {
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
