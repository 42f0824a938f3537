import YAML

/// The keys format 2 adds: continuity with an earlier version, facts answered by one role, and
/// the knowledge check.
extension QuestionnaireDecoder {
    enum ContinuedKind {
        case item
        case dimension
    }

    /// The top-level `continues: {version: "…"}`.
    mutating func decodeContinues(_ node: Node, version: String?) -> String? {
        formatTwoKeys.append(("continues", node.mark))
        guard let fields = reader.fields(node, of: .key("continues"), required: ["version"]),
              let earlier = reader.text(fields["version"], .key("version", of: .key("continues"))) else { return nil }
        if earlier == version {
            reader.log.error(Phrase(en: "the questionnaire continues its own version '\(earlier)'; 'continues' names the earlier version it revises",
                                    nl: "de vragenlijst zet haar eigen versie '\(earlier)' voort; 'continues' noemt de vroegere versie die ze herziet"),
                             at: fields["version"]!.mark)
            return nil
        }
        return earlier
    }

    /// `continues: <earlier id>` on an item or a dimension.
    mutating func decodeContinuedID(_ node: Node, what: Phrase, kind: ContinuedKind) -> String? {
        formatTwoKeys.append(("continues", node.mark))
        guard let id = reader.identifier(node, .key("continues", of: what)) else { return nil }
        guard earlierVersion != nil else {
            reader.log.error(Phrase(en: "\(what.en) continues '\(id)', but the questionnaire does not say which version it continues",
                                    nl: "\(what.nl) zet '\(id)' voort, maar de vragenlijst zegt niet welke versie ze voortzet"),
                             at: node.mark,
                             hint: Phrase(en: "add 'continues: {version: \"…\"}' at the top, with the earlier version",
                                          nl: "voeg bovenaan 'continues: {version: \"…\"}' toe, met de vroegere versie"))
            return nil
        }
        let noun = kind == .item ? Phrase(en: "item", nl: "item") : Phrase(en: "dimension", nl: "dimensie")
        if kind == .item {
            reader.unique(id, at: node.mark, in: &continuedItems, Phrase(en: "continued \(noun.en)", nl: "voortgezet \(noun.nl)"))
        } else {
            reader.unique(id, at: node.mark, in: &continuedDimensions, Phrase(en: "continued \(noun.en)", nl: "voortgezette \(noun.nl)"))
        }
        return id
    }

    /// `answered_by`, `evidence` and `others` of a context or knowledge item, or of its module
    /// (`inherited`), as a fact role; nil for a question every member answers as their own.
    mutating func decodeFact(_ fields: Fields, what: Phrase, inherited: FactRole?) -> FactRole? {
        for key in ["answered_by", "evidence", "others"] {
            if let node = fields[key] { formatTwoKeys.append((key, node.mark)) }
        }
        var fact = inherited
        if let node = fields["answered_by"], let role = checkedRole(node, what: what) {
            fact = FactRole(role: role, evidence: inherited?.evidence, others: inherited?.others)
        }
        // A broken `answered_by` is reported already; its companions are not wrong on top of it.
        for key in ["evidence", "others"] where fact == nil && !fields.has("answered_by") && fields.has(key) {
            reader.log.error(Phrase(en: "'\(key)' of \(what.en) only applies to a fact with 'answered_by'",
                                    nl: "'\(key)' van \(what.nl) geldt alleen voor een feit met 'answered_by'"),
                             at: fields[key]!.mark,
                             hint: Phrase(en: "add 'answered_by: ROLE' with the role that answers the fact for the group",
                                          nl: "voeg 'answered_by: ROL' toe met de rol die het feit voor de groep beantwoordt"))
        }
        guard var fact else { return nil }
        if let node = fields["evidence"] {
            fact.evidence = reader.localized(node, .key("evidence", of: what))
        }
        if let node = fields["others"], let text = reader.text(node, .key("others", of: what)) {
            if let others = FactRole.Others(rawValue: text) {
                fact.others = others
            } else {
                let hint = Suggestion.hint(for: text, among: FactRole.Others.allCases.map(\.rawValue), plural: Phrase(en: "values", nl: "waarden"))
                reader.log.error(Phrase(en: "'others' of \(what.en) is '\(text)'; \(hint.en)",
                                        nl: "'others' van \(what.nl) is '\(text)'; \(hint.nl)"), at: node.mark,
                                 hint: Phrase(en: "'others: knowledge' also asks the other members, to measure how well the group knows the fact; leave it out to ask only the role",
                                              nl: "'others: knowledge' vraagt het ook aan de andere leden, om te meten hoe goed de groep het feit kent; laat het weg om het alleen de rol te vragen"))
            }
        }
        return fact
    }

    /// `answered_by` on a module: the default for its items.
    mutating func decodeModuleFact(_ fields: Fields, what: Phrase) -> FactRole? {
        guard let node = fields["answered_by"] else { return nil }
        formatTwoKeys.append(("answered_by", node.mark))
        return checkedRole(node, what: what).map { FactRole(role: $0) }
    }

    private mutating func checkedRole(_ node: Node, what: Phrase) -> String? {
        guard let role = reader.identifier(node, .key("answered_by", of: what)) else { return nil }
        guard roleIDs.contains(role) else {
            let hint = Suggestion.hint(for: role, among: roleIDs, plural: Phrase(en: "roles", nl: "rollen"))
            reader.log.error(Phrase(en: "\(what.en) is answered by the unknown role '\(role)'; \(hint.en)",
                                    nl: "\(what.nl) wordt beantwoord door de onbekende rol '\(role)'; \(hint.nl)"), at: node.mark)
            return nil
        }
        return role
    }

    /// The top-level `knowledge:` module: single-choice questions, each with its right option.
    mutating func decodeKnowledge(_ node: Node) -> KnowledgeModule? {
        formatTwoKeys.append(("knowledge", node.mark))
        let module = Phrase.key("knowledge")
        guard let fields = reader.fields(node, of: module, required: ["title", "items"], optional: ["answered_by"]) else { return nil }
        let title = reader.localized(fields["title"], .key("title", of: module))
        let inherited = decodeModuleFact(fields, what: module)
        var items: [KnowledgeItem] = []
        for entry in reader.list(fields["items"], .key("items", of: module)) ?? [] {
            guard let (question, itemFields) = decodeContextItem(entry, inherited: inherited, extraKeys: ["correct", "explanation"]) else { continue }
            let what = Phrase.named(en: "knowledge item", nl: "kennisvraag", question.id)
            guard question.kind == .single else {
                reader.log.error(Phrase(en: "\(what.en) is a '\(question.kind.rawValue)' question; a knowledge question is 'single', with one right option",
                                        nl: "\(what.nl) is een '\(question.kind.rawValue)'-vraag; een kennisvraag is 'single', met één juiste optie"),
                                 at: itemFields["type"]?.mark ?? entry.mark)
                continue
            }
            guard let correctNode = itemFields["correct"] else {
                reader.log.error(Phrase(en: "\(what.en) is missing the required key 'correct', the option code that is right",
                                        nl: "\(what.nl) mist de verplichte sleutel 'correct', de optiecode die juist is"), at: entry.mark)
                continue
            }
            guard let correct = reader.identifier(correctNode, .key("correct", of: what)) else { continue }
            let codes = question.options.map(\.code)
            guard codes.contains(correct) else {
                let hint = Suggestion.hint(for: correct, among: codes, plural: Phrase(en: "option codes", nl: "optiecodes"))
                reader.log.error(Phrase(en: "'correct' of \(what.en) is '\(correct)', which is not one of its options; \(hint.en)",
                                        nl: "'correct' van \(what.nl) is '\(correct)', wat geen van zijn opties is; \(hint.nl)"), at: correctNode.mark)
                continue
            }
            let explanation = reader.localized(itemFields["explanation"], .key("explanation", of: what))
            items.append(KnowledgeItem(question: question, correct: correct, explanation: explanation))
        }
        guard let title else { return nil }
        return KnowledgeModule(title: title, items: items)
    }
}
