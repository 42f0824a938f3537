import Foundation
import ZelfscanCore

/// The improvement report of one cell round, in one language, as data: both the Markdown and the
/// HTML rendering walk this, so the two always say the same thing.
public struct CellReport: Sendable, Equatable {
    /// Free-text comments of one dimension, sorted so their order says nothing about who wrote them.
    public struct Comments: Sendable, Equatable {
        public var dimension: String
        public var texts: [String]
    }

    public var language: Language
    /// What the questionnaire calls the group ("de cel", "het partnerschap").
    public var group: GroupNoun = .neutral
    public var cover: CoverFacts
    public var bands: [Band]
    public var dimensions: [DimensionSection]
    /// Up to three statements with the highest and the lowest mean item score.
    public var strongest: [ItemSummary]
    public var weakest: [ItemSummary]
    /// Up to three statements with the largest spread of item scores.
    public var disagreements: [ItemSummary]
    /// False when no statement had enough answers for its spread to be shown.
    public var spreadShown: Bool
    public var context: [ContextEntry]
    /// Nil unless comments were asked for.
    public var comments: [Comments]?
    /// Three to five proposed actions, most urgent first, for the action plan.
    public var proposals: [ProposalRow]
    /// Context questions without a Flemish figure, such as the number of cases.
    public var facts: [FactEntry]
    /// Set when other roles answered than in the previous comparable round.
    public var roleChange: RoleChange?
    /// Last round's agreed actions and the change since the last comparable round; nil when
    /// there is neither a plan nor an earlier comparable round.
    public var lookBack: LookBackSection?
    /// The last earlier round on the same questionnaire version, which `ItemSummary.change` is
    /// measured from; nil when there is none.
    public var sinceYear: Int?
    /// Peer comparison given; `peersSynthetic` when its pool holds demo cells.
    public var hasPeers: Bool
    public var peersSynthetic: Bool
    public var peerYear: Int?
    public var rules: ScoringRules
    /// Sections of the format 2 concepts: the trend across versions, the cell's facts, the
    /// knowledge check (`Sections/`).
    public var blocks: [ReportBlock] = []
    /// Role group id → label in the report's language.
    public var roleGroupLabels: [String: String]
    /// Each dimension's coverage rule, in questionnaire order.
    public var coverageRules: [CoverageRule]
    /// The words of the scales' non-substantive options ("Weet ik niet", "Cannot judge"), each
    /// once, so the report names them as the questionnaire does.
    public var nonSubstantive: [String]
    /// What each reference source used says of itself (whom it surveyed), in the report's language.
    public var sourceNotes: [String]

    /// Builds the report; refuses a round with fewer submitted responses than the rules allow.
    public init(_ input: ReportInput) throws(ReportError) {
        let round = input.round
        guard round.n >= input.rules.minimumCellRespondents else {
            throw .tooFewRespondents(municipality: round.municipality, year: round.year, submitted: round.n,
                                     minimum: input.rules.minimumCellRespondents)
        }
        let t = ReportText(language: input.language, group: input.questionnaire.group)
        let questionnaire = input.questionnaire
        self.group = questionnaire.group
        let language = input.language
        self.language = language
        self.rules = input.rules
        self.bands = questionnaire.bands
        self.roleGroupLabels = Dictionary(questionnaire.roleGroups.map { ($0.id, $0.label.text(language)) }) { first, _ in first }
        self.coverageRules = questionnaire.dimensions.map { CoverageRule(dimension: $0.title.text(language), share: $0.minCoverage) }
        self.nonSubstantive = questionnaire.scales.flatMap(\.missing).map { $0.label.text(language) }
            .reduce(into: []) { seen, label in if !seen.contains(label) { seen.append(label) } }
        // Rounds too small to show count for nothing in the look back either, as on the trend line.
        let lookBack = LookBack.make(round: round, earlier: input.rounds.filter { $0.n >= input.rules.minimumCellRespondents },
                                     plans: input.plans, questionnaire: questionnaire, questionnaires: input.questionnaires,
                                     rules: input.rules)
        let changes = Dictionary(lookBack.statements.map { ($0.itemID, $0.change.change) }) { first, _ in first }
        let items = Self.items(input, unanswered: t.unanswered).map { item in
            var item = item
            item.change = changes[item.itemID] ?? nil
            return item
        }
        self.sinceYear = lookBack.comparableYear
        // Earlier rounds count only when comparable and large enough to show: a round of two
        // members must not reappear as a point on the trend line.
        let trend = try? CellTrend(rounds: input.rounds.filter {
            $0.questionnaireID == round.questionnaireID && $0.n >= input.rules.minimumCellRespondents
        }, questionnaires: input.questionnaires)
        // A dimension scored for fewer than 3 members gets no mean or spread: with two, each
        // would learn the other's score. The overall score, built from it, goes too, unless the
        // dimension is outside it.
        let minimum = input.rules.minimumCellRespondents
        self.dimensions = questionnaire.dimensions.compactMap { dimension in
            guard var result = round.dimension(dimension.id) else { return nil }
            if result.n < minimum {
                let kept = result
                result = CellDimensionResult(dimensionID: kept.dimensionID, mean: nil, n: kept.n, bands: questionnaire.bands)
                result.local = kept.local
                result.countsInOverall = kept.countsInOverall
                result.asked = kept.asked
            }
            return Self.section(dimension, result: result, input: input, items: items, trend: trend, t: t)
        }
        let means = items.compactMap { item in item.mean.map { (item: item, mean: $0) } }
        self.strongest = Array(means.sorted { ($0.mean, $1.item.itemID) > ($1.mean, $0.item.itemID) }.prefix(3).map(\.item))
        self.weakest = Array(means.sorted { ($0.mean, $0.item.itemID) < ($1.mean, $1.item.itemID) }.prefix(3).map(\.item))
        let spreads = items.compactMap { item in item.standardDeviation.flatMap { $0 > 0 ? (item: item, sd: $0) : nil } }
        self.disagreements = Array(spreads.sorted { ($0.sd, $1.item.itemID) > ($1.sd, $0.item.itemID) }.prefix(3).map(\.item))
        self.spreadShown = items.contains { $0.answered >= ScoringRules.minimumSpreadRespondents }
        self.context = input.references.compactMap { Self.context($0, questionnaire: questionnaire, round: round, language: language) }
        self.sourceNotes = input.references.map(\.figure.source).reduce(into: [String]()) { seen, id in if !seen.contains(id) { seen.append(id) } }
            .compactMap { id in questionnaire.referenceFigures.first { $0.id == id }?.source.note?.text(language) }
        self.comments = input.includeComments ? Self.comments(input) : nil
        self.proposals = ActionProposer.propose(round: round, questionnaire: questionnaire, rules: input.rules)
            .map { ProposalRow($0, questionnaire: questionnaire, language: language) }
        let referenced = Set(self.context.map(\.itemID))
        self.facts = (questionnaire.context?.items ?? []).filter { !referenced.contains($0.id) }.compactMap { item in
            FactEntry(item, responses: input.responses.filter { $0.status == .submitted }, questionnaire: questionnaire,
                      language: language, minimum: minimum)
        }
        let previous = trend?.rounds.last { $0.year < round.year }
        self.lookBack = LookBackSection(lookBack, rounds: input.rounds + [round], questionnaire: questionnaire, language: language,
                                        minimum: minimum)
        self.roleChange = previous.flatMap { RoleChange(previous: $0, current: round, questionnaire: questionnaire, minimum: minimum, language: language) }
        self.hasPeers = input.peers != nil
        self.peersSynthetic = input.peers?.synthetic ?? false
        self.peerYear = input.peers?.year
        self.cover = Self.cover(input, items: items)
        self.blocks = ReportBlock.all(input, trend: trend)
        if !round.overallShown(minimum: minimum) {
            cover.overall = nil
            cover.overallBandLabel = nil
        }
    }

    /// The questions for the evaluation meeting, from this report's results.
    public var guide: MeetingGuide { MeetingGuide(self) }

    /// Everything in the report is demo data, or compared with demo data.
    public var synthetic: Bool { cover.synthetic || peersSynthetic || context.contains { $0.synthetic } }

    private static func items(_ input: ReportInput, unanswered: String) -> [ItemSummary] {
        input.questionnaire.dimensions.flatMap { dimension in
            dimension.items.compactMap { item in
                // A statement shown to fewer than 3 members (its condition held for few) is left
                // out: its counts would be theirs. A mean over fewer than 3 answers is one or two
                // members' own, so it is not given.
                let minimum = input.rules.minimumCellRespondents
                guard let distribution = input.round.item(item.id), distribution.shown >= minimum,
                      let scale = input.questionnaire.scale(item.scale) else { return nil }
                var summary = ItemSummary(distribution: distribution, item: item, scale: scale, language: input.language,
                                          unansweredLabel: unanswered)
                if summary.answered < minimum {
                    summary.mean = nil
                    summary.standardDeviation = nil
                }
                if summary.answered < ScoringRules.minimumSpreadRespondents {
                    summary.standardDeviation = nil
                    summary.agreement = nil
                }
                return summary
            }
        }
    }

    private static func section(_ dimension: ZelfscanCore.Dimension, result: CellDimensionResult, input: ReportInput,
                                items: [ItemSummary], trend: CellTrend?, t: ReportText) -> DimensionSection {
        let language = input.language
        let band = result.band.flatMap { code in input.questionnaire.bands.first { $0.code == code } }
        var peers: [DimensionSection.PeerLine] = []
        var median: Double?
        if let benchmark = input.peers {
            for row in benchmark.rows where row.measure == .dimension(dimension.id) {
                switch row.scope {
                case .all:
                    peers.append(.init(scope: t.allCells, outcome: row.outcome))
                    if case .available(let distribution) = row.outcome { median = distribution.median }
                case .group(let group):
                    peers.append(.init(scope: t.group(group.label.text(language)), outcome: row.outcome))
                }
            }
        }
        let minimum = input.rules.minimumCellRespondents
        // A round on another version is a point on this line only where the whole dimension
        // continues; where it breaks or continues in part, its mean measured something else.
        let continuous = trend?.steps.allSatisfy { step in
            !step.acrossVersions || (!step.breaks.contains(dimension.id) && step.partial[dimension.id] == nil)
        } ?? true
        let points = (trend?.rounds ?? [input.round]).map { round in
            let sameVersion = round.questionnaireVersion == input.round.questionnaireVersion
            let shown = round.dimension(dimension.id).flatMap { $0.n >= minimum && (sameVersion || continuous) ? $0.mean : nil }
            var point = DimensionSection.TrendPoint(year: round.year, mean: shown)
            if !sameVersion, shown == nil {
                // The dimension this version's continues, else one of the same id.
                let earlier = input.questionnaires.first { $0.id == round.questionnaireID && $0.version == round.questionnaireVersion }
                    .flatMap { Continuity(earlier: $0, later: input.questionnaire)?.link(dimension.id)?.earlier } ?? dimension.id
                point.otherVersion = .init(version: round.questionnaireVersion,
                                           mean: round.dimension(earlier).flatMap { $0.n >= minimum ? $0.mean : nil },
                                           asked: round.dimension(earlier) != nil)
            }
            return point
        }
        var section = DimensionSection(
            id: dimension.id, title: dimension.title.text(language), description: dimension.description?.text(language),
            result: result, bandLabel: band?.label.text(language), peers: peers, peerMedian: median, trend: points,
            items: items.filter { $0.dimensionID == dimension.id },
            roleGroups: input.round.roleGroups(dimension.id)?.state ?? .hidden(.fewerThanTwoGroups),
            advice: band.map { dimension.advice[$0.code, default: []].map { $0.text(language) } } ?? [])
        section.askedOf = dimension.askedOf?.text(language)
        section.outsideOverall = !dimension.inOverall && !dimension.local
        return section
    }

    private static func context(_ comparison: ReferenceComparison, questionnaire: Questionnaire, round: CellRound,
                                language: Language) -> ContextEntry? {
        guard let item = questionnaire.context?.items.first(where: { $0.id == comparison.itemID }) else { return nil }
        let rows = comparison.rows.map { row in
            ContextEntry.Row(label: item.options.first { $0.code == row.category }?.label.text(language) ?? row.category,
                             count: row.count, figurePercent: row.figurePercent, approximate: row.approximate)
        }
        let top = rows.map(\.count).max() ?? 0
        let table = questionnaire.figure(comparison.figure)?.figure.table
        let title = comparison.sourceTitle.split(separator: ":").first.map(String.init) ?? comparison.sourceTitle
        return ContextEntry(
            itemID: item.id, question: item.text.text(language), multiple: item.kind == .multiple,
            answered: comparison.answered, rows: rows, mostChosen: top > 0 ? rows.filter { $0.count == top } : [],
            source: table.map { "\(title), \($0)" } ?? comparison.sourceLabel, figureN: comparison.figureN,
            synthetic: comparison.synthetic, isFact: item.fact != nil,
            openFact: ContextEntry.OpenFact(item, round: round, questionnaire: questionnaire, language: language),
            aboutRespondent: item.aboutRespondent)
    }

    private static func comments(_ input: ReportInput) -> [Comments] {
        input.questionnaire.dimensions.compactMap { dimension in
            let texts = input.responses.filter { $0.status == .submitted }
                .compactMap { $0.comments[dimension.id] }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }.sorted()
            return texts.isEmpty ? nil : Comments(dimension: dimension.title.text(input.language), texts: texts)
        }
    }

    private static func cover(_ input: ReportInput, items: [ItemSummary]) -> CoverFacts {
        let questionnaire = input.questionnaire
        let round = input.round
        let language = input.language
        var counts: [String: Int] = [:]
        for respondent in round.respondents { counts[respondent.roleGroup ?? respondent.role, default: 0] += 1 }
        let minimum = input.rules.minimumRoleGroupSize
        let order = questionnaire.roleGroups.map(\.id) + counts.keys.filter { key in !questionnaire.roleGroups.contains { $0.id == key } }.sorted()
        let groups = order.compactMap { id -> CoverFacts.GroupCount? in
            guard let n = counts[id], n >= minimum else { return nil }
            return .init(label: questionnaire.roleGroups.first { $0.id == id }?.label.text(language) ?? id, n: n)
        }
        let small = counts.values.filter { $0 < minimum }.reduce(0, +)
        let shown = items.reduce(0) { $0 + $1.shown }
        let answered = items.reduce(0) { $0 + $1.answered }
        let dontKnow = items.reduce(0) { $0 + $1.dontKnowCount }
        let notApplicable = items.reduce(0) { $0 + $1.notApplicableCount }
        return CoverFacts(
            municipality: round.municipality, level: input.workspace.level, cluster: input.workspace.cluster,
            province: input.workspace.province, year: round.year, questionnaireTitle: questionnaire.title.text(language),
            questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version, rulesVersion: ScoringRules.version,
            date: input.date.map(CoverFacts.day), submitted: round.n, openDrafts: input.openDrafts, groups: groups,
            mergedSmallGroups: small > 0 ? small : nil,
            answerCoverage: shown > 0 ? Double(answered) / Double(shown) : nil,
            dontKnowShare: shown > notApplicable ? Double(dontKnow) / Double(shown - notApplicable) : nil,
            overall: round.overall,
            overallBandLabel: round.overallBand.flatMap { code in questionnaire.bands.first { $0.code == code }?.label.text(language) },
            synthetic: round.synthetic || input.workspace.synthetic || input.responses.contains { $0.synthetic })
    }
}
