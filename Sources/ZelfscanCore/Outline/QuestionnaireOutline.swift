/// The outline `zelfscan show` prints: the questionnaire's structure at a glance, for authors and
/// coaches checking what will be asked.
public struct QuestionnaireOutline: Sendable {
    public let questionnaire: Questionnaire
    public let language: Language

    public init(questionnaire: Questionnaire, language: Language) {
        self.questionnaire = questionnaire
        self.language = language
    }

    public func render() -> String {
        let q = questionnaire
        let ui = UIText(language: language)
        var out: [String] = []
        out.append("\(q.title.text(language))")
        out.append("id \(q.id), \(ui[.version]) \(q.version), \(ui[.languages]): \(q.languages.joined(separator: ", "))")
        out.append("")
        out.append(ui[.scales])
        for scale in q.scales {
            let options = scale.options.map { "\(language.number($0.value)) \($0.label.text(language))" }.joined(separator: " · ")
            out.append("  \(scale.id): \(options)")
            for missing in scale.missing {
                out.append("    \(missing.code) \(missing.label.text(language)) (\(ui[.missing]))")
            }
        }
        out.append("")
        out.append(ui[.bands])
        out.append("  " + q.bands.map { "\(language.number($0.from))–\(language.number($0.to)) \($0.label.text(language)) (\($0.code))" }.joined(separator: " · "))
        out.append("")
        out.append(ui[.roles])
        for role in q.roles {
            let group = q.roleGroups.first { $0.id == role.group }?.label.text(language) ?? role.group
            out.append("  \(role.id): \(role.label.text(language)) — \(ui[.roleGroup]) \(group)")
        }
        if let context = q.context {
            out.append("")
            out.append("\(ui[.context]): \(context.title.text(language))")
            for item in context.items {
                out.append(contentsOf: contextLines(item, ui: ui))
            }
        }
        for (index, dimension) in q.dimensions.enumerated() {
            out.append("")
            out.append("\(ui[.dimension]) \(index + 1): \(dimension.title.text(language)) (\(dimension.id)) — \(dimension.items.count) \(ui[.items]), \(ui[.minCoverage]) \(language.number(dimension.minCoverage))")
            for item in dimension.items {
                var tags = [item.scale]
                if item.reverse { tags.append(ui[.reverse]) }
                if item.weight != 1 { tags.append("\(ui[.weight]) \(language.number(item.weight))") }
                if item.help != nil { tags.append(ui[.help]) }
                out.append("  \(item.id) [\(tags.joined(separator: ", "))]")
                out.append("    \(item.text.text(language))")
                if let condition = item.showIf {
                    out.append("    \(ui[.showIf]): \(ConditionText.describe(condition))")
                }
            }
            let adviceCounts = q.bands.map { "\($0.code) \(dimension.advice[$0.code]?.count ?? 0)" }.joined(separator: ", ")
            out.append("  \(ui[.advice]): \(adviceCounts)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func contextLines(_ item: ContextItem, ui: UIText) -> [String] {
        let kind: String
        switch item.kind {
        case .single: kind = ui[.single]
        case .multiple: kind = ui[.multiple]
        case .number: kind = ui[.number]
        case .text: kind = ui[.text]
        }
        var lines = ["  \(item.id) [\(kind)]", "    \(item.text.text(language))"]
        let found = item.benchmark.flatMap { questionnaire.figure($0) }
        if let reference = item.benchmark, let found {
            let label = found.set.synthetic ? " — \(ui[.synthetic])" : ""
            let n = found.figure.n.map { ", n = \($0)" } ?? ""
            lines.append("    \(ui[.benchmark]): \(reference) (\(found.set.source.publisher) \(found.set.source.year), \(found.figure.table)\(n))\(label)")
        }
        // Options one per line with their label and, where the source has one, the reference figure.
        for option in item.options {
            var line = "      \(option.code) — \(option.label.text(language))"
            if option.exclusive { line += " (\(ui[.exclusive]))" }
            if let found, let value = found.figure.values.first(where: { $0.category == option.code }) {
                line += " [\(value.approximate ? "≈" : "")\(language.number(value.percent))%]"
            }
            lines.append(line)
        }
        for missing in item.missing {
            lines.append("      \(missing.code) — \(missing.label.text(language)) (\(ui[.missing]))")
        }
        if item.kind == .number, item.minimum != nil || item.maximum != nil {
            let low = item.minimum.map(language.number) ?? "…"
            let high = item.maximum.map(language.number) ?? "…"
            lines.append("    \(ui[.range]) \(low)–\(high)\(item.unit.map { " \($0.text(language))" } ?? "")")
        }
        if let condition = item.showIf {
            lines.append("    \(ui[.showIf]): \(ConditionText.describe(condition))")
        }
        return lines
    }
}

/// A condition written back in the questionnaire's own notation, for outlines and messages.
public enum ConditionText {
    public static func describe(_ condition: Condition) -> String {
        switch condition {
        case .equals(let item, let value): return "\(item) = \(value)"
        case .oneOf(let item, let values): return "\(item) in [\(values.map(\.description).joined(separator: ", "))]"
        case .noneOf(let item, let values): return "\(item) not in [\(values.map(\.description).joined(separator: ", "))]"
        case .answered(let item, let answered): return answered ? "\(item) answered" : "\(item) not answered"
        case .range(let item, let low, let high):
            return [low.map { "\(item) ≥ \(NumberText.format($0))" }, high.map { "\(item) ≤ \(NumberText.format($0))" }]
                .compactMap { $0 }.joined(separator: " and ")
        case .role(let roles): return "role in [\(roles.joined(separator: ", "))]"
        case .roleGroup(let groups): return "role group in [\(groups.joined(separator: ", "))]"
        case .all(let conditions): return "(" + conditions.map(describe).joined(separator: " and ") + ")"
        case .any(let conditions): return "(" + conditions.map(describe).joined(separator: " or ") + ")"
        case .not(let inner): return "not " + describe(inner)
        }
    }
}
