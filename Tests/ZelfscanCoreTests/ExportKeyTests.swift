import Foundation
import Testing
@testable import ZelfscanCore

@Suite("Export key strength")
struct ExportKeyTests {
    /// 64 hex digits from a block repeated.
    static func repeated(_ block: String) -> String {
        String(String(repeating: block, count: 64 / block.count + 1).prefix(64))
    }

    @Test func oneRepeatedDigitIsRefused() {
        #expect(throws: ExportKey.ParseError.oneDigit) { try ExportKey(text: String(repeating: "0", count: 64)) }
        #expect(throws: ExportKey.ParseError.oneDigit) { try ExportKey(text: String(repeating: "F", count: 64) + "\n") }
    }

    @Test func countingIsRefusedFromAnyStartAndInEitherDirection() {
        #expect(throws: ExportKey.ParseError.counting) { try ExportKey(text: Self.repeated("0123456789abcdef")) }
        #expect(throws: ExportKey.ParseError.counting) { try ExportKey(text: Self.repeated("456789abcdef0123")) }
        #expect(throws: ExportKey.ParseError.counting) { try ExportKey(text: Self.repeated("fedcba9876543210")) }
    }

    @Test func shortRepeatedPatternsAreRefusedUpToSixteenDigits() {
        #expect(throws: ExportKey.ParseError.repeatedPattern(period: 2)) { try ExportKey(text: Self.repeated("ab")) }
        #expect(throws: ExportKey.ParseError.repeatedPattern(period: 8)) { try ExportKey(text: Self.repeated("deadbeef")) }
        #expect(throws: ExportKey.ParseError.repeatedPattern(period: 16)) { try ExportKey(text: Self.repeated("0f1e2d3c4b5a6978")) }
        // The same sixteen digits ending differently repeat no block: only the other checks apply.
        var text = Array(Self.repeated("0f1e2d3c4b5a6978"))
        text[63] = "0"
        #expect(throws: Never.self) { try ExportKey(text: String(text)) }
    }

    @Test func fewDistinctDigitsAreRefused() {
        let nine = "0123456781357024680876543210135702468087654321013570246808765432"
        #expect(Set(nine).count == 9)
        #expect(throws: ExportKey.ParseError.fewDistinctDigits(distinct: 9)) { try ExportKey(text: nine) }
        let ten = "0123456789135702468097654321013570246808765432101357024680876549"
        #expect(Set(ten).count == 10)
        #expect(throws: Never.self) { try ExportKey(text: ten) }
    }

    @Test func malformedTextIsStillMalformed() {
        #expect(throws: ExportKey.ParseError.malformed) { try ExportKey(text: "abc") }
        #expect(throws: ExportKey.ParseError.malformed) { try ExportKey(text: String(repeating: "g", count: 64)) }
        #expect(throws: ExportKey.ParseError.malformed) { try ExportKey(text: String(repeating: "0", count: 65)) }
    }

    @Test func uppercaseReadsAsTheSameKey() throws {
        let key = ExportKey.random()
        #expect(try ExportKey(text: key.fileText.uppercased()) == key)
    }

    /// `key new` writes `random()`'s file text: none of a thousand draws may be refused.
    @Test func randomKeysAreAlwaysAccepted() throws {
        var seen = Set<[UInt8]>()
        for _ in 0..<1000 {
            let key = ExportKey.random()
            #expect(try ExportKey(text: key.fileText) == key)
            seen.insert(key.bytes)
        }
        #expect(seen.count == 1000)
    }
}
