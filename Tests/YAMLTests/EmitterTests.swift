import Testing
@testable import YAML

@Suite("Emitting YAML")
struct EmitterTests {
    static let trickyTexts = [
        "no", "No", "yes", "on", "off", "true", "null", "~", "", "1.0", "1.10", "012", "0x1F", "1e3",
        "-", "- x", ": x", "a: b", "#hash", "key #comment", "'single'", "\"double\"", "[x]", "{y}",
        "&anchor", "*alias", "!tag", "%directive", "@at", "`tick", "2026-11-23", "12:30",
        "Vertrouwen: \"de cel\" werkt", "coördinator – één ‘afsprakenkader’", "line one\nline two",
        "trailing newline\n", " leading space", "trailing space ", "tab\there", ".inf", "<<", "=",
    ]

    @Test(arguments: trickyTexts)
    func textRoundTrips(_ text: String) throws {
        let document = Node.mapping([("value", .text(text)), ("list", .sequence([.text(text)]))])
        let yaml = try YAMLEmitter().emit(document)
        let back = try YAMLParser().parse(yaml)
        #expect(back["value"]?.scalar?.text == text, "emitted as:\n\(yaml)")
        #expect(back["list"]?.sequence?.first?.scalar?.text == text)
        if PlainScalarAmbiguity.isAmbiguous(text) {
            #expect(back["value"]?.scalar?.isQuoted == true, "'\(text)' must not be written bare:\n\(yaml)")
        }
    }

    /// Far more than libyaml's 16 KiB output buffer, so the emitter is flushed many times through
    /// the pointer it keeps between calls, and each scalar's text is copied before it is freed.
    @Test func aLargeDocumentIsWrittenWhole() throws {
        let items = (0..<3_000).map { Node.mapping([("code", .text("R-\($0)")), ("tekst", .text("antwoord nummer \($0) – één"))]) }
        let yaml = try YAMLEmitter().emit(.mapping([("items", .sequence(items))]))
        #expect(yaml.utf8.count > 100_000)
        let back = try YAMLParser().parse(yaml)
        let read = back["items"]?.sequence ?? []
        #expect(read.count == 3_000)
        #expect(read.last?["tekst"]?.scalar?.text == "antwoord nummer 2999 – één")
    }

    @Test func dutchLettersAreNotEscaped() throws {
        let yaml = try YAMLEmitter().emit(.mapping([("tekst", .text("coördinator één"))]))
        #expect(yaml == "tekst: coördinator één\n")
    }

    @Test func longTextIsNotFolded() throws {
        let long = String(repeating: "woord ", count: 40) + "einde"
        let yaml = try YAMLEmitter().emit(.mapping([("t", .text(long))]))
        #expect(yaml.split(separator: "\n").count == 1)
    }

    @Test func multiLineTextUsesALiteralBlock() throws {
        let yaml = try YAMLEmitter().emit(.mapping([("t", .text("een\ntwee\n"))]))
        #expect(yaml == "t: |\n  een\n  twee\n")
    }

    @Test func plainNumbersStayPlain() throws {
        let yaml = try YAMLEmitter().emit(.mapping([("value", .plain("4")), ("ok", .plain("true"))]))
        #expect(yaml == "value: 4\nok: true\n")
    }

    @Test func emptyCollections() throws {
        let yaml = try YAMLEmitter().emit(.mapping([("a", .sequence([])), ("b", Node(.mapping([])))]))
        let back = try YAMLParser().parse(yaml)
        #expect(back["a"]?.sequence == [])
        #expect(back["b"]?.mapping == [])
    }
}
