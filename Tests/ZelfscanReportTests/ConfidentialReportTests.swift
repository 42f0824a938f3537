import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanReport

/// Issue 13, finding 13: nothing colleagues read in a report is one or two members' own score.
@Suite("no individual score in a report")
struct ConfidentialReportTests {
    @Test(arguments: 0..<8) func noMeanOrSpreadOverFewerThanThree(cell: Int) throws {
        let input = try ReportFixture.input(cell: cell)
        let report = try CellReport(input)
        for section in report.dimensions {
            if section.result.n < 3 { #expect(section.result.mean == nil && section.result.standardDeviation == nil, "\(section.id)") }
            for item in section.items {
                #expect(item.shown >= 3, "\(item.itemID) shown to \(item.shown) is left out")
                if item.answered < 3 { #expect(item.mean == nil && item.standardDeviation == nil, "\(item.itemID)") }
            }
        }
        let markdown = MarkdownReport(report).render()
        #expect(!markdown.contains("(n = 2)") && !markdown.contains("(n = 1)"), "no statistic over one or two members")
        #expect(!markdown.contains("laagste–hoogste"))
    }
}
