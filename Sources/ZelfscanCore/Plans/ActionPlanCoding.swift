import YAML

/// Reads and writes `plans/plan-YYYY.yaml` through the project's YAML layer: a file a coordinator
/// may edit by hand, so every problem is reported at its line and column, all in one run.
public enum ActionPlanCoding {
    public struct Result: Sendable {
        public var plan: ActionPlan?
        public var diagnostics: [Diagnostic]
        public var sources: [String: String]
    }

    public static func encode(_ plan: ActionPlan) throws(YAMLEmitterError) -> String {
        let actions = plan.actions.map { action -> Node in
            var pairs: [(String, Node)] = [
                ("id", .text(action.id)),
                ("action", .text(action.action)),
                ("dimension", .text(action.dimension)),
            ]
            if !action.items.isEmpty { pairs.append(("items", .sequence(action.items.map(Node.text)))) }
            pairs += [("owner", .text(action.owner)), ("due", .text(action.due.description)), ("status", .text(action.status.rawValue))]
            if let proposal = action.proposal { pairs.append(("proposal", .text(proposal))) }
            if !action.notes.isEmpty {
                pairs.append(("notes", .sequence(action.notes.map { .mapping([("date", .text($0.date)), ("text", .text($0.text))]) })))
            }
            return .mapping(pairs)
        }
        let root = Node.mapping([
            ("format", .plain(String(ActionPlan.currentFormat))),
            ("questionnaire", .text(plan.questionnaireID)),
            ("year", .plain(String(plan.year))),
            ("actions", .sequence(actions)),
        ])
        return header + (try YAMLEmitter().emit(root))
    }

    private static let header = """
        # Zelfscan: actieplan (action plan). Formaat/format: docs/plans.md
        # status: open | started | done | dropped; due: JJJJ-MM; owner: een organisatie of rol, nooit een persoon
        # (an organisation or role, never a person).

        """

    static let emptyFileHint = Phrase(en: "it holds the agreed actions, starting with 'format: 1'; see docs/plans.md",
                                      nl: "het bevat de afgesproken acties, te beginnen met 'format: 1'; zie docs/plans.md")

    /// Checks ids against `questionnaire`, and the year against `year` (the one in the file's name).
    public static func decode(file: String, bytes: [UInt8], questionnaire: Questionnaire, year: Int?) -> Result {
        let sources = [file: String(decoding: bytes, as: UTF8.self)]
        let root: Node
        switch ParsedFile.parse(bytes, file: file, emptyHint: emptyFileHint) {
        case .parsed(let node): root = node
        case .failed(let diagnostic): return Result(plan: nil, diagnostics: [diagnostic], sources: sources)
        }
        var reader = FieldReader(file: file)
        let plan = decode(root, reader: &reader, questionnaire: questionnaire, year: year)
        return Result(plan: reader.log.hasErrors ? nil : plan, diagnostics: reader.log.diagnostics, sources: sources)
    }

    private static func decode(_ root: Node, reader: inout FieldReader, questionnaire: Questionnaire, year expectedYear: Int?) -> ActionPlan? {
        guard let fields = reader.fields(root, of: Phrase(en: "an action plan", nl: "een actieplan"),
                                         required: ["format", "questionnaire", "year", "actions"]) else { return nil }
        let format = reader.integer(fields["format"], .key("format"))
        if let format, format != ActionPlan.currentFormat, let node = fields["format"] {
            reader.log.error(Phrase(en: "action plan format \(format) is not supported; this version of zelfscan reads format \(ActionPlan.currentFormat)",
                                    nl: "actieplanformaat \(format) wordt niet ondersteund; deze versie van zelfscan leest formaat \(ActionPlan.currentFormat)"),
                             at: node.mark)
        }
        let questionnaireID = reader.text(fields["questionnaire"], .key("questionnaire"))
        if let questionnaireID, questionnaireID != questionnaire.id, let node = fields["questionnaire"] {
            reader.log.error(Phrase(en: "this plan is for questionnaire '\(questionnaireID)', but the workspace uses '\(questionnaire.id)'",
                                    nl: "dit plan hoort bij vragenlijst '\(questionnaireID)', maar de werkruimte gebruikt '\(questionnaire.id)'"),
                             at: node.mark)
        }
        var year: Int?
        if let node = fields["year"], let value = reader.integer(node, .key("year")) {
            if let expectedYear, value != expectedYear {
                reader.log.error(Phrase(en: "the plan says year \(value), but its file name is for \(expectedYear)",
                                        nl: "het plan vermeldt jaar \(value), maar de bestandsnaam is die van \(expectedYear)"),
                                 at: node.mark, hint: Phrase(en: "write year: \(expectedYear), or rename the file to \(ActionPlan.fileName(year: value))",
                                                             nl: "schrijf year: \(expectedYear), of hernoem het bestand naar \(ActionPlan.fileName(year: value))"))
            } else if value < WorkspaceCoding.firstYear || value > 2100 {
                reader.log.error(Phrase(en: "the year must be between \(WorkspaceCoding.firstYear) and 2100, found \(value)",
                                        nl: "het jaar moet tussen \(WorkspaceCoding.firstYear) en 2100 liggen, maar is \(value)"), at: node.mark)
            } else {
                year = value
            }
        }
        var actions: [AgreedAction] = []
        var seen: [String: Mark] = [:]
        var complete = true
        for node in reader.list(fields["actions"], .key("actions"), allowEmpty: true) ?? [] {
            if let action = decodeAction(node, reader: &reader, questionnaire: questionnaire, seen: &seen) {
                actions.append(action)
            } else {
                complete = false
            }
        }
        guard let questionnaireID, let year, complete, format == ActionPlan.currentFormat else { return nil }
        return ActionPlan(questionnaireID: questionnaireID, year: year, actions: actions)
    }

    private static func decodeAction(_ node: Node, reader: inout FieldReader, questionnaire: Questionnaire,
                                     seen: inout [String: Mark]) -> AgreedAction? {
        guard let fields = reader.fields(node, of: Phrase(en: "an action", nl: "een actie"),
                                         required: ["id", "action", "dimension", "owner", "due", "status"],
                                         optional: ["items", "notes", "proposal"]) else { return nil }
        var valid = true
        var id: String?
        if let node = fields["id"], let text = reader.text(node, .key("id")) {
            if AgreedAction.isValidID(text) {
                reader.unique(text, at: node.mark, in: &seen, Phrase(en: "action id", nl: "actie-id"))
                id = text
            } else {
                reader.log.error(Phrase(en: "'\(text)' is not an action id", nl: "'\(text)' is geen actie-id"), at: node.mark,
                                 hint: Phrase(en: "use letters, digits and '-', starting with a letter, such as A1",
                                              nl: "gebruik letters, cijfers en '-', te beginnen met een letter, zoals A1"))
            }
        }
        let text = reader.text(fields["action"], .key("action"))
        var dimension: Dimension?
        if let node = fields["dimension"], let dimensionID = reader.text(node, .key("dimension")) {
            dimension = questionnaire.dimensions.first { $0.id == dimensionID }
            if let problem = PlanRules.dimensionProblem(dimensionID, questionnaire: questionnaire) { reader.log.error(problem, at: node.mark) }
        }
        var items: [String] = []
        for itemNode in reader.list(fields["items"], .key("items"), allowEmpty: true) ?? [] {
            guard let itemID = reader.text(itemNode, Phrase(en: "a statement id", nl: "een stelling-id")) else { valid = false; continue }
            if let problem = PlanRules.itemProblem(itemID, dimension: dimension, questionnaire: questionnaire) {
                reader.log.error(problem, at: itemNode.mark)
                valid = false
            } else if items.contains(itemID) {
                reader.log.error(Phrase(en: "the statement '\(itemID)' is listed twice", nl: "de stelling '\(itemID)' staat er twee keer"),
                                 at: itemNode.mark)
                valid = false
            } else {
                items.append(itemID)
            }
        }
        var owner: String?
        if let node = fields["owner"], let value = reader.text(node, .key("owner")) {
            if let problem = ActionOwner.problem(value) {
                reader.log.error(problem, at: node.mark, hint: ActionOwner.hint)
            } else {
                owner = value
            }
        }
        var due: YearMonth?
        if let node = fields["due"], let value = reader.text(node, .key("due")) {
            due = YearMonth(value)
            if due == nil { reader.log.error(YearMonth.problem(value), at: node.mark) }
        }
        var status: ActionStatus?
        if let node = fields["status"], let value = reader.text(node, .key("status")) {
            status = ActionStatus(rawValue: value)
            if status == nil { reader.log.error(ActionStatus.problem(value), at: node.mark) }
        }
        var proposal: String?
        if let node = fields["proposal"], let value = reader.text(node, .key("proposal")) {
            if AgreedAction.isValidID(value) { proposal = value } else {
                reader.log.error(Phrase(en: "'\(value)' is not the id of a proposed action, such as P2",
                                        nl: "'\(value)' is geen id van een voorgestelde actie, zoals P2"), at: node.mark)
                valid = false
            }
        }
        var notes: [ActionNote] = []
        for noteNode in reader.list(fields["notes"], .key("notes"), allowEmpty: true) ?? [] {
            guard let noteFields = reader.fields(noteNode, of: Phrase(en: "a note", nl: "een notitie"), required: ["date", "text"]) else {
                valid = false
                continue
            }
            let date = reader.text(noteFields["date"], .key("date"))
            if let date, !ActionNote.isDate(date), let dateNode = noteFields["date"] {
                reader.log.error(ActionNote.dateProblem(date), at: dateNode.mark)
                valid = false
            }
            if let date, let noteText = reader.text(noteFields["text"], .key("text")) {
                notes.append(ActionNote(date: date, text: noteText))
            } else {
                valid = false
            }
        }
        guard valid, let id, let text, let dimension, let owner, let due, let status else { return nil }
        return AgreedAction(id: id, action: text, dimension: dimension.id, items: items, owner: owner, due: due,
                            status: status, notes: notes, proposal: proposal)
    }
}
