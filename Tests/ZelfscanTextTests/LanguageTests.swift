import Testing
import ZelfscanText

@Suite("Language")
struct LanguageTests {
    @Test(arguments: [("en", Language.en), ("nl", .nl), ("", .nl), ("fr", .nl), ("EN", .nl), ("nl-BE", .nl)])
    func aCodeIsEnglishOnlyWhenItSaysSo(code: String, language: Language) {
        #expect(Language(code: code) == language)
    }

    @Test func theLocaleIsReadInGettextOrder() {
        #expect(Language(environment: [:]) == .nl)
        #expect(Language(environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language(environment: ["LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"]) == .nl)
        #expect(Language(environment: ["LC_ALL": "", "LC_MESSAGES": "en_US", "LANG": "nl_BE"]) == .en)
    }

    @Test func numbersTakeTheLanguagesDecimalSign() {
        #expect(Language.nl.decimal("19.1 MiB") == "19,1 MiB")
        #expect(Language.en.decimal("19.1 MiB") == "19.1 MiB")
    }

    @Test func aPhraseAnswersInEveryLanguage() {
        let phrase = Phrase(en: "error", nl: "fout")
        #expect(Language.allCases.map(phrase.text) == ["fout", "error"])
    }
}
