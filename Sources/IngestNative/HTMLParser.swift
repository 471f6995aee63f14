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

    /// How deep the Swift tree goes. An element nested deeper than this
    /// (broken or hostile markup) is hung on its ancestor at this depth, with
    /// its own text inside it, so paragraphs and their order survive while
    /// every later walk over the tree stays shallow.
    public static let maxTreeDepth = 256

    /// `XML_PARSE_HUGE`: without it libxml2 stops building the tree 256
    /// elements deep and the text inside is lost. The input is already bounded
    /// by the reader's size limits, and the tree is flattened below
    /// `maxTreeDepth` here.
    private static let parseHuge: Int32 = 1 << 19

    /// Parses UTF-8 HTML into a tree (recovering from errors, no network).
    /// Comments, processing instructions and the doctype are left out.
    public static func parse(_ utf8: [UInt8]) -> HTMLNode? {
        _ = initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue) | parseHuge
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        let root = HTMLNode(kind: .element, name: "#document")
        convert(children: doc.pointee.children, into: root)
        return root
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    /// Copies libxml2's nodes into `HTMLNode`s without recursion (a page can
    /// nest tens of thousands of elements): a stack of sibling cursors, one
    /// per open element, each with the Swift node its children go into and
    /// that node's depth. Below `maxTreeDepth` elements go flat into `anchor`,
    /// the last node above the limit.
    private static func convert(children first: xmlNodePtr?, into root: HTMLNode) {
        var stack: [(next: xmlNodePtr?, into: HTMLNode, depth: Int, anchor: HTMLNode)] = [(first, root, 0, root)]
        while let top = stack.last {
            guard let node = top.next else { stack.removeLast(); continue }
            stack[stack.count - 1].next = node.pointee.next
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let element = HTMLNode(kind: .element, name: string(node.pointee.name).lowercased(),
                                       attributes: attributes(of: node))
                if top.depth < maxTreeDepth {
                    element.parent = top.into
                    top.into.children.append(element)
                    stack.append((node.pointee.children, element, top.depth + 1,
                                  top.depth + 1 < maxTreeDepth ? element : top.anchor))
                } else {
                    element.parent = top.anchor
                    top.anchor.children.append(element)
                    stack.append((node.pointee.children, element, top.depth, top.anchor))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let t = HTMLNode(kind: .text, name: "", text: string(node.pointee.content))
                t.parent = top.into
                top.into.children.append(t)
            default:
                break // comments, processing instructions, DTD
            }
        }
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
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
        return attrs
    }
}
