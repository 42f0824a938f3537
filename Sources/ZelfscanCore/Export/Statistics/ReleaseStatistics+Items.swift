extension ReleaseStatistics {
    /// `stats_items`: over all `rounds`, per item in `releasedItems` (questionnaire order), the
    /// number of respondents per answer.
    ///
    /// A scored item has a row per scale value, per missing code, `skipped` and `not-shown`; a
    /// single-choice context item a row per option code and per missing code, and is only counted,
    /// never linked to anything. Other context items are not counted. Which items may be released
    /// (none whose condition depends on role) is the caller's decision. Every possible answer gets
    /// its row, also with a count that rounds to 0: the set of possible answers is public, so a
    /// missing row would only say that the count was small. Nothing is released below
    /// `minimumCells` cell rounds.
    public func items(_ rounds: [StatisticsRound], releasedItems: Set<String>) -> Release {
        var table = ExportTable(name: "stats_items", columns: [
            .init("item", .text), .init("answer", .text), .init("count", .integer),
        ])
        guard rounds.count >= minimumCells, !releasedItems.isEmpty else { return Release(table: table) }
        let responses = rounds.flatMap(\.submitted)
        let visibilities = responses.map { Visibility(questionnaire: questionnaire, role: $0.role, answers: $0.answers) }
        var released = false
        for asked in questionnaire.allAskedItems where releasedItems.contains(asked.id) {
            let answers: [String]
            var counts: [String: Int] = [:]
            switch asked {
            case .scored(let item, let scale, _):
                answers = scale.options.map { ExportTable.decimal($0.value) } + scale.missing.map(\.code) + ["skipped", "not-shown"]
                for visibility in visibilities {
                    let code: String
                    switch ItemAnswerStatus.status(of: item.id, visibility: visibility) {
                    case .answered(let value): code = ExportTable.decimal(value)
                    case let status: code = status.code
                    }
                    counts[code, default: 0] += 1
                }
            case .context(let item):
                guard item.kind == .single else { continue }
                answers = item.options.map(\.code) + item.missing.map(\.code)
                for visibility in visibilities where visibility.isShown(item.id) {
                    switch visibility.answers[item.id] {
                    case .choice(let code)?, .missing(let code)?: counts[code, default: 0] += 1
                    default: break
                    }
                }
            }
            released = true
            for answer in answers {
                table.rows.append([.text(asked.id), .text(answer), .integer(rounded(counts[answer] ?? 0))])
            }
        }
        return Release(table: table, groups: released ? ["stats_items:all": Self.members(rounds)] : [:])
    }
}
