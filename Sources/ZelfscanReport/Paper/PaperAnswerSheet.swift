import ZelfscanCore

/// What whoever types paper forms in needs and members never see: an example answer file made
/// of this questionnaire's own ids, so typing the example in is accepted as it stands, and the
/// code of every question and box in the order the form prints them.
struct PaperAnswerSheet {
    let questionnaire: Questionnaire
    let language: Language

    /// An answer file for the first role: the first context question without a condition, and
    /// two statements without one (the highest box, then a non-substantive box where the scale
    /// has one), the first knowledge question without one, plus a comment on the first dimension.
    var example: String {
        let role = questionnaire.roles.first?.id ?? ""
        var lines = ["role: \(role)", "answers:"]
        if let context = questionnaire.context?.items.first(where: { $0.showIf == nil && $0.kind != .text && ($0.fact?.asks(role) ?? true) }) {
            lines.append("  \(context.id): \(contextAnswer(context))")
        }
        let statements = questionnaire.scoredItems.filter { $0.showIf == nil }.prefix(2)
        for (position, item) in statements.enumerated() {
            guard let scale = questionnaire.scale(item.scale) else { continue }
            if position == 1, let missing = scale.missing.first {
                lines.append("  \(item.id): \(missing.code)")
            } else {
                lines.append("  \(item.id): \(NumberText.format(position == 0 ? scale.maximum : scale.minimum))")
            }
        }
        if let knowledge = questionnaire.knowledge?.items.first(where: { $0.question.showIf == nil && ($0.question.fact?.asks(role) ?? true) }) {
            lines.append("  \(knowledge.id): \(contextAnswer(knowledge.question))")
        }
        if let dimension = questionnaire.dimensions.first {
            lines += ["comments:", "  \(dimension.id): \"…\""]
        }
        return lines.joined(separator: "\n")
    }

    private func contextAnswer(_ item: ContextItem) -> String {
        switch item.kind {
        case .single: return item.options.first?.code ?? ""
        case .multiple: return "[\(item.options.first?.code ?? "")]"
        case .number: return NumberText.format(item.minimum ?? min(0, item.maximum ?? 0))
        case .text: return "\"…\""
        }
    }

    /// One row per question as numbered on the form: the number, the question's code and its
    /// boxes as "words = code" in the order printed.
    func keyRows(numbers: [String: Int], t: PaperText) -> [(question: String, id: String, boxes: String)] {
        var rows = [(t.roleHeading, "role", questionnaire.roles.map { "\($0.label.text(language)) = \($0.id)" }.joined(separator: "; "))]
        for asked in questionnaire.allAskedItems {
            let number = numbers[asked.id].map(String.init) ?? "?"
            switch asked {
            case .scored(_, let scale, _):
                let boxes = scale.options.map { "\($0.label.text(language)) = \(NumberText.format($0.value))" }
                    + scale.missing.map { "\($0.label.text(language)) = \($0.code)" }
                rows.append((number, asked.id, boxes.joined(separator: "; ")))
            case .context(let item):
                var boxes: [String]
                switch item.kind {
                case .single, .multiple: boxes = item.options.map { "\($0.label.text(language)) = \($0.code)" }
                case .number: boxes = [t.keyNumber]
                case .text: boxes = [t.keyText]
                }
                boxes += item.missing.map { "\($0.label.text(language)) = \($0.code)" }
                rows.append((number, asked.id, (item.kind == .multiple ? t.keyList + " " : "") + boxes.joined(separator: "; ")))
            }
        }
        for dimension in questionnaire.dimensions {
            rows.append((t.commentKey(dimension.title.text(language)), "comments: \(dimension.id)", t.keyText))
        }
        return rows
    }
}
