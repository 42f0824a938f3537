import Testing
@testable import ZelfscanCore

@Suite("Action plan")
struct ActionPlanTests {
    static func bundled() throws -> Questionnaire { try #require(BundledQuestionnaire.load().questionnaire) }

    @Test func roundTrip() throws {
        let questionnaire = try Self.bundled()
        let plan = ActionPlan(questionnaireID: "livc-r", year: 2026, actions: [
            AgreedAction(id: "A1", action: "Een onthaalprocedure voor nieuwe leden: \"wie, wat\"", dimension: "trust",
                         items: ["trust.agreed-use-of-information", "trust.betrayal-feeling"], owner: "LIVC-coördinator",
                         due: try #require(YearMonth("2027-03")), status: .started,
                         notes: [ActionNote(date: "2027-01-10", text: "Eerste versie besproken.\nTweede regel.")], proposal: "P2"),
            AgreedAction(id: "A2", action: "yes", dimension: "coordinator", owner: "Politiezone", due: try #require(YearMonth("2027-10"))),
        ])
        let text = try ActionPlanCoding.encode(plan)
        let result = ActionPlanCoding.decode(file: "plan-2026.yaml", bytes: Array(text.utf8), questionnaire: questionnaire, year: 2026)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.plan == plan)
        #expect(text.hasPrefix("# Zelfscan: actieplan"))
        #expect(plan.nextID == "A3")
        #expect(plan.counts() == [.started: 1, .open: 1])
        #expect(plan.counts(dimension: "trust") == [.started: 1])
    }

    @Test func handEditedErrorsAreLocated() throws {
        let text = """
            format: 1
            questionnaire: livc-r
            year: 2026
            actions:
              - id: A1
                action: Afspraken over terugkoppeling
                dimension: trust
                items: [trust.consensu, information-sharing.referral]
                owner: Jan Peeters
                due: 2027-13
                status: begonnen
                notes:
                  - {date: 2027-02-30, text: x}
              - id: A1
                action: Tweede
                dimension: trsut
                owner: OCMW
                due: 2027-01
                status: open

            """
        let result = ActionPlanCoding.decode(file: "plans/plan-2026.yaml", bytes: Array(text.utf8), questionnaire: try Self.bundled(), year: 2026)
        #expect(result.plan == nil)
        let found = result.diagnostics.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found.count == 8, "\(found)")
        #expect(found[0].hasPrefix("8:13 'trust.consensu' is not a statement"))
        #expect(found[0].contains("did you mean 'trust.consensus'?"))
        #expect(found[1].hasPrefix("8:29 the statement 'information-sharing.referral' belongs to dimension 'information-sharing'"))
        #expect(found[2].hasPrefix("9:12 the owner 'Jan Peeters' looks like a person's name"))
        #expect(found[3].hasPrefix("10:10 '2027-13' is not a month"))
        #expect(found[4].hasPrefix("11:13 'begonnen' is not a status; choose one of: open, started, done, dropped"))
        #expect(found[5].hasPrefix("13:16 '2027-02-30' is not a date"))
        #expect(found[6].hasPrefix("14:9 action id 'A1' is used twice"))
        #expect(found[7].hasPrefix("16:16 'trsut' is not a dimension") && found[7].contains("did you mean 'trust'?"))
        #expect(result.diagnostics.allSatisfy { $0.file == "plans/plan-2026.yaml" && $0.text.nl != $0.text.en })
    }

    @Test func yearAndQuestionnaireMustMatch() throws {
        let text = "format: 1\nquestionnaire: other\nyear: 2025\nactions: []\n"
        let result = ActionPlanCoding.decode(file: "plan-2026.yaml", bytes: Array(text.utf8), questionnaire: try Self.bundled(), year: 2026)
        #expect(result.diagnostics.map(\.line) == [2, 3])
        #expect(result.diagnostics[1].hint?.contains("plan-2025.yaml") == true)
    }

    @Test func ownersThatAreNames() {
        for owner in ["Jan Peeters", "mevrouw De Smet", "Dhr. Janssens", "J. Peeters", "fatima", "a.b@gemeente.be", "De heer Maes", "Peeters J.", "Van den Bossche K.", "J.Peeters"] {
            #expect(ActionOwner.problem(owner) != nil, "\(owner)")
        }
        for owner in ["Politiezone Regio", "OCMW", "LIVC-coördinator", "preventiedienst", "Burgemeester", "CAW Oost-Vlaanderen", "PZ Jan Breydel", "Zone B", "Dienst Welzijn A"] {
            #expect(ActionOwner.problem(owner) == nil, "\(owner)")
        }
    }

    @Test func monthsAndDates() {
        #expect(YearMonth("2027-3")?.description == "2027-03")
        for text in ["2027-00", "27-03", "2027-3-1", "2027/03", "２０２７-03", "2027-+3"] { #expect(YearMonth(text) == nil, "\(text)") }
        #expect(ActionNote.isDate("2028-02-29"))
        #expect(!ActionNote.isDate("2027-02-29"))
        #expect(!ActionNote.isDate("2027-2-01"))
        #expect(AgreedAction.isValidID("A12") && !AgreedAction.isValidID("1A") && !AgreedAction.isValidID("A 1"))
    }

    @Test func lookBackPairsActionsWithChanges() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        func round(_ year: Int, _ shares: [Double]) throws -> CellRound {
            let responses = shares.enumerated().map { index, share in
                ScoringExamples.response("R-AAAA\(year % 10)\(index)", role: "police", ["trust.share": .scale(share), "trust.withholding": .scale(2)],
                                         questionnaire: questionnaire, year: year)
            }
            return try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        }
        let first = try round(2025, [2, 2, 3])
        let second = try round(2026, [4, 4, 5])
        let plan = ActionPlan(questionnaireID: "example", year: 2025, actions: [
            AgreedAction(id: "A1", action: "x", dimension: "trust", items: ["trust.share"], owner: "OCMW",
                         due: try #require(YearMonth("2026-06")), status: .done),
        ])
        let lookBack = LookBack.make(round: second, earlier: [first], plans: [plan], questionnaire: questionnaire)
        #expect(lookBack.comparableYear == 2025 && lookBack.baselineYear == 2025 && !lookBack.isEmpty)
        let outcome = try #require(lookBack.actions.first)
        #expect(outcome.action.status == .done)
        let share = try #require(outcome.statements.first?.change)
        #expect(abs((share.after ?? 0) - (75 + 75 + 100) / 3.0) < 1e-9)
        #expect(abs((share.before ?? 0) - (25 + 25 + 50) / 3.0) < 1e-9)
        #expect(abs((share.change ?? 0) - 50) < 1e-9)
        #expect(lookBack.statements.map(\.itemID) == ["trust.share", "trust.withholding"])
        #expect(lookBack.statements[1].change.change == 0)
        #expect(outcome.dimension?.change.change == second.dimension("trust")!.mean! - first.dimension("trust")!.mean!)

        let alone = LookBack.make(round: first, earlier: [], plans: [plan], questionnaire: questionnaire)
        #expect(alone.isEmpty && alone.statements.isEmpty)
    }

    @Test func lookBackHidesStatementsWithTooFewAnswers() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let responses = (0..<3).map { index in
            ScoringExamples.response("R-AAAAB\(index)", role: "police",
                                     index == 0 ? ["trust.share": .scale(2), "trust.withholding": .scale(2)] : ["trust.withholding": .scale(2)],
                                     questionnaire: questionnaire, skipped: index == 0 ? [] : ["trust.share"])
        }
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        #expect(StatementMeans(round: round, questionnaire: questionnaire, rules: .standard).means.keys.sorted() == ["trust.withholding"])
    }
}
