import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanReport

/// Texts from a questionnaire file end up in reports that are opened in browsers and editors:
/// nothing in them may become markup, a link or a script there.
@Suite("questionnaire texts in reports")
struct HostileTextTests {
    static let hostile = "<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://x/) &lt;b&gt;"

    static func input() throws -> ReportInput {
        var input = try ReportFixture.input(comments: true)
        for index in input.questionnaire.bands.indices {
            input.questionnaire.bands[index].label = LocalizedText(["nl": Self.hostile, "en": Self.hostile])
        }
        return input
    }

    @Test func bandLabelsAreEscapedInMarkdown() throws {
        let markdown = MarkdownReport(try CellReport(try Self.input())).render()
        #expect(markdown.contains("\\<script\\>"), "the label is there, escaped")
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("[x](javascript:") && !markdown.contains("![i]("))
        #expect(!markdown.contains(" &lt;b&gt;"), "an entity stays text")
    }

    @Test func bandLabelsAreEscapedInHTML() throws {
        let html = HTMLReport(try CellReport(try Self.input())).render()
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
