import YAML

extension ReleaseLedger {
    /// A ledger file that cannot be read: every problem, located, so it can be repaired by hand
    /// or restored from a copy.
    public struct DecodingError: Error, Sendable {
        public var diagnostics: [Diagnostic]
    }

    /// The ledger grows by one entry per export; this leaves room for many years of releases.
    public static let parserLimits = ParserLimits(maxBytes: 64 * 1024 * 1024)

    /// Says what the file is, since it sits in a folder beside the key where anyone may find it.
    static let header = """
        # zelfscan release ledger: what every export made with the key beside it released, as keyed
        # tokens (no names). zelfscan export reads it to refuse an export whose classes differ from an
        # earlier export's by fewer than k municipalities (docs/privacy.md, rule 5).
        # Keep it beside the key file, readable by you only (mode 0600). Never share it and never put
        # it in an export: with the key, its tokens can be tested against municipality names.
        # Lost or deleted, the next exports can no longer be checked against the earlier ones.

        """

    /// The file's text: the header, then the entries in the order they were released, labels and
    /// tokens sorted, so the same ledger always gives the same bytes.
    public func encoded() throws -> String {
        // Event by event: as a node tree, the ledger of a 1,200-cell pool needed some 80 MB.
        let emitter = try YAMLEventEmitter()
        try emitter.beginMapping()
        try emitter.emit(.text("format"))
        try emitter.emit(.plain(String(Self.format)))
        try emitter.emit(.text("releases"))
        try emitter.beginSequence()
        for entry in entries {
            try emitter.beginMapping()
            try emitter.emit(.text("released"))
            try emitter.emit(.text(entry.released))
            try emitter.emit(.text("k"))
            try emitter.emit(.plain(String(entry.k)))
            try emitter.emit(.text("classes"))
            try emitter.beginMapping()
            for label in entry.classes.keys.sorted() {
                try emitter.emit(.text(label))
                try emitter.beginSequence()
                for token in entry.classes[label, default: []].sorted() { try emitter.emit(.text(token)) }
                try emitter.endSequence()
            }
            try emitter.endMapping()
            try emitter.endMapping()
        }
        try emitter.endSequence()
        try emitter.endMapping()
        return Self.header + (try emitter.finish())
    }

    /// Reads a ledger file's bytes; `file` names it in the diagnostics.
    public static func decode(_ bytes: [UInt8], file: String) throws(DecodingError) -> ReleaseLedger {
        let root: Node
        switch ParsedFile.parse(bytes, file: file, limits: parserLimits) {
        case .parsed(let node): root = node
        case .failed(let diagnostic): throw DecodingError(diagnostics: [diagnostic])
        }
        var reader = FieldReader(file: file)
        var entries: [Entry] = []
        if let fields = reader.fields(root, of: Phrase(en: "the release ledger", nl: "het vrijgavelogboek"), required: ["format", "releases"]) {
            if let node = fields["format"], let format = reader.integer(node, Phrase(en: "'format'", nl: "'format'")), format != Self.format {
                reader.log.error(Phrase(en: "this ledger has format \(format); this zelfscan reads format \(Self.format)",
                                        nl: "dit logboek heeft formaat \(format); deze zelfscan leest formaat \(Self.format)"),
                                 at: node.mark, hint: Phrase(en: "use the zelfscan version that wrote it", nl: "gebruik de zelfscan-versie die het schreef"))
            }
            for (index, node) in (reader.list(fields["releases"], Phrase(en: "'releases'", nl: "'releases'"), allowEmpty: true) ?? []).enumerated() {
                if let entry = decodeEntry(node, number: index + 1, reader: &reader) { entries.append(entry) }
            }
        }
        guard !reader.log.hasErrors else { throw DecodingError(diagnostics: reader.log.diagnostics) }
        return ReleaseLedger(entries: entries)
    }

    private static func decodeEntry(_ node: Node, number: Int, reader: inout FieldReader) -> Entry? {
        let what = Phrase(en: "release \(number)", nl: "vrijgave \(number)")
        guard let fields = reader.fields(node, of: what, required: ["released", "k", "classes"]) else { return nil }
        var valid = true
        let released = reader.text(fields["released"], Phrase(en: "'released' of \(what.en)", nl: "'released' van \(what.nl)"))
        if let released, let mark = fields["released"]?.mark, !isDay(released) {
            reader.log.error(Phrase(en: "'released' of \(what.en) must be a date such as 2026-12-05, found '\(released)'",
                                    nl: "'released' van \(what.nl) moet een datum zijn zoals 2026-12-05, maar is '\(released)'"), at: mark)
            valid = false
        }
        let k = reader.integer(fields["k"], Phrase(en: "'k' of \(what.en)", nl: "'k' van \(what.nl)"))
        if let k, let mark = fields["k"]?.mark, k < 1 {
            reader.log.error(Phrase(en: "'k' of \(what.en) must be at least 1, found \(k)", nl: "'k' van \(what.nl) moet minstens 1 zijn, maar is \(k)"), at: mark)
            valid = false
        }
        var classes: [String: Set<String>] = [:]
        if let classesNode = fields["classes"] {
            if let pairs = classesNode.mapping {
                for pair in pairs {
                    guard let label = reader.text(pair.key, Phrase(en: "a class label of \(what.en)", nl: "een klasselabel van \(what.nl)")) else {
                        valid = false
                        continue
                    }
                    let members = reader.list(pair.value, Phrase(en: "the members of '\(label)'", nl: "de leden van '\(label)'"), allowEmpty: true) ?? []
                    var tokens = Set<String>()
                    for (position, member) in members.enumerated() {
                        guard let token = member.scalar?.text, isToken(token) else {
                            // The value is not quoted: it may be a name someone typed in.
                            reader.log.error(Phrase(en: "member \(position + 1) of '\(label)' is not a ledger token (\(tokenDigits) lowercase hex digits)",
                                                    nl: "lid \(position + 1) van '\(label)' is geen logboektoken (\(tokenDigits) kleine hexadecimale cijfers)"),
                                             at: member.mark)
                            valid = false
                            continue
                        }
                        tokens.insert(token)
                    }
                    classes[label] = tokens
                }
            } else {
                reader.log.error(Phrase(en: "'classes' of \(what.en) must be a mapping of labels to lists of tokens, found \(classesNode.kindDescription.en)",
                                        nl: "'classes' van \(what.nl) moet labels op lijsten van tokens afbeelden, maar is \(classesNode.kindDescription.nl)"),
                                 at: classesNode.mark)
                valid = false
            }
        }
        guard valid, let released, let k, fields.has("classes") else { return nil }
        return Entry(released: released, k: k, classes: classes)
    }

    static func isToken(_ text: String) -> Bool {
        text.utf8.count == tokenDigits && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// `YYYY-MM-DD` with a month 1–12 and a day 1–31.
    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
