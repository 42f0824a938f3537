import ZelfscanCore

/// Runs a session on the TTY: one question per screen, redrawn after every key and on resize.
struct TerminalDriver {
    var session: TakeSession
    let terminal: RawTerminal
    let useColor: Bool
    let saver: DraftSaver
    private var decoder = KeyDecoder()
    private var scroll = 0
    private var commandMode = false
    private var hintSet = false
    /// A first digit that may begin a two-digit option number ("1" on a list of 10 or more),
    /// held until the second digit arrives or `twoDigitWindow` passes.
    private var pendingDigit: Int?

    /// How long a first digit waits for a second one, in milliseconds (docs/terminal-session.md).
    static let twoDigitWindow: Int32 = 700

    init(session: TakeSession, terminal: RawTerminal, useColor: Bool, saver: DraftSaver) {
        self.session = session
        self.terminal = terminal
        self.useColor = useColor
        self.saver = saver
    }

    /// Reads keys and feeds them to the session until it ends; stops early when a draft cannot
    /// be saved.
    mutating func run() -> TakeError? {
        noteRespondent()
        draw()
        while !session.screen.isFinal {
            guard let bytes = terminal.read() else {
                session.handle(.endOfInput)
                break
            }
            if bytes.isEmpty {
                if SignalRestore.takeResize() { draw() }
                continue
            }
            var keys = decoder.feed(bytes)
            if decoder.isWaiting, !terminal.hasInput(within: 50) { keys += decoder.flush() }
            for key in keys where !session.screen.isFinal {
                if let error = press(key) { return error }
            }
            if pendingDigit != nil, !terminal.hasInput(within: Self.twoDigitWindow), let error = settlePendingDigit() { return error }
            if !session.screen.isFinal { draw() }
        }
        return nil
    }

    private mutating func press(_ key: Key) -> TakeError? {
        if case .character(let character) = key, let digit = character.wholeNumberValue, let count = twoDigitOptions() {
            if let first = pendingDigit {
                pendingDigit = nil
                if first * 10 + digit <= count { return apply(.event(.select(first * 10 + digit))) }
                if let error = apply(.event(.select(first))) { return error }
            } else if digit > 0, digit * 10 <= count {
                pendingDigit = digit
                return nil
            }
        } else if let error = settlePendingDigit() {
            return error
        }
        return apply(KeyMap.action(for: key, in: session, commandMode: commandMode))
    }

    /// A held first digit chooses its own option once no second digit follows.
    private mutating func settlePendingDigit() -> TakeError? {
        guard let first = pendingDigit else { return nil }
        pendingDigit = nil
        return apply(.event(.select(first)))
    }

    /// The number of options when a question's options go past 9, so that digits may make two.
    private func twoDigitOptions() -> Int? {
        guard !session.showingHelp, !commandMode, case .question = session.screen, let item = session.currentItem else { return nil }
        switch item.kind {
        case .scale, .single, .multiple: return item.options.count >= 10 ? item.options.count : nil
        case .number, .text: return nil
        }
    }

    private mutating func apply(_ action: KeyMap.Action) -> TakeError? {
        let before = session.screen
        commandMode = false
        switch action {
        case .event(let event):
            if let changed = session.handle(event), let error = saver.save(changed) { return error }
            noteRespondent()
        case .scroll(let lines):
            let renderer = ScreenRenderer(size: terminal.size, useColor: useColor, language: session.language)
            scroll = min(max(0, scroll + lines), renderer.maximumScroll(session))
        case .commandMode:
            commandMode = true
        case .ignore:
            break
        }
        if !sameScreen(before, session.screen) { scroll = 0 }
        return nil
    }

    /// Once the response exists, a signal's message can name the code to resume with.
    private mutating func noteRespondent() {
        guard !hintSet, let response = session.response else { return }
        terminal.setResumeHint(respondent: response.respondent, language: session.language)
        hintSet = true
    }

    private func sameScreen(_ old: SessionScreen, _ new: SessionScreen) -> Bool {
        switch (old, new) {
        case (.introduction, .introduction), (.review, .review), (.role, .role): return true
        case (.question(let a), .question(let b)): return a.itemID == b.itemID
        default: return false
        }
    }

    private func draw() {
        let renderer = ScreenRenderer(size: terminal.size, useColor: useColor, language: session.language)
        terminal.write(renderer.frame(session, scroll: scroll))
    }
}
