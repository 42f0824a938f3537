import Testing
@testable import YAML

@Suite("Parsing to nodes with marks")
struct ParserTests {
    let parser = YAMLParser()

    @Test func marksAreOneBased() throws {
        let root = try parser.parse("id: livc-r\nlist:\n  - één\n  - {a: 1}\n")
        #expect(root.mark == Mark(line: 1, column: 1))
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.mark == Mark(line: 1, column: 1))
        #expect(pairs[0].value.mark == Mark(line: 1, column: 5))
        let list = try #require(root["list"]?.sequence)
        #expect(list[0].scalar?.text == "één")
        #expect(list[0].mark == Mark(line: 3, column: 5))
        #expect(list[1].mark == Mark(line: 4, column: 5))
        #expect(list[1]["a"]?.mark == Mark(line: 4, column: 9))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let root = try parser.parse("ëëë: x\n")
        #expect(root["ëëë"]?.mark == Mark(line: 1, column: 6))
    }

    @Test func byteOrderMarkDoesNotShiftColumns() throws {
        let root = try parser.parse([0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8))
        #expect(root["a"]?.mark == Mark(line: 1, column: 4))
    }

    @Test func scalarsKeepTextAndStyle() throws {
        let root = try parser.parse("a: no\nb: 'on'\nc: 1.10\nd: \"yes\"\ne: |\n  two\n  lines\n")
        #expect(root["a"]?.scalar == Scalar("no", style: .plain))
        #expect(root["b"]?.scalar == Scalar("on", style: .singleQuoted))
        #expect(root["c"]?.scalar == Scalar("1.10", style: .plain))
        #expect(root["d"]?.scalar == Scalar("yes", style: .doubleQuoted))
        #expect(root["e"]?.scalar == Scalar("two\nlines\n", style: .literal))
    }

    @Test func explicitTagIsKept() throws {
        let root = try parser.parse("a: !!str 12\n")
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
    }

    @Test func aliasesWithinTheLimitAreExpanded() throws {
        let root = try parser.parse("base: &b {x: 1}\ncopy: *b\n")
        #expect(root["copy"]?["x"]?.scalar?.text == "1")
    }
}
