import ZelfscanText
import CYAML

/// Builds nodes from libyaml events on a stack of frames mutated in place, so building stays
/// linear in the size of the text.
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var tag: String?
        var anchor: String?
        /// A sequence's items.
        var children: [Node] = []
        /// A mapping's entries, built as each value arrives after its key.
        var pairs: [Pair] = []
        /// FNV-1a of each key's bytes, hashed from libyaml's buffer as the key is read.
        var keyHashes: [UInt64] = []
        var pendingKey: Node?
        var size = 1
    }

    let limits: ParserLimits
    private(set) var root: Node?
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var openAnchors: Set<String> = []
    private var aliasExpansion = 0
    private var documents = 0

    init(limits: ParserLimits) {
        self.limits = limits
    }

    /// Handles one event; returns true at the end of the stream.
    mutating func handle(_ event: yaml_event_t) throws(YAMLError) -> Bool {
        let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError(
                    .multipleDocuments, at: mark,
                    Phrase(en: "a second YAML document starts here; the file must hold one",
                           nl: "hier begint een tweede YAML-document; het bestand mag er maar één bevatten"),
                    hint: Phrase(en: "remove the '---' line and what follows, or put it in its own file",
                                 nl: "verwijder de regel '---' en wat volgt, of zet dat in een eigen bestand"))
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = Self.string(data.value, length: data.length)
            let node = Node(.scalar(Scalar(text, style: Self.style(data.style))), mark: mark, tag: Self.optionalString(data.tag))
            if let top = stack.indices.last, stack[top].isMapping, stack[top].pendingKey == nil {
                stack[top].keyHashes.append(Self.fnv1a(data.value, length: data.length))
            }
            try add(node, size: 1, anchor: Self.optionalString(data.anchor))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try push(isMapping: false, mark: mark, tag: Self.optionalString(data.tag), anchor: Self.optionalString(data.anchor))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try push(isMapping: true, mark: mark, tag: Self.optionalString(data.tag), anchor: Self.optionalString(data.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let content: Node.Content
            if frame.isMapping {
                try Self.refuseDuplicateKeys(frame.pairs, hashes: frame.keyHashes)
                content = .mapping(frame.pairs)
            } else {
                content = .sequence(frame.children)
            }
            if let anchor = frame.anchor { openAnchors.remove(anchor) }
            try add(Node(content, mark: frame.mark, tag: frame.tag), size: frame.size, anchor: frame.anchor)
        case YAML_ALIAS_EVENT:
            let name = Self.optionalString(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                if openAnchors.contains(name) {
                    throw YAMLError(.recursiveAlias, at: mark,
                                    Phrase(en: "alias '*\(name)' refers to the node it is inside of",
                                           nl: "alias '*\(name)' verwijst naar het knooppunt waarin hij zelf staat"))
                }
                throw YAMLError(
                    .undefinedAlias, at: mark,
                    Phrase(en: "alias '*\(name)' refers to an anchor '&\(name)' that is not defined before it",
                           nl: "alias '*\(name)' verwijst naar een anker '&\(name)' dat er niet vóór gedefinieerd is"),
                    hint: Phrase(en: "define '&\(name)' earlier in the file, or write the value out",
                                 nl: "definieer '&\(name)' eerder in het bestand, of schrijf de waarde voluit"))
            }
            aliasExpansion += target.size
            if aliasExpansion > limits.maxAliasExpansion {
                throw YAMLError(
                    .aliasLimit, at: mark,
                    Phrase(en: "aliases expand to more than \(limits.maxAliasExpansion) nodes; the file is refused to protect memory",
                           nl: "aliassen breiden uit tot meer dan \(limits.maxAliasExpansion) knooppunten; het bestand wordt geweigerd om het geheugen te beschermen"),
                    hint: Phrase(en: "write the repeated values out instead of nesting aliases",
                                 nl: "schrijf herhaalde waarden voluit in plaats van aliassen te nesten"))
            }
            try add(target.node, size: target.size, anchor: nil)
        default:
            break
        }
        return false
    }

    private mutating func push(isMapping: Bool, mark: Mark, tag: String?, anchor: String?) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError(
                .tooDeep, at: mark,
                Phrase(en: "lists and mappings are nested more than \(limits.maxDepth) levels deep",
                       nl: "lijsten en mappings zijn meer dan \(limits.maxDepth) niveaus diep genest"),
                hint: Phrase(en: "a questionnaire needs only a few levels; check for runaway brackets or indentation",
                             nl: "een vragenlijst heeft maar enkele niveaus nodig; controleer haakjes en inspringing"))
        }
        if let anchor { openAnchors.insert(anchor) }
        stack.append(Frame(isMapping: isMapping, mark: mark, tag: tag, anchor: anchor))
    }

    private mutating func add(_ node: Node, size: Int, anchor: String?) throws(YAMLError) {
        if let anchor { anchors[anchor] = (node, size) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        guard stack[top].isMapping else {
            stack[top].children.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            guard node.scalar != nil else {
                throw YAMLError(
                    .complexKey, at: node.mark,
                    Phrase(en: "a key must be a single text, not \(node.kindDescription.en)",
                           nl: "een sleutel moet één tekst zijn, geen \(node.kindDescription.nl)"),
                    hint: Phrase(en: "check for a missing space after '-' or a stray '?'",
                                 nl: "controleer of er een spatie ontbreekt na '-' of een '?' te veel staat"))
            }
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        stack[top].pairs.append(Pair(key: key, value: node))
    }

    /// Checked once per mapping: a few keys are compared directly; more are sorted by a cheap
    /// hash and compared only where hashes meet, which costs far less than hashing every key into
    /// a dictionary. The error names the first key, in reading order, that repeats an earlier one.
    private static func refuseDuplicateKeys(_ pairs: [Pair], hashes: [UInt64]) throws(YAMLError) {
        guard pairs.count > 1 else { return }
        func text(_ position: Int) -> String { pairs[position].key.scalar?.text ?? "" }
        var repeated: (first: Int, again: Int)?
        if pairs.count <= 8 {
            search: for later in 1..<pairs.count {
                for earlier in 0..<later where text(earlier) == text(later) {
                    repeated = (earlier, later)
                    break search
                }
            }
        } else {
            // A key that is not a scalar (refused in `add`) or an alias has no hash from the buffer.
            let keys = pairs.indices.map { (hash: $0 < hashes.count && hashes.count == pairs.count ? hashes[$0] : fnv1a(text($0)), position: $0) }
                .sorted { ($0.hash, $0.position) < ($1.hash, $1.position) }
            var start = 0
            while start < keys.count {
                var end = start + 1
                while end < keys.count, keys[end].hash == keys[start].hash { end += 1 }
                // Keys that share a hash are nearly always the same text; comparing the texts makes sure.
                for later in (start + 1)..<end {
                    guard let earlier = keys[start..<later].first(where: { text($0.position) == text(keys[later].position) }) else { continue }
                    if keys[later].position < repeated?.again ?? Int.max { repeated = (earlier.position, keys[later].position) }
                }
                start = end
            }
        }
        guard let repeated else { return }
        let key = text(repeated.again)
        let first = pairs[repeated.first].key.mark
        throw YAMLError(
            .duplicateKey, at: pairs[repeated.again].key.mark,
            Phrase(en: "duplicate key '\(key)'; it is already used at line \(first.line)",
                   nl: "dubbele sleutel '\(key)'; die staat al op regel \(first.line)"),
            hint: Phrase(en: "remove one of the two, or rename it", nl: "verwijder een van beide, of geef er een andere naam aan"),
            notes: [YAMLError.Note(mark: first, Phrase(en: "first use of '\(key)'", nl: "eerste gebruik van '\(key)'"))])
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { fnv1a($0.baseAddress, length: $0.count) }
    }

    private static func fnv1a(_ pointer: UnsafePointer<UInt8>?, length: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        guard let pointer else { return hash }
        for index in 0..<length {
            hash = (hash ^ UInt64(pointer[index])) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
