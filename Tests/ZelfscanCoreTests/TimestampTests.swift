import Foundation
import Testing
@testable import ZelfscanCore

@Suite("timestamps")
struct TimestampTests {
    /// The hand-written reader must agree with Foundation's on every kind of day.
    @Test(arguments: ["1970-01-01T00:00:00Z", "2018-02-28T23:59:59Z", "2024-02-29T12:00:00Z", "2000-02-29T00:00:01Z",
                      "2026-11-23T10:14:40Z", "2099-12-31T23:59:59Z", "1999-03-01T07:08:09Z"])
    func handReaderAgreesWithFoundation(_ text: String) throws {
        let foundation = try Date(text, strategy: Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
        #expect(Timestamp.parseWritten(text) == foundation)
        #expect(Timestamp.format(try #require(Timestamp.parse(text))) == text)
    }

    @Test(arguments: ["2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-31T00:00:00Z", "2026-11-23T24:00:00Z",
                      "2026-11-23T10:60:00Z", "2026-11-23 10:14:40Z", "2026-11-23T10:14:40", "2026-1a-23T10:14:40Z", ""])
    func notTheWrittenForm(_ text: String) {
        #expect(Timestamp.parseWritten(text) == nil)
    }
}
