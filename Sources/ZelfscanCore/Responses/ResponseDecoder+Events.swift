import Foundation
import YAML

/// Reads a well-formed response file straight from libyaml's events into a `Response`, without
/// the node tree: most of the time spent reading a pool (docs/performance.md). It accepts only
/// what the tree path (`ResponseDecoder`) accepts without a diagnostic, and returns exactly the
/// response that path would; at anything else (an error, a warning, an anchor or tag, a form
/// it does not know) it returns nil, and the caller reads the file again through the tree,
/// whose diagnostics carry line and column. Tests hold the two paths equal.
struct ResponseEventDecoder {
    /// What the decoder looks up per questionnaire, built once per loader.
    struct Tables: Sendable {
        let questionnaireID: String
        let questionnaireVersion: String
        let itemCount: Int
        /// Item position by FNV-1a of its id's bytes; ids whose hashes collide are left out, so
        /// answers to them go through the tree path.
        let positions: [UInt64: Int]
        let idBytes: [[UInt8]]
        /// Per position, a scored item's missing codes as bytes.
        let missingBytes: [[[UInt8]]]

        init(_ questionnaire: Questionnaire) {
            let index = questionnaire.index
            var positions: [UInt64: Int] = [:]
            var collided: Set<UInt64> = []
            var idBytes: [[UInt8]] = []
            for (position, item) in index.items.enumerated() {
                let bytes = Array(item.id.utf8)
                idBytes.append(bytes)
                let hash = bytes.withUnsafeBufferPointer { ResponseEventDecoder.hash($0) }
                if positions.updateValue(position, forKey: hash) != nil { collided.insert(hash) }
            }
            for hash in collided { positions[hash] = nil }
            questionnaireID = questionnaire.id
            questionnaireVersion = questionnaire.version
            itemCount = index.items.count
            self.positions = positions
            self.idBytes = idBytes
            missingBytes = index.scoredRules.map { rule in rule?.missing.map { Array($0.utf8) } ?? [] }
        }

        func fits(_ questionnaire: Questionnaire) -> Bool {
            questionnaire.id == questionnaireID && questionnaire.version == questionnaireVersion && questionnaire.index.items.count == itemCount
        }
    }

    private enum Key: Int, CaseIterable {
        case format, respondent, questionnaire, municipality, year, role, language, status, started, updated
        case submitted, synthetic, answers, skipped, comments

        static let names: [[UInt8]] = allCases.map { Array(String(describing: $0).utf8) }
        static let required: Int = [Key.format, .respondent, .questionnaire, .municipality, .year, .role, .language, .status,
                                    .started, .updated, .answers].reduce(0) { $0 | 1 << $1.rawValue }

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let position = Self.names.firstIndex(where: { $0.elementsEqual(bytes) }) else { return nil }
            self.init(rawValue: position)
        }
    }

    let tables: Tables
    let questionnaire: Questionnaire
    let questionnaireSHA256: String

    /// The response, or nil when the tree path must read the file.
    func decode(_ bytes: [UInt8]) -> Response? {
        guard !bytes.isEmpty, bytes.count <= ParserLimits.default.maxBytes, bytes[0] < 0x80 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Response? in
            guard let reader = YAMLEventReader(buffer) else { return nil }
            return decode(reader)
        }
    }

    private func decode(_ reader: YAMLEventReader) -> Response? {
        guard case .mappingStart = reader.next() else { return nil }
        var seen = 0
        var respondent = "", municipality = "", role = ""
        var language = Language.nl
        var year = 0
        var status = Response.Status.draft
        var started = Date(), updated = Date()
        var submitted: Date?
        var synthetic = false
        var answers: [String: Answer] = [:]
        var skipped: [String] = []
        var comments: [String: String] = [:]
        while true {
            let event = reader.next()
            if case .mappingEnd = event { break }
            guard case .scalar(let name, _) = event, let key = Key(name), seen & (1 << key.rawValue) == 0 else { return nil }
            seen |= 1 << key.rawValue
            switch key {
            case .format:
                guard integer(reader.next()) == Response.currentFormat else { return nil }
            case .respondent:
                guard let text = text(reader.next()) else { return nil }
                respondent = text
            case .questionnaire:
                guard stamp(reader) else { return nil }
            case .municipality:
                guard let text = text(reader.next()) else { return nil }
                municipality = text
            case .year:
                guard let value = integer(reader.next()) else { return nil }
                year = value
            case .role:
                guard let text = text(reader.next()), questionnaire.role(text) != nil else { return nil }
                role = text
            case .language:
                guard let text = text(reader.next()), questionnaire.languages.contains(text), let known = Language(rawValue: text) else { return nil }
                language = known
            case .status:
                guard let text = text(reader.next()), let value = Response.Status(rawValue: text) else { return nil }
                status = value
            case .started, .updated, .submitted:
                guard let text = text(reader.next()), let date = Timestamp.parse(text) else { return nil }
                if key == .started { started = date } else if key == .updated { updated = date } else { submitted = date }
            case .synthetic:
                guard case .scalar(let value, plain: true) = reader.next() else { return nil }
                if value.elementsEqual("true".utf8) { synthetic = true } else if !value.elementsEqual("false".utf8) { return nil }
            case .answers:
                guard let decoded = self.answers(reader) else { return nil }
                answers = decoded
            case .skipped:
                guard let decoded = self.skipped(reader) else { return nil }
                skipped = decoded
            case .comments:
                guard let decoded = self.comments(reader) else { return nil }
                comments = decoded
            }
        }
        guard case .end = reader.next(), seen & Key.required == Key.required, status != .submitted || submitted != nil else { return nil }
        return Response(respondent: respondent, questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaireSHA256),
                        municipality: municipality, year: year, role: role, language: language, status: status, started: started,
                        updated: updated, submitted: submitted, synthetic: synthetic, answers: answers, skipped: skipped, comments: comments)
    }

    /// `FieldReader.text` without a diagnostic: any scalar that is not blank and holds no
    /// control character.
    private func text(_ event: YAMLEventReader.Event) -> String? {
        guard case .scalar(let bytes, _) = event else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace), ControlCharacters.first(in: text) == nil else { return nil }
        return text
    }

    /// `FieldReader.integer` without a diagnostic: a plain whole number.
    private func integer(_ event: YAMLEventReader.Event) -> Int? {
        guard case .scalar(let bytes, plain: true) = event, let value = NumberText.parse(String(decoding: bytes, as: UTF8.self)),
              value == value.rounded(), abs(value) < 1e12 else { return nil }
        return Int(value)
    }

    /// The questionnaire stamp: this questionnaire's id and version, and its hash if given
    /// (another hash is a warning, which only the tree path gives).
    private func stamp(_ reader: YAMLEventReader) -> Bool {
        guard case .mappingStart = reader.next() else { return false }
        var seen: Set<String> = []
        while true {
            let event = reader.next()
            if case .mappingEnd = event { break }
            guard case .scalar(let name, _) = event else { return false }
            let key = String(decoding: name, as: UTF8.self)
            guard ["id", "version", "sha256"].contains(key), seen.insert(key).inserted, let value = text(reader.next()) else { return false }
            switch key {
            case "id": guard value == questionnaire.id else { return false }
            case "version": guard value == questionnaire.version else { return false }
            default: guard value == questionnaireSHA256 || value.lowercased() == questionnaireSHA256.lowercased() else { return false }
            }
        }
        return seen.contains("id") && seen.contains("version")
    }

    private func answers(_ reader: YAMLEventReader) -> [String: Answer]? {
        switch reader.next() {
        case .mappingStart: break
        case .scalar(let bytes, _):
            let text = String(decoding: bytes, as: UTF8.self)
            return text == "" || text == "~" || text == "null" ? [:] : nil
        default: return nil
        }
        let index = questionnaire.index
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(index.items.count)
        var seen = [Bool](repeating: false, count: index.items.count)
        while true {
            let event = reader.next()
            if case .mappingEnd = event { return answers }
            guard case .scalar(let name, _) = event, let position = tables.positions[Self.hash(name)],
                  tables.idBytes[position].elementsEqual(name), !seen[position] else { return nil }
            seen[position] = true
            let value = reader.next()
            let answer: Answer?
            if let rule = index.scoredRules[position] {
                answer = scaleAnswer(value, rule: rule, missing: tables.missingBytes[position])
            } else {
                answer = contextAnswer(value, reader: reader, item: index.items[position])
            }
            guard let answer else { return nil }
            answers[index.items[position].id] = answer
        }
    }

    /// As `ResponseDecoder.scaleAnswer`: a missing code in any style, else a plain scale value.
    private func scaleAnswer(_ event: YAMLEventReader.Event, rule: ScoredItemRule, missing: [[UInt8]]) -> Answer? {
        guard case .scalar(let bytes, let plain) = event else { return nil }
        if let code = missing.firstIndex(where: { $0.elementsEqual(bytes) }) { return .missing(rule.missing[code]) }
        guard plain else { return nil }
        let value: Double
        if bytes.count == 1, bytes[0] >= UInt8(ascii: "0"), bytes[0] <= UInt8(ascii: "9") {
            value = Double(bytes[0] - UInt8(ascii: "0"))
        } else {
            guard let parsed = NumberText.parse(String(decoding: bytes, as: UTF8.self)) else { return nil }
            value = parsed
        }
        return rule.values.contains(value) ? .scale(value) : nil
    }

    /// As `ResponseDecoder.decodeAnswer` for a context item, when it logs nothing.
    private func contextAnswer(_ event: YAMLEventReader.Event, reader: YAMLEventReader, item asked: AskedItem) -> Answer? {
        guard case .context(let item) = asked else { return nil }
        if case .scalar(let bytes, _) = event {
            let text = String(decoding: bytes, as: UTF8.self)
            if item.missing.contains(where: { $0.code == text }) { return .missing(text) }
        }
        switch item.kind {
        case .single:
            guard case .scalar(let bytes, _) = event else { return nil }
            let code = String(decoding: bytes, as: UTF8.self)
            return item.options.contains { $0.code == code } ? .choice(code) : nil
        case .multiple:
            var chosen: [String] = []
            func choose(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
                let code = String(decoding: bytes, as: UTF8.self)
                guard item.options.contains(where: { $0.code == code }), !chosen.contains(code) else { return false }
                chosen.append(code)
                return true
            }
            switch event {
            case .scalar(let bytes, _):
                guard choose(bytes) else { return nil }
            case .sequenceStart:
                while true {
                    let entry = reader.next()
                    if case .sequenceEnd = entry { break }
                    guard case .scalar(let bytes, _) = entry, choose(bytes) else { return nil }
                }
            default:
                return nil
            }
            guard !chosen.isEmpty else { return nil }
            if chosen.count > 1, item.options.contains(where: { $0.exclusive && chosen.contains($0.code) }) { return nil }
            return .choices(chosen)
        case .number:
            guard case .scalar(let bytes, plain: true) = event, let value = NumberText.parse(String(decoding: bytes, as: UTF8.self)) else { return nil }
            if item.minimum.map({ value < $0 }) == true || item.maximum.map({ value > $0 }) == true { return nil }
            if item.integer, value != value.rounded() { return nil }
            return .number(value)
        case .text:
            guard case .scalar(let bytes, _) = event else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            return text.count > item.maxLength ? nil : .text(text)
        }
    }

    private func skipped(_ reader: YAMLEventReader) -> [String]? {
        guard case .sequenceStart = reader.next() else { return nil }
        var ids: [String] = []
        while true {
            let event = reader.next()
            if case .sequenceEnd = event { return ids }
            guard let id = text(event), questionnaire.askedItem(id) != nil else { return nil }
            ids.append(id)
        }
    }

    private func comments(_ reader: YAMLEventReader) -> [String: String]? {
        guard case .mappingStart = reader.next() else { return nil }
        var comments: [String: String] = [:]
        while true {
            let event = reader.next()
            if case .mappingEnd = event { return comments }
            guard case .scalar(let name, _) = event else { return nil }
            let key = String(decoding: name, as: UTF8.self)
            guard questionnaire.dimensions.contains(where: { $0.id == key }), comments[key] == nil, let text = text(reader.next()) else { return nil }
            comments[key] = text
        }
    }

    /// FNV-1a, as the YAML layer hashes keys.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

extension ResponseEventDecoder {
    /// The questionnaire id and version in a response file's header, read from the first events
    /// only; nil when the header is not in the plain form zelfscan writes. Unlike
    /// `QuestionnaireLibrary.stamp(of:)` it does not read the rest of the file, so it can only tell
    /// which questionnaire the file claims, not that the file is valid.
    static func headerStamp(of bytes: [UInt8]) -> (id: String, version: String)? {
        guard !bytes.isEmpty, bytes.count <= ParserLimits.default.maxBytes else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> (id: String, version: String)? in
            guard let reader = YAMLEventReader(buffer), case .mappingStart = reader.next() else { return nil }
            let questionnaireKey = Array("questionnaire".utf8)
            while case .scalar(let key, _) = reader.next() {
                guard key.elementsEqual(questionnaireKey) else {
                    guard skipValue(reader) else { return nil }
                    continue
                }
                guard case .mappingStart = reader.next() else { return nil }
                var id: String?, version: String?
                fields: while true {
                    switch reader.next() {
                    case .scalar(let name, _):
                        // A scalar's bytes last only until the next event.
                        let isID = name.elementsEqual("id".utf8), isVersion = name.elementsEqual("version".utf8)
                        guard case .scalar(let value, _) = reader.next() else { return nil }
                        if isID { id = String(decoding: value, as: UTF8.self) }
                        if isVersion { version = String(decoding: value, as: UTF8.self) }
                    case .mappingEnd:
                        break fields
                    default:
                        return nil
                    }
                }
                guard let id, let version else { return nil }
                return (id, version)
            }
            return nil
        }
    }

    /// Skips one value: a scalar, or a whole mapping or sequence.
    private static func skipValue(_ reader: YAMLEventReader) -> Bool {
        var depth = 0
        repeat {
            switch reader.next() {
            case .scalar: break
            case .mappingStart, .sequenceStart: depth += 1
            case .mappingEnd, .sequenceEnd: depth -= 1
            case .end, .unsupported: return false
            }
        } while depth > 0
        return depth == 0
    }
}
