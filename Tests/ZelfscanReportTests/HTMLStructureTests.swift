import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZelfscanCore
@testable import ZelfscanReport

@Suite("HTML report structure")
struct HTMLStructureTests {
    static func html(_ language: Language) throws -> String {
        HTMLReport(try CellReport(try ReportFixture.input(language: language))).render()
    }

    /// Every `<svg …>…</svg>` in the text, in order.
    static func svgs(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// The figures that hold charts.
    static func figures(in html: String) -> [String] {
        html.components(separatedBy: "<figure class=\"chart-figure").dropFirst().map { $0.components(separatedBy: "</figure>")[0] }
    }

    @Test(arguments: Language.allCases) func everySVGIsWellFormedXML(language: Language) throws {
        let svgs = Self.svgs(in: try Self.html(language))
        #expect(svgs.count > 10, "a radar, trend charts and a bar per statement")
        for svg in svgs {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "") in \(svg.prefix(200))")
            #expect(svg.contains("<title id=") && svg.contains("<desc id="), "\(svg.prefix(120))")
            #expect(svg.contains("role=\"img\""))
        }
    }

    @Test(arguments: Language.allCases) func nothingIsLoadedFromAnywhere(language: Language) throws {
        let html = try Self.html(language)
        for forbidden in ["http://", "https://", "src=", "<script", "url(", "@import", "<link", "<iframe", "<img"] {
            #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
        }
    }

    @Test(arguments: Language.allCases) func everyChartHasATitleADescriptionAndADataTable(language: Language) throws {
        let html = try Self.html(language)
        let figures = Self.figures(in: html)
        #expect(figures.count == 1 + 4 + 4, "the radar, four trend charts, four sets of answer bars")
        for figure in figures {
            #expect(figure.contains("<svg "))
            #expect(figure.contains("<title id="))
            #expect(figure.contains("<desc id="))
            #expect(figure.contains("<details class=\"data\">") && figure.contains("<table>"), "\(figure.prefix(200))")
        }
        #expect(html.contains("<html lang=\"\(language)\">"))
    }

    @Test func bandNamesAreWrittenOutAndThePaletteIsColourBlindSafe() throws {
        let html = try Self.html(.nl)
        for band in ["Aandachtspunt", "In ontwikkeling", "Sterkte"] { #expect(html.contains(band)) }
        for colour in ["#D55E00", "#E69F00", "#56B4E9", "#0072B2"] { #expect(html.contains(colour), "Okabe–Ito \(colour)") }
        #expect(html.contains("prefers-color-scheme: dark"))
        #expect(html.contains("@page { size: A4"))
    }

    @Test func theRadarShowsBandRingsAndThePeerMedian() throws {
        let radar = try #require(Self.svgs(in: try Self.html(.en)).first)
        #expect(radar.contains("class=\"chart radar\""))
        #expect(radar.contains("class=\"ring\""))
        #expect(radar.contains(">50</text>") && radar.contains(">75</text>"))
        #expect(radar.contains("class=\"series-peer\""), "the demo input has a peer pool")
        #expect(radar.contains("median of other groups"), "2026.1 names no group: the neutral word")
    }
}
