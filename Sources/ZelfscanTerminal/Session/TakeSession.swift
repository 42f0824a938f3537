import Foundation
import ZelfscanCore

/// The flow of one respondent through a questionnaire, free of any I/O: events in, a new screen
/// and an updated draft out. Both front ends drive it, and its tests need no terminal.
///
/// Introduction and privacy text → role (new responses only) → context items → the dimensions'
/// items → review → submitted. Which items are asked follows `show_if`, evaluated again after
/// every answer, so changing an earlier answer can show or hide later items and the progress
/// total follows.
public struct TakeSession {
    public let questionnaire: Questionnaire
    public let language: Language
    /// Every item in the order asked, shown or not.
    public let items: [SessionItem]
    /// The draft; nil until a role is chosen for a new response.
    public private(set) var response: Response?
    public private(set) var screen: SessionScreen
    /// Why the last input was not taken, naming what would be.
    public private(set) var notice: SessionNotice?
    /// The explanation overlay is open.
    public private(set) var showingHelp = false
    /// Only a session that created its response may change the role; a resumed draft keeps it.
    public let canChooseRole: Bool

    private let itemIndex: [String: Int]
    /// Set by a jump from the review, so that answering sends the respondent back there.
    private var returnToReview = false
    private let makeResponse: (String) -> Response
    private let clock: () -> Date

    /// - Parameters:
    ///   - draft: an unsubmitted response to resume; the session starts at its first shown item
    ///     that is neither answered nor skipped, or at the review when there is none.
    ///   - makeResponse: creates the new response for the chosen role id (respondent code,
    ///     questionnaire stamp, municipality, year, language, start time).
    ///   - clock: the time stamped into `updated` and `submitted`.
    public init(questionnaire: Questionnaire, language: Language, draft: Response?,
                makeResponse: @escaping (String) -> Response, clock: @escaping () -> Date) {
        self.questionnaire = questionnaire
        self.language = language
        self.items = questionnaire.sessionItems(language: language)
        self.itemIndex = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($0.element.id, $0.offset) })
        self.makeResponse = makeResponse
        self.clock = clock
        self.response = draft
        self.canChooseRole = draft == nil
        self.screen = .introduction
        if draft != nil { screen = resumeScreen() }
    }

    // MARK: - What the screens show

    /// The items shown to this respondent given the answers so far, in the order asked.
    public var shownItems: [SessionItem] {
        guard let response else { return [] }
        let visibility = Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
        return visibility.shownItems.compactMap { itemIndex[$0].map { items[$0] } }
    }

    /// The item on screen, when a question is shown.
    public var currentItem: SessionItem? {
        guard case .question(let position) = screen else { return nil }
        return item(position.itemID)
    }

    /// "12/40": the current item's place among the shown items and how many are shown.
    public var progress: Progress? {
        guard let currentItem else { return nil }
        let shown = shownItems
        guard let index = shown.firstIndex(where: { $0.id == currentItem.id }) else { return nil }
        return Progress(position: index + 1, total: shown.count)
    }

    /// The shown items without an answer, numbered as in the progress line, for the review.
    public var unanswered: [(number: Int, item: SessionItem, skipped: Bool)] {
        guard let response else { return [] }
        return shownItems.enumerated().compactMap { index, item in
            response.answers[item.id] == nil ? (index + 1, item, response.skipped.contains(item.id)) : nil
        }
    }

    public var roles: [Role] { questionnaire.roles }

    public func item(_ id: String) -> SessionItem? { itemIndex[id].map { items[$0] } }

    public func answer(to itemID: String) -> Answer? { response?.answers[itemID] }

    // MARK: - Events

    /// Applies one event. Returns the draft when it changed, so the caller saves it before
    /// handling the next event; nil when nothing needs saving.
    @discardableResult
    public mutating func handle(_ event: SessionEvent) -> Response? {
        guard !screen.isFinal else { return nil }
        notice = nil
        if showingHelp {
            showingHelp = false
            if event == .help || event == .confirm || event == .cancel { return nil }
        } else if event == .help {
            showingHelp = true
            return nil
        }
        switch event {
        case .quit:
            screen = .quit
            return nil
        case .endOfInput:
            screen = .endOfInput
            return nil
        default:
            break
        }
        switch screen {
        case .introduction:
            return introduction(event)
        case .role(let highlight):
            return role(event, highlight: highlight)
        case .question(let position):
            return question(event, at: position)
        case .review(let input):
            return review(event, input: input)
        case .comment(let dimension, let input):
            return comment(event, dimension: dimension, input: input)
        case .confirmSubmit:
            return confirmation(event)
        case .submitted, .quit, .endOfInput:
            return nil
        }
    }

    private mutating func introduction(_ event: SessionEvent) -> Response? {
        switch event {
        case .confirm, .enter, .select:
            if canChooseRole {
                let current = response.flatMap { response in roles.firstIndex { $0.id == response.role } }
                screen = .role(highlight: current ?? 0)
            } else {
                screen = shownItems.first.map { .question(position(for: $0)) } ?? .review(input: "")
            }
        default:
            break
        }
        return nil
    }

    private mutating func role(_ event: SessionEvent, highlight: Int) -> Response? {
        switch event {
        case .up:
            screen = .role(highlight: max(0, highlight - 1))
        case .down:
            screen = .role(highlight: min(roles.count - 1, highlight + 1))
        case .select(let number):
            return chooseRole(number)
        case .enter(let text):
            return chooseRole(Int(text.trimmingCharacters(in: .whitespaces)) ?? 0)
        case .confirm:
            return chooseRole(highlight + 1)
        case .back, .cancel:
            screen = .introduction
        default:
            break
        }
        return nil
    }

    private mutating func chooseRole(_ number: Int) -> Response? {
        guard let role = roles[safe: number - 1] else {
            notice = .chooseOne(count: roles.count)
            return nil
        }
        var changed: Response
        if var existing = response {
            guard existing.role != role.id else {
                screen = shownItems.first.map { .question(position(for: $0)) } ?? .review(input: "")
                return nil
            }
            existing.role = role.id
            existing.updated = clock()
            changed = existing
        } else {
            changed = makeResponse(role.id)
            changed.updated = clock()
        }
        response = changed
        screen = shownItems.first.map { .question(position(for: $0)) } ?? .review(input: "")
        return changed
    }

    private mutating func question(_ event: SessionEvent, at position: QuestionPosition) -> Response? {
        guard let item = item(position.itemID) else { return nil }
        var position = position
        let rows = item.isTyped ? item.options.count + 1 : item.options.count
        switch event {
        case .up:
            position.highlight = max(0, position.highlight - 1)
        case .down:
            position.highlight = min(rows - 1, position.highlight + 1)
        case .select(let number):
            guard !item.isTyped else { break }
            guard item.options.indices.contains(number - 1) else {
                notice = item.kind == .multiple ? .chooseSeveral(count: item.options.count) : .chooseOne(count: item.options.count)
                break
            }
            if item.kind == .multiple {
                position.ticked = toggled(position.ticked, number, in: item)
                position.highlight = number - 1
            } else {
                return give(item.options[number - 1].answer, to: item)
            }
        case .enter(let text):
            return take(AnswerParser.parse(text, for: item), for: item)
        case .type(let character):
            position.input.append(character)
            position.highlight = 0
        case .deleteBackward:
            if !position.input.isEmpty { position.input.removeLast() }
        case .confirm:
            return confirm(item, at: position)
        case .next:
            if response?.answers[item.id] != nil {
                advance(from: item)
                return nil
            }
            notice = .empty
        case .back:
            goBack(from: item)
            return nil
        case .skip:
            return skip(item)
        default:
            break
        }
        screen = .question(position)
        return nil
    }

    /// Enter on a question: the highlighted option, the ticked options (none ticked is refused
    /// rather than read as "keep the old answer"), the typed text, or the answer already given.
    private mutating func confirm(_ item: SessionItem, at position: QuestionPosition) -> Response? {
        let existing = response?.answers[item.id]
        switch item.kind {
        case .scale, .single:
            return give(item.options[position.highlight].answer, to: item)
        case .multiple:
            return take(AnswerParser.choices(position.ticked, for: item), for: item)
        case .number, .text:
            if position.highlight > 0 {
                return give(item.options[position.highlight - 1].answer, to: item)
            }
            if position.input.trimmingCharacters(in: .whitespaces).isEmpty, existing != nil {
                advance(from: item)
                return nil
            }
            return take(AnswerParser.parse(position.input, for: item), for: item)
        }
    }

    /// Ticks or unticks an option; an exclusive option clears the others and the others clear it,
    /// so a combination that cannot be stored cannot be ticked.
    private func toggled(_ ticked: Set<Int>, _ number: Int, in item: SessionItem) -> Set<Int> {
        if ticked.contains(number) { return ticked.subtracting([number]) }
        if item.options[number - 1].exclusive { return [number] }
        return ticked.filter { !item.options[$0 - 1].exclusive }.union([number])
    }

    private mutating func take(_ parsed: Result<Answer, SessionNotice>, for item: SessionItem) -> Response? {
        switch parsed {
        case .success(let answer):
            return give(answer, to: item)
        case .failure(let problem):
            notice = problem
            return nil
        }
    }

    /// Stores the answer, stamps the draft when it changed, and moves on.
    private mutating func give(_ answer: Answer, to item: SessionItem) -> Response? {
        guard var changed = response else { return nil }
        let isNew = changed.answers[item.id] != answer || changed.skipped.contains(item.id)
        changed.answers[item.id] = answer
        changed.skipped.removeAll { $0 == item.id }
        if isNew { changed.updated = clock() }
        response = changed
        advance(from: item)
        return isNew ? changed : nil
    }

    private mutating func skip(_ item: SessionItem) -> Response? {
        guard var changed = response else { return nil }
        let isNew = changed.answers[item.id] != nil || !changed.skipped.contains(item.id)
        changed.answers[item.id] = nil
        if !changed.skipped.contains(item.id) { changed.skipped.append(item.id) }
        if isNew { changed.updated = clock() }
        response = changed
        advance(from: item)
        return isNew ? changed : nil
    }

    /// The next shown item after `item` in the order asked, under the conditions as they are now;
    /// the review after the last one, or straight back to it after a jump from there.
    private mutating func advance(from item: SessionItem) {
        let order = itemIndex[item.id] ?? 0
        let next = shownItems.first { (itemIndex[$0.id] ?? 0) > order }
        if returnToReview || next == nil {
            returnToReview = false
            screen = .review(input: "")
        } else if let next {
            screen = .question(position(for: next))
        }
    }

    private mutating func goBack(from item: SessionItem) {
        let order = itemIndex[item.id] ?? 0
        returnToReview = false
        if let previous = shownItems.last(where: { (itemIndex[$0.id] ?? 0) < order }) {
            screen = .question(position(for: previous))
        } else if canChooseRole {
            let current = roles.firstIndex { $0.id == response?.role }
            screen = .role(highlight: current ?? 0)
        } else {
            screen = .introduction
        }
    }

    private mutating func review(_ event: SessionEvent, input: String) -> Response? {
        switch event {
        case .type(let character):
            screen = .review(input: character.isNumber ? input + String(character) : input)
        case .deleteBackward:
            screen = .review(input: String(input.dropLast()))
        case .jump(let number):
            jump(to: number)
        case .enter(let text):
            if let number = Int(text.trimmingCharacters(in: .whitespaces)) {
                jump(to: number)
            } else {
                notice = .reviewChoices(count: shownItems.count)
            }
        case .confirm:
            if let number = Int(input) { jump(to: number) } else { screen = .confirmSubmit }
        case .requestSubmit:
            screen = .confirmSubmit
        case .comment:
            screen = .comment(dimension: nil, input: "")
        case .submit:
            return submit()
        case .back:
            returnToReview = false
            screen = shownItems.last.map { .question(position(for: $0)) } ?? .review(input: "")
        case .cancel:
            screen = .review(input: "")
        default:
            break
        }
        return nil
    }

    /// Remarks stay in the cell's own report (and only when asked for), never in exports; the
    /// screen reminds the respondent not to name anyone.
    public static let maximumCommentLength = 1000

    private mutating func comment(_ event: SessionEvent, dimension: Int?, input: String) -> Response? {
        let dimensions = questionnaire.dimensions
        guard let dimension, let chosen = dimensions[safe: dimension - 1] else {
            var number: Int?
            switch event {
            case .select(let n): number = n
            case .enter(let text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { screen = .review(input: ""); return nil }
                number = Int(trimmed)
            case .cancel, .back, .confirm, .next:
                screen = .review(input: "")
                return nil
            default:
                return nil
            }
            guard let number, dimensions.indices.contains(number - 1) else {
                notice = .chooseOne(count: dimensions.count)
                return nil
            }
            screen = .comment(dimension: number, input: response?.comments[dimensions[number - 1].id] ?? "")
            return nil
        }
        switch event {
        case .type(let character):
            screen = .comment(dimension: dimension, input: input.count < Self.maximumCommentLength ? input + String(character) : input)
            if input.count >= Self.maximumCommentLength { notice = .tooLong(maximum: Self.maximumCommentLength) }
            return nil
        case .deleteBackward:
            screen = .comment(dimension: dimension, input: String(input.dropLast()))
            return nil
        case .confirm:
            return saveComment(input, for: chosen.id)
        case .enter(let text):
            guard text.count <= Self.maximumCommentLength else {
                notice = .tooLong(maximum: Self.maximumCommentLength)
                return nil
            }
            return saveComment(text, for: chosen.id)
        case .cancel, .back:
            screen = .review(input: "")
            return nil
        default:
            return nil
        }
    }

    /// An empty remark removes the one there was. Control characters are dropped: a response
    /// file holding one is refused when it is read.
    private mutating func saveComment(_ text: String, for dimensionID: String) -> Response? {
        screen = .review(input: "")
        guard var changed = response else { return nil }
        let trimmed = ControlCharacters.removed(from: text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard changed.comments[dimensionID] != (trimmed.isEmpty ? nil : trimmed) else { return nil }
        changed.comments[dimensionID] = trimmed.isEmpty ? nil : trimmed
        changed.updated = clock()
        response = changed
        return changed
    }

    private mutating func jump(to number: Int) {
        let shown = shownItems
        guard let target = shown[safe: number - 1] else {
            notice = .noSuchQuestion(count: shown.count)
            screen = .review(input: "")
            return
        }
        returnToReview = true
        screen = .question(position(for: target))
    }

    private mutating func confirmation(_ event: SessionEvent) -> Response? {
        switch event {
        case .submit:
            return submit()
        case .back, .cancel:
            screen = .review(input: "")
        case .enter(let text):
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "j", "ja", "y", "yes": return submit()
            case "n", "nee", "no": screen = .review(input: "")
            default: notice = .confirmChoices
            }
        default:
            notice = .confirmChoices
        }
        return nil
    }

    private mutating func submit() -> Response? {
        guard var submitted = response else { return nil }
        let now = clock()
        submitted.status = .submitted
        submitted.submitted = now
        submitted.updated = now
        response = submitted
        screen = .submitted
        return submitted
    }

    // MARK: - Positions

    /// Where a resumed draft starts: the first shown item neither answered nor skipped.
    private func resumeScreen() -> SessionScreen {
        guard let response else { return .introduction }
        let open = shownItems.first { response.answers[$0.id] == nil && !response.skipped.contains($0.id) }
        return open.map { .question(position(for: $0)) } ?? .review(input: "")
    }

    /// A fresh position on `item`, highlighting and filling in the answer already given.
    private func position(for item: SessionItem) -> QuestionPosition {
        let answer = response?.answers[item.id]
        let chosen = item.optionNumbers(of: answer)
        var position = QuestionPosition(itemID: item.id)
        switch (item.kind, answer) {
        case (.multiple, _):
            position.ticked = chosen
            position.highlight = (chosen.min() ?? 1) - 1
        case (.number, .number(let value)?):
            position.input = TakeText.decimal(value, language: language)
        case (.text, .text(let text)?):
            position.input = text
        case (.number, _), (.text, _):
            position.highlight = chosen.min() ?? 0
        default:
            position.highlight = (chosen.min() ?? 1) - 1
        }
        return position
    }
}
