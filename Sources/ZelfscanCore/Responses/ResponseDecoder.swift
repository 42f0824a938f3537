import Foundation
import YAML

/// Turns a response's node tree into a `Response`, logging every problem with its place.
struct ResponseDecoder {
    var reader: FieldReader
    let questionnaire: Questionnaire
    let questionnaireSHA256: String

    private static let header = ["format", "respondent", "questionnaire", "municipality", "year", "role", "language",
                                 "status", "started", "updated"]
    private static let optional = ["submitted", "synthetic", "skipped", "comments"]

    init(file: String, questionnaire: Questionnaire, questionnaireSHA256: String) {
        reader = FieldReader(file: file)
        self.questionnaire = questionnaire
        self.questionnaireSHA256 = questionnaireSHA256
    }

    mutating func decode(_ root: Node, kind: ResponseLoader.Kind) -> Response? {
        let what = Phrase(en: "a response file", nl: "een antwoordbestand")
        let fields: Fields?
        switch kind {
        case .responseFile:
            fields = reader.fields(root, of: what, required: Self.header + ["answers"], optional: Self.optional)
        case .answerSheet:
            fields = reader.fields(root, of: Phrase(en: "an answer sheet", nl: "een antwoordformulier"),
                                   required: ["role", "answers"], optional: Self.header.filter { $0 != "role" } + Self.optional)
        }
        guard let fields else { return nil }
        let stampOK = checkStamp(fields["questionnaire"])
        let role = decodeRole(fields["role"])
        let language = decodeLanguage(fields["language"])
        let answers = decodeAnswers(fields["answers"])
        let skipped = decodeSkipped(fields["skipped"])
        let comments = decodeComments(fields["comments"])
        let synthetic = fields["synthetic"].flatMap { reader.boolean($0, .key("synthetic")) } ?? false

        switch kind {
        case .answerSheet(let base):
            guard stampOK, let role, let answers else { return nil }
            var response = base
            response.role = role
            if let language { response.language = language }
            response.answers = answers
            response.skipped = skipped ?? []
            response.comments = comments ?? [:]
            return response
        case .responseFile:
            checkFormat(fields["format"])
            let respondent = reader.text(fields["respondent"], .key("respondent"))
            let municipality = reader.text(fields["municipality"], .key("municipality"))
            let year = reader.integer(fields["year"], .key("year"))
            let status = decodeStatus(fields["status"])
            let started = decodeTime(fields["started"], "started")
            let updated = decodeTime(fields["updated"], "updated")
            let submitted = fields["submitted"].flatMap { decodeTime($0, "submitted") }
            if status == .submitted, fields["submitted"] == nil {
                reader.log.error(Phrase(en: "a submitted response needs the time it was submitted ('submitted: …')",
                                        nl: "een verzonden antwoord heeft het tijdstip van verzenden nodig ('submitted: …')"),
                                 at: fields["status"]?.mark ?? fields.node.mark,
                                 hint: Phrase(en: "add 'submitted:' with a time such as 2026-11-23T10:14:40Z, or set 'status: draft'",
                                              nl: "voeg 'submitted:' toe met een tijdstip zoals 2026-11-23T10:14:40Z, of zet 'status: draft'"))
            }
            guard stampOK, !reader.log.hasErrors, let respondent, let municipality, let year, let role, let language, let status,
                  let started, let updated, let answers else { return nil }
            return Response(respondent: respondent, questionnaire: stamp, municipality: municipality, year: year, role: role,
                            language: language, status: status, started: started, updated: updated, submitted: submitted,
                            synthetic: synthetic, answers: answers, skipped: skipped ?? [], comments: comments ?? [:])
        }
    }

    private var stamp: Response.QuestionnaireStamp {
        Response.QuestionnaireStamp(id: questionnaire.id, version: questionnaire.version, sha256: questionnaireSHA256)
    }

    private mutating func checkFormat(_ node: Node?) {
        guard let node, let format = reader.integer(node, .key("format")) else { return }
        if format != Response.currentFormat {
            reader.log.error(Phrase(en: "response format \(format) is not supported; this version of zelfscan reads format \(Response.currentFormat)",
                                    nl: "antwoordformaat \(format) wordt niet ondersteund; deze versie van zelfscan leest formaat \(Response.currentFormat)"),
                             at: node.mark)
        }
    }

    /// Answers are only ever scored against the questionnaire they were given to.
    private mutating func checkStamp(_ node: Node?) -> Bool {
        guard let node else { return true }
        guard let fields = reader.fields(node, of: .key("questionnaire"), required: ["id", "version"], optional: ["sha256"]),
              let id = reader.text(fields["id"], .key("id", of: .key("questionnaire"))),
              let version = reader.text(fields["version"], .key("version", of: .key("questionnaire"))) else { return false }
        let expected = "\(questionnaire.id) \(questionnaire.version)"
        if id != questionnaire.id || version != questionnaire.version {
            reader.log.error(Phrase(en: "these answers belong to questionnaire \(id) \(version), not to \(expected)",
                                    nl: "deze antwoorden horen bij vragenlijst \(id) \(version), niet bij \(expected)"),
                             at: fields["id"]!.mark,
                             hint: Phrase(en: "score them with the questionnaire they were given to (--questionnaire FILE); answers to different versions are never mixed",
                                          nl: "scoor ze met de vragenlijst waarmee ze gegeven zijn (--questionnaire BESTAND); antwoorden op verschillende versies worden nooit gemengd"))
            return false
        }
        if let hashNode = fields["sha256"], let hash = reader.text(hashNode, .key("sha256", of: .key("questionnaire"))),
           hash != questionnaireSHA256, hash.lowercased() != questionnaireSHA256.lowercased() {
            reader.log.warning(Phrase(en: "the questionnaire file \(expected) has changed since these answers were given (its SHA-256 differs)",
                                      nl: "het vragenlijstbestand \(expected) is gewijzigd sinds deze antwoorden gegeven zijn (de SHA-256 verschilt)"),
                               at: hashNode.mark,
                               hint: Phrase(en: "a changed questionnaire should get a new version; check that the items still mean the same",
                                            nl: "een gewijzigde vragenlijst hoort een nieuwe versie te krijgen; ga na of de stellingen nog hetzelfde betekenen"))
        }
        return true
    }

    private mutating func decodeRole(_ node: Node?) -> String? {
        guard let node, let role = reader.text(node, .key("role")) else { return nil }
        guard questionnaire.role(role) != nil else {
            let hint = Suggestion.hint(for: role, among: questionnaire.roles.map(\.id), plural: Phrase(en: "roles", nl: "rollen"))
            reader.log.error(Phrase(en: "unknown role '\(role)'; \(hint.en)", nl: "onbekende rol '\(role)'; \(hint.nl)"), at: node.mark)
            return nil
        }
        return role
    }

    private mutating func decodeLanguage(_ node: Node?) -> Language? {
        guard let node, let language = reader.text(node, .key("language")) else { return nil }
        guard questionnaire.languages.contains(language) else {
            let all = questionnaire.languages.joined(separator: ", ")
            reader.log.error(Phrase(en: "the questionnaire has no language '\(language)'; it has: \(all)",
                                    nl: "de vragenlijst heeft geen taal '\(language)'; ze heeft: \(all)"), at: node.mark)
            return nil
        }
        guard let known = Language(rawValue: language) else {
            let all = Language.allCases.map(\.rawValue).joined(separator: ", ")
            reader.log.error(Phrase(en: "the tool cannot show questions in '\(language)'; it speaks: \(all)",
                                    nl: "het programma kan geen vragen tonen in '\(language)'; het spreekt: \(all)"), at: node.mark)
            return nil
        }
        return known
    }

    private mutating func decodeStatus(_ node: Node?) -> Response.Status? {
        guard let node, let text = reader.text(node, .key("status")) else { return nil }
        guard let status = Response.Status(rawValue: text) else {
            reader.log.error(Phrase(en: "'status' must be draft or submitted, found '\(text)'",
                                    nl: "'status' moet draft of submitted zijn, maar is '\(text)'"), at: node.mark)
            return nil
        }
        return status
    }

    private mutating func decodeTime(_ node: Node?, _ key: String) -> Date? {
        guard let node, let text = reader.text(node, .key(key)) else { return nil }
        guard let date = Timestamp.parse(text) else {
            reader.log.error(Phrase(en: "'\(key)' must be a UTC time such as 2026-11-23T10:14:40Z, found '\(text)'",
                                    nl: "'\(key)' moet een UTC-tijdstip zijn zoals 2026-11-23T10:14:40Z, maar is '\(text)'"), at: node.mark)
            return nil
        }
        return date
    }

    private mutating func decodeSkipped(_ node: Node?) -> [String]? {
        guard let node, let list = reader.list(node, .key("skipped"), allowEmpty: true) else { return nil }
        return list.compactMap { entry in
            guard let id = reader.text(entry, Phrase(en: "an entry of 'skipped'", nl: "een element van 'skipped'")) else { return nil }
            guard questionnaire.askedItem(id) != nil else {
                unknownItem(id, at: entry.mark)
                return nil
            }
            return id
        }
    }

    private mutating func decodeComments(_ node: Node?) -> [String: String]? {
        guard let node else { return nil }
        guard let fields = reader.fields(node, of: .key("comments"), required: [], optional: questionnaire.dimensions.map(\.id)) else { return nil }
        var comments: [String: String] = [:]
        for key in fields.keys {
            if let text = reader.text(fields[key], .key(key, of: .key("comments"))) { comments[key] = text }
        }
        return comments
    }

    mutating func unknownItem(_ id: String, at mark: Mark) {
        let questionnaire = questionnaire
        func text() -> Phrase {
            let hint = Suggestion.hint(for: id, among: questionnaire.allAskedItems.map(\.id), plural: Phrase(en: "item ids", nl: "item-id's"))
            return Phrase(en: "'\(id)' is not an item of \(questionnaire.id) \(questionnaire.version); \(hint.en)",
                          nl: "'\(id)' is geen item van \(questionnaire.id) \(questionnaire.version); \(hint.nl)")
        }
        reader.log.error(text(), at: mark)
    }
}
