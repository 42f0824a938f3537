import ZelfscanText
/// A YAML node with the position it was read from.
///
/// Scalars keep their text and style; deciding whether `no` is a boolean or the text "no" is left
/// to whoever knows the schema, so nothing is silently turned into a boolean or a number.
public struct Node: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var content: Content
    public var mark: Mark
    /// An explicit tag such as `!!str`, if the text had one.
    public var tag: String?

    public init(_ content: Content, mark: Mark = .none, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }
}

/// One entry of a mapping, in the order it was written.
public struct Pair: Sendable, Equatable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

public struct Scalar: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        /// Written without quotes; when emitting, a plain scalar is meant to be read back as a
        /// number or keyword (`42`, `true`).
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
        /// Text that must read back as the same text: the emitter picks plain where that is
        /// unambiguous and quotes otherwise.
        case text
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// Whether the author quoted or block-wrote the scalar, which marks it as text for certain.
    public var isQuoted: Bool { style != .plain }
}

extension Node {
    /// Text that reads back as the same text whatever it contains.
    public static func text(_ value: String) -> Node { Node(.scalar(Scalar(value, style: .text))) }
    /// A number, boolean or other keyword written plain.
    public static func plain(_ value: String) -> Node { Node(.scalar(Scalar(value, style: .plain))) }
    public static func sequence(_ items: [Node]) -> Node { Node(.sequence(items)) }
    public static func mapping(_ pairs: [(String, Node)]) -> Node {
        Node(.mapping(pairs.map { Pair(key: .text($0.0), value: $0.1) }))
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value under a text key, for mappings.
    public subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// What the node is, in words for error messages.
    public var kindDescription: Phrase {
        switch content {
        case .scalar: return Phrase(en: "a text or number", nl: "een tekst of getal")
        case .sequence: return Phrase(en: "a list", nl: "een lijst")
        case .mapping: return Phrase(en: "a mapping", nl: "een mapping (sleutels met waarden)")
        }
    }
}
