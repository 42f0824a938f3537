/// Builds the tables of an anonymised export from workspaces: pseudonyms instead of names,
/// role groups instead of roles, no respondent codes, free text, comments or dates, and
/// quasi-identifiers coarsened until every combination covers at least k municipalities.
/// Pure: the key, the questionnaire and the responses are passed in.
public struct ExportBuilder: Sendable {
    public var questionnaire: Questionnaire
    public var pseudonymiser: Pseudonymiser
    public var k: Int
    public var rules: ScoringRules

    public init(questionnaire: Questionnaire, pseudonymiser: Pseudonymiser, k: Int, rules: ScoringRules = .standard) {
        self.questionnaire = questionnaire
        self.pseudonymiser = pseudonymiser
        self.k = k
        self.rules = rules
    }

    private struct Round {
        var unit: KAnonymityPlan.Unit
        var identifiers: QuasiIdentifiers
        var responses: [Response]
    }

    public func build(_ sources: [ExportSource]) throws(ScoringError) -> AnonymisedExport {
        var summary = ExportSummary(k: k, questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
                                    scoringRulesVersion: ScoringRules.version, synthetic: false,
                                    keyCheck: pseudonymiser.keyCheck, years: [])
        var rounds: [KAnonymityPlan.Unit: Round] = [:]
        for source in sources {
            let workspace = source.workspace
            let own = source.responses.filter {
                $0.questionnaire.id == questionnaire.id && $0.questionnaire.version == questionnaire.version
            }
            summary.otherQuestionnaire += own.isEmpty && !source.responses.isEmpty ? 1 : 0
            summary.draftsLeftOut += own.filter { $0.status == .draft }.count
            let submitted = own.filter { $0.status == .submitted }
            summary.synthetic = summary.synthetic || workspace.synthetic || submitted.contains { $0.synthetic }
            let pseudonym = pseudonymiser.pseudonym(for: workspace.municipality)
            for year in Set(submitted.map(\.year)).sorted() {
                let members = submitted.filter { $0.year == year }.sorted { $0.respondent < $1.respondent }
                let unit = KAnonymityPlan.Unit(pseudonym: pseudonym, year: year)
                guard rounds[unit] == nil else {
                    summary.duplicates.cellRounds += 1
                    summary.duplicates.respondents += members.count
                    continue
                }
                guard members.count >= rules.minimumCellRespondents else {
                    summary.tooFewRespondents.cellRounds += 1
                    summary.tooFewRespondents.respondents += members.count
                    continue
                }
                let identifiers = QuasiIdentifiers(group: workspace.cluster?.group.rawValue, province: workspace.province?.rawValue,
                                                   level: workspace.level.rawValue, year: year)
                rounds[unit] = Round(unit: unit, identifiers: identifiers, responses: members)
            }
        }
        let plan = KAnonymityPlan(rounds.mapValues(\.identifiers), k: k)
        var tables = AnonymisedExportTables(questionnaire: questionnaire)
        let aggregator = CellAggregator(questionnaire: questionnaire, rules: rules)
        var municipalities = Set<String>()
        var years = Set<Int>()
        for unit in rounds.keys.sorted() {
            let round = rounds[unit]!
            let decision = plan.decisions[unit] ?? .suppressed
            switch decision {
            case .none: break
            case .province:
                summary.provinceRemoved.cellRounds += 1
                summary.provinceRemoved.respondents += round.responses.count
            case .provinceAndLevel:
                summary.provinceAndLevelRemoved.cellRounds += 1
                summary.provinceAndLevelRemoved.respondents += round.responses.count
            case .suppressed:
                summary.suppressed.cellRounds += 1
                summary.suppressed.respondents += round.responses.count
            }
            guard let released = plan.released(unit) else { continue }
            let cell = try aggregator.round(CellKey(municipality: round.responses[0].municipality, year: unit.year), responses: round.responses)
            let roleGroups = RoleGroupCoarsening.exported(round.responses.map { questionnaire.role($0.role)?.group },
                                                          minimum: rules.minimumRoleGroupSize)
            summary.roleGroupMerged += roleGroups.filter { $0 == RoleGroupCoarsening.merged }.count
            for response in round.responses {
                summary.commentsLeftOut += response.comments.count
                summary.textAnswersLeftOut += response.answers.values.filter { if case .text = $0 { return true } else { return false } }.count
            }
            tables.append(pseudonym: unit.pseudonym, identifiers: released, cell: cell, responses: round.responses, roleGroups: roleGroups)
            municipalities.insert(unit.pseudonym)
            years.insert(unit.year)
            summary.released.cellRounds += 1
            summary.released.respondents += round.responses.count
        }
        summary.municipalities = municipalities.count
        summary.years = years.sorted()
        return AnonymisedExport(summary: summary, plan: plan, tables: tables.tables, codebook: ExportCodebook(questionnaire: questionnaire))
    }
}
