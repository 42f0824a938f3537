import ZelfscanCore

/// The words of the report's improvement parts (meeting guide, proposed actions, facts, agreement
/// per statement, who answered, look back), in Dutch and English. Plain text: each renderer
/// escapes it for its format.
struct ImprovementText: Sendable {
    let language: Language
    let report: ReportText

    init(_ language: Language) {
        self.language = language
        self.report = ReportText(language: language)
    }

    private func say(_ nl: String, _ en: String) -> String { Phrase(en: en, nl: nl).text(language) }

    func quoted(_ text: String) -> String { "“\(text)”" }

    /// Ends `text` with a full stop unless it already ends a sentence.
    func sentence(_ text: String) -> String { text.hasSuffix(".") || text.hasSuffix("?") ? text : text + "." }

    // MARK: Meeting guide

    var guideHeading: String { say("Leidraad voor de evaluatievergadering", "Guide for the evaluation meeting") }

    var guideNote: String {
        say("Vragen om samen te bespreken, gekozen uit de resultaten van uw cel, met de cijfers erachter. Neem er de tijd voor; er is geen juist antwoord.",
            "Questions to discuss together, chosen from your cell's results, with the numbers behind them. Take your time; there is no right answer.")
    }

    func guideFileHeading(_ municipality: String, _ year: Int) -> String {
        say("Leidraad voor de evaluatievergadering: \(municipality) \(year)", "Guide for the evaluation meeting: \(municipality) \(year)")
    }

    var guideFileNote: String {
        say("Dit blad hoort bij het zelfscanrapport van uw cel en kan op zichzelf worden afgedrukt. Het bevat geen antwoorden van individuele leden.",
            "This sheet goes with your cell's self-scan report and can be printed on its own. It holds no individual member's answers.")
    }

    func fileName(year: Int, extension ext: String) -> String {
        say("zelfscan-leidraad-\(year).\(ext)", "zelfscan-meeting-guide-\(year).\(ext)")
    }

    var numbersLabel: String { say("De cijfers", "The numbers") }

    func weakest(_ statement: String, first: Bool) -> String {
        first ? say("Bij \(quoted(statement)) geeft de cel de laagste scores. Wat maakt dat zo, en wat zou het verschil maken?",
                    "\(quoted(statement)) gets the cell's lowest scores. Why is that, and what would make a difference?")
              : say("Ook \(quoted(statement)) hoort bij de zwakste stellingen. Wat houdt het tegen, en wie kan daar iets aan doen?",
                    "\(quoted(statement)) is also among the weakest statements. What holds it back, and who could do something about it?")
    }

    func disputed(_ statement: String) -> String {
        say("Over \(quoted(statement)) denken de leden sterk verschillend. Hoe kijkt ieder ernaar, en waar komt het verschil vandaan?",
            "The members see \(quoted(statement)) very differently. How does each of you see it, and where does the difference come from?")
    }

    func factDisagreement(_ question: String) -> String {
        say("Op de vraag \(quoted(question)) gaven de leden verschillende antwoorden. Wat is de werkelijke situatie, en wie kan dat nagaan?",
            "Members gave different answers to \(quoted(question)). What is the actual situation, and who can check it?")
    }

    func dontKnow(_ statement: String) -> String {
        say("Bij \(quoted(statement)) antwoordden veel leden \"weet ik niet\". Wie weet het wel, en hoe laten we het iedereen weten?",
            "Many members answered \"don't know\" to \(quoted(statement)). Who does know, and how do we let everyone know?")
    }

    func fall(_ dimension: String, since year: Int) -> String {
        say("De score op \(quoted(dimension)) daalde sinds \(year). Herkennen jullie dat, en wat is er in die tijd veranderd?",
            "The score on \(quoted(dimension)) fell since \(year). Do you recognise that, and what changed in that time?")
    }

    func lookBackQuestion(_ year: Int) -> String {
        say("Wat kwam er terecht van wat we na de ronde van \(year) afspraken? Wat hielp, wat niet, en wat nemen we mee?",
            "What came of what we agreed after the \(year) round? What helped, what did not, and what do we take forward?")
    }

    func answers(_ parts: [String]) -> String {
        say("antwoorden: \(parts.joined(separator: ", "))", "answers: \(parts.joined(separator: ", "))")
    }

    func meanOf(_ mean: String, n: Int) -> String {
        say("gemiddeld \(mean) van 100 (\(n) leden)", "mean \(mean) out of 100 (\(n) members)")
    }

    func statementAgreement(_ rwg: String, sd: String?) -> String {
        let spread = sd.map { say(", standaardafwijking \($0)", ", standard deviation \($0)") } ?? ""
        return say("eensgezindheid \(rwg) (betwist)\(spread)", "agreement \(rwg) (disputed)\(spread)")
    }

    func dontKnowCount(_ count: Int, of shown: Int) -> String {
        say("\(count) van de \(shown) leden: \"weet ik niet\"", "\(count) of \(shown) members: \"don't know\"")
    }

    func change(_ before: String, _ after: String, _ from: Int, _ to: Int, _ difference: String) -> String {
        say("\(before) in \(from), \(after) in \(to) (\(difference))", "\(before) in \(from), \(after) in \(to) (\(difference))")
    }

    func actionsStatus(_ count: Int, _ parts: [String]) -> String {
        count == 1 ? say("1 afgesproken actie: \(parts.joined(separator: ", "))", "1 agreed action: \(parts.joined(separator: ", "))")
            : say("\(count) afgesproken acties: \(parts.joined(separator: ", "))", "\(count) agreed actions: \(parts.joined(separator: ", "))")
    }

    // MARK: Proposed actions

    var proposalsHeading: String { say("Voorgestelde acties en actieplan", "Proposed actions and action plan") }

    var proposalsNote: String {
        say("Voorstellen uit de zwakste stellingen van uw cel, de dringendste eerst. Kies er samen twee of drie, pas ze aan, en geef elke actie een eigenaar (een organisatie of rol, geen persoon) en een maand. Leg ze vast met zelfscan plan adopt P1 (of zelfscan plan add voor een eigen actie); de lege rijen zijn om met de hand in te vullen.",
            "Proposals from your cell's weakest statements, most urgent first. Choose two or three together, adapt them, and give each action an owner (an organisation or role, not a person) and a month. Record them with zelfscan plan adopt P1 (or zelfscan plan add for an action of your own); the empty rows are for writing in by hand.")
    }

    var noProposals: String {
        say("De vragenlijst geeft geen acties die bij deze resultaten passen; vul de rijen zelf in.",
            "The questionnaire gives no actions that fit these results; fill in the rows yourselves.")
    }

    var whyLabel: String { say("Waarom", "Why") }

    var proposalColumns: (id: String, action: String, why: String, owner: String, due: String) {
        (say("Nr.", "No."), say("Voorgestelde actie", "Proposed action"), say("Waarom: de stellingen", "Why: the statements"),
         say("Wie (organisatie of rol)", "Owner (organisation or role)"), say("Tegen wanneer (maand)", "By when (month)"))
    }

    func why(dimension: String, statements: [String], fromStatement: Bool) -> String {
        let source = fromStatement ? say("advies bij deze stelling", "advice for this statement")
                                   : say("advies voor de score van de dimensie", "advice for the dimension's score")
        return "\(dimension): \(statements.map(quoted).joined(separator: "; ")) (\(source))"
    }

    // MARK: Agreement per statement

    var disputedMark: String { say("betwist", "disputed") }
    var agreementColumn: String { say("Eensgezindheid", "Agreement") }

    func disputedStatements(_ statements: [String]) -> String {
        say("Betwist: de leden zijn het oneens over \(statements.map(quoted).joined(separator: ", ")). Over de eensgezindheid in de dimensie als geheel zeggen we daarom niets.",
            "Disputed: the members disagree on \(statements.map(quoted).joined(separator: ", ")). So nothing is said about agreement in the dimension as a whole.")
    }

    var methodAgreement: String {
        say("Eensgezindheid per stelling. Per stelling vergelijken we de spreiding van de antwoorden met de spreiding als iedereen willekeurig zou antwoorden: eensgezindheid = 1 − (spreiding / spreiding bij toeval), van 0 tot 1 (rwg). Een stelling met 0,50 of minder heet betwist: de antwoorden liggen minstens half zo ver uiteen als bij toeval. Per stelling pas vanaf \(ScoringRules.minimumSpreadRespondents) antwoorden. Over de eensgezindheid van een dimensie zeggen we alleen iets als geen van haar stellingen betwist is en de scores van de leden niet sterk uiteenlopen: de index voor een hele dimensie stijgt met het aantal stellingen en kan onenigheid over één stelling verbergen.",
            "Agreement per statement. For each statement we compare the spread of the answers with the spread if everyone answered at random: agreement = 1 − (spread / spread by chance), from 0 to 1 (rwg). A statement at 0.50 or below is called disputed: its answers lie at least half as far apart as by chance. Per statement only from \(ScoringRules.minimumSpreadRespondents) answers. We say something about a dimension's agreement only when none of its statements is disputed and the members' scores do not differ widely: the index for a whole dimension rises with the number of statements and can hide disagreement on one statement.")
    }

    // MARK: Who answered

    func roleChange(previous year: Int, gone: [String], new: [String]) -> String {
        var parts: [String] = []
        if !gone.isEmpty { parts.append(say("in \(year) wel, nu niet: \(gone.joined(separator: ", "))", "in \(year) but not now: \(gone.joined(separator: ", "))")) }
        if !new.isEmpty { parts.append(say("nu wel, in \(year) niet: \(new.joined(separator: ", "))", "now but not in \(year): \(new.joined(separator: ", "))")) }
        return say("Let op: andere rollen antwoordden dan in \(year) (\(parts.joined(separator: "; "))). Een verschil kan dus ook komen van wie antwoordde.",
                   "Note: other roles answered than in \(year) (\(parts.joined(separator: "; "))). A change may therefore also come from who answered.")
    }

    func sameRoles(_ change: String, before: Int, after: Int) -> String {
        say("Bij dezelfde rollen als toen: \(change) (\(before) en \(after) leden).",
            "Among the same roles as then: \(change) (\(before) and \(after) members).")
    }

    func sameRolesHidden(_ minimum: Int) -> String {
        say("Het verschil bij dezelfde rollen wordt niet getoond: het zou de scores van minder dan \(minimum) leden verraden.",
            "The change among the same roles is not shown: it would give away the scores of fewer than \(minimum) members.")
    }

    var roleChangeHeading: String { say("Wie antwoordde", "Who answered") }

    // MARK: Facts

    var factsHeading: String { say("Feiten over uw cel", "Facts about your cell") }

    var factsNote: String {
        say("Wat de leden over de werking van de cel zelf antwoordden, naast hun oordelen. Lopen de antwoorden uiteen, dan is dat een vraag voor de vergadering.",
            "What the members answered about how the cell itself works, beside their opinions. Where the answers differ, that is a question for the meeting.")
    }

    var questionColumn: String { say("Vraag", "Question") }
    var membersAnswerColumn: String { say("Antwoorden van de leden", "Members' answers") }
    var dontKnowColumn: String { say("Weet ik niet", "Don't know") }

    func numberAnswer(median: String, lowest: String, highest: String, unit: String?, answered: Int) -> String {
        let u = unit.map { " \($0)" } ?? ""
        return lowest == highest
            ? say("\(median)\(u) (alle \(answered) antwoorden gelijk)", "\(median)\(u) (all \(answered) answers alike)")
            : say("mediaan \(median)\(u); de \(answered) antwoorden lopen van \(lowest) tot \(highest)",
                  "median \(median)\(u); the \(answered) answers run from \(lowest) to \(highest)")
    }

    func tooFewAnswers(_ answered: Int, _ minimum: Int) -> String {
        say("\(answered) antwoorden: niet getoond (minstens \(minimum) nodig)", "\(answered) answers: not shown (at least \(minimum) needed)")
    }

    var differentAnswers: String { say("de antwoorden verschillen", "the answers differ") }

    // MARK: Look back

    var lookBackTitle: String { say("Terugblik", "Looking back") }

    var noChange: String { say("geen vergelijking", "no comparison") }

    func lookBackHeading(_ year: Int) -> String { say("Wat we na \(year) afspraken", "What we agreed after \(year)") }

    var lookBackNote: String {
        say("Elke afgesproken actie met haar stand, naast de verandering van de stellingen en de dimensie waar ze over gaat. De cijfers veranderden samen met de acties; dat wil niet zeggen dat de acties de oorzaak zijn.",
            "Each agreed action with where it stands, beside the change of the statements and the dimension it addresses. The figures changed alongside the actions; that does not mean the actions caused the change.")
    }

    var lookBackColumns: (action: String, owner: String, status: String, dimension: String, statements: String) {
        (say("Actie", "Action"), say("Wie, tegen wanneer", "Owner, by when"), say("Stand", "Status"),
         say("Dimensie samen met", "Dimension alongside"), say("Stellingen samen met", "Statements alongside"))
    }

    var noPlan: String {
        say("Voor de vorige ronde is geen actieplan vastgelegd (zelfscan plan).", "No action plan was recorded for the previous round (zelfscan plan).")
    }

    var noActions: String { say("Het actieplan bevat geen acties.", "The action plan holds no actions.") }

    func sinceColumn(_ year: Int) -> String { say("Sinds \(year)", "Since \(year)") }

    func noteLine(_ date: String, _ text: String) -> String { "\(date): \(text)" }
}
