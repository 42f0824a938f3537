import Testing
@testable import ZelfscanCore

/// The strict reader: RFC 4180 exactly, every departure reported with its line, whatever the
/// chunk boundaries.
@Suite("strict CSV reader")
struct AuditCSVReaderTests {
    struct Read: Equatable {
        var records: [[String]] = []
        var lines: [Int] = []
        var problems: [String] = []
    }

    static func read(_ text: String, chunk: Int = 3) -> Read {
        read(Array(text.utf8), chunk: chunk)
    }

    static func read(_ bytes: [UInt8], chunk: Int = 3) -> Read {
        var reader = StrictCSVReader()
        var result = Read()
        func visit(_ event: StrictCSVReader.Event) {
            switch event {
            case .record(let line, let fields):
                result.records.append(fields)
                result.lines.append(line)
            case .problem(let line, let problem):
                result.problems.append("\(line): \(problem)")
            }
        }
        var start = 0
        while start < bytes.count {
            reader.read(Array(bytes[start..<min(bytes.count, start + chunk)]), visit)
            start += chunk
        }
        reader.finish(visit)
        return result
    }

    @Test(arguments: [1, 2, 5, 100])
    func aCleanFileHasRecordsAndLines(chunk: Int) {
        let read = Self.read("a,b\r\n\"x,\"\"y\"\"\",2\r\n\"multi\r\nline\",3\r\nlast,4", chunk: chunk)
        #expect(read.problems == [])
        #expect(read.records == [["a", "b"], ["x,\"y\"", "2"], ["multi\r\nline", "3"], ["last", "4"]])
        #expect(read.lines == [1, 2, 3, 5])
    }

    @Test func departuresAreReportedWithTheirLine() {
        #expect(Self.read("a,b\r\n\"x\"y,2\r\n").problems == ["2: textAfterClosingQuote"])
        #expect(Self.read("a,b\r\nx\"y,2\r\n").problems == ["2: quoteInUnquotedField"])
        #expect(Self.read("a,b\r\n1\r\n1,2,3\r\n").problems == ["2: fieldCount(expected: 2, found: 1)", "3: fieldCount(expected: 2, found: 3)"])
        #expect(Self.read("a,b\r\n\"open,2\r\n3,4\r\n").problems == ["2: unterminatedQuote", "2: fieldCount(expected: 2, found: 1)"])
        #expect(Self.read("a,a,B\r\n").problems == ["1: duplicateColumn(index: 1)", "1: invalidColumnName(index: 2)"])
        #expect(Self.read("a,b\n1,2\r\n").problems == ["1: lineFeedWithoutCarriageReturn"])
    }

    @Test func aByteOrderMarkAndBadUTF8() {
        #expect(Self.read([0xEF, 0xBB, 0xBF] + Array("a\r\n1\r\n".utf8), chunk: 1).problems == ["1: byteOrderMark"])
        #expect(Self.read(Array("a\r\n".utf8) + [0xC3, 0x28] + Array("\r\n".utf8)).problems == ["2: invalidUTF8"])
        #expect(Self.read([0xEF, 0xBB], chunk: 1).records == [[String(decoding: [0xEF, 0xBB], as: UTF8.self)]])
    }

    @Test func columnNamesFollowTheRule() {
        #expect(StrictCSVReader.isValidColumnName("context_agreement"))
        #expect(!StrictCSVReader.isValidColumnName("Gemeente"))
        #expect(!StrictCSVReader.isValidColumnName("1st"))
        #expect(!StrictCSVReader.isValidColumnName(String(repeating: "a", count: 33)))
    }
}
