import Testing
@testable import ZelfscanTerminal
import ZelfscanText

@Suite("Session text")
struct TakeTextTests {
    @Test(arguments: TakeText.Key.allCases)
    func everyKeyHasBothLanguagesWithTheSamePlaceholders(_ key: TakeText.Key) {
        let dutch = TakeText(language: .nl)[key]
        let english = TakeText(language: .en)[key]
        #expect(!dutch.isEmpty && !english.isEmpty)
        for placeholder in ["%1", "%2"] {
            #expect(dutch.contains(placeholder) == english.contains(placeholder), "\(key): \(placeholder)")
        }
    }

    @Test func dutchIsTheDefault() {
        #expect(TakeText(language: .en)(.question, "12", "40") == "Question 12/40")
        #expect(TakeText(language: .nl)(.question, "12", "40") == "Vraag 12/40")
    }

    @Test func numbersUseTheLanguagesDecimalMark() {
        #expect(TakeText.decimal(2.5, language: .nl) == "2,5")
        #expect(TakeText.decimal(2.5, language: .en) == "2.5")
        #expect(TakeText.decimal(500, language: .nl) == "500")
    }

    @Test func noticesNameWhatWouldBeAccepted() {
        let text = TakeText(language: .nl)
        #expect(text.notice(.notANumber(missingCodes: ["dk"])) == "Typ een getal, zoals 12 of 2,5, of dk.")
        #expect(text.notice(.outOfRange(minimum: 0, maximum: nil)) == "Typ een getal vanaf 0.")
        #expect(TakeText(language: .en).notice(.outOfRange(minimum: 1.5, maximum: 10)) == "Type a number from 1.5 to 10.")
    }
}
