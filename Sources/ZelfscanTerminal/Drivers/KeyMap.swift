/// What a key means on the current TTY screen. Digits choose on lists but are typed into number
/// fields; letters are commands except inside a text field, where Esc first switches to commands.
enum KeyMap {
    /// What the front end does with a key.
    enum Action: Equatable {
        case event(SessionEvent)
        /// Move the body of a long screen (introduction, review).
        case scroll(Int)
        /// Leave the text field so the next letter is a command.
        case commandMode
        case ignore
    }

    static func action(for key: Key, in session: TakeSession, commandMode: Bool) -> Action {
        switch key {
        case .interrupt, .endOfTransmission: return .event(.quit)
        default: break
        }
        if session.showingHelp {
            return key == .character("q") || key == .character("Q") ? .event(.quit) : .event(.cancel)
        }
        switch session.screen {
        case .introduction:
            switch key {
            case .enter: return .event(.confirm)
            case .up: return .scroll(-1)
            case .down: return .scroll(1)
            case .character(" "): return .scroll(5)
            default: return command(key)
            }
        case .role:
            if case .character(let character) = key, let digit = character.wholeNumberValue, digit > 0 {
                return .event(.select(digit))
            }
            return navigation(key) ?? command(key)
        case .question:
            guard let item = session.currentItem else { return .ignore }
            return question(key, item: item, session: session, commandMode: commandMode)
        case .review:
            switch key {
            case .character(let character) where character.isNumber: return .event(.type(character))
            case .character("v"), .character("V"): return .event(.requestSubmit)
            case .character("o"), .character("O"): return .event(.comment)
            case .backspace: return .event(.deleteBackward)
            case .enter: return .event(.confirm)
            case .up: return .scroll(-1)
            case .down: return .scroll(1)
            case .escape: return .event(.cancel)
            default: return command(key)
            }
        case .comment(let dimension, _):
            switch key {
            case .escape: return .event(.cancel)
            case .enter: return .event(.confirm)
            case .backspace: return .event(.deleteBackward)
            case .character(let character):
                if dimension != nil { return .event(.type(character)) }
                if let digit = character.wholeNumberValue, digit > 0 { return .event(.select(digit)) }
                return character == "q" || character == "Q" ? .event(.quit) : .event(.cancel)
            default: return .ignore
            }
        case .confirmSubmit:
            switch key {
            case .character("j"), .character("J"), .character("y"), .character("Y"): return .event(.submit)
            case .character("n"), .character("N"), .escape, .character("b"): return .event(.cancel)
            case .character("q"), .character("Q"): return .event(.quit)
            default: return .event(.confirm)
            }
        case .submitted, .quit, .endOfInput:
            return .ignore
        }
    }

    private static func question(_ key: Key, item: SessionItem, session: TakeSession, commandMode: Bool) -> Action {
        let highlight: Int
        if case .question(let position) = session.screen { highlight = position.highlight } else { highlight = 0 }
        switch item.kind {
        case .scale, .single, .multiple:
            if case .character(let character) = key, let digit = character.wholeNumberValue, digit > 0 {
                return .event(.select(digit))
            }
            if item.kind == .multiple, key == .character(" ") { return .event(.select(highlight + 1)) }
            return navigation(key) ?? command(key)
        case .number:
            if case .character(let character) = key, character.isNumber || ",.-".contains(character) {
                return .event(.type(character))
            }
            if key == .backspace { return .event(.deleteBackward) }
            return navigation(key) ?? command(key)
        case .text:
            if commandMode || highlight > 0 {
                return navigation(key) ?? command(key)
            }
            switch key {
            case .character(let character): return .event(.type(character))
            case .backspace: return .event(.deleteBackward)
            case .escape: return .commandMode
            default: return navigation(key) ?? .ignore
            }
        }
    }

    private static func navigation(_ key: Key) -> Action? {
        switch key {
        case .up: return .event(.up)
        case .down: return .event(.down)
        case .enter: return .event(.confirm)
        case .escape: return .event(.cancel)
        default: return nil
        }
    }

    private static func command(_ key: Key) -> Action {
        guard case .character(let character) = key else { return .ignore }
        switch character.lowercased() {
        case "?": return .event(.help)
        case "b": return .event(.back)
        case "s": return .event(.skip)
        case "q": return .event(.quit)
        default: return .ignore
        }
    }
}
