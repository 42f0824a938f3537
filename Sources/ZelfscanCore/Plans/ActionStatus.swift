/// Where an agreed action stands. Four states, as a meeting reports them: nothing happened yet,
/// under way, finished, or consciously given up (which is an outcome too, not a failure to record).
public enum ActionStatus: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case open, started, done, dropped

    public var label: Phrase {
        switch self {
        case .open: Phrase(en: "open", nl: "open")
        case .started: Phrase(en: "started", nl: "gestart")
        case .done: Phrase(en: "done", nl: "uitgevoerd")
        case .dropped: Phrase(en: "dropped", nl: "geschrapt")
        }
    }

    /// The message for a word that is not a status, listing the four.
    public static func problem(_ text: String) -> Phrase {
        let all = allCases.map(\.rawValue).joined(separator: ", ")
        return Phrase(en: "'\(text)' is not a status; choose one of: \(all)",
                      nl: "'\(text)' is geen status; kies uit: \(all)")
    }
}
