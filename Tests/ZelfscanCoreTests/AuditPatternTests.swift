import Foundation
import Testing
@testable import ZelfscanCore

/// The audit's hand-written scanners must flag exactly what the regular expressions they replace
/// flagged, on leaks and on the codes an export is full of.
@Suite("audit patterns")
struct AuditPatternTests {
    static let samples = [
        "2026-11-23", "x2026-11-23T10:14:40Z", "1999-01-02", "2126-11-23", "10:14", "9:05", "a1:23b", ":12", "1:2",
        "in-progress", "trust.safe-to-share", "R-7KQ4M2", "R-ABCD", "R-ABC", "xR-ABCD", "R-ABCDe", "R-ABCD_", "R-ABCD é",
        "R-ABCDé", "zie R-7KQ4M2.", "(R-7KQ4M2)", "R-", "", "3.5", "M0123456789abcdef", "Jansens deelt niets meer sinds 12:30",
        "social-service", "20-11-2026", "2020-1-01", "R-12345678 en R-AB",
    ]

    @Test(arguments: samples)
    func datesAndTimesAsTheRegularExpression(_ value: String) {
        let regex = value.range(of: #"(19|20)\d\d-\d\d-\d\d|\d\d?:\d\d"#, options: .regularExpression) != nil
        #expect(ExportAudit.looksLikeDateOrTime(Array(value.utf8)) == regex)
    }

    @Test(arguments: samples)
    func respondentCodesAsTheRegularExpression(_ value: String) {
        let regex = value.range(of: #"\bR-[0-9A-Z]{4,}\b"#, options: .regularExpression) != nil
        #expect(ExportAudit.looksLikeRespondentCode(Array(value.utf8)) == regex)
    }
}
