import ZelfscanCore

/// The words of the report's improvement parts (meeting guide, proposed actions, facts, agreement
/// per statement, who answered, look back), in Dutch and English. Plain text: each renderer
/// escapes it for its format.
struct ImprovementText: Sendable, PhraseBook {
    let language: Language
    let report: ReportText

    init(_ language: Language, group: GroupNoun = .neutral) {
        self.language = language
        self.report = ReportText(language: language, group: group)
    }

    /// "uw cel" / "your cell".
    var yours: String { report.group.yours(language) }

    func quoted(_ text: String) -> String { "“\(text)”" }

    /// Ends `text` with a full stop unless it already ends a sentence.
    func sentence(_ text: String) -> String { text.hasSuffix(".") || text.hasSuffix("?") ? text : text + "." }

    // MARK: Meeting guide

    var guideHeading: String { say(en: "Guide for the evaluation meeting", nl: "Leidraad voor de evaluatievergadering") }

    var guideNote: String {
        say(en: "Questions to discuss together, chosen from the results of \(yours), with the numbers behind them. Take your time; there is no right answer.",
            nl: "Vragen om samen te bespreken, gekozen uit de resultaten van \(yours), met de cijfers erachter. Neem er de tijd voor; er is geen juist antwoord.")
    }

    func guideFileHeading(_ municipality: String, _ year: Int) -> String {
        say(en: "Guide for the evaluation meeting: \(municipality) \(year)", nl: "Leidraad voor de evaluatievergadering: \(municipality) \(year)")
    }

    var guideFileNote: String {
        say(en: "This sheet goes with the self-scan report of \(yours) and can be printed on its own. It holds no individual member's answers.",
            nl: "Dit blad hoort bij het zelfscanrapport van \(yours) en kan op zichzelf worden afgedrukt. Het bevat geen antwoorden van individuele leden.")
    }

    func fileName(year: Int, extension ext: String) -> String {
        say(en: "zelfscan-meeting-guide-\(year).\(ext)", nl: "zelfscan-leidraad-\(year).\(ext)")
    }

    var numbersLabel: String { say(en: "The numbers", nl: "De cijfers") }

    func weakest(_ statement: String, first: Bool) -> String {
        first ? say(en: "\(quoted(statement)) gets the members' lowest scores. Why is that, and what would make a difference?",
                    nl: "Bij \(quoted(statement)) geven de leden de laagste scores. Wat maakt dat zo, en wat zou het verschil maken?")
              : say(en: "\(quoted(statement)) is also among the weakest statements. What holds it back, and who could do something about it?",
                    nl: "Ook \(quoted(statement)) hoort bij de zwakste stellingen. Wat houdt het tegen, en wie kan daar iets aan doen?")
    }

    func disputed(_ statement: String) -> String {
        say(en: "The members see \(quoted(statement)) very differently. How does each of you see it, and where does the difference come from?",
            nl: "Over \(quoted(statement)) denken de leden sterk verschillend. Hoe kijkt ieder ernaar, en waar komt het verschil vandaan?")
    }

    func factDisagreement(_ question: String) -> String {
        say(en: "Members gave different answers to \(quoted(question)). What is the actual situation, and who can check it?",
            nl: "Op de vraag \(quoted(question)) gaven de leden verschillende antwoorden. Wat is de werkelijke situatie, en wie kan dat nagaan?")
    }

    func dontKnow(_ statement: String) -> String {
        say(en: "Many members answered \"don't know\" to \(quoted(statement)). Who does know, and how do we let everyone know?",
            nl: "Bij \(quoted(statement)) antwoordden veel leden \"weet ik niet\". Wie weet het wel, en hoe laten we het iedereen weten?")
    }

    func factUnknown(_ question: String) -> String {
        say(en: "Several members do not know the answer to \(quoted(question)). How do we make sure everyone knows it?",
            nl: "Verschillende leden kennen het antwoord op \(quoted(question)) niet. Hoe zorgen we ervoor dat iedereen het weet?")
    }

    func fall(_ dimension: String, since year: Int) -> String {
        say(en: "The score on \(quoted(dimension)) fell since \(year). Do you recognise that, and what changed in that time?",
            nl: "De score op \(quoted(dimension)) daalde sinds \(year). Herkennen jullie dat, en wat is er in die tijd veranderd?")
    }

    func lookBackQuestion(_ year: Int) -> String {
        say(en: "What came of what we agreed after the \(year) round? What helped, what did not, and what do we take forward?",
            nl: "Wat kwam er terecht van wat we na de ronde van \(year) afspraken? Wat hielp, wat niet, en wat nemen we mee?")
    }

    func answers(_ parts: [String]) -> String {
        say(en: "answers: \(parts.joined(separator: ", "))", nl: "antwoorden: \(parts.joined(separator: ", "))")
    }

    func meanOf(_ mean: String, n: Int) -> String {
        say(en: "mean \(mean) out of 100 (\(n) members)", nl: "gemiddeld \(mean) van 100 (\(n) leden)")
    }

    func statementAgreement(_ rwg: String, sd: String?) -> String {
        let spread = sd.map { say(en: ", standard deviation \($0)", nl: ", standaardafwijking \($0)") } ?? ""
        return say(en: "agreement \(rwg) (disputed)\(spread)", nl: "eensgezindheid \(rwg) (betwist)\(spread)")
    }

    func dontKnowCount(_ count: Int, of shown: Int) -> String {
        say(en: "\(count) of \(shown) members: \"don't know\"", nl: "\(count) van de \(shown) leden: \"weet ik niet\"")
    }

    func change(_ before: String, _ after: String, _ from: Int, _ to: Int, _ difference: String) -> String {
        say(en: "\(before) in \(from), \(after) in \(to) (\(difference))", nl: "\(before) in \(from), \(after) in \(to) (\(difference))")
    }

    func actionsStatus(_ count: Int, _ parts: [String]) -> String {
        count == 1 ? say(en: "1 agreed action: \(parts.joined(separator: ", "))", nl: "1 afgesproken actie: \(parts.joined(separator: ", "))")
            : say(en: "\(count) agreed actions: \(parts.joined(separator: ", "))", nl: "\(count) afgesproken acties: \(parts.joined(separator: ", "))")
    }

    // MARK: Proposed actions

    var proposalsHeading: String { say(en: "Proposed actions and action plan", nl: "Voorgestelde acties en actieplan") }

    var proposalsNote: String {
        say(en: "Proposals from the weakest statements of \(yours), most urgent first. Choose two or three together, adapt them, and give each action an owner (an organisation or role, not a person) and a month. Record them with zelfscan plan adopt P1 (or zelfscan plan add for an action of your own); the empty rows are for writing in by hand.",
            nl: "Voorstellen uit de zwakste stellingen van \(yours), de dringendste eerst. Kies er samen twee of drie, pas ze aan, en geef elke actie een eigenaar (een organisatie of rol, geen persoon) en een maand. Leg ze vast met zelfscan plan adopt P1 (of zelfscan plan add voor een eigen actie); de lege rijen zijn om met de hand in te vullen.")
    }

    var noProposals: String {
        say(en: "The questionnaire gives no actions that fit these results; fill in the rows yourselves.",
            nl: "De vragenlijst geeft geen acties die bij deze resultaten passen; vul de rijen zelf in.")
    }

    var whyLabel: String { say(en: "Why", nl: "Waarom") }

    var proposalColumns: (id: String, action: String, why: String, owner: String, due: String) {
        (say(en: "No.", nl: "Nr."), say(en: "Proposed action", nl: "Voorgestelde actie"), say(en: "Why: the statements", nl: "Waarom: de stellingen"),
         say(en: "Owner (organisation or role)", nl: "Wie (organisatie of rol)"), say(en: "By when (month)", nl: "Tegen wanneer (maand)"))
    }

    func why(dimension: String, statements: [String], fromStatement: Bool) -> String {
        let source = fromStatement ? say(en: "advice for this statement", nl: "advies bij deze stelling")
                                   : say(en: "advice for the dimension's score", nl: "advies voor de score van de dimensie")
        return "\(dimension): \(statements.map(quoted).joined(separator: "; ")) (\(source))"
    }

    // MARK: Agreement per statement

    var disputedMark: String { say(en: "disputed", nl: "betwist") }
    var agreementColumn: String { say(en: "Agreement", nl: "Eensgezindheid") }

    func disputedStatements(_ statements: [String]) -> String {
        say(en: "Disputed: the members disagree on \(statements.map(quoted).joined(separator: ", ")). So nothing is said about agreement in the dimension as a whole.",
            nl: "Betwist: de leden zijn het oneens over \(statements.map(quoted).joined(separator: ", ")). Over de eensgezindheid in de dimensie als geheel zeggen we daarom niets.")
    }

    var methodAgreement: String {
        say(en: "Agreement per statement. For each statement we compare the spread of the answers with the spread if everyone answered at random: agreement = 1 − (spread / spread by chance), from 0 to 1 (rwg). A statement at 0.50 or below is called disputed: its answers lie at least half as far apart as by chance. Per statement only from \(ScoringRules.minimumSpreadRespondents) answers. We say something about a dimension's agreement only when none of its statements is disputed and the members' scores do not differ widely: the index for a whole dimension rises with the number of statements and can hide disagreement on one statement.",
            nl: "Eensgezindheid per stelling. Per stelling vergelijken we de spreiding van de antwoorden met de spreiding als iedereen willekeurig zou antwoorden: eensgezindheid = 1 − (spreiding / spreiding bij toeval), van 0 tot 1 (rwg). Een stelling met 0,50 of minder heet betwist: de antwoorden liggen minstens half zo ver uiteen als bij toeval. Per stelling pas vanaf \(ScoringRules.minimumSpreadRespondents) antwoorden. Over de eensgezindheid van een dimensie zeggen we alleen iets als geen van haar stellingen betwist is en de scores van de leden niet sterk uiteenlopen: de index voor een hele dimensie stijgt met het aantal stellingen en kan onenigheid over één stelling verbergen.")
    }

    // MARK: Who answered

    /// Says that the composition changed and by how many roles, never which: in a cell a role is
    /// usually one person, and whether they answered is theirs, as the cover's role groups of fewer
    /// than three are kept together for the same reason.
    func roleChange(previous year: Int, gone: [String], new: [String]) -> String {
        func roles(_ count: Int, _ language: Language) -> String {
            switch language {
            case .en: count == 1 ? "one role" : "\(count) roles"
            case .nl: count == 1 ? "één rol" : "\(count) rollen"
            }
        }
        var en: [String] = [], nl: [String] = []
        if !gone.isEmpty {
            en.append("\(roles(gone.count, .en)) answered in \(year) but not now")
            nl.append("\(roles(gone.count, .nl)) antwoordde\(gone.count == 1 ? "" : "n") in \(year) wel, nu niet")
        }
        if !new.isEmpty {
            en.append("\(roles(new.count, .en)) answered now but not in \(year)")
            nl.append("\(roles(new.count, .nl)) antwoordde\(new.count == 1 ? "" : "n") nu wel, in \(year) niet")
        }
        return say(en: "Note: other roles answered than in \(year) (\(en.joined(separator: "; "))). A change may therefore also come from who answered.",
                   nl: "Let op: andere rollen antwoordden dan in \(year) (\(nl.joined(separator: "; "))). Een verschil kan dus ook komen van wie antwoordde.")
    }

    func sameRoles(_ change: String, before: Int, after: Int) -> String {
        say(en: "Among the same roles as then: \(change) (\(before) and \(after) members).",
            nl: "Bij dezelfde rollen als toen: \(change) (\(before) en \(after) leden).")
    }

    func sameRolesHidden(_ minimum: Int) -> String {
        say(en: "The change among the same roles is not shown: it would give away the scores of fewer than \(minimum) members.",
            nl: "Het verschil bij dezelfde rollen wordt niet getoond: het zou de scores van minder dan \(minimum) leden verraden.")
    }

    var roleChangeHeading: String { say(en: "Who answered", nl: "Wie antwoordde") }

    // MARK: Facts

    var factsHeading: String { say(en: "Facts about \(yours)", nl: "Feiten over \(yours)") }

    var factsNote: String {
        say(en: "What the members answered about how \(report.group.definite(.en)) itself works, beside their opinions. Where the answers differ, that is a question for the meeting.",
            nl: "Wat de leden over de werking van \(report.group.definite(.nl)) zelf antwoordden, naast hun oordelen. Lopen de antwoorden uiteen, dan is dat een vraag voor de vergadering.")
    }

    var questionColumn: String { say(en: "Question", nl: "Vraag") }
    var membersAnswerColumn: String { say(en: "Members' answers", nl: "Antwoorden van de leden") }
    var dontKnowColumn: String { say(en: "Don't know", nl: "Weet ik niet") }

    func numberAnswer(median: String, lowest: String, highest: String, unit: String?, answered: Int) -> String {
        let u = unit.map { " \($0)" } ?? ""
        return lowest == highest
            ? say(en: "\(median)\(u) (all \(answered) answers alike)", nl: "\(median)\(u) (alle \(answered) antwoorden gelijk)")
            : say(en: "median \(median)\(u); the \(answered) answers run from \(lowest) to \(highest)",
                  nl: "mediaan \(median)\(u); de \(answered) antwoorden lopen van \(lowest) tot \(highest)")
    }

    func tooFewAnswers(_ answered: Int, _ minimum: Int) -> String {
        say(en: "\(answered) answers: not shown (at least \(minimum) needed)", nl: "\(answered) antwoorden: niet getoond (minstens \(minimum) nodig)")
    }

    func factBy(_ value: String, _ role: String) -> String {
        say(en: "\(value) (according to the \(role.lowercased()))", nl: "\(value) (volgens de \(role.lowercased()))")
    }

    func othersKnowledge(_ unsure: Int, of asked: Int) -> String {
        say(en: "other members: \(unsure) of \(asked) don't know", nl: "andere leden: \(unsure) van \(asked) weten het niet")
    }

    var differentAnswers: String { say(en: "the answers differ", nl: "de antwoorden verschillen") }

    // MARK: Look back

    var lookBackTitle: String { say(en: "Looking back", nl: "Terugblik") }

    var noChange: String { say(en: "no comparison", nl: "geen vergelijking") }

    func lookBackHeading(_ year: Int) -> String { say(en: "What we agreed after \(year)", nl: "Wat we na \(year) afspraken") }

    var lookBackNote: String {
        say(en: "Each agreed action with where it stands, beside the change of the statements and the dimension it addresses. The figures changed alongside the actions; that does not mean the actions caused the change.",
            nl: "Elke afgesproken actie met haar stand, naast de verandering van de stellingen en de dimensie waar ze over gaat. De cijfers veranderden samen met de acties; dat wil niet zeggen dat de acties de oorzaak zijn.")
    }

    var lookBackColumns: (action: String, owner: String, status: String, dimension: String, statements: String) {
        (say(en: "Action", nl: "Actie"), say(en: "Owner, by when", nl: "Wie, tegen wanneer"), say(en: "Status", nl: "Stand"),
         say(en: "Dimension alongside", nl: "Dimensie samen met"), say(en: "Statements alongside", nl: "Stellingen samen met"))
    }

    var noPlan: String {
        say(en: "No action plan was recorded for the previous round (zelfscan plan).", nl: "Voor de vorige ronde is geen actieplan vastgelegd (zelfscan plan).")
    }

    var noActions: String { say(en: "The action plan holds no actions.", nl: "Het actieplan bevat geen acties.") }

    func sinceColumn(_ year: Int) -> String { say(en: "Since \(year)", nl: "Sinds \(year)") }

    /// Why a statement or dimension has no change: the later version asks it anew or reworded.
    func notComparable(_ reason: LookBack.Break) -> String {
        switch reason {
        case .newOrReworded(let later, let earlier):
            say(en: "not comparable: new or reworded in version \(later) (earlier round: version \(earlier))",
                nl: "niet vergelijkbaar: nieuw of herschreven in versie \(later) (vorige ronde: versie \(earlier))")
        }
    }

    /// The short form in a table cell or beside a bar.
    var notComparableShort: String { say(en: "not comparable", nl: "niet vergelijkbaar") }

    /// Under a change measured on part of a dimension across versions.
    func partialChange(_ items: Int) -> String {
        say(en: "on the \(items) statements both versions ask", nl: "op de \(items) stellingen die beide versies stellen")
    }

    /// Under the statement changes when the round compared with used an earlier version.
    func acrossVersions(_ year: Int, earlier: String, later: String) -> String {
        say(en: "\(year) was answered on version \(earlier) of the questionnaire, this round on \(later): a statement that continues unchanged shows its change since \(year); a new or reworded one is not comparable.",
            nl: "\(year) werd beantwoord op versie \(earlier) van de vragenlijst, deze ronde op \(later): een stelling die ongewijzigd doorloopt, toont haar verandering sinds \(year); een nieuwe of herschreven stelling is niet vergelijkbaar.")
    }

    func noteLine(_ date: String, _ text: String) -> String { "\(date): \(text)" }
}
