extension ReleaseStatistics {
    /// `stats_reference`: for each context item with a `benchmark` whose figure is among
    /// `figures`, how many cells hold each category in their latest round, beside the published
    /// percentage. The unit is the cell, as in the member survey the figures come from.
    ///
    /// A single-choice item: a cell holds the category its members chose by majority (more than
    /// half of those who answered, missing codes not counted); `share` is the percentage among
    /// the cells that have a majority, and the item is released only when at least
    /// `minimumCells` cells have one. A multiple-choice item: a cell holds every category more
    /// than half of its answering members named; `share` is the percentage among the cells with
    /// any answer, and at least `minimumCells` must have one. `share` is computed from the
    /// rounded counts, so it says nothing the rounded counts do not. Categories are the item's
    /// options, then the figure's categories the item does not offer (0 cells, for the
    /// comparison). `scratch` is where the rounds' majorities were moved, if they were.
    public func reference(_ rounds: [StatisticsRound], scratch: (any RoundScratch)? = nil) throws -> Release {
        var table = ExportTable(name: "stats_reference", columns: [
            .init("item", .text), .init("figure", .text), .init("category", .text), .init("cells", .integer),
            .init("share", .real), .init("reference_percent", .real), .init("reference_n", .integer),
            .init("reference_year", .integer),
        ])
        var groups: [String: Set<String>] = [:]
        let latest = try Self.latestRounds(rounds).map { kept in
            let round = try kept.loaded(scratch: scratch)
            return (member: round.member, held: round.referenceHeld ?? Self.referenceHeld(round.submitted, questionnaire: questionnaire))
        }
        for item in questionnaire.context?.items ?? [] {
            guard item.kind == .single || item.kind == .multiple, let reference = item.benchmark,
                  let set = figures.first(where: { $0.id == reference.source }),
                  let figure = set.figure(reference.figure) else { continue }
            var held: [String: Int] = [:]
            var base: Set<String> = []
            for cell in latest {
                guard let majority = cell.held[item.id] else { continue }
                base.insert(cell.member)
                for code in majority { held[code, default: 0] += 1 }
            }
            guard base.count >= minimumCells else { continue }
            groups["stats_reference:\(item.id)"] = base
            let published = figure.values + figure.otherValues
            var categories = item.options.map(\.code)
            for value in published where !categories.contains(value.category) { categories.append(value.category) }
            let total = rounded(base.count)
            for category in categories {
                let cells = rounded(held[category] ?? 0)
                table.rows.append([
                    .text(item.id), .text(reference.description), .text(category), .integer(cells),
                    total > 0 ? Self.real(Double(cells) / Double(total) * 100, decimals: 1) : .null,
                    published.first { $0.category == category }.map { .real($0.percent) } ?? .null,
                    figure.n.map { .integer($0) } ?? .null,
                    .integer(set.source.year),
                ])
            }
        }
        return Release(table: table, groups: groups)
    }

    /// Per context item with a benchmark, the categories more than half of the round's answering
    /// members chose; an item with no answer, or a single-choice item without a majority, is
    /// absent. What `reference` needs of a round, computed where the round is read.
    public static func referenceHeld(_ submitted: [Response], questionnaire: Questionnaire) -> [String: [String]] {
        referenceHeld(submitted.map { Visibility(questionnaire: questionnaire, role: $0.role, answers: $0.answers) }, questionnaire: questionnaire)
    }

    /// The same from the members' visibilities.
    static func referenceHeld(_ visibilities: [Visibility], questionnaire: Questionnaire) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for item in questionnaire.context?.items ?? [] where item.benchmark != nil && (item.kind == .single || item.kind == .multiple) {
            let answers = visibilities.filter { $0.isShown(item.id) }.compactMap { $0.answers[item.id] }.filter(\.isAnswer)
            guard !answers.isEmpty else { continue }
            let majority = item.options.map(\.code).filter { code in
                2 * answers.filter { Self.answer($0, names: code) }.count > answers.count
            }
            if item.kind == .single && majority.isEmpty { continue }
            result[item.id] = majority
        }
        return result
    }

    /// Each member's round of its latest year.
    static func latestRounds(_ rounds: [StatisticsRound]) -> [StatisticsRound] {
        var latest: [String: StatisticsRound] = [:]
        for round in rounds where latest[round.member].map({ $0.year < round.year }) ?? true {
            latest[round.member] = round
        }
        return latest.keys.sorted().compactMap { latest[$0] }
    }

    private static func answer(_ answer: Answer, names code: String) -> Bool {
        switch answer {
        case .choice(let chosen): return chosen == code
        case .choices(let chosen): return chosen.contains(code)
        default: return false
        }
    }
}
