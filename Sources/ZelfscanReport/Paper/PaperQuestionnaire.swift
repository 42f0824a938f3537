import ZelfscanCore

/// The questionnaire on paper: one self-contained HTML file to print on A4, for members who
/// prefer pen and paper. The members' pages hold only words: numbered questions, boxes with
/// their labels, and conditions as sentences. The codes that `zelfscan take --answers` reads
/// are on a last page for whoever types the forms in, which starts on a page of its own.
public struct PaperQuestionnaire: Sendable {
    public var questionnaire: Questionnaire
    public var language: Language

    /// A language the questionnaire lacks falls back to its default, so the form never mixes
    /// the tool's words in one language with questions in another.
    public init(questionnaire: Questionnaire, language: Language) {
        self.questionnaire = questionnaire
        self.language = questionnaire.languages.contains(language.rawValue) ? language : Language(code: questionnaire.defaultLanguage)
    }

    /// Question numbers as printed: context first, then the statements, in the order asked.
    var numbers: [String: Int] {
        Dictionary(uniqueKeysWithValues: questionnaire.allAskedItems.enumerated().map { ($1.id, $0 + 1) })
    }

    public func render() -> String {
        let t = PaperText(language: language, group: questionnaire.group)
        let title = e(questionnaire.title.text(language))
        var out = [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(title) — \(e(t.kicker))</title>",
            "<style>", PaperStyle.css, "</style>", "</head>", "<body>",
            "<main class=\"form\">",
            "<header>", "<p class=\"kicker\">\(e(t.kicker)) · \(e(t.versionLine(questionnaire.version)))</p>",
            "<h1>\(title)</h1>", "</header>",
        ]
        out += paragraphs(questionnaire.introduction.text(language))
        out += ["<section class=\"instructions\">", "<h2>\(e(t.instructionHeading))</h2>", "<ol>"]
            + t.instructions(dontKnow: nonSubstantiveLabels).map { "<li>\(e($0))</li>" } + ["</ol>", "</section>"]
        out += ["<section class=\"role\">", "<h2>\(e(t.roleHeading))</h2>", "<p class=\"note\">\(e(t.roleNote))</p>", "<ul class=\"boxes\">"]
        out += questionnaire.roles.map { box($0.label.text(language)) }
        out += ["</ul>", "</section>"]
        let numbers = self.numbers
        let conditions = PaperCondition(questionnaire: questionnaire, numbers: numbers, language: language)
        if let context = questionnaire.context {
            out += ["<section class=\"part\">", "<h2>\(e(context.title.text(language)))</h2>"]
            for item in context.items {
                out += contextItem(item, number: numbers[item.id] ?? 0, conditions: conditions, t: t)
            }
            out.append("</section>")
        }
        for dimension in questionnaire.dimensions {
            out += ["<section class=\"part\">", "<h2>\(e(dimension.title.text(language)))</h2>"]
            if let description = dimension.description { out.append("<p class=\"note\">\(e(description.text(language)))</p>") }
            for item in dimension.items {
                guard let scale = questionnaire.scale(item.scale) else { continue }
                out += scoredItem(item, scale: scale, number: numbers[item.id] ?? 0, conditions: conditions)
            }
            out += ["<div class=\"question comment\">", "<p class=\"text\">\(e(t.commentHeading))</p>",
                    "<p class=\"note\">\(e(t.commentNote))</p>", "<div class=\"write tall\"></div>", "</div>", "</section>"]
        }
        if let knowledge = questionnaire.knowledge, !knowledge.items.isEmpty {
            // The right option is not marked: members answer from what they know.
            out += ["<section class=\"part\">", "<h2>\(e(knowledge.title.text(language)))</h2>", "<p class=\"note\">\(e(t.knowledgeNote))</p>"]
            for item in knowledge.items {
                out += contextItem(item.question, number: numbers[item.id] ?? 0, conditions: conditions, t: t)
            }
            out.append("</section>")
        }
        out += ["<section class=\"privacy\">", "<h2>\(e(t.privacyHeading))</h2>"] + paragraphs(questionnaire.privacy.text(language))
        out += ["<p><strong>\(e(t.end))</strong></p>", "</section>", "</main>"]
        // Outside the members' pages but inside a landmark, so assistive technology can reach it.
        out += ["<aside aria-label=\"\(e(t.typistHeading))\">"] + typistPage(numbers: numbers, t: t) + ["</aside>"]
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The page for whoever types forms in: steps, the example answer file and every code.
    private func typistPage(numbers: [String: Int], t: PaperText) -> [String] {
        let sheet = PaperAnswerSheet(questionnaire: questionnaire, language: language)
        let columns = t.keyColumns
        var out = ["<section class=\"typist\">", "<h2>\(e(t.typistHeading))</h2>", "<p class=\"note\">\(e(t.typistNote))</p>", "<ol>"]
        out += t.typistSteps(id: questionnaire.id, version: questionnaire.version).map { "<li>\(e($0))</li>" }
        out += ["</ol>", "<h3>\(e(t.exampleHeading))</h3>", "<pre>\(e(sheet.example))</pre>", "<h3>\(e(t.keyHeading))</h3>", "<table>",
                "<thead><tr><th scope=\"col\">\(e(columns.question))</th><th scope=\"col\">\(e(columns.code))</th><th scope=\"col\">\(e(columns.boxes))</th></tr></thead>", "<tbody>"]
        out += sheet.keyRows(numbers: numbers, t: t).map { row in
            "<tr><th scope=\"row\">\(e(row.question))</th><td><code>\(e(row.id))</code></td><td>\(e(row.boxes))</td></tr>"
        }
        out += ["</tbody>", "</table>", "</section>"]
        return out
    }

    /// The distinct words of the scales' non-substantive boxes, in the order first met.
    private var nonSubstantiveLabels: [String] {
        var seen: [String] = []
        for scale in questionnaire.scales {
            for missing in scale.missing where !seen.contains(missing.label.text(language)) {
                seen.append(missing.label.text(language))
            }
        }
        return seen
    }

    private func e(_ text: String) -> String { HTMLEscape.text(text) }

    private func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }.map { "<p>\(e($0))</p>" }
    }

    private func heading(_ number: Int, _ text: String) -> String {
        "<p class=\"text\"><span class=\"number\">\(number).</span> \(e(text))</p>"
    }

    private func box(_ label: String) -> String {
        "<li><span class=\"box\" aria-hidden=\"true\"></span>\(e(label))</li>"
    }

    private func condition(_ condition: Condition?, conditions: PaperCondition) -> [String] {
        condition.map { ["<p class=\"condition\">\(e(conditions.sentence($0)))</p>"] } ?? []
    }

    private func scoredItem(_ item: Item, scale: Scale, number: Int, conditions: PaperCondition) -> [String] {
        var out = ["<div class=\"question\">", heading(number, item.text.text(language))]
        out += condition(item.showIf, conditions: conditions)
        if let help = item.help { out.append("<p class=\"help\">\(e(help.text(language)))</p>") }
        out.append("<ul class=\"boxes scale\">")
        out += scale.options.map { box($0.label.text(language)) }
        out += scale.missing.map { box($0.label.text(language)) }
        out += ["</ul>", "</div>"]
        return out
    }

    private func contextItem(_ item: ContextItem, number: Int, conditions: PaperCondition, t: PaperText) -> [String] {
        var out = ["<div class=\"question\">", heading(number, item.text.text(language))]
        // A fact answered once by one role reads as a condition on that role, with what shows it.
        let only = [item.fact.flatMap { $0.others == nil ? Condition.role([$0.role]) : nil }, item.showIf].compactMap { $0 }
        out += condition(only.count > 1 ? .all(only) : only.first, conditions: conditions)
        if let help = item.help { out.append("<p class=\"help\">\(e(help.text(language)))</p>") }
        if let evidence = item.fact?.evidence { out.append("<p class=\"help\">\(e(evidence.text(language)))</p>") }
        switch item.kind {
        case .single, .multiple:
            out.append("<p class=\"note\">\(e(item.kind == .multiple ? t.chooseMany : t.chooseOne))</p>")
            out.append("<ul class=\"boxes\">")
            out += item.options.map { option in
                box(option.label.text(language) + (option.exclusive ? " (\(t.exclusive))" : ""))
            }
        case .number:
            let bound = { (value: Double?) in value.map { language.number($0) } }
            out.append("<p>\(e(t.number(item.unit?.text(language), minimum: bound(item.minimum), maximum: bound(item.maximum)))) <span class=\"write short\"></span></p>")
            out.append("<ul class=\"boxes\">")
        case .text:
            out.append("<p>\(e(t.freeText))</p><div class=\"write tall\"></div>")
            out.append("<ul class=\"boxes\">")
        }
        out += item.missing.map { box($0.label.text(language)) }
        out += ["</ul>", "</div>"]
        return out
    }
}
