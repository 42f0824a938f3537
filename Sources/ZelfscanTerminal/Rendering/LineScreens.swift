import ZelfscanCore

/// What line mode prints for each screen: plain text, no escape codes, one thing per line, so a
/// screen reader reads it in order and a script can follow it.
public struct LineScreens {
    public let text: TakeText

    public init(language: Language) {
        self.text = TakeText(language: language)
    }

    /// The block for the session's current screen, ending in its prompt (no newline after it).
    /// A notice comes first, so an invalid answer is followed by the question again.
    public func screen(_ session: TakeSession) -> String {
        var lines: [String] = [""]
        if let notice = session.notice { lines.append(text.notice(notice)) }
        switch session.screen {
        case .introduction:
            lines.append(session.questionnaire.title.text(session.language))
            lines.append("")
            lines.append(session.questionnaire.introduction.text(session.language))
            lines.append("")
            lines.append(text[.privacyHeading])
            lines.append(session.questionnaire.privacy.text(session.language))
            return finish(lines, prompt: text[.introPrompt])
        case .role:
            lines.append(text[.roleTitle])
            lines.append(text[.roleNote])
            for (index, role) in session.roles.enumerated() {
                lines.append("  \(index + 1)  \(role.label.text(session.language))")
            }
            return finish(lines, prompt: text(.rolePrompt, String(session.roles.count)))
        case .question:
            guard let item = session.currentItem else { return "" }
            lines += question(item, in: session)
            return finish(lines, prompt: text(.linePrompt, promptChoices(item)))
        case .review, .confirmSubmit:
            lines += review(session)
            return finish(lines, prompt: text[.reviewPrompt])
        case .comment(let dimension, _):
            lines += commentLines(session, dimension: dimension)
            return finish(lines, prompt: dimension == nil ? text(.commentChoosePrompt, String(session.questionnaire.dimensions.count))
                                                          : text[.commentTextPrompt])
        case .submitted, .quit, .endOfInput:
            return lines.joined(separator: "\n")
        }
    }

    /// The explanation printed for `?`: the item's help, or how the session works.
    public func help(_ session: TakeSession) -> String {
        let body = session.currentItem.map { $0.help ?? text[.noHelp] } ?? text[.generalHelp]
        return "\n" + text[.helpTitle] + ": " + body + "\n"
    }

    private func question(_ item: SessionItem, in session: TakeSession) -> [String] {
        var lines = [item.section]
        if let progress = session.progress {
            let code = session.response.map { " · " + text(.codeLabel, $0.respondent) } ?? ""
            lines.append(text(.question, String(progress.position), String(progress.total)) + code)
        }
        lines.append(item.text)
        if let evidence = item.evidence(for: session.response?.role) { lines.append(text(.evidence, evidence)) }
        switch item.kind {
        case .scale, .single:
            lines += numbered(item.options)
        case .multiple:
            lines.append(text[.multipleHint])
            lines += numbered(item.options)
        case .number:
            lines.append(numberHint(item))
            lines += coded(item.options)
        case .text:
            lines.append(text(.textHint, String(item.maxLength ?? 0)))
            lines += coded(item.options)
        }
        if let answer = session.answer(to: item.id) {
            lines.append(text(.currentAnswer, describe(answer, of: item)))
        }
        return lines
    }

    private func numbered(_ options: [ItemOption]) -> [String] {
        options.enumerated().map { "  \($0.offset + 1)  \($0.element.label)" }
    }

    private func coded(_ options: [ItemOption]) -> [String] {
        options.isEmpty ? [] : [text[.missingHint]] + options.map { "  \($0.code)  \($0.label)" }
    }

    /// "Typ een geheel getal van 0 tot en met 500 (casussen)."
    func numberHint(_ item: SessionItem) -> String {
        var hint = text[item.integer ? .wholeNumberHint : .numberHint]
        switch (item.minimum, item.maximum) {
        case (let minimum?, let maximum?): hint += " " + text(.rangeHint, text.decimal(minimum), text.decimal(maximum))
        case (let minimum?, nil): hint += " " + text(.fromHint, text.decimal(minimum))
        case (nil, let maximum?): hint += " " + text(.upToHint, text.decimal(maximum))
        case (nil, nil): break
        }
        if let unit = item.unit { hint += " (\(unit))" }
        return hint + "."
    }

    /// What the prompt offers: "1-6", "nummers 1-3, bv. 1,3", "een getal of dk".
    private func promptChoices(_ item: SessionItem) -> String {
        let codes = item.options.map(\.code).joined(separator: ", ")
        switch item.kind {
        case .scale, .single: return text(.promptOptions, String(item.options.count))
        case .multiple: return text(.promptSeveral, String(item.options.count))
        case .number: return text[.promptNumber] + (item.options.isEmpty ? "" : text(.orCodes, codes))
        case .text: return text[.promptText] + (item.options.isEmpty ? "" : text(.orCodes, codes))
        }
    }

    /// An answer in words: the option label, the labels chosen, the number or the text.
    func describe(_ answer: Answer, of item: SessionItem) -> String {
        let chosen = item.optionNumbers(of: answer).sorted()
        if !chosen.isEmpty {
            return chosen.map { "\($0) \(item.options[$0 - 1].label)" }.joined(separator: ", ")
        }
        switch answer {
        case .number(let value): return text.decimal(value) + (item.unit.map { " \($0)" } ?? "")
        case .text(let typed): return typed
        default: return ""
        }
    }

    private func review(_ session: TakeSession) -> [String] {
        let shown = session.shownItems.count
        let open = session.unanswered
        var lines = [text[.reviewTitle], text(.reviewCount, String(shown - open.count), String(shown))]
        if open.isEmpty {
            lines.append(text[.reviewAllAnswered])
        } else {
            lines.append(text[.reviewUnanswered])
            for entry in open {
                let mark = entry.skipped ? " (\(text[.skippedMark]))" : ""
                lines.append("  \(entry.number)  \(entry.item.section): \(entry.item.text)\(mark)")
            }
        }
        lines.append(text[.reviewFinal])
        return lines
    }

    /// Choosing a dimension, with the remarks already given; or the chosen one's remark.
    func commentLines(_ session: TakeSession, dimension: Int?) -> [String] {
        let dimensions = session.questionnaire.dimensions
        let comments = session.response?.comments ?? [:]
        guard let dimension, let chosen = dimensions[safe: dimension - 1] else {
            var lines = [text[.commentTitle], text[.commentNote]]
            for (index, item) in dimensions.enumerated() {
                let given = comments[item.id].map { " (\(text[.commentGiven]): \(TextWrap.truncate($0, width: 40)))" } ?? ""
                lines.append("  \(index + 1)  \(item.title.text(session.language))\(given)")
            }
            return lines
        }
        var lines = [text(.commentFor, chosen.title.text(session.language)), text[.commentNote]]
        if let current = comments[chosen.id] { lines.append(text(.commentCurrent, current)) }
        return lines
    }

    private func finish(_ lines: [String], prompt: String) -> String {
        (lines + [prompt]).joined(separator: "\n")
    }
}
