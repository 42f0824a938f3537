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
    /// `minimumCells` cell rounds. `scratch` is where the rounds' counts were moved, if they were.
    public func items(_ rounds: [StatisticsRound], releasedItems: Set<String>, scratch: (any RoundScratch)? = nil) throws -> Release {
        var table = ExportTable(name: "stats_items", columns: [
            .init("item", .text), .init("answer", .text), .init("count", .integer),
        ])
        guard rounds.count >= minimumCells, !releasedItems.isEmpty else { return Release(table: table) }
        let layout = AnswerTally.Layout(questionnaire: questionnaire, releasedItems: releasedItems)
        var totals = Array(repeating: 0, count: layout.size)
        for round in rounds {
            var tally = try round.loaded(scratch: scratch).tally ?? AnswerTally(layout)
            for response in round.submitted {
                tally.add(Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers), layout: layout)
            }
            tally.add(into: &totals)
        }
        for entry in layout.entries {
            for (offset, answer) in entry.answers.enumerated() {
                table.rows.append([.text(entry.id), .text(answer), .integer(rounded(totals[entry.start + offset]))])
            }
        }
        return Release(table: table, groups: layout.entries.isEmpty ? [:] : ["stats_items:all": Self.members(rounds)])
    }
}
