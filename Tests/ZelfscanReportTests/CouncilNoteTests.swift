import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanReport

@Suite("one-page note for the mayor or council")
struct CouncilNoteTests {
    static func report(_ language: Language) throws -> CellReport {
        try CellReport(try ReportFixture.input(language: language))
    }

    static func plan(year: Int, _ actions: [AgreedAction]) -> ActionPlan {
        ActionPlan(questionnaireID: ReportFixture.questionnaire.id, year: year, actions: actions)
    }

    static let agreed = plan(year: 2026, [
        AgreedAction(id: "A1", action: "Schrijf een <lokaal> afsprakenkader | met *sjabloon*", dimension: "information-sharing",
                     owner: "Lokale politie", due: YearMonth("2027-03")!),
        AgreedAction(id: "A2", action: "Kennismakingsronde voor nieuwe partners", dimension: "trust",
                     owner: "Coördinator", due: YearMonth("2027-01")!, status: .started),
    ])
    static let earlier = plan(year: 2025, [
        AgreedAction(id: "A1", action: "Herhaal het gedeeld beroepsgeheim bij elk casusoverleg", dimension: "trust",
                     owner: "Coördinator", due: YearMonth("2025-12")!, status: .done),
    ])

    @Test func scoresChangeAndActionsWithoutAnythingPerStatement() throws {
        let report = try Self.report(.nl)
        let note = CouncilNote(report: report, plan: Self.agreed, previousPlan: Self.earlier)
        for text in [note.html(), note.markdown()] {
            #expect(text.contains("Notitie voor burgemeester en college"))
            #expect(text.contains("Verschil met 2025"))
            #expect(text.contains("Afgesproken acties na de ronde 2026"))
            #expect(text.contains("Kennismakingsronde voor nieuwe partners"))
            #expect(text.contains("gestart"))
            #expect(text.contains("Acties van vorig jaar (afgesproken na de ronde 2025)"))
            #expect(text.contains("uitgevoerd"))
            #expect(text.contains("SYNTHETISCHE DEMODATA"))
            // Nothing per statement, role or member may leave the cell with the note.
            for item in report.dimensions.flatMap(\.items) { #expect(!text.contains(item.text)) }
            #expect(!text.contains("sd "))
            #expect(!text.contains("spreiding"))
        }
        for section in report.dimensions {
            guard let change = note.rows.first(where: { $0.title == section.title })?.change,
                  let first = section.trend.first?.mean, let last = section.trend.last?.mean else { continue }
            #expect(abs(change - (last - first)) < 1e-9)
        }
    }

    @Test func englishAndNoPlanYet() throws {
        let note = CouncilNote(report: try Self.report(.en), plan: nil)
        let html = note.html()
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("The group has not recorded any actions yet."), "2026.1 names no group: the neutral word")
        #expect(!html.contains("Last year's actions"))
        #expect(note.fileName(extension: "html") == "zelfscan-note-2026.html")
        #expect(CouncilNote(report: try Self.report(.nl), plan: nil).fileName(extension: "md") == "zelfscan-notitie-2026.md")
    }

    /// An action is typed by a person: it is text in HTML and in Markdown, never markup.
    @Test func actionTextsAreEscaped() throws {
        let note = CouncilNote(report: try Self.report(.nl), plan: Self.agreed)
        #expect(note.html().contains("Schrijf een &lt;lokaal&gt; afsprakenkader | met *sjabloon*"))
        #expect(note.markdown().contains("Schrijf een \\<lokaal\\> afsprakenkader \\| met \\*sjabloon\\*"))
        #expect(!note.html().contains("<lokaal>"))
    }

    @Test func oneMainLandmarkAndTheLabelOnEveryPrintedPage() throws {
        let html = CouncilNote(report: try Self.report(.nl), plan: nil).html()
        #expect(html.components(separatedBy: "<main>").count == 2)
        #expect(html.contains("@top-left { content: \"SYNTHETISCHE DEMODATA"))
    }
}

@Suite("print polish")
struct PrintPolishTests {
    /// The running header's text goes into a CSS string: nothing in it can end the string or the
    /// style element.
    @Test func runningBannerEscapesItsText() {
        let style = ReportStyle.runningBanner("a \"quoted\" </style> \\ text")
        #expect(style.contains("content: \"a \\22 quoted\\22  \\3c /style\\3e  \\5c  text\""))
        #expect(style.components(separatedBy: "</style>").count == 2)
    }

    /// Ring labels go to the gap between spokes whose lines pass farthest from the rings.
    @Test func ringLabelsAvoidTheLines() {
        // The cell crosses the first gap's bisector at 50, right on a ring; the last gap
        // (between 20 and 50, crossed at 28.6) is clearest.
        #expect(RadarChart.labelGap([50, 50, 90, 20], [nil, nil, nil, nil], limits: [50, 75]) == 3)
        #expect(RadarChart.labelGap([62, 62, 62, 62], [nil, nil, nil, nil], limits: [50, 75]) == 0)
        // The peer median counts too.
        #expect(RadarChart.labelGap([62, 62, 62, 62], [50, 50, 62, 62], limits: [50, 75]) == 2)
    }

    @Test func allDimensionsInOneBandStillSaySomething() throws {
        let report = try CellReport(try ReportFixture.input(language: .nl))
        var same = report
        for index in same.dimensions.indices {
            same.dimensions[index].result.band = "developing"
            same.dimensions[index].bandLabel = "In ontwikkeling"
        }
        let sentence = try #require(RadarNote.sentence(same))
        #expect(sentence.hasPrefix("Alle vier dimensies liggen in dezelfde zone, In ontwikkeling (50 tot 75)"))
        #expect(HTMLReport(same).render().contains("<p class=\"radar-note\">Alle vier dimensies"))
        var mixed = same
        mixed.dimensions[0].result.band = "attention"
        #expect(RadarNote.sentence(mixed) == nil)
    }
}
