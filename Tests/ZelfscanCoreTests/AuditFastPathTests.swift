import Testing
@testable import ZelfscanCore

/// Every fast path of the audit gives what its slow path gives (`AuditOracles`,
/// `ReferenceCSVReader`, `RowDigest.canonical`), on the values that could tell them apart:
/// digits of every length, signs, leading zeros, non-ASCII digits, combining marks, broken UTF-8.
@Suite("audit fast paths")
struct AuditFastPathTests {
    /// A seeded generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Digits of lengths 1–15 with a sign, leading zeros, an Arabic-Indic "٣", a fullwidth "５", a
    /// combining accent, a decimal point or a letter put in, and a few odd ones.
    static let numberLikeValues: [String] = {
        var values = ["", "+", "-", "++1", " 1", "1 ", "0", "00", "+0", "٣", "５", "１２３４５", "٣٣٣٣٣", "1\u{301}", "+\u{301}12345",
                      "12345\u{301}", "1.5", "1e3", "0x1F", "NaN", "inf", "١٢٣٤٥٦٧٨٩", "+32475123456", "2026", "99999", "100000"]
        for length in 1...15 {
            let digits = String((0..<length).map { Character(String(($0 * 7 + 3) % 10)) })
            let ones = String(repeating: "1", count: length)
            values += [digits, ones, "+" + ones, "0" + ones, "-" + ones, ones + "٣", "٣" + ones, "５" + ones.dropFirst(),
                       String(ones.dropLast()) + "５", ones + "\u{301}", ones + "a", ones + ".0"]
        }
        return values
    }()

    static let numericKinds: [AuditColumn] = [.respondent, .count(minimum: 0), .count(minimum: 10), .integer(optional: false),
                                              .integer(optional: true), .year(optional: false), .score(optional: true), .itemValue,
                                              .real(decimals: 1, range: 0...100, optional: false)]

    @Test func numericLeakFromBytesIsTheCharacterRule() {
        for kind in Self.numericKinds {
            for value in Self.numberLikeValues {
                #expect((TableAudit.numericLeak(value, kind: kind) != nil) == AuditOracles.numericLeak(value, kind: kind), "\(value) in \(kind)")
            }
        }
    }

    /// A respondent number judged from its bytes is clean exactly when `judge` would find nothing
    /// in it: no numeric leak and no value problem. An integer column's fast path may leave a
    /// value to `judge`, never call a bad one clean.
    @Test func aFastVerdictIsJudgeVerdict() {
        let codebook = AuditCodebook()
        for kind in Self.numericKinds {
            let fast = TableAudit.FastVerdict(kind)
            for value in Self.numberLikeValues {
                let clean = TableAudit.numericLeak(value, kind: kind) == nil && kind.problem(value, context: codebook) == nil
                let fastClean = Array(value.utf8).withUnsafeBufferPointer(fast.isClean)
                switch kind {
                case .respondent: #expect(fastClean == clean, "\(value)")
                case .integer: #expect(fastClean == (clean && !value.isEmpty), "\(value)")
                default: #expect(!fastClean, "\(value) in \(kind)")
                }
            }
        }
    }

    @Test func canonicalIntegerFromBytes() {
        for value in Self.numberLikeValues {
            let fromBytes = Array(value.utf8).withUnsafeBufferPointer { AuditColumn.canonicalInteger($0) }
            let expected: Int? = value.utf8.allSatisfy({ (48...57).contains($0) }) && (1...15).contains(value.utf8.count)
                && (value.utf8.count == 1 || value.utf8.first != 48) ? Int(value) : nil
            #expect(fromBytes == expected, "\(value)")
            #expect(AuditColumn.canonicalInteger(value) == expected, "\(value)")
        }
    }

    static let canonicalTexts = numberLikeValues + ["72.50", "72.5", "3.0", "-0", "-0.0", "-12.000", "1e15", "1e16", "1234567890123456",
                                                    "abc", "é", "agree5", "trust.own-withholding", "R-7KQ4M2", "0.1", ".5", "5."]

    @Test func canonicalBytesAreTheCanonicalString() {
        for text in Self.canonicalTexts {
            for numeric in [false, true] {
                var bytes: [UInt8] = []
                Array(text.utf8).withUnsafeBufferPointer { RowDigest.appendCanonical($0, numeric: numeric, to: &bytes) }
                #expect(bytes == Array(RowDigest.canonical(text, numeric: numeric).utf8), "\(text) numeric \(numeric)")
            }
        }
    }

    @Test func databaseValuesInPlaceAreCanonicalisedAsBefore() {
        var values: [AuditValue] = [.null, .blob]
        values += [0, 1, -1, 7, 2026, 999_999_999_999_999, 1_000_000_000_000_000, -1_000_000_000_000_000, Int64.max, Int64.min].map(AuditValue.integer)
        values += [0, -0.0, 3, 72.5, -2.5, 0.1, 1e15, 1e15 - 1, 1e16, -1e15, .nan, .infinity, -.infinity, 1.0 / 3].map(AuditValue.real)
        values += Self.canonicalTexts.map(AuditValue.text)
        for value in values {
            for numeric in [false, true] {
                var bytes: [UInt8] = []
                var texts: [UInt8] = []
                if case .text(let text) = value { texts = Array(text.utf8) }
                texts.withUnsafeBufferPointer { text in
                    let raw: AuditRawValue
                    switch value {
                    case .null: raw = .null
                    case .blob: raw = .blob
                    case .integer(let number): raw = .integer(number)
                    case .real(let number): raw = .real(number)
                    case .text: raw = .text(text)
                    }
                    RowDigest.appendCanonical(raw, numeric: numeric, to: &bytes)
                }
                #expect(bytes == Array(RowDigest.canonical(value, numeric: numeric).utf8), "\(value) numeric \(numeric)")
            }
        }
    }

    /// SQLite can hold text that is not UTF-8; the reader of the rows repairs it as `String(cString:)` did.
    @Test func brokenUTF8FromTheDatabaseIsRepairedAsAString() {
        for broken: [UInt8] in [[0xC3, 0x28], [0xFF], [0x31, 0x80], [0xE2, 0x82], [0x35, 0xED, 0xA0, 0x80]] {
            for numeric in [false, true] {
                var bytes: [UInt8] = []
                broken.withUnsafeBufferPointer { RowDigest.appendCanonical(.text($0), numeric: numeric, to: &bytes) }
                #expect(bytes == Array(RowDigest.canonical(String(decoding: broken, as: UTF8.self), numeric: numeric).utf8))
            }
        }
    }

    struct Rows: AuditableDatabase {
        var rows: [[AuditValue]]
        func tableNames() throws -> [String] { ["t"] }
        func columnNames(of table: String) throws -> [String] { ["a", "b", "c"] }
        func forEachRow(of table: String, _ body: ([AuditValue]) throws -> Void) throws { try rows.forEach(body) }
    }

    /// The default `forEachRawRow` (tests' databases) gives the digest the rows' `String`s give.
    @Test func theDefaultRawRowsDigestAsTheRows() throws {
        let rows: [[AuditValue]] = [[.integer(1), .text("trust.own-withholding"), .real(5)], [.text("é"), .null, .text("")],
                                    [.text("00"), .blob, .real(72.5)], [.text("a\u{0}b"), .text(""), .text("x")]]
        var expected = RowDigest()
        for row in rows {
            expected.add(zip(row, [true, false, true]).map { RowDigest.canonical($0, numeric: $1) })
        }
        #expect(try DatabaseDigests.digest("t", in: Rows(rows: rows), numeric: [true, false, true]) == expected)
    }

    @Test func aByteKeyedTableIsADictionary() {
        var random = SplitMix(state: 17)
        var table = ByteKeyedTable<Int>()
        var dictionary: [[UInt8]: Int] = [:]
        for index in 0..<5000 {
            let key = (0..<Int.random(in: 0...6, using: &random)).map { _ in UInt8.random(in: 0...3, using: &random) * 60 }
            let found = key.withUnsafeBufferPointer { table.value(for: $0) }
            #expect(found == dictionary[key])
            if found == nil {
                key.withUnsafeBufferPointer { table.insert($0, index) }
                dictionary[key] = index
            }
        }
        #expect(table.count == dictionary.count)
        for (key, value) in dictionary { #expect(key.withUnsafeBufferPointer { table.value(for: $0) } == value) }
    }

    /// The byte reader and the `String` reader it replaced report the same records and problems,
    /// in the same order, on hostile text cut into chunks of every size.
    @Test func theReaderIsTheByteByByteReader() {
        let fragments: [[UInt8]] = [",", "\"", "\r", "\n", "\r\n", "\"\"", "a", "1", "é", "٣", "answered", "trust.own-withholding", " "].map { Array($0.utf8) }
            + [[0xC3], [0xFF], [0xEF, 0xBB, 0xBF], [0xE2, 0x82], [0x1F], [0]]
        var random = SplitMix(state: 2026)
        for round in 0..<1500 {
            var bytes: [UInt8] = round % 3 == 0 ? Array("respondent,item,value,status\r\n".utf8) : []
            for _ in 0..<Int.random(in: 0...80, using: &random) { bytes += fragments.randomElement(using: &random)! }
            let chunk = [1, 2, 3, 7, 64, bytes.count + 1].randomElement(using: &random)!
            let read = Self.events(StrictCSVReader(), bytes, chunk: chunk), expected = Self.events(ReferenceCSVReader(), bytes, chunk: chunk)
            #expect(read == expected, "round \(round), chunks of \(chunk): \(bytes)")
            // One case is enough to see what went wrong.
            if read != expected { return }
        }
    }

    /// A field longer than the limit is cut at the same byte and reported once, whether its bytes
    /// come in one run or one by one.
    @Test(arguments: [1, 4096, 1 << 21]) func aTooLongFieldIsCutAsBefore(chunk: Int) {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: StrictCSVReader.maxFieldBytes + 5)
        let bytes = Array("a,b\r\n".utf8) + long + Array(",\"".utf8) + long + Array("\"\r\n1,2\r\n".utf8)
        let new = Self.events(StrictCSVReader(), bytes, chunk: chunk)
        #expect(new == Self.events(ReferenceCSVReader(), bytes, chunk: chunk))
        #expect(new.filter { $0.contains("fieldTooLong") }.count == 2)
    }

    protocol Reader {
        mutating func read(_ chunk: [UInt8], _ visit: (StrictCSVReader.Event) -> Void)
        mutating func finish(_ visit: (StrictCSVReader.Event) -> Void)
        var header: [String]? { get }
    }

    static func events(_ reader: some Reader, _ bytes: [UInt8], chunk: Int) -> [String] {
        var reader = reader
        var events: [String] = []
        func visit(_ event: StrictCSVReader.Event) {
            switch event {
            case .record(let line, let fields): events.append("\(line): \(fields.map { Array($0.utf8) })")
            case .problem(let line, let problem): events.append("\(line): \(problem)")
            }
        }
        var start = 0
        while start < bytes.count {
            reader.read(Array(bytes[start..<min(bytes.count, start + chunk)]), visit)
            start += chunk
        }
        reader.finish(visit)
        events.append("header \(reader.header.map { $0.map { Array($0.utf8) } } ?? [])")
        return events
    }

    /// items.csv's answer findings, remembered per (item, value, status), are those each row gets
    /// afresh, on the row's line; fields that run together differently are different rows.
    @Test func itemRowFindingsAreEachRowsOwn() {
        var codebook = AuditCodebook()
        codebook.items = ["q.a", "q.ab", "q.a1", "q.b"]
        codebook.scoredItems = ["q.a", "q.ab"]
        codebook.scaleValues = ["q.a": ["1", "2", "15"], "q.ab": ["1", "5"]]
        codebook.roleDependentItems = ["q.b"]
        let rows: [[String]] = [["1", "q.a", "1", "answered"], ["1", "q.a", "15", "answered"], ["2", "q.a", "", "answered"],
                                ["2", "q.ab", "5", "answered"], ["3", "q.a", "5", "answered"], ["3", "q.b", "1", "answered"],
                                ["3", "q.a", "1", "skipped"], ["4", "q.a", "15", "answered"], ["4", "q.a", "", "answered"],
                                ["4", "q.b", "1", "answered"], ["5", "q.ab", "5", "answered"], ["5", "q.a", "1", "skipped"],
                                ["5", "q.a1", "5", "answered"]]
        var table = TableAudit(file: "items.csv", codebook: codebook, limiter: FindingLimiter(file: "items.csv"))
        table.readHeader(["respondent", "item", "value", "status"], line: 1, checkNames: false)
        var expected = FindingLimiter(file: "items.csv")
        for (index, row) in rows.enumerated() {
            table.readRow(row, line: index + 2)
            for message in TableAudit.answerFindings(item: row[1], value: row[2], status: row[3], codebook: codebook) {
                expected.add("answer", line: index + 2, message, hint: TableAudit.exportAgain)
            }
        }
        let findings = table.finish(k: 5)
        #expect(findings == expected.findings())
        #expect(findings.map(\.line) == [4, 6, 7, 8, 10, 11, 13, 14])
    }

    /// Respondent numbers judged from their bytes still give every finding the slow path gives,
    /// on the row's line, in order.
    @Test func respondentNumbersStillFailWhereTheyShould() {
        let values = ["1", "2", "3", "123456789", "٣", "５", "0", "+4", "04", "4", "5", "12345", "123456789012", "1234567890123"]
        var codebook = AuditCodebook()
        codebook.items = ["q"]
        var table = TableAudit(file: "items.csv", codebook: codebook, limiter: FindingLimiter(file: "items.csv"))
        table.readHeader(["respondent", "item", "value", "status"], line: 1, checkNames: false)
        for (index, value) in values.enumerated() { table.readRow([value, "q", "", "skipped"], line: index + 2) }
        let respondent = table.finish(k: 5).filter { $0.message.en.hasPrefix("column 1 (respondent)") }
        #expect(respondent.map(\.line) == [5, 6, 7, 8, 9, 10, 14])
        #expect(respondent.map { $0.message.en.contains("epoch seconds") } == [true, false, false, false, false, false, true])
    }
}

extension StrictCSVReader: AuditFastPathTests.Reader {}
extension ReferenceCSVReader: AuditFastPathTests.Reader {}
