import Foundation

/// Generates realistic, clearly labelled demo cells for reports, tests and trying out the tool:
/// the same seed always gives the same data. Every workspace and response is marked synthetic and
/// every municipality is called "Demogemeente NNN".
///
/// What makes the data realistic (`docs/scoring.md`, "Demo data"): clusters and provinces in the
/// proportions of Flanders, 60% municipal and 40% zone cells, the usual mix of members, a latent
/// level per cell and dimension with role-group offsets and personal noise, reverse-keyed items
/// answered consistently, about 6% "don't know", context answers drawn from the published
/// figures, conditions respected, some drafts, and a drift from year to year.
public struct DemoDataGenerator: Sendable {
    public var questionnaire: Questionnaire
    public var seed: UInt64
    public var municipalities: Int
    /// Number of consecutive rounds per cell.
    public var years: Int
    public var firstYear: Int
    /// SHA-256 of the questionnaire file, written into every response's stamp.
    public var questionnaireSHA256: String
    /// Members per cell, the same in every cell and round, for data sets of a known size; nil
    /// for the realistic mix of 4 to 10. Without it the data is what it was before the option.
    public var membersPerCell: Int?
    /// An earlier version of the questionnaire with its file's SHA-256: every round but the last
    /// is given on it, so a demo shows a trend across versions with its breaks. Nil: every round
    /// on `questionnaire`.
    public var earlier: (questionnaire: Questionnaire, sha256: String)?

    /// Bounds of `membersPerCell`: a cell needs a few partners, and 15 is a large cell.
    public static let memberRange = 4...15

    public init(questionnaire: Questionnaire, seed: UInt64, municipalities: Int = 30, years: Int = 2,
                firstYear: Int = 2025, questionnaireSHA256: String, membersPerCell: Int? = nil,
                earlier: (questionnaire: Questionnaire, sha256: String)? = nil) {
        self.questionnaire = questionnaire
        self.seed = seed
        self.municipalities = municipalities
        self.years = years
        self.firstYear = firstYear
        self.questionnaireSHA256 = questionnaireSHA256
        self.membersPerCell = membersPerCell
        self.earlier = earlier
    }

    /// The questionnaire of a round and its file's hash.
    private func version(year: Int, lastYear: Int) -> (questionnaire: Questionnaire, sha256: String) {
        if let earlier, year < lastYear { return earlier }
        return (questionnaire, questionnaireSHA256)
    }

    /// Dimensions of every version used, the current one's first: the latent levels cover both.
    private var allDimensions: [Dimension] {
        let extra = (earlier?.questionnaire.dimensions ?? []).filter { old in !questionnaire.dimensions.contains { $0.id == old.id } }
        return questionnaire.dimensions + extra
    }

    /// Context items of every version used, the current one's first: the cell's facts cover both.
    private var allContextItems: [ContextItem] {
        let current = questionnaire.context?.items ?? []
        let extra = (earlier?.questionnaire.context?.items ?? []).filter { old in !current.contains { $0.id == old.id } }
        return current + extra
    }

    /// Probability that a cell has a member in each role (coordinator always; DOMAIN.md, Tabel 14).
    static let roleChances: [(role: String, chance: Double)] = [
        ("coordinator", 1), ("police", 0.97), ("mayor", 0.95), ("social-services", 0.8),
        ("prevention", 0.6), ("education", 0.4), ("youth-welfare", 0.35), ("other", 0.1),
    ]

    /// How a role group tends to rate a dimension, on the 0–1 latent scale: security partners see
    /// information sharing more positively, social-preventive partners trust less (seed 002).
    static let groupOffsets: [String: [String: Double]] = [
        "security": ["information-sharing": 0.08, "trust": 0.03],
        "social-preventive": ["trust": -0.08, "shared-vision": -0.04],
        "administration": ["coordinator": 0.06],
    ]

    /// Typical differences between dimensions: information-sharing agreements lag behind.
    static let dimensionOffsets: [String: Double] = [
        "trust": 0.05, "information-sharing": -0.06, "coordinator": 0.03, "shared-vision": 0,
    ]

    /// Structural items that restate a context fact: a member who says the cell has a formal
    /// local agreement does not answer "does not exist" to the written-agreement item.
    static let factAnchors: [String: (context: String, values: [String: [Double]])] = [
        "information-sharing.written-agreement": (
            "context.agreement", ["formal": [3, 4], "in-progress": [2], "informal": [1], "none": [1]]),
    ]

    static let dontKnowRate = 0.06
    static let skipRate = 0.015
    static let draftRate = 0.1
    static let municipalShare = 0.6
    /// Spread of a member's view around the cell level, and of an answer around the member's view.
    static let personalSpread = 0.12
    static let itemSpread = 0.16
    /// Share of cells where the security and social-preventive sides are far apart ("politie
    /// versus welzijn", seed 002), and how much further apart they are there.
    static let splitRate = 0.2
    static let splitFactor = 3.0

    public func generate() -> [DemoCell] {
        var random = DemoRandom(seed: seed)
        let clusterPool = zip(BelfiusCluster.all, BelfiusCluster.municipalityCounts)
            .flatMap { Array(repeating: $0.0, count: $0.1) }
        let provincePool = Province.allCases.flatMap { Array(repeating: $0, count: $0.municipalityCount) }
        var clusters: [BelfiusCluster] = []
        var provinces: [Province] = []
        var cells: [DemoCell] = []
        for number in stride(from: 1, through: municipalities, by: 1) {
            if clusters.isEmpty { clusters = random.shuffled(clusterPool) }
            if provinces.isEmpty { provinces = random.shuffled(provincePool) }
            var cellRandom = random.fork()
            cells.append(cell(number: number, cluster: clusters.removeLast(), province: provinces.removeLast(),
                              random: &cellRandom))
        }
        return cells
    }

    static func name(_ number: Int) -> String {
        let digits = String(number)
        return "Demogemeente " + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    private func cell(number: Int, cluster: BelfiusCluster, province: Province, random: inout DemoRandom) -> DemoCell {
        let level: Workspace.Level = random.chance(Self.municipalShare) ? .municipal : .zone
        let lastYear = firstYear + max(years, 1) - 1
        let workspace = Workspace(municipality: Self.name(number), level: level, cluster: cluster, province: province,
                                  year: lastYear, language: .nl, synthetic: true)
        let members = self.members(level: level, random: &random)
        var facts = contextFacts(level: level, random: &random)
        matchMembers(&facts, members: members)
        let quality = random.normal(mean: 0.58, sd: 0.12)
        let split = random.chance(Self.splitRate) ? Self.splitFactor : 1
        let yearlyDrift = random.normal(mean: 0.02, sd: 0.03)
        var levels: [String: Double] = [:]
        for dimension in allDimensions {
            levels[dimension.id] = quality + (Self.dimensionOffsets[dimension.id] ?? 0)
                + random.normal(sd: 0.08) + agreementEffect(facts, dimension: dimension.id)
        }
        var responses: [Response] = []
        for year in firstYear...lastYear {
            let elapsed = Double(year - firstYear)
            var yearLevels: [String: Double] = [:]
            for dimension in allDimensions {
                yearLevels[dimension.id] = (levels[dimension.id] ?? 0.6) + yearlyDrift * elapsed + random.normal(sd: 0.02)
            }
            facts.merge(numberFacts(level: level, random: &random)) { $1 }
            let round = version(year: year, lastYear: lastYear)
            let roundDay = random.int(in: 275...320)
            var taken: Set<String> = []
            for role in members {
                let code = RespondentCode.generate(using: &random.generator, avoiding: taken)
                taken.insert(code)
                responses.append(respondent(round, code: code, role: role, municipality: workspace.municipality, year: year,
                                            day: roundDay, levels: yearLevels, split: split, facts: facts,
                                            random: &random))
            }
        }
        responses.sort { ($0.year, $0.respondent) < ($1.year, $1.respondent) }
        return DemoCell(workspace: workspace, responses: responses)
    }

    /// Which member roles show up as which partners in a composition question, by option code.
    static let partnerCodes: [String: [String]] = [
        "police": ["police"], "mayor": ["mayor"], "social-services": ["social-service", "social-services"],
        "prevention": ["prevention"], "education": ["education"], "youth-welfare": ["youth-work", "welfare"],
        "coordinator": ["municipal-services"],
    ]

    /// Members agree with the cell's make-up: the partners they name include the roles that
    /// answer, and "social-preventive partners do not take part" is only said where none do.
    private func matchMembers(_ facts: inout [String: Answer], members: [String]) {
        if let item = questionnaire.context?.items.first(where: { $0.id.hasSuffix("composition") && $0.kind == .multiple }) {
            let codes = Set(item.options.map(\.code))
            let named = members.flatMap { Self.partnerCodes[$0] ?? [] }.filter(codes.contains)
            if !named.isEmpty {
                let ordered = item.options.map(\.code).filter(Set(named).contains)
                facts[item.id] = .choices(ordered)
            }
        }
        let socialPresent = members.contains { questionnaire.role($0)?.group == "social-preventive" }
        if let item = questionnaire.context?.items.first(where: { $0.id.hasSuffix("difficulties") && $0.kind == .multiple }),
           item.options.contains(where: { $0.code == "missing-partners" }), case .choices(var chosen)? = facts[item.id] {
            if socialPresent {
                chosen.removeAll { $0 == "missing-partners" }
            } else if !chosen.contains("missing-partners"), !chosen.contains(where: { code in item.options.contains { $0.code == code && $0.exclusive } }) {
                chosen.append("missing-partners")
            }
            if chosen.isEmpty, let none = item.options.first(where: \.exclusive) { chosen = [none.code] }
            facts[item.id] = .choices(item.options.map(\.code).filter(chosen.contains))
        }
    }

    /// Roles that a large cell has more than one member of (several police officers, social
    /// workers, prevention officers), taken in turn to fill a cell up to `membersPerCell`.
    static let commonRoles = ["police", "social-services", "prevention", "youth-welfare"]

    private func members(level: Workspace.Level, random: inout DemoRandom) -> [String] {
        let known = Set(questionnaire.roles.map(\.id))
        var roles = Self.roleChances.filter { known.contains($0.role) && random.chance($0.chance) }.map(\.role)
        let extras = ["police", "social-services", "prevention", "other"].filter(known.contains)
        if level == .zone, let extra = extras.first, random.chance(0.5) { roles.append(extra) }
        let fallback = extras.isEmpty ? questionnaire.roles.map(\.id) : extras
        while roles.count < 4, let extra = random.element(fallback) { roles.append(extra) }
        guard let size = membersPerCell else { return Array(roles.prefix(10)) }
        let common = Self.commonRoles.filter(known.contains)
        let filling = common.isEmpty ? fallback : common
        var turn = 0
        while roles.count < size, !filling.isEmpty {
            roles.append(filling[turn % filling.count])
            turn += 1
        }
        return Array(roles.prefix(size))
    }

    /// Answers that describe the cell rather than a member's view, drawn once per cell.
    private func contextFacts(level: Workspace.Level, random: inout DemoRandom) -> [String: Answer] {
        var facts: [String: Answer] = [:]
        for item in allContextItems {
            let figure = item.benchmark.flatMap { questionnaire.figure($0)?.figure }
            switch item.kind {
            case .single:
                if let match = item.options.first(where: { $0.code == level.rawValue }) {
                    facts[item.id] = .choice(match.code)
                    continue
                }
                let weights = item.options.map { option in
                    figure?.values.first { $0.category == option.code }?.percent ?? 2
                }
                if let index = random.pick(weights: weights) { facts[item.id] = .choice(item.options[index].code) }
            case .multiple:
                facts[item.id] = .choices(multipleFact(item, figure: figure, random: &random))
            case .number, .text:
                continue
            }
        }
        return facts
    }

    private func multipleFact(_ item: ContextItem, figure: ReferenceFigure?, random: inout DemoRandom) -> [String] {
        func chance(_ code: String, otherwise: Double) -> Double {
            (figure?.values.first { $0.category == code }?.percent).map { $0 / 100 } ?? otherwise
        }
        if let exclusive = item.options.first(where: \.exclusive), random.chance(chance(exclusive.code, otherwise: 0.1)) {
            return [exclusive.code]
        }
        let open = item.options.filter { !$0.exclusive }
        let chosen = open.filter { random.chance(chance($0.code, otherwise: 0.15)) }.map(\.code)
        if !chosen.isEmpty { return chosen }
        return open.max { chance($0.code, otherwise: 0.15) < chance($1.code, otherwise: 0.15) }.map { [$0.code] } ?? []
    }

    /// Numbers such as the cases discussed: small integers, somewhat more in zone cells; drawn
    /// again every round.
    private func numberFacts(level: Workspace.Level, random: inout DemoRandom) -> [String: Answer] {
        var facts: [String: Answer] = [:]
        for item in allContextItems where item.kind == .number {
            let weights: [Double] = [20, 18, 16, 13, 10, 8, 6, 5, 4]
            var value = Double(random.pick(weights: weights) ?? 0)
            if level == .zone { value += Double(random.int(in: 0...3)) }
            if let minimum = item.minimum { value = max(value, minimum) }
            if let maximum = item.maximum { value = min(value, maximum) }
            facts[item.id] = .number(value)
        }
        return facts
    }

    /// A written local agreement lifts information sharing; its absence lowers it.
    private func agreementEffect(_ facts: [String: Answer], dimension: String) -> Double {
        guard dimension == "information-sharing", case .choice(let code)? = facts["context.agreement"] else { return 0 }
        switch code {
        case "formal": return 0.12
        case "in-progress": return 0.03
        case "informal": return -0.06
        case "none": return -0.12
        default: return 0
        }
    }

    private func respondent(_ round: (questionnaire: Questionnaire, sha256: String), code: String, role: String,
                            municipality: String, year: Int, day: Int,
                            levels: [String: Double], split: Double, facts: [String: Answer],
                            random: inout DemoRandom) -> Response {
        let questionnaire = round.questionnaire
        let group = questionnaire.role(role)?.group ?? ""
        var answers: [String: Answer] = [:]
        var skipped: [String] = []
        var personal: [String: Double] = [:]
        for dimension in questionnaire.dimensions {
            let offset = (Self.groupOffsets[group]?[dimension.id] ?? 0) * split
            personal[dimension.id] = (levels[dimension.id] ?? 0.6) + offset + random.normal(sd: Self.personalSpread)
        }
        let contextItems = Dictionary(uniqueKeysWithValues: (questionnaire.context?.items ?? []).map { ($0.id, $0) })
        let knowledgeItems = Dictionary(uniqueKeysWithValues: (questionnaire.knowledge?.items ?? []).map { ($0.id, $0) })
        let scored = Dictionary(questionnaire.dimensions.flatMap { d in d.items.map { ($0.id, (d.id, $0)) } }) { a, _ in a }
        var shownOrder: [String] = []
        for asked in questionnaire.allAskedItems {
            let (id, condition) = (asked.id, asked.showIf)
            if condition != nil {
                let visibility = Visibility(questionnaire: questionnaire, role: role, answers: answers)
                guard visibility.isShown(id) else { continue }
            }
            shownOrder.append(id)
            if let item = contextItems[id] {
                if let answer = contextAnswer(item, role: role, fact: facts[id], random: &random) { answers[id] = answer }
            } else if let item = knowledgeItems[id] {
                answers[id] = knowledgeAnswer(item, random: &random)
            } else if let (dimensionID, item) = scored[id], let scale = questionnaire.scale(item.scale) {
                if random.chance(Self.skipRate) {
                    skipped.append(id)
                } else if !scale.missing.isEmpty, random.chance(Self.dontKnowRate) {
                    answers[id] = .missing(scale.missing[0].code)
                } else {
                    answers[id] = .scale(value(item, scale: scale, level: personal[dimensionID] ?? 0.6,
                                               allowed: anchored(id, answers: answers), random: &random))
                }
            }
        }
        let draft = random.chance(Self.draftRate)
        if draft, shownOrder.count > 1 {
            let kept = Set(shownOrder.prefix(random.int(in: 1...(shownOrder.count - 1))))
            answers = answers.filter { kept.contains($0.key) }
            skipped = skipped.filter(kept.contains)
        }
        let started = DemoDate.date(year: year, dayOfYear: day + random.int(in: 0...14))
            .addingTimeInterval(Double(random.int(in: 8 * 3600...18 * 3600)))
        let updated = started.addingTimeInterval(Double(random.int(in: 240...1500)))
        return Response(
            respondent: code,
            questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: round.sha256),
            municipality: municipality, year: year, role: role, language: .nl,
            status: draft ? .draft : .submitted, started: started, updated: updated,
            submitted: draft ? nil : updated, synthetic: true, answers: answers, skipped: skipped)
    }

    /// Members asked a fact of another role (`others: knowledge`) often do not know it.
    static let othersDontKnowRate = 0.3
    /// Members who know the right answer to a knowledge question, and who say they do not know.
    static let knowledgeRate = 0.65
    static let knowledgeDontKnowRate = 0.1

    /// A member reports the cell's fact, now and then with "don't know"; more often when the fact
    /// is another role's to answer.
    private func contextAnswer(_ item: ContextItem, role: String, fact: Answer?, random: inout DemoRandom) -> Answer? {
        if let owner = item.fact, owner.role != role, let missing = item.missing.first(where: { $0.kind == .dontKnow }),
           random.chance(Self.othersDontKnowRate) {
            return .missing(missing.code)
        }
        if let missing = item.missing.first, random.chance(item.kind == .number ? 0.1 : 0.04) {
            return .missing(missing.code)
        }
        // The cell's facts are drawn over every version; an earlier version may lack an option
        // the current one added (2026.1 has no "justice-house"), and its rounds answer with
        // their own options only.
        let valid = Set(item.options.map(\.code))
        if case .choice(let code)? = fact, !valid.contains(code) { return nil }
        guard case .choices(let all)? = fact else { return fact }
        let codes = all.filter(valid.contains)
        guard codes.count > 1 else { return codes.isEmpty ? nil : .choices(codes) }
        let kept = codes.filter { _ in !random.chance(0.1) }
        return .choices(kept.isEmpty ? codes : kept)
    }

    /// The right option, "don't know", or one of the wrong options.
    private func knowledgeAnswer(_ item: KnowledgeItem, random: inout DemoRandom) -> Answer {
        if random.chance(Self.knowledgeRate) { return .choice(item.correct) }
        if let missing = item.question.missing.first(where: { $0.kind == .dontKnow }), random.chance(Self.knowledgeDontKnowRate / (1 - Self.knowledgeRate)) {
            return .missing(missing.code)
        }
        let wrong = item.question.options.map(\.code).filter { $0 != item.correct }
        return .choice(random.element(wrong) ?? item.correct)
    }

    /// The values an anchored item may take given the member's context answer; nil for any.
    private func anchored(_ itemID: String, answers: [String: Answer]) -> [Double]? {
        guard let anchor = Self.factAnchors[itemID], case .choice(let code)? = answers[anchor.context] else { return nil }
        return anchor.values[code]
    }

    /// The option nearest the respondent's latent level plus item noise, keyed so that a
    /// reverse-keyed statement gets the mirrored answer; among `allowed` values when given.
    private func value(_ item: Item, scale: Scale, level: Double, allowed: [Double]?,
                       random: inout DemoRandom) -> Double {
        let position = min(max(level + random.normal(sd: Self.itemSpread), 0), 1)
        let keyed = scale.minimum + position * (scale.maximum - scale.minimum)
        let target = item.reverse ? scale.minimum + scale.maximum - keyed : keyed
        let candidates = scale.options.map(\.value).filter { allowed?.contains($0) ?? true }
        return candidates.min { abs($0 - target) < abs($1 - target) } ?? scale.minimum
    }
}
