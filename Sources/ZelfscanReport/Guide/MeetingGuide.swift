import ZelfscanCore

/// Five to eight questions for the evaluation meeting, drawn from the cell's own results (the
/// weakest statements, the most disputed ones, facts the members answered differently, the
/// statements most often answered "don't know", a fall since the last round, last year's actions),
/// each with the numbers behind it. Worded for a meeting, not for a statistician.
public struct MeetingGuide: Sendable, Equatable {
    public struct Question: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case weak, disputed, fact, dontKnow, fall, lookBack
        }

        public var kind: Kind
        public var question: String
        /// The numbers behind the question, in words.
        public var numbers: String
        /// The statement (item id) asked about, if it is about one.
        public var itemID: String? = nil
    }

    public static let minimum = 5
    public static let maximum = 8

    public var questions: [Question]

    /// The guide's own file beside the report: `zelfscan-leidraad-2026.html` (English
    /// `zelfscan-meeting-guide-2026.html`), so it can be printed for the meeting on its own.
    public static func fileName(year: Int, extension ext: String, language: Language) -> String {
        ImprovementText(language).fileName(year: year, extension: ext)
    }

    /// At most two weak, two disputed, two facts, one "don't know", one fall and one look back;
    /// more weak and "don't know" statements fill up to five, no statement asked about twice.
    public init(_ report: CellReport) {
        let language = report.language
        let w = ImprovementText(language, group: report.group)
        let t = w.report
        let items = report.dimensions.flatMap(\.items)
        let weak = items.compactMap { item in item.mean.map { (item: item, mean: $0) } }
            .sorted { ($0.mean, $0.item.itemID) < ($1.mean, $1.item.itemID) }.prefix(Self.maximum).map(\.item)
        var used = Set<String>()
        var primary: [Question] = []
        var reserve: [Question] = []

        let minimum = report.rules.minimumCellRespondents
        /// Counts in words, those below the minimum only together, as in the facts table: a
        /// count of one or two in a small cell points at who gave it.
        func counts(_ pairs: [(label: String, count: Int)]) -> String {
            let choices = pairs.filter { $0.count > 0 }.map { FactEntry.Choice(label: $0.label, count: $0.count) }
            return w.answers(FactEntry.merged(choices, minimum: minimum, language: language).map { "\($0.label) \($0.count)" })
        }
        /// "; answers: …" after a statement's figures, left out when every count is below the
        /// minimum: one merged count says nothing the figures before it do not.
        func answers(_ item: ItemSummary) -> String {
            guard item.segments.contains(where: { $0.count >= minimum }) else { return "" }
            return "; " + counts(item.segments.map { ($0.label, $0.count) })
        }
        func weakQuestion(_ item: ItemSummary, first: Bool) -> Question {
            Question(kind: .weak, question: w.weakest(item.text, first: first),
                     numbers: "\(w.meanOf(item.mean.map { t.score($0) } ?? "–", n: item.answered))\(answers(item))", itemID: item.itemID)
        }

        for (index, item) in weak.enumerated() {
            let question = weakQuestion(item, first: index == 0)
            if index < 2 { primary.append(question); used.insert(item.itemID) } else { reserve.append(question) }
        }
        let disputed = items.filter { $0.disputed && !used.contains($0.itemID) }
            .sorted { ($0.agreement ?? 1, $0.itemID) < ($1.agreement ?? 1, $1.itemID) }
        for item in disputed.prefix(2) {
            used.insert(item.itemID)
            let agreement = w.statementAgreement(t.decimal2(item.agreement ?? 0), sd: item.standardDeviation.map { t.score($0) })
            primary.append(Question(kind: .disputed, question: w.disputed(item.text), numbers: "\(agreement)\(answers(item))",
                                    itemID: item.itemID))
        }
        // A question each member answers about themselves is no fact they can disagree on.
        var facts: [Question] = report.context.filter {
            !$0.multiple && !$0.isFact && !$0.aboutRespondent && $0.rows.filter { $0.count > 0 }.count > 1
        }.map { entry in
            Question(kind: .fact, question: w.factDisagreement(entry.question), numbers: counts(entry.rows.map { ($0.label, $0.count) }))
        }
        facts += report.facts.filter(\.differ).map { fact in
            Question(kind: .fact, question: w.factDisagreement(fact.question), numbers: FactWords(w).answer(fact, merging: minimum))
        }
        primary += facts.prefix(2)
        reserve += facts.dropFirst(2)
        let unsure = items.filter { $0.dontKnowCount >= 2 && !used.contains($0.itemID) }
            .sorted { ($0.dontKnowShare ?? 0, $1.itemID) > ($1.dontKnowShare ?? 0, $0.itemID) }
        for (index, item) in unsure.enumerated() {
            let question = Question(kind: .dontKnow, question: w.dontKnow(item.text),
                                    numbers: w.dontKnowCount(item.dontKnowCount, of: item.shown), itemID: item.itemID)
            if index == 0 { primary.append(question) } else { reserve.append(question) }
        }
        // Facts the other members do not know (`others: knowledge`), most unknown first.
        let unknown = report.facts.compactMap { fact -> (fact: FactEntry, share: Double)? in
            guard let asked = fact.othersAsked, asked > 0, let unsure = fact.othersDontKnow, unsure >= 2 else { return nil }
            return (fact, Double(unsure) / Double(asked))
        }.sorted { ($0.share, $1.fact.itemID) > ($1.share, $0.fact.itemID) }
        for (index, entry) in unknown.enumerated() {
            let question = Question(kind: .dontKnow, question: w.factUnknown(entry.fact.question), numbers: FactWords(w).answer(entry.fact))
            if index == 0 && !primary.contains(where: { $0.kind == .dontKnow }) { primary.append(question) } else { reserve.append(question) }
        }
        if let fall = Self.fall(report, w) { primary.append(fall) }
        if let back = report.lookBack, let question = LookBackLines(w).guideQuestion(back) { primary.insert(question, at: 0) }
        var questions = Array(primary.prefix(Self.maximum))
        for question in reserve where questions.count < Self.minimum
            && !questions.contains(where: { $0.itemID != nil && $0.itemID == question.itemID }) {
            questions.append(question)
        }
        self.questions = questions
    }

    /// A fall smaller than this is within what a change of one or two members' answers gives.
    static let fallWorthAsking = 5.0

    /// The dimension that fell most since the last comparable round, when it fell by
    /// `fallWorthAsking` or more, with the role warning when other roles answered.
    private static func fall(_ report: CellReport, _ w: ImprovementText) -> Question? {
        let t = w.report
        let falls = report.dimensions.compactMap { section -> Fall? in
            guard let last = section.trend.last, let after = last.mean,
                  let earlier = section.trend.dropLast().last, let before = earlier.mean,
                  after - before <= -fallWorthAsking else { return nil }
            return Fall(section: section, fromYear: earlier.year, toYear: last.year, before: before, after: after)
        }
        guard let worst = falls.min(by: { $0.change < $1.change }) else { return nil }
        var numbers = w.change(t.score(worst.before), t.score(worst.after), worst.fromYear, worst.toYear, t.signed(worst.change))
        if let roles = report.roleChange, roles.previousYear == worst.fromYear {
            numbers += ". " + w.roleChange(previous: roles.previousYear, gone: roles.gone, new: roles.new)
            if case let same?? = roles.sameRoles[worst.section.id] {
                numbers += " " + w.sameRoles(t.signed(same.change), before: same.before, after: same.after)
            }
        }
        return Question(kind: .fall, question: w.fall(worst.section.title, since: worst.fromYear), numbers: numbers)
    }

    private struct Fall {
        var section: DimensionSection
        var fromYear: Int
        var toYear: Int
        var before: Double
        var after: Double
        var change: Double { after - before }
    }
}
