import Testing
import ZelfscanText

@Suite("PhraseBook")
struct PhraseBookTests {
    struct Words: PhraseBook {
        let language: Language
    }

    @Test func aBookSaysEveryPhraseInItsOwnLanguage() {
        #expect(Words(language: .nl).say(en: "error", nl: "fout") == "fout")
        #expect(Words(language: .en).say(en: "error", nl: "fout") == "error")
        #expect(Language.allCases.map { Words(language: $0).say(Phrase(en: "yes", nl: "ja")) } == ["ja", "yes"])
    }
}
