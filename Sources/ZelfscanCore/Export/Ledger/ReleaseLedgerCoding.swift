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
        # tokens (no names): per export its members' tokens, once, and each class or group as the
        # positions of its members in that list. zelfscan export reads it to refuse an export whose
        # classes differ from an earlier export's by fewer than k municipalities (docs/privacy.md, rule 5).
        # Keep it beside the key file, readable by you only (mode 0600). Never share it and never put
        # it in an export: with the key, its tokens can be tested against municipality names.
        # Lost or deleted, the next exports can no longer be checked against the earlier ones.

        """

    /// The file's text in format 2: the header, then the entries in the order they were
    /// released, each with its members (`MemberPositions.order`) and its classes by label, so the
    /// same ledger always gives the same bytes. A class is the positions of its members in the
    /// member list: format 1 wrote every member's token in every class, some 8 MB per export of
    /// 1,200 cells.
    public func encoded() throws -> String {
        // Event by event: as a node tree, a ledger of format 1 at 1,200 cells needed some 80 MB.
        let emitter = try YAMLEventEmitter()
        try emitter.beginMapping()
        try emitter.emit(.text("format"))
        try emitter.emit(.plain(String(Self.format)))
        try emitter.emit(.text("releases"))
        try emitter.beginSequence()
        for entry in entries {
            let labels = entry.classes.keys.sorted()
            let members = MemberPositions.order(entry.classes, labels: labels)
            var positions: [String: Int] = [:]
            positions.reserveCapacity(members.count)
            for (position, token) in members.enumerated() { positions[token] = position }
            try emitter.beginMapping()
            try emitter.emit(.text("released"))
            try emitter.emit(.text(entry.released))
            try emitter.emit(.text("k"))
            try emitter.emit(.plain(String(entry.k)))
            try emitter.emit(.text("members"))
            try emitter.beginSequence()
            for token in members { try emitter.emit(.text(token)) }
            try emitter.endSequence()
            try emitter.emit(.text("classes"))
            try emitter.beginMapping()
            for label in labels {
                try emitter.emit(.text(label))
                try emitter.emit(.text(MemberPositions.text(entry.classes[label, default: []].map { positions[$0]! }.sorted())))
            }
            try emitter.endMapping()
            try emitter.endMapping()
        }
        try emitter.endSequence()
        try emitter.endMapping()
        return Self.header + (try emitter.finish())
    }

    /// Most members of classes, summed over all classes of all releases, that a ledger may hold.
    /// In format 2 a few bytes (`0-1199`) stand for a class of 1,200, so the file's size no longer
    /// bounds its memory; 4 million (some 100 MB of sets) is 20 exports of 1,200 cells, 80 of
    /// Flanders' 300, and more than format 1's 64 MB could hold (some 1.6 million).
    public static let maxMemberships = 4_000_000

    /// Reads a ledger file's bytes, of either format; `file` names it in the diagnostics.
    public static func decode(_ bytes: [UInt8], file: String) throws(DecodingError) -> ReleaseLedger {
        try decode(bytes, file: file, maxMemberships: maxMemberships)
    }

    static func decode(_ bytes: [UInt8], file: String, maxMemberships: Int) throws(DecodingError) -> ReleaseLedger {
        let root: Node
        switch ParsedFile.parse(bytes, file: file, limits: parserLimits) {
        case .parsed(let node): root = node
        case .failed(let diagnostic): throw DecodingError(diagnostics: [diagnostic])
        }
        var reader = FieldReader(file: file)
        var entries: [Entry] = []
        var room = Room(limit: maxMemberships)
        if let fields = reader.fields(root, of: Phrase(en: "the release ledger", nl: "het vrijgavelogboek"), required: ["format", "releases"]),
           let node = fields["format"], let format = reader.integer(node, Phrase(en: "'format'", nl: "'format'")) {
            if readableFormats.contains(format) {
                for (index, node) in (reader.list(fields["releases"], Phrase(en: "'releases'", nl: "'releases'"), allowEmpty: true) ?? []).enumerated() {
                    if let entry = decodeEntry(node, number: index + 1, format: format, room: &room, reader: &reader) { entries.append(entry) }
                }
            } else {
                // Its releases are not read: in an unknown layout every line would be an error.
                let known = readableFormats.map(String.init).joined(separator: " and ")
                let bekend = readableFormats.map(String.init).joined(separator: " en ")
                reader.log.error(Phrase(en: "this ledger has format \(format); this zelfscan reads formats \(known)",
                                        nl: "dit logboek heeft formaat \(format); deze zelfscan leest de formaten \(bekend)"),
                                 at: node.mark, hint: Phrase(en: "use the zelfscan version that wrote it, or a later one", nl: "gebruik de zelfscan-versie die het schreef, of een latere"))
            }
        }
        guard !reader.log.hasErrors else { throw DecodingError(diagnostics: reader.log.diagnostics) }
        return ReleaseLedger(entries: entries)
    }

    /// What is left of `maxMemberships` while the releases are read.
    private struct Room {
        let limit: Int
        var left: Int
        var exceeded = false

        init(limit: Int) {
            self.limit = limit
            left = limit
        }
    }

    private static func decodeEntry(_ node: Node, number: Int, format: Int, room: inout Room, reader: inout FieldReader) -> Entry? {
        let what = Phrase(en: "release \(number)", nl: "vrijgave \(number)")
        let required = format == 1 ? ["released", "k", "classes"] : ["released", "k", "members", "classes"]
        guard let fields = reader.fields(node, of: what, required: required) else { return nil }
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
        let classes: [String: Set<String>]?
        if format == 1 {
            classes = decodeTokenClasses(fields["classes"], of: what, reader: &reader)
        } else {
            let members = decodeMembers(fields["members"], of: what, reader: &reader)
            classes = decodePositionClasses(fields["classes"], members: members, of: what, room: &room, reader: &reader)
        }
        guard valid, let released, let k, let classes else { return nil }
        return Entry(released: released, k: k, classes: classes)
    }

    /// Format 1: each class a list of its members' tokens.
    private static func decodeTokenClasses(_ classesNode: Node?, of what: Phrase, reader: inout FieldReader) -> [String: Set<String>]? {
        guard let classesNode else { return nil }
        guard let pairs = classesNode.mapping else {
            reader.log.error(Phrase(en: "'classes' of \(what.en) must be a mapping of labels to lists of tokens, found \(classesNode.kindDescription.en)",
                                    nl: "'classes' van \(what.nl) moet labels op lijsten van tokens afbeelden, maar is \(classesNode.kindDescription.nl)"),
                             at: classesNode.mark)
            return nil
        }
        var valid = true
        var classes: [String: Set<String>] = [:]
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
        return valid ? classes : nil
    }

    /// Format 2: the release's member tokens, each once, and whether all of them are; a wrong
    /// one keeps its place (as "") so the classes' positions can still be checked.
    private static func decodeMembers(_ node: Node?, of what: Phrase, reader: inout FieldReader) -> (tokens: [String], valid: Bool)? {
        guard let items = reader.list(node, Phrase(en: "'members' of \(what.en)", nl: "'members' van \(what.nl)"), allowEmpty: true) else { return nil }
        var valid = true
        var members: [String] = []
        members.reserveCapacity(items.count)
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let token = item.scalar?.text, isToken(token) else {
                // The value is not quoted: it may be a name someone typed in.
                reader.log.error(Phrase(en: "member \(index + 1) of \(what.en) is not a ledger token (\(tokenDigits) lowercase hex digits)",
                                        nl: "lid \(index + 1) van \(what.nl) is geen logboektoken (\(tokenDigits) kleine hexadecimale cijfers)"),
                                 at: item.mark,
                                 hint: Phrase(en: "restore the ledger from your copy; a token cannot be made by hand", nl: "zet het logboek terug uit je kopie; een token kan je niet met de hand maken"))
                valid = false
                members.append("")
                continue
            }
            if let earlier = seen[token] {
                reader.log.error(Phrase(en: "member \(index + 1) of \(what.en) is member \(earlier + 1) again; each member is listed once",
                                        nl: "lid \(index + 1) van \(what.nl) is opnieuw lid \(earlier + 1); elk lid staat er één keer in"),
                                 at: item.mark,
                                 hint: Phrase(en: "restore the ledger from your copy: the positions of its classes depend on this list",
                                              nl: "zet het logboek terug uit je kopie: de posities van zijn klassen hangen van deze lijst af"))
                valid = false
            } else {
                seen[token] = index
            }
            members.append(token)
        }
        return (members, valid)
    }

    /// Format 2: each class the positions of its members in `members`. Positions are checked
    /// against the list's length even when a member is wrong, so every problem is reported.
    private static func decodePositionClasses(_ classesNode: Node?, members: (tokens: [String], valid: Bool)?, of what: Phrase, room: inout Room,
                                              reader: inout FieldReader) -> [String: Set<String>]? {
        guard let classesNode else { return nil }
        guard let pairs = classesNode.mapping else {
            reader.log.error(Phrase(en: "'classes' of \(what.en) must be a mapping of labels to positions in 'members' (such as '0-4 7'), found \(classesNode.kindDescription.en)",
                                    nl: "'classes' van \(what.nl) moet labels op posities in 'members' afbeelden (zoals '0-4 7'), maar is \(classesNode.kindDescription.nl)"),
                             at: classesNode.mark)
            return nil
        }
        var valid = members?.valid ?? false
        var classes: [String: Set<String>] = [:]
        for pair in pairs {
            guard let label = reader.text(pair.key, Phrase(en: "a class label of \(what.en)", nl: "een klasselabel van \(what.nl)")) else {
                valid = false
                continue
            }
            guard let text = pair.value.scalar?.text else {
                reader.log.error(Phrase(en: "the members of '\(label)' in \(what.en) must be positions in its 'members' (such as '0-4 7'), found \(pair.value.kindDescription.en)",
                                        nl: "de leden van '\(label)' in \(what.nl) moeten posities in zijn 'members' zijn (zoals '0-4 7'), maar zijn \(pair.value.kindDescription.nl)"),
                                 at: pair.value.mark,
                                 hint: Phrase(en: "a ledger of format 2 gives each class as the positions of its members, from 0, ascending, separated by spaces",
                                              nl: "een logboek van formaat 2 geeft elke klasse als de posities van haar leden, vanaf 0, oplopend, gescheiden door spaties"))
                valid = false
                continue
            }
            // Without a member list (reported already) there is nothing to check positions against.
            guard let members else { continue }
            switch MemberPositions.parse(text, memberCount: members.tokens.count) {
            case .success(let ranges):
                let count = ranges.reduce(0) { $0 + $1.count }
                guard !room.exceeded else { return nil }
                guard count <= room.left else {
                    reader.log.error(Phrase(en: "with '\(label)' of \(what.en), the ledger's classes hold more than \(room.limit) members in all, more than this zelfscan reads",
                                            nl: "met '\(label)' van \(what.nl) tellen de klassen van het logboek samen meer dan \(room.limit) leden, meer dan deze zelfscan leest"),
                                     at: pair.value.mark,
                                     hint: Phrase(en: "restore the ledger from your copy; if it is whole, keep it and make the next exports with a new key (zelfscan key new FILE), and never release those beside the earlier ones",
                                                  nl: "zet het logboek terug uit je kopie; is het volledig, bewaar het dan en maak de volgende exports met een nieuwe sleutel (zelfscan key new BESTAND), en geef die nooit samen met de eerdere vrij"))
                    room.exceeded = true
                    return nil
                }
                room.left -= count
                guard valid else { continue }
                var tokens = Set<String>(minimumCapacity: count)
                for range in ranges {
                    for position in range { tokens.insert(members.tokens[position]) }
                }
                classes[label] = tokens
            case .failure(let problem):
                reader.log.error(problem.text(label: label, release: what), at: pair.value.mark, hint: MemberPositions.Problem.hint)
                valid = false
            }
        }
        return valid ? classes : nil
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
