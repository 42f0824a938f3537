import ZelfscanCore

/// Draws the TTY screens: one question per screen, fitted to the terminal's width and height.
///
/// Pure: the same session, size and scroll give the same lines, so the screens are tested
/// without a terminal. Every line is at most `size.columns` wide and a frame has at most
/// `size.rows` lines; what does not fit scrolls, and the highlighted option is always in view.
public struct ScreenRenderer {
    public let size: TerminalSize
    public let useColor: Bool
    public let text: TakeText

    public init(size: TerminalSize, useColor: Bool, language: Language) {
        self.size = TerminalSize(columns: max(size.columns, 20), rows: max(size.rows, 8))
        self.useColor = useColor
        self.text = TakeText(language: language)
    }

    /// A screen split into a fixed top and bottom and a middle that scrolls.
    struct Layout {
        var header: [StyledLine] = []
        var body: [StyledLine] = []
        var footer: [StyledLine] = []
        /// Body lines that must stay visible: the highlighted option.
        var focus: Range<Int>?
    }

    /// The lines of the screen; `scroll` moves the body of long screens (introduction, review).
    public func lines(_ session: TakeSession, scroll: Int = 0) -> [StyledLine] {
        fit(layout(session), scroll: scroll)
    }

    /// The whole frame to write: clear, home, then the lines. No escape codes besides clearing
    /// when `useColor` is false.
    public func frame(_ session: TakeSession, scroll: Int = 0) -> String {
        "\u{1B}[H\u{1B}[2J" + lines(session, scroll: scroll).map { $0.rendered(useColor: useColor) }.joined(separator: "\r\n")
    }

    /// How far the body of this screen can scroll, for clamping the scroll position.
    public func maximumScroll(_ session: TakeSession) -> Int {
        let layout = layout(session)
        let room = trimmed(layout).room
        guard layout.body.count > room else { return 0 }
        return layout.body.count - (room >= 3 ? room - 2 : room)
    }

    private var width: Int { size.columns }

    private func layout(_ session: TakeSession) -> Layout {
        if session.showingHelp { return help(session) }
        switch session.screen {
        case .introduction: return introduction(session)
        case .role(let highlight): return role(session, highlight: highlight)
        case .question(let position): return question(session, position)
        case .review(let input): return review(session, input: input, confirming: false)
        case .comment(let dimension, let input): return comment(session, dimension: dimension, input: input)
        case .confirmSubmit: return review(session, input: "", confirming: true)
        case .submitted, .quit, .endOfInput: return Layout()
        }
    }

    // MARK: - Screens

    private func introduction(_ session: TakeSession) -> Layout {
        var layout = Layout(header: titleLines(session.questionnaire.title.text(session.language), progress: nil))
        layout.body = paragraphs(session.questionnaire.introduction.text(session.language))
        layout.body.append(StyledLine(""))
        layout.body += TextWrap.wrap(text[.privacyHeading], width: width).map { StyledLine($0, .bold) }
        layout.body += paragraphs(session.questionnaire.privacy.text(session.language))
        layout.footer = footer(notice: session.notice, keys: text[.introKeys])
        return layout
    }

    private func role(_ session: TakeSession, highlight: Int) -> Layout {
        var layout = Layout(header: titleLines(session.questionnaire.title.text(session.language), progress: nil))
        layout.body = TextWrap.wrap(text[.roleTitle], width: width).map { StyledLine($0, .bold) }
        layout.body += TextWrap.wrap(text[.roleNote], width: width).map { StyledLine($0) }
        layout.body.append(StyledLine(""))
        let current = session.response?.role
        let numberWidth = String(session.roles.count).count
        for (index, role) in session.roles.enumerated() {
            let mark = role.id == current ? "(x)" : "( )"
            let start = layout.body.count
            layout.body += option(number: pad(index + 1, numberWidth), mark: mark,
                                  label: role.label.text(session.language), highlighted: index == highlight)
            if index == highlight { layout.focus = start..<layout.body.count }
        }
        layout.footer = footer(notice: session.notice, keys: text(.roleKeys, String(session.roles.count)))
        return layout
    }

    private func question(_ session: TakeSession, _ position: QuestionPosition) -> Layout {
        guard let item = session.currentItem else { return Layout() }
        var layout = Layout(header: titleLines(item.section, progress: session.progress,
                                               code: session.response.map { text(.codeLabel, $0.respondent) }))
        layout.body = TextWrap.wrap(item.text, width: width).map { StyledLine($0, .bold) }
        if let evidence = item.evidence(for: session.response?.role) {
            layout.body += TextWrap.wrap(text(.evidence, evidence), width: width).map { StyledLine($0, .dim) }
        }
        let answer = session.answer(to: item.id)
        let chosen = item.optionNumbers(of: answer)
        let numberWidth = String(item.options.count).count
        switch item.kind {
        case .scale, .single:
            layout.body.append(StyledLine(""))
            for (index, choice) in item.options.enumerated() {
                let start = layout.body.count
                layout.body += option(number: pad(index + 1, numberWidth), mark: chosen.contains(index + 1) ? "(x)" : "( )",
                                      label: choice.label, highlighted: index == position.highlight)
                if index == position.highlight { layout.focus = start..<layout.body.count }
            }
        case .multiple:
            layout.body += TextWrap.wrap(text[.multipleHint], width: width).map { StyledLine($0, .dim) }
            layout.body.append(StyledLine(""))
            for (index, choice) in item.options.enumerated() {
                let start = layout.body.count
                layout.body += option(number: pad(index + 1, numberWidth), mark: position.ticked.contains(index + 1) ? "[x]" : "[ ]",
                                      label: choice.label, highlighted: index == position.highlight)
                if index == position.highlight { layout.focus = start..<layout.body.count }
            }
        case .number, .text:
            let hint = item.kind == .number
                ? LineScreens(language: text.language).numberHint(item)
                : text(.textHint, String(item.maxLength ?? 0))
            layout.body += TextWrap.wrap(hint, width: width).map { StyledLine($0, .dim) }
            layout.body.append(StyledLine(""))
            let start = layout.body.count
            layout.body += TextWrap.wrap(position.input + "_", width: width,
                                         first: position.highlight == 0 ? " > " : "   ", rest: "   ")
                .map { StyledLine($0, position.highlight == 0 ? .inverse : .plain) }
            if position.highlight == 0 { layout.focus = start..<layout.body.count }
            for (index, choice) in item.options.enumerated() {
                let row = index + 1
                let start = layout.body.count
                layout.body += option(number: nil, mark: chosen.contains(row) ? "(x)" : "( )",
                                      label: choice.label, highlighted: row == position.highlight)
                if row == position.highlight { layout.focus = start..<layout.body.count }
            }
        }
        layout.footer = footer(notice: session.notice, keys: keys(for: item))
        return layout
    }

    private func review(_ session: TakeSession, input: String, confirming: Bool) -> Layout {
        var layout = Layout(header: titleLines(text[.reviewTitle], progress: nil))
        let shown = session.shownItems.count
        let open = session.unanswered
        layout.body = TextWrap.wrap(text(.reviewCount, String(shown - open.count), String(shown)), width: width).map { StyledLine($0) }
        if open.isEmpty {
            layout.body += TextWrap.wrap(text[.reviewAllAnswered], width: width).map { StyledLine($0) }
        } else {
            layout.body += TextWrap.wrap(text[.reviewUnanswered], width: width).map { StyledLine($0, .bold) }
            let numberWidth = String(shown).count
            for entry in open {
                let mark = entry.skipped ? " (\(text[.skippedMark]))" : ""
                let head = " " + pad(entry.number, numberWidth) + "  "
                let line = TextWrap.truncate(head + entry.item.text, width: width - mark.count) + mark
                layout.body.append(StyledLine(TextWrap.truncate(line, width: width)))
            }
        }
        layout.body.append(StyledLine(""))
        layout.body += TextWrap.wrap(text[.reviewFinal], width: width).map { StyledLine($0) }
        if confirming {
            layout.footer = footer(notice: session.notice, keys: text[.confirmKeys])
            layout.footer.insert(contentsOf: TextWrap.wrap(text[.confirmQuestion], width: width).map { StyledLine($0, .inverse) }, at: 0)
        } else {
            layout.footer = footer(notice: session.notice, keys: text[.reviewKeys])
            if !input.isEmpty {
                layout.footer.insert(StyledLine(TextWrap.truncate(text(.reviewInput, input) + "_", width: width), .inverse), at: 0)
            }
        }
        return layout
    }

    private func comment(_ session: TakeSession, dimension: Int?, input: String) -> Layout {
        var layout = Layout(header: titleLines(text[.reviewTitle], progress: nil))
        let lines = LineScreens(language: text.language).commentLines(session, dimension: dimension)
        for (index, line) in lines.enumerated() where !(dimension != nil && index == 2) {
            layout.body += TextWrap.wrap(line, width: width).map { StyledLine($0, index == 0 ? .bold : .plain) }
        }
        if dimension != nil {
            layout.body.append(StyledLine(""))
            let start = layout.body.count
            layout.body += TextWrap.wrap(input + "_", width: width, first: " > ", rest: "   ").map { StyledLine($0, .inverse) }
            layout.focus = start..<layout.body.count
        }
        let count = String(session.questionnaire.dimensions.count)
        layout.footer = footer(notice: session.notice, keys: dimension == nil ? text(.commentChooseKeys, count) : text[.commentTextKeys])
        return layout
    }

    private func help(_ session: TakeSession) -> Layout {
        let item = session.currentItem
        var layout = Layout(header: titleLines(item?.section ?? session.questionnaire.title.text(session.language),
                                               progress: item == nil ? nil : session.progress))
        layout.body = TextWrap.wrap(text[.helpTitle], width: width).map { StyledLine($0, .bold) }
        if let item {
            layout.body += TextWrap.wrap(item.help ?? text[.noHelp], width: width).map { StyledLine($0) }
            layout.body.append(StyledLine(""))
        }
        layout.body += TextWrap.wrap(text[.generalHelp], width: width).map { StyledLine($0, .dim) }
        layout.footer = footer(notice: nil, keys: text[.helpClose])
        return layout
    }

    // MARK: - Parts

    /// The section title with `12/40 [#####-----]` on the right, or below it when both do not fit.
    /// The respondent code goes before the counter where it fits: it is the only way back into a
    /// draft, so it stays in sight even if the terminal is closed without a goodbye.
    private func titleLines(_ title: String, progress: Progress?, code: String? = nil) -> [StyledLine] {
        guard let progress else {
            return [StyledLine(TextWrap.truncate(title, width: width), .bold), StyledLine("")]
        }
        let cells = width >= 60 ? 20 : 10
        let filled = progress.total == 0 ? 0 : cells * progress.position / progress.total
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: cells - filled) + "]"
        var counter = "\(progress.position)/\(progress.total) " + bar
        var codeLine: [StyledLine] = []
        if let code {
            // The code is the only way back into a draft: on a narrow screen it gets a line of its own.
            if title.count + 2 + code.count + 3 + counter.count <= width {
                counter = code + "   " + counter
            } else {
                codeLine = [StyledLine(TextWrap.truncate(code, width: width))]
            }
        }
        if title.count + 2 + counter.count <= width {
            let gap = String(repeating: " ", count: width - title.count - counter.count)
            return [StyledLine(title + gap + counter, .bold)] + codeLine + [StyledLine("")]
        }
        let fallback = counter.count <= width ? counter : "\(progress.position)/\(progress.total)"
        return [StyledLine(TextWrap.truncate(title, width: width), .bold), StyledLine(fallback)] + codeLine + [StyledLine("")]
    }

    /// ` > 1 (x) Label`, wrapped under the label; the marker and the mark say what inverse and
    /// bold repeat.
    private func option(number: String?, mark: String, label: String, highlighted: Bool) -> [StyledLine] {
        let head = (highlighted ? " > " : "   ") + (number.map { $0 + " " } ?? "") + mark + " "
        let indent = String(repeating: " ", count: head.count)
        return TextWrap.wrap(label, width: width, first: head, rest: indent)
            .map { StyledLine($0, highlighted ? .inverse : .plain) }
    }

    private func footer(notice: SessionNotice?, keys: String) -> [StyledLine] {
        var lines: [StyledLine] = [StyledLine("")]
        if let notice {
            lines += TextWrap.wrap(text.notice(notice), width: width).map { StyledLine($0, .bold) }
        }
        lines += TextWrap.wrapParts(keys, width: width).map { StyledLine($0, .dim) }
        return lines
    }

    private func keys(for item: SessionItem) -> String {
        let range = item.options.count == 1 ? "1" : "1-\(item.options.count)"
        switch item.kind {
        case .scale, .single: return text(.chooseKeys, range) + " · " + text[.commandKeys]
        case .multiple: return text(.tickKeys, range) + " · " + text[.commandKeys]
        case .number: return text[.typeNumberKeys] + " · " + text[.commandKeys]
        case .text: return text[.typeTextKeys] + " · " + text[.textCommandKeys]
        }
    }

    private func paragraphs(_ body: String) -> [StyledLine] {
        TextWrap.wrap(body, width: width).map { StyledLine($0) }
    }

    private func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: " ", count: max(0, width - digits.count)) + digits
    }

    // MARK: - Fitting

    /// Header and footer cut down for a small terminal, and the rows left for the body.
    private func trimmed(_ layout: Layout) -> (header: [StyledLine], footer: [StyledLine], room: Int) {
        var header = layout.header
        var footer = layout.footer
        while header.count + footer.count > size.rows - 1, footer.count > 1 { footer.removeFirst() }
        if header.count + footer.count > size.rows - 1 { header = Array(header.prefix(1)) }
        return (header, footer, max(1, size.rows - header.count - footer.count))
    }

    /// Header, as much body as fits, footer. A body that does not fit shows a window around the
    /// focus (or at `scroll`) with "…" lines saying there is more above or below.
    private func fit(_ layout: Layout, scroll: Int) -> [StyledLine] {
        let (header, footer, room) = trimmed(layout)
        guard layout.body.count > room else { return header + layout.body + footer }

        let marked = room >= 3
        let window = marked ? room - 2 : room
        var start = min(max(0, scroll), layout.body.count - window)
        if let focus = layout.focus {
            if focus.upperBound > start + window { start = focus.upperBound - window }
            if focus.lowerBound < start { start = focus.lowerBound }
        }
        start = max(0, min(start, layout.body.count - window))
        let end = min(layout.body.count, start + window)
        let visible = Array(layout.body[start..<end])
        guard marked else { return header + visible + footer }
        let above = StyledLine(start > 0 ? "  …" : "", .dim)
        let below = StyledLine(end < layout.body.count ? "  …" : "", .dim)
        return header + [above] + visible + [below] + footer
    }
}
