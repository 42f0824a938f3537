import ZelfscanCore

/// The questionnaire on paper: one self-contained HTML file to print on A4, for members who
/// prefer pen and paper. Every question and box carries the id and value that
/// `zelfscan take --answers` expects, so typing a form in needs no lookup.
public struct PaperQuestionnaire: Sendable {
    public var questionnaire: Questionnaire
    public var language: Language

    public init(questionnaire: Questionnaire, language: Language) {
        self.questionnaire = questionnaire
        self.language = questionnaire.languages.contains(language.rawValue) ? language : Language(code: questionnaire.defaultLanguage)
    }

    public func render() -> String {
        let t = PaperText(language: language)
        var out = [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(e(questionnaire.title.text(language))) — \(e(t.kicker))</title>",
            "<style>", PaperStyle.css, "</style>", "</head>", "<body>",
            "<header>", "<p class=\"kicker\">\(e(t.kicker)) · \(e(t.versionLine(questionnaire.id, questionnaire.version)))</p>",
            "<h1>\(e(questionnaire.title.text(language)))</h1>", "</header>", "<main>",
        ]
        out += paragraphs(questionnaire.introduction.text(language))
        out += ["<section class=\"instructions\">", "<h2>\(e(t.instructionHeading))</h2>", "<ol>"]
            + t.instructions.map { "<li>\(e($0))</li>" } + ["</ol>"]
        out += ["<p class=\"id\">\(e(t.sheetExampleHeading)):</p>", "<pre>role: police\nanswers:\n  context.level: municipal\n  trust.safe-to-share: 4\n  trust.withholding: dk</pre>", "</section>"]
        out += ["<section class=\"role\">", "<h2>\(e(t.roleHeading)) <span class=\"id\">role</span></h2>", "<p class=\"note\">\(e(t.roleNote))</p>", "<ul class=\"boxes\">"]
        out += questionnaire.roles.map { box($0.label.text(language), code: $0.id) }
        out += ["</ul>", "</section>"]
        var number = 0
        if let context = questionnaire.context {
            out += ["<section class=\"part\">", "<h2>\(e(context.title.text(language)))</h2>"]
            for item in context.items {
                number += 1
                out += contextItem(item, number: number, t: t)
            }
            out.append("</section>")
        }
        for dimension in questionnaire.dimensions {
            out += ["<section class=\"part\">", "<h2>\(e(dimension.title.text(language)))</h2>"]
            if let description = dimension.description { out.append("<p class=\"note\">\(e(description.text(language)))</p>") }
            for item in dimension.items {
                number += 1
                guard let scale = questionnaire.scale(item.scale) else { continue }
                out += scoredItem(item, scale: scale, number: number, t: t)
            }
            out += ["<div class=\"question comment\">", "<p class=\"text\">\(e(t.commentHeading)) <span class=\"id\">comments: \(e(dimension.id))</span></p>",
                    "<p class=\"note\">\(e(t.commentNote))</p>", "<div class=\"write tall\"></div>", "</div>", "</section>"]
        }
        out += ["<section class=\"privacy\">", "<h2>\(e(t.privacyHeading))</h2>"] + paragraphs(questionnaire.privacy.text(language))
        out += ["<p><strong>\(e(t.end))</strong></p>", "</section>", "</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func e(_ text: String) -> String { HTMLEscape.text(text) }

    private func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }.map { "<p>\(e($0))</p>" }
    }

    private func heading(_ number: Int, _ text: String, id: String) -> String {
        "<p class=\"text\"><span class=\"number\">\(number).</span> \(e(text)) <span class=\"id\">\(e(id))</span></p>"
    }

    private func box(_ label: String, code: String) -> String {
        "<li><span class=\"box\" aria-hidden=\"true\"></span>\(e(label)) <span class=\"id\">\(e(code))</span></li>"
    }

    /// A scale option: the value above the label, so in a row of boxes no value seems to belong
    /// to the next box.
    private func scaleBox(_ label: String, code: String) -> String {
        "<li><span class=\"box\" aria-hidden=\"true\"></span><span><span class=\"id\">\(e(code))</span><br>\(e(label))</span></li>"
    }

    private func condition(_ condition: Condition?, t: PaperText) -> [String] {
        condition.map { ["<p class=\"condition\">\(e(t.onlyIf(ConditionText.describe($0))))</p>"] } ?? []
    }

    private func scoredItem(_ item: Item, scale: Scale, number: Int, t: PaperText) -> [String] {
        var out = ["<div class=\"question\">", heading(number, item.text.text(language), id: item.id)]
        out += condition(item.showIf, t: t)
        if let help = item.help { out.append("<p class=\"help\">\(e(help.text(language)))</p>") }
        out.append("<ul class=\"boxes scale\">")
        out += scale.options.map { scaleBox($0.label.text(language), code: NumberText.format($0.value)) }
        out += scale.missing.map { scaleBox($0.label.text(language), code: $0.code) }
        out += ["</ul>", "</div>"]
        return out
    }

    private func contextItem(_ item: ContextItem, number: Int, t: PaperText) -> [String] {
        var out = ["<div class=\"question\">", heading(number, item.text.text(language), id: item.id)]
        out += condition(item.showIf, t: t)
        if let help = item.help { out.append("<p class=\"help\">\(e(help.text(language)))</p>") }
        switch item.kind {
        case .single, .multiple:
            out.append("<p class=\"note\">\(e(item.kind == .multiple ? t.chooseMany : t.chooseOne))</p>")
            out.append("<ul class=\"boxes\">")
            out += item.options.map { option in
                box(option.label.text(language) + (option.exclusive ? " (\(t.exclusive))" : ""), code: option.code)
            }
        case .number:
            out.append("<p>\(e(t.number(item.unit?.text(language), minimum: item.minimum.map(language.number), maximum: item.maximum.map(language.number)))) <span class=\"write short\"></span></p>")
            out.append("<ul class=\"boxes\">")
        case .text:
            out.append("<p>\(e(t.freeText))</p><div class=\"write tall\"></div>")
            out.append("<ul class=\"boxes\">")
        }
        out += item.missing.map { box($0.label.text(language), code: $0.code) }
        out += ["</ul>", "</div>"]
        return out
    }
}
