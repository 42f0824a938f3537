import Foundation
import Testing
@testable import ZelfscanCore

@Suite("CSV formula neutralisation")
struct CSVFormatTests {
    @Test func fieldsThatStartAFormulaGetALeadingQuote() {
        #expect(CSVFormat.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVFormat.field("+31 2 555") == "'+31 2 555")
        #expect(CSVFormat.field("-2+3") == "'-2+3")
        #expect(CSVFormat.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVFormat.field("\tcmd") == "'\tcmd")
        #expect(CSVFormat.field("\r=1") == "\"'\r=1\"")
        #expect(CSVFormat.field("-") == "'-")
    }

    @Test func numbersAndOrdinaryTextStayAsTheyAre() {
        for number in ["-3.5", "-2", "0", "72.5", "-0.25", "-1e-05", "-1.5E+20"] { #expect(CSVFormat.field(number) == number) }
        for text in ["Gent", "trust.safe-to-share", "a=b", "x-y", "", "'"] { #expect(CSVFormat.field(text) == text) }
        for notNumber in ["-", "-.5", "-3.", "-1e", "-1.2.3", "--1", "-3 "] { #expect(CSVFormat.field(notNumber) == "'" + notNumber) }
    }

    @Test func tablesNeutraliseTextButNeverNumberValues() {
        var table = ExportTable(name: "t", columns: [.init("name", .text), .init("score", .real), .init("change", .integer)])
        table.rows = [[.text("=1+1"), .real(-3.5), .integer(-2)], [.text("-12"), .real(4), .integer(0)]]
        #expect(CSVFormat.text(table) == "name,score,change\r\n'=1+1,-3.5,-2\r\n-12,4,0\r\n")
        #expect(CSVFormat.parse(CSVFormat.text(table))?[1] == ["'=1+1", "-3.5", "-2"])
    }
}
