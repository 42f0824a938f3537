import YAML

/// Writes a response as the YAML of `docs/response-format.md`, answers in the order asked.
public struct ResponseEncoder: Sendable {
    public init() {}

    /// `questionnaire` orders the answers as asked; answers to unknown ids follow, sorted, so
    /// nothing a respondent gave is ever dropped on write.
    public func encode(_ response: Response, questionnaire: Questionnaire?) throws -> String {
        var pairs: [(String, Node)] = [
            ("format", .plain(String(response.format))),
            ("respondent", .text(response.respondent)),
            ("questionnaire", .mapping([
                ("id", .text(response.questionnaire.id)),
                ("version", .text(response.questionnaire.version)),
                ("sha256", .text(response.questionnaire.sha256)),
            ])),
            ("municipality", .text(response.municipality)),
            ("year", .plain(String(response.year))),
            ("role", .text(response.role)),
            ("language", .text(response.language.rawValue)),
            ("status", .text(response.status.rawValue)),
            ("started", .text(Timestamp.format(response.started))),
            ("updated", .text(Timestamp.format(response.updated))),
        ]
        if let submitted = response.submitted { pairs.append(("submitted", .text(Timestamp.format(submitted)))) }
        if response.synthetic { pairs.append(("synthetic", .plain("true"))) }
        pairs.append(("answers", .mapping(orderedAnswers(response, questionnaire: questionnaire))))
        if !response.skipped.isEmpty { pairs.append(("skipped", .sequence(response.skipped.map(Node.text)))) }
        if !response.comments.isEmpty {
            let order = questionnaire?.dimensions.map(\.id) ?? []
            let keys = response.comments.keys.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }
            pairs.append(("comments", .mapping(keys.map { ($0, .text(response.comments[$0]!)) })))
        }
        let body = try YAMLEmitter().emit(.mapping(pairs))
        return header(response) + body + Self.endLine + "\n"
    }

    /// A header line that announces the end line, and the end line: a file that announces it but
    /// lacks it was cut off, even where what is left still reads as valid YAML (a response with
    /// fewer answers). Files written before the end line existed announce nothing and are read
    /// as before.
    static let endLine = "# Einde van de antwoorden (end of the answers)."
    static let endAnnouncement = "# Het bestand eindigt met de regel '\(endLine)' (the file ends with that line)."

    /// Whether `bytes` announce an end line and lost it. Lines added after the end line by hand
    /// are allowed; the search starts from the end, where the line nearly always is.
    static func isCutOff(_ bytes: [UInt8]) -> Bool {
        guard bytes.prefix(1024).lastOffset(of: announcementBytes) != nil else { return false }
        return bytes.lastOffset(of: endLineBytes) == nil
    }

    private static let announcementBytes = Array(endAnnouncement.utf8)
    private static let endLineBytes = Array(("\n" + endLine).utf8)

    private func orderedAnswers(_ response: Response, questionnaire: Questionnaire?) -> [(String, Node)] {
        let order = questionnaire?.allAskedItems.map(\.id) ?? []
        let known = order.filter { response.answers[$0] != nil }
        let rest = response.answers.keys.filter { !order.contains($0) }.sorted()
        return (known + rest).map { ($0, Self.node(response.answers[$0]!)) }
    }

    static func node(_ answer: Answer) -> Node {
        switch answer {
        case .scale(let value), .number(let value): return .plain(NumberText.format(value))
        case .missing(let code), .choice(let code): return .text(code)
        case .choices(let codes): return .sequence(codes.map(Node.text))
        case .text(let text): return .text(text)
        }
    }

    /// libyaml's emitter writes no comments, so the label for people opening the file goes first.
    private func header(_ response: Response) -> String {
        var lines = [
            "# Zelfscan: antwoorden van één respondent (answers of one respondent).",
            "# Vertrouwelijk: deel dit bestand niet met collega's (confidential: do not share with colleagues).",
            "# Formaat/format: docs/response-format.md",
            Self.endAnnouncement,
        ]
        if response.synthetic {
            lines.insert("# SYNTHETISCHE DEMODATA, geen echte antwoorden (SYNTHETIC DEMO DATA, not real answers).", at: 0)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
