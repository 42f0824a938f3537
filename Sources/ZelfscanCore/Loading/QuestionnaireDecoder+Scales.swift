import YAML

/// Scales, "don't know" options, norm bands, role groups and roles.
extension QuestionnaireDecoder {
    mutating func decodeScales(_ node: Node?) -> [Scale] {
        guard let node else { return [] }
        guard let pairs = node.mapping, !pairs.isEmpty else {
            reader.log.error(Phrase(en: "'scales' must map scale ids to scales, such as 'agree5: {options: [...]}'",
                                    nl: "'scales' moet schaal-id's aan schalen koppelen, zoals 'agree5: {options: [...]}'"), at: node.mark)
            return []
        }
        var result: [Scale] = []
        for pair in pairs {
            guard let id = reader.identifier(pair.key, Phrase(en: "the scale id", nl: "de schaal-id")) else { continue }
            let scale = Phrase.named(en: "scale", nl: "schaal", id)
            guard let fields = reader.fields(pair.value, of: scale, required: ["options"], optional: ["title", "missing"]) else { continue }
            let title = reader.localized(fields["title"], .key("title", of: scale))
            var options: [Scale.Option] = []
            var values: [Double: Mark] = [:]
            let list = reader.list(fields["options"], .key("options", of: scale)) ?? []
            if list.count == 1 {
                reader.log.error(Phrase(en: "\(scale.en) has one option; a scale needs at least two",
                                        nl: "\(scale.nl) heeft één optie; een schaal heeft er minstens twee nodig"), at: fields["options"]!.mark)
            }
            for optionNode in list {
                guard let option = reader.fields(optionNode, of: Phrase(en: "an option of \(scale.en)", nl: "een optie van \(scale.nl)"), required: ["value", "label"]),
                      let value = reader.number(option["value"], Phrase(en: "'value' of an option of \(scale.en)", nl: "'value' van een optie van \(scale.nl)"))
                else { continue }
                let shown = NumberText.format(value)
                if let first = values[value] {
                    reader.log.error(Phrase(en: "\(scale.en) has the value \(shown) twice; it is already used at line \(first.line)",
                                            nl: "\(scale.nl) heeft de waarde \(shown) twee keer; die staat al op regel \(first.line)"),
                                     at: option["value"]!.mark,
                                     notes: [Diagnostic.Note(line: first.line, column: first.column,
                                                             Phrase(en: "first use of the value \(shown)", nl: "eerste gebruik van de waarde \(shown)"))])
                }
                values[value] = option["value"]!.mark
                // An option whose label is broken (reported, so the file is invalid) is kept, so that
                // conditions comparing with its value are not reported a second time.
                let label = reader.localized(option["label"], Phrase(en: "the label of value \(shown) in \(scale.en)", nl: "het label van waarde \(shown) in \(scale.nl)"))
                options.append(Scale.Option(value: value, label: label ?? LocalizedText([:])))
            }
            let missing = decodeMissing(fields["missing"], owner: scale, taken: [])
            result.append(Scale(id: id, title: title, options: options, missing: missing))
        }
        return result
    }

    mutating func decodeMissing(_ node: Node?, owner: Phrase, taken: [String]) -> [MissingOption] {
        guard let node, let list = reader.list(node, .key("missing", of: owner)) else { return [] }
        var result: [MissingOption] = []
        var seen: [String: Mark] = [:]
        let what = Phrase(en: "a missing option of \(owner.en)", nl: "een ontbrekend-optie van \(owner.nl)")
        for entry in list {
            guard let fields = reader.fields(entry, of: what, required: ["code", "label"], optional: ["kind"]),
                  let code = reader.identifier(fields["code"], .key("code", of: what)) else { continue }
            reader.unique(code, at: fields["code"]!.mark, in: &seen, Phrase(en: "code", nl: "code"))
            if taken.contains(code) {
                reader.log.error(Phrase(en: "the missing code '\(code)' of \(owner.en) is also an option code; 'don't know' must differ from the answers",
                                        nl: "de ontbrekend-code '\(code)' van \(owner.nl) is ook een optiecode; 'weet ik niet' moet verschillen van de antwoorden"),
                                 at: fields["code"]!.mark)
            }
            // Kept with a broken label (reported), like scale options.
            let label = reader.localized(fields["label"], Phrase(en: "the label of '\(code)' in \(owner.en)", nl: "het label van '\(code)' in \(owner.nl)"))
            var kind = MissingOption.Kind.dontKnow
            if let kindNode = fields["kind"] {
                formatTwoKeys.append(("kind", kindNode.mark))
                if let text = reader.text(kindNode, .key("kind", of: .named(en: "missing code", nl: "ontbrekend-code", code))) {
                    if let known = MissingOption.Kind(rawValue: text) {
                        kind = known
                    } else {
                        let hint = Suggestion.hint(for: text, among: MissingOption.Kind.allCases.map(\.rawValue), plural: Phrase(en: "kinds", nl: "soorten"))
                        reader.log.error(Phrase(en: "the missing code '\(code)' of \(owner.en) has the unknown kind '\(text)'; \(hint.en)",
                                                nl: "de ontbrekend-code '\(code)' van \(owner.nl) heeft de onbekende soort '\(text)'; \(hint.nl)"),
                                         at: kindNode.mark,
                                         hint: Phrase(en: "'not-applicable' is not a knowledge gap and never counts as \"don't know\"",
                                                      nl: "'not-applicable' is geen kennislacune en telt nooit als \"weet ik niet\""))
                    }
                }
            }
            result.append(MissingOption(code: code, label: label ?? LocalizedText([:]), kind: kind))
        }
        return result
    }

    mutating func decodeBands(_ node: Node?) -> [Band] {
        var entries: [(band: Band, mark: Mark)] = []
        var seen: [String: Mark] = [:]
        // Coverage is only judged on a complete set of bounds: a band that could not be read would
        // otherwise show up as a false gap.
        var complete = true
        for entry in reader.list(node, .key("bands")) ?? [] {
            guard let fields = reader.fields(entry, of: Phrase(en: "a band", nl: "een band"), required: ["from", "to", "code", "label"]),
                  let code = reader.identifier(fields["code"], Phrase(en: "the band 'code'", nl: "de 'code' van de band")) else {
                complete = false
                continue
            }
            let band = Phrase.named(en: "band", nl: "band", code)
            reader.unique(code, at: fields["code"]!.mark, in: &seen, Phrase(en: "band code", nl: "bandcode"))
            let from = reader.number(fields["from"], .key("from", of: band))
            let to = reader.number(fields["to"], .key("to", of: band))
            let label = reader.localized(fields["label"], .part(en: "label", nl: "label", of: band))
            for (key, value) in [("from", from), ("to", to)] {
                if let value, value < 0 || value > 100, let mark = fields[key]?.mark {
                    let shown = NumberText.format(value)
                    reader.log.error(Phrase(en: "'\(key)' of \(band.en) is \(shown); bands lie on the 0–100 scale",
                                            nl: "'\(key)' van \(band.nl) is \(shown); banden liggen op de schaal van 0 tot 100"), at: mark)
                }
            }
            bandCodes.append(code)
            guard let from, let to else {
                complete = false
                continue
            }
            // Kept with a broken label (reported), like scale options.
            entries.append((Band(from: from, to: to, code: code, label: label ?? LocalizedText([:])), entry.mark))
        }
        if complete {
            BandCoverage.check(entries, log: &reader.log)
        }
        return entries.map(\.band)
    }

    mutating func decodeRoleGroups(_ node: Node?) -> [RoleGroup] {
        var result: [RoleGroup] = []
        var seen: [String: Mark] = [:]
        for entry in reader.list(node, .key("role_groups")) ?? [] {
            guard let fields = reader.fields(entry, of: Phrase(en: "a role group", nl: "een rolgroep"), required: ["id", "label"]),
                  let id = reader.identifier(fields["id"], Phrase(en: "the role group 'id'", nl: "de 'id' van de rolgroep")) else { continue }
            reader.unique(id, at: fields["id"]!.mark, in: &seen, Phrase(en: "role group", nl: "rolgroep"))
            roleGroupIDs.append(id)
            if let label = reader.localized(fields["label"], .part(en: "label", nl: "label", of: .named(en: "role group", nl: "rolgroep", id))) {
                result.append(RoleGroup(id: id, label: label))
            }
        }
        return result
    }

    mutating func decodeRoles(_ node: Node?) -> [Role] {
        var result: [Role] = []
        var seen: [String: Mark] = [:]
        for entry in reader.list(node, .key("roles")) ?? [] {
            guard let fields = reader.fields(entry, of: Phrase(en: "a role", nl: "een rol"), required: ["id", "group", "label"]),
                  let id = reader.identifier(fields["id"], Phrase(en: "the role 'id'", nl: "de 'id' van de rol")) else { continue }
            let role = Phrase.named(en: "role", nl: "rol", id)
            reader.unique(id, at: fields["id"]!.mark, in: &seen, Phrase(en: "role", nl: "rol"))
            roleIDs.append(id)
            let label = reader.localized(fields["label"], .part(en: "label", nl: "label", of: role))
            guard let group = reader.identifier(fields["group"], .part(en: "group", nl: "groep", of: role)) else { continue }
            if !roleGroupIDs.contains(group) {
                let hint = Suggestion.hint(for: group, among: roleGroupIDs, plural: Phrase(en: "role groups", nl: "rolgroepen"))
                reader.log.error(Phrase(en: "\(role.en) is in the unknown role group '\(group)'; \(hint.en)",
                                        nl: "\(role.nl) zit in de onbekende rolgroep '\(group)'; \(hint.nl)"), at: fields["group"]!.mark)
            }
            if let label { result.append(Role(id: id, group: group, label: label)) }
        }
        return result
    }
}
