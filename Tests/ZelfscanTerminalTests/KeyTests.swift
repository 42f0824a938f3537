import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

@Suite("Key decoding")
struct KeyDecoderTests {
    func keys(_ chunks: [UInt8]...) -> [Key] {
        var decoder = KeyDecoder()
        return chunks.flatMap { decoder.feed($0) }
    }

    @Test func digitsLettersEnterAndControlKeys() {
        #expect(keys([0x31, 0x62, 0x0D, 0x0A, 0x7F, 0x03, 0x04, 0x09]) ==
                [.character("1"), .character("b"), .enter, .enter, .backspace, .interrupt, .endOfTransmission, .tab])
    }

    @Test func arrowsInBothCursorModes() {
        #expect(keys(Array("\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}OD".utf8)) == [.up, .down, .right, .left])
        #expect(keys(Array("\u{1B}[3~x".utf8)) == [.other, .character("x")])
    }

    @Test func aSequenceSplitAcrossReadsIsKeptUntilComplete() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.isWaiting)
        #expect(decoder.feed([0x5B]) == [])
        #expect(decoder.feed([0x41, 0x32]) == [.up, .character("2")])
        #expect(!decoder.isWaiting)
    }

    @Test func aLoneEscapeComesOutOnFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.flush() == [.escape])
        #expect(keys([0x1B, 0x62]) == [.escape, .character("b")])
    }

    @Test func aLetterSplitInsideItsUTF8BytesIsKept() {
        let bytes = Array("é".utf8)
        var decoder = KeyDecoder()
        #expect(decoder.feed([bytes[0]]) == [])
        #expect(decoder.feed([bytes[1]]) == [.character("é")])
    }
}

@Suite("Key map")
struct KeyMapTests {
    func action(_ key: Key, _ session: TakeSession, commandMode: Bool = false) -> KeyMap.Action {
        KeyMap.action(for: key, in: session, commandMode: commandMode)
    }

    @Test func digitsChooseOnListsAndAreTypedIntoNumbers() {
        let list = makeSession(draft: Fixture.draft())
        #expect(action(.character("2"), list) == .event(.select(2)))
        let number = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("zone")]))
        #expect(action(.character("2"), number) == .event(.type("2")))
        #expect(action(.character(","), number) == .event(.type(",")))
        #expect(action(.character("b"), number) == .event(.back))
    }

    @Test func commandsAndQuitKeys() {
        let session = makeSession(draft: Fixture.draft())
        #expect(action(.character("?"), session) == .event(.help))
        #expect(action(.character("s"), session) == .event(.skip))
        #expect(action(.character("Q"), session) == .event(.quit))
        #expect(action(.interrupt, session) == .event(.quit))
        #expect(action(.endOfTransmission, session) == .event(.quit))
        #expect(action(.up, session) == .event(.up))
        #expect(action(.enter, session) == .event(.confirm))
    }

    @Test func aTextFieldTakesLettersUntilEscape() {
        let text = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.partners": .choices(["police"]),
        ]))
        #expect(text.currentItem?.kind == .text)
        #expect(action(.character("b"), text) == .event(.type("b")))
        #expect(action(.escape, text) == .commandMode)
        #expect(action(.character("b"), text, commandMode: true) == .event(.back))
    }

    @Test func spaceTicksTheHighlightedOption() {
        var multiple = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("municipal")]))
        multiple.run(.down)
        #expect(action(.character(" "), multiple) == .event(.select(2)))
    }

    @Test func theReviewTakesDigitsAndVAndTheConfirmationYesOrNo() {
        var session = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.partners": .choices(["police"]),
            "context.remarks": .text("geen"), "trust.share": .scale(2), "vision.shared": .scale(4),
        ]))
        #expect(action(.character("3"), session) == .event(.type("3")))
        #expect(action(.character("v"), session) == .event(.requestSubmit))
        #expect(action(.down, session) == .scroll(1))
        session.run(.requestSubmit)
        #expect(action(.character("j"), session) == .event(.submit))
        #expect(action(.character("y"), session) == .event(.submit))
        #expect(action(.character("n"), session) == .event(.cancel))
        #expect(action(.enter, session) == .event(.confirm))
    }

    @Test func anyKeyClosesHelpExceptQuit() {
        var session = makeSession(draft: Fixture.draft())
        session.run(.help)
        #expect(action(.character("1"), session) == .event(.cancel))
        #expect(action(.character("q"), session) == .event(.quit))
    }
}
