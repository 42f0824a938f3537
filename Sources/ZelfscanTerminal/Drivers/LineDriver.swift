import Foundation
import ZelfscanCore

/// Runs a session as numbered prompts read line by line: no escape codes, no colour, every
/// screen printed in full, so it works through pipes, scripts and screen readers.
struct LineDriver<Source: ByteSource> {
    var session: TakeSession
    var reader: LineReader<Source>
    let output: any TextSink
    let screens: LineScreens
    let saver: DraftSaver

    /// What a line means on the current screen; nil for `?`, which only prints the explanation.
    static func event(for line: String, on screen: SessionScreen) -> SessionEvent? {
        let command = line.trimmingCharacters(in: .whitespaces).lowercased()
        switch command {
        case "?": return nil
        case "q": return .quit
        case "b": return .back
        default: break
        }
        switch screen {
        case .introduction:
            return .confirm
        case .question:
            if command == "s" { return .skip }
            return command.isEmpty ? .next : .enter(line)
        case .review:
            if ["o", "opmerking", "comment"].contains(command) { return .comment }
            return ["v", "verzenden", "submit"].contains(command) ? .submit : .enter(line)
        default:
            return .enter(line)
        }
    }

    /// Prints each screen and feeds the answers to the session until it ends; stops early when
    /// a draft cannot be saved.
    mutating func run() -> TakeError? {
        while !session.screen.isFinal {
            output.write(screens.screen(session))
            guard let line = reader.nextLine() else {
                output.write("\n")
                session.handle(.endOfInput)
                break
            }
            guard let event = Self.event(for: line, on: session.screen) else {
                output.write(screens.help(session))
                continue
            }
            if let changed = session.handle(event), let error = saver.save(changed) {
                return error
            }
        }
        return nil
    }
}
