import Foundation
import Testing
import YAML
@testable import ZelfscanCore

/// The text scanners every field, README line and codebook text goes through: they must catch
/// the forms a person would type and leave the export's own codes and prose alone.
@Suite("audit patterns")
struct AuditPatternTests {
    @Test(arguments: ["2026-11-23", "23-11-2026", "23/11/2026", "23.11.2026", "3.1.2026", "20261123", "10:00", "9:05",
                      "x2026-11-23T10:14:40Z", "om 14:30 begonnen", "2026/11/23"])
    func datesAndTimes(_ text: String) {
        #expect(TextLeaks.looksLikeDateOrTime(Array(text.utf8)))
    }

    @Test(arguments: ["2026", "2026.1", "0.3.0", "72.5", "0–100", "vvsg-2022.agreement-framework", "12345678", "k = 5", "1:2", "32:99", "C00aa20261399ab"])
    func notDates(_ text: String) {
        #expect(!TextLeaks.looksLikeDateOrTime(Array(text.utf8)))
    }

    /// The forms the December 2026 review slipped into a README.
    @Test(arguments: ["0475123456", "+32475123456", "bel 09 123 45 67", "09/123.45.67", "+32 475 12 34 56", "23 november 2026",
                      "op 3 maart", "jan.peeters(at)politie.be"])
    func phoneNumbersDatesInWordsAndDisguisedMail(_ text: String) {
        #expect(TextLeaks.reason(text, prose: true, datesInWords: true) != nil)
    }

    @Test(arguments: ["| 59 | 177 | 891 |", "k = 5; 60013 rijen", "0.3.0", "scores 0–100", "versie 2026.1", "10 cellen in mei-overleg"])
    func exportProseIsNoPhoneOrDate(_ text: String) {
        #expect(TextLeaks.reason(text, prose: true, datesInWords: true) == nil)
    }

    @Test(arguments: ["R-7KQ4M2", "r-7kq4m2", "7KQ4M2", "7kq4m2", "zie R-7KQ4M2.", "(R-ABCD)", "code: 2B3C4D"])
    func respondentCodes(_ text: String) {
        #expect(TextLeaks.looksLikeRespondentCode(Array(text.utf8)))
    }

    @Test(arguments: ["answer", "formal", "R-", "MANIFEST.sha256", "agree5", "scale10", "trust.safe-to-share", "Caaaaaaaaaa09", "R-ABC", "1234567", "in-progress"])
    func notRespondentCodes(_ text: String) {
        #expect(!TextLeaks.looksLikeRespondentCode(Array(text.utf8)))
    }

    @Test(arguments: ["Sint-Niklaas", "sint niklaas", "SINT-NIKLAAS", "sintniklaas", "St.-Niklaas", "Heist-op-den-Berg", "heist op den berg",
                      "in Gent.", "Ieper", "Zwijndrecht", "Pajottegem", "Oud-Heverlee", "Nazareth-De Pinte", "Ghent", "Sint-Genesius-Rode", "Hoegaarden"])
    func municipalityNamesInAnySpelling(_ text: String) {
        #expect(MunicipalityNames.shared.contains(text, prose: false))
        #expect(MunicipalityNames.shared.contains(text, prose: true))
    }

    @Test(arguments: ["Gentse feesten", "Boomgaard", "landelijke-gemeenten", "woongemeenten", "informal-or-none", "trust.safe-to-share", "assen"])
    func wordsThatOnlyLookLikeNames(_ text: String) {
        #expect(!MunicipalityNames.shared.contains(text, prose: false))
    }

    @Test(arguments: ["Read the files as CSV.", "Peer comparison", "De cellen voeren gesprekken", "In alle landen", "een geel blad"])
    func commonWordsAreNamesOnlyInData(_ text: String) {
        #expect(!MunicipalityNames.shared.contains(text, prose: true))
        #expect(MunicipalityNames.shared.contains(text, prose: false))
    }

    @Test func theListHoldsEveryFlemishMunicipality() {
        #expect(FlemishMunicipalities.before2025.count == 300)
        #expect(Set(FlemishMunicipalities.before2025).count == 300)
        #expect(FlemishMunicipalities.commonWords.allSatisfy { word in
            (FlemishMunicipalities.before2025 + FlemishMunicipalities.otherSpellings).contains { $0.lowercased() == word }
        })
    }

    @Test(arguments: ["jan.peeters@politie.be", "mail a@b.co now"])
    func emailAddresses(_ text: String) {
        #expect(TextLeaks.looksLikeEmail(Array(text.utf8)))
        #expect(!TextLeaks.looksLikeEmail(Array("@ the cell".utf8)))
    }

    @Test(arguments: ["=1+1", "+32", "-2", "@SUM(A1)", "\tx", "\rx"])
    func formulaStarts(_ text: String) {
        #expect(TextLeaks.startsFormula(text))
        #expect(!TextLeaks.startsFormula("'" + text))
    }

    /// codebook.yaml carries the questionnaire's texts: none of them may read as a leak, or every
    /// real export would fail its audit.
    @Test(arguments: ["questionnaires/livc-r.yaml", "questionnaires/benchmarks/vvsg-2022.yaml"])
    func theQuestionnaireTextsAreNoFindings(_ file: String) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(file).path
        let codebook = AuditCodebook(try YAMLParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
        let flagged = codebook.scalars.filter { TextLeaks.reason($0.text, prose: true) != nil }.map { "\($0.line): \($0.text)" }
        #expect(flagged == [])
    }
}
