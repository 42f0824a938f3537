import TestSupport
import Testing
@testable import YAML

/// Every kind of broken input ends in a located `YAMLError`, never a crash.
@Suite("Parser errors")
struct ParserErrorTests {
    let parser = YAMLParser()

    func failure(_ text: String, limits: ParserLimits = .default) -> YAMLError? {
        failure(Array(text.utf8), limits: limits)
    }

    func failure(_ bytes: [UInt8], limits: ParserLimits = .default) -> YAMLError? {
        do throws(YAMLError) {
            _ = try YAMLParser(limits: limits).parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyFile() throws {
        let error = try #require(failure(""))
        #expect(error.kind == .empty)
        #expect(error.mark == Mark(line: 1, column: 1))
    }

    @Test func onlyCommentsCountsAsEmpty() throws {
        #expect(failure("# nothing here\n\n")?.kind == .empty)
    }

    @Test func tabIndentation() throws {
        let error = try #require(failure("a:\n\tb: 1\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark.line == 2)
        #expect(error.message.contains("tab"))
    }

    @Test func unclosedQuotePointsAtTheOpeningQuote() throws {
        let error = try #require(failure("a: 1\nb: \"never closed\nc: 2\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == Mark(line: 2, column: 4))
        #expect(error.message.contains("never closed"))
        #expect(error.notes.first?.mark.line == 4)
    }

    @Test func badIndentation() throws {
        let error = try #require(failure("a:\n  b: 1\n c: 2\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark.line == 3)
        #expect(error.hint != nil)
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes = Array("a: ok\nb: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = try #require(failure(bytes))
        #expect(error.kind == .invalidUTF8)
        #expect(error.mark == Mark(line: 2, column: 7))
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(failure([0x61, 0x3A, 0x20, 0xC0, 0xAF])?.kind == .invalidUTF8)
        #expect(failure([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80])?.kind == .invalidUTF8)
        #expect(failure([0x61, 0x3A, 0x20, 0xF4, 0x90, 0x80, 0x80])?.kind == .invalidUTF8)
        #expect(failure([0x61, 0x3A, 0x20, 0xE2, 0x82])?.kind == .invalidUTF8)
    }

    @Test func controlCharacterIsLocated() throws {
        let error = try #require(failure([0x61, 0x3A, 0x20, 0x62, 0x0A, 0x63, 0x01]))
        #expect(error.kind == .syntax)
        #expect(error.mark == Mark(line: 2, column: 2))
        #expect(error.message.contains("control character"))
    }

    @Test func randomBinaryFailsCleanly() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<200 {
            let bytes = generator.bytes(256)
            #expect(failure(bytes) != nil)
        }
    }

    @Test func duplicateKeyReportsBothPlaces() throws {
        let error = try #require(failure("id: a\nname: x\nid: b\n"))
        #expect(error.kind == .duplicateKey)
        #expect(error.mark == Mark(line: 3, column: 1))
        #expect(error.notes.map(\.mark) == [Mark(line: 1, column: 1)])
        #expect(error.notes.map(\.message) == ["first use of 'id'"])
        #expect(error.notes.map(\.text.nl) == ["eerste gebruik van 'id'"])
    }

    @Test func duplicateKeyInNestedFlowMapping() throws {
        let error = try #require(failure("a:\n  - {x: 1, x: 2}\n"))
        #expect(error.kind == .duplicateKey)
        #expect(error.mark == Mark(line: 2, column: 12))
    }

    @Test func undefinedAlias() throws {
        let error = try #require(failure("a: *nowhere\n"))
        #expect(error.kind == .undefinedAlias)
        #expect(error.mark == Mark(line: 1, column: 4))
    }

    @Test func recursiveAlias() throws {
        let error = try #require(failure("a: &x [1, *x]\n"))
        #expect(error.kind == .recursiveAlias)
    }

    @Test func aliasBombFailsFast() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1..<10 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let error = try #require(failure(text))
        #expect(error.kind == .aliasLimit)
        #expect(error.mark.line <= 5)
    }

    @Test func deepNestingStopsAtTheLimit() throws {
        let text = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        let error = try #require(failure(text))
        #expect(error.kind == .tooDeep)
        #expect(error.mark == Mark(line: 1, column: 101))
    }

    @Test func deepBlockNestingStopsAtTheLimit() throws {
        var text = ""
        for depth in 0..<150 { text += String(repeating: " ", count: depth) + "k:\n" }
        let error = try #require(failure(text))
        #expect(error.kind == .tooDeep)
        #expect(error.mark.line == 101)
    }

    @Test func oversizedFileIsRefusedBeforeParsing() throws {
        let big = "a: " + String(repeating: "x", count: 20 * 1024 * 1024) + "\n"
        let error = try #require(failure(big))
        #expect(error.kind == .tooLarge)
        #expect(error.message.contains("20.0 MiB"))
    }

    @Test func sizesInDutchHaveADecimalComma() throws {
        let error = try #require(failure("a: " + String(repeating: "x", count: 20 * 1024 * 1024) + "\n"))
        #expect(error.text.nl.contains("het bestand is 20,0 MiB groot; de grens is 5,0 MiB"), "\(error.text.nl)")
    }

    @Test func limitsAreConfigurable() {
        #expect(failure("[[1]]", limits: ParserLimits(maxDepth: 1))?.kind == .tooDeep)
        #expect(failure("a: b", limits: ParserLimits(maxBytes: 3))?.kind == .tooLarge)
        #expect(failure("a: &x [1, 2]\nb: *x\n", limits: ParserLimits(maxAliasExpansion: 2))?.kind == .aliasLimit)
    }

    @Test func secondDocumentIsRefused() throws {
        let error = try #require(failure("a: 1\n---\nb: 2\n"))
        #expect(error.kind == .multipleDocuments)
        #expect(error.mark.line == 2)
    }

    @Test func complexKeyIsRefused() throws {
        #expect(failure("? [a, b]\n: c\n")?.kind == .complexKey)
    }
}

@Suite("Files from other editors")
struct EditorFileTests {
    @Test func windowsLineEndingsGiveTheSameMarks() throws {
        let root = try YAMLParser().parse("id: x\r\nlist:\r\n  - één\r\n")
        #expect(root["list"]?.sequence?.first?.mark == Mark(line: 3, column: 5))
        #expect(root["list"]?.sequence?.first?.scalar?.text == "één")
    }

    @Test func utf16FileIsNamedAsSuch() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("id: x\n".utf8).flatMap { [$0, 0] }
        do throws(YAMLError) {
            _ = try YAMLParser().parse(bytes)
            Issue.record("a UTF-16 file was accepted")
        } catch {
            #expect(error.kind == .invalidUTF8)
            #expect(error.message == "the file is saved as UTF-16; zelfscan reads UTF-8")
        }
    }
}
