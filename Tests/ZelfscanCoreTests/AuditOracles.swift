@testable import ZelfscanCore

/// The audit's slow paths as they were before their fast paths came, kept as oracles: each fast
/// path must give exactly what these give.
enum AuditOracles {
    /// `TableAudit.numericLeak` as it walked `Character`s (a `+`, then ASCII digits by `isNumber`).
    static func numericLeak(_ value: String, kind: AuditColumn) -> Bool {
        var digits = Substring(value)
        if digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        if (9...12).contains(digits.count) { return true }
        if digits.count == 5 {
            switch kind {
            case .respondent, .count, .integer: return false
            default: return true
            }
        }
        return false
    }
}

/// `StrictCSVReader` as it read byte by byte into a `String` per field.
struct ReferenceCSVReader {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterClosingQuote }

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var line = 1
    private var recordLine = 1
    private var pendingCarriageReturn = false
    private var bytesSeen = 0
    private var bomCandidate: [UInt8] = []
    private var fieldCut = false
    private var recordHasContent = false
    private var reportedAfterQuote = false
    private(set) var header: [String]?

    init() {}

    mutating func read(_ chunk: UnsafeRawBufferPointer, _ visit: (StrictCSVReader.Event) -> Void) {
        for byte in chunk { consume(byte, visit) }
    }

    mutating func read(_ chunk: [UInt8], _ visit: (StrictCSVReader.Event) -> Void) {
        chunk.withUnsafeBytes { read($0, visit) }
    }

    /// Ends the input: a last record without a line end is still a record.
    mutating func finish(_ visit: (StrictCSVReader.Event) -> Void) {
        if bytesSeen < 3, !bomCandidate.isEmpty {
            let pending = bomCandidate
            bomCandidate = []
            for byte in pending { process(byte, visit) }
        }
        if pendingCarriageReturn {
            visit(.problem(line: line, .carriageReturnWithoutLineFeed))
            pendingCarriageReturn = false
        }
        if state == .quoted {
            visit(.problem(line: recordLine, .unterminatedQuote))
        }
        if recordHasContent || !fields.isEmpty || !field.isEmpty || state == .quoted {
            endRecord(visit)
        }
        if header == nil { visit(.problem(line: 1, .noHeader)) }
    }

    private mutating func consume(_ byte: UInt8, _ visit: (StrictCSVReader.Event) -> Void) {
        // The first three bytes are held back until it is known whether they are a byte-order mark.
        if bytesSeen < 3 {
            bytesSeen += 1
            bomCandidate.append(byte)
            let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
            if bomCandidate == Array(mark.prefix(bomCandidate.count)) {
                if bomCandidate.count == 3 {
                    visit(.problem(line: 1, .byteOrderMark))
                    bomCandidate = []
                }
                return
            }
            let pending = bomCandidate
            bomCandidate = []
            bytesSeen = 3
            for held in pending { process(held, visit) }
            return
        }
        process(byte, visit)
    }

    private mutating func process(_ byte: UInt8, _ visit: (StrictCSVReader.Event) -> Void) {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        if pendingCarriageReturn {
            pendingCarriageReturn = false
            if byte == lf {
                line += 1
                endRecord(visit)
                return
            }
            visit(.problem(line: line, .carriageReturnWithoutLineFeed))
            append(cr, visit)
        }
        switch state {
        case .quoted:
            if byte == quote {
                state = .quoteInQuoted
            } else {
                if byte == lf { line += 1 }
                append(byte, visit)
            }
        case .quoteInQuoted:
            if byte == quote {
                append(quote, visit)
                state = .quoted
            } else {
                state = .afterClosingQuote
                delimiterOrText(byte, visit)
            }
        case .fieldStart:
            recordHasContent = true
            if byte == quote {
                state = .quoted
            } else {
                state = .unquoted
                delimiterOrText(byte, visit)
            }
        case .unquoted, .afterClosingQuote:
            delimiterOrText(byte, visit)
        }
    }

    /// A byte outside quotes: a delimiter, a line end, or text of the field.
    private mutating func delimiterOrText(_ byte: UInt8, _ visit: (StrictCSVReader.Event) -> Void) {
        switch byte {
        case UInt8(ascii: ","):
            endField(visit)
            state = .fieldStart
        case UInt8(ascii: "\r"):
            pendingCarriageReturn = true
        case UInt8(ascii: "\n"):
            visit(.problem(line: line, .lineFeedWithoutCarriageReturn))
            line += 1
            endRecord(visit)
        default:
            if state == .afterClosingQuote {
                if !reportedAfterQuote { visit(.problem(line: line, .textAfterClosingQuote)) }
                reportedAfterQuote = true
            } else if byte == UInt8(ascii: "\"") {
                visit(.problem(line: line, .quoteInUnquotedField))
            }
            append(byte, visit)
        }
    }

    private mutating func append(_ byte: UInt8, _ visit: (StrictCSVReader.Event) -> Void) {
        guard field.count < StrictCSVReader.maxFieldBytes else {
            if !fieldCut { visit(.problem(line: line, .fieldTooLong)) }
            fieldCut = true
            return
        }
        field.append(byte)
    }

    private mutating func endField(_ visit: (StrictCSVReader.Event) -> Void) {
        if let text = String(validating: field, as: UTF8.self) {
            fields.append(text)
        } else {
            visit(.problem(line: recordLine, .invalidUTF8))
            fields.append(String(decoding: field, as: UTF8.self))
        }
        field.removeAll(keepingCapacity: true)
        fieldCut = false
        reportedAfterQuote = false
    }

    private mutating func endRecord(_ visit: (StrictCSVReader.Event) -> Void) {
        endField(visit)
        let record = fields
        fields.removeAll(keepingCapacity: true)
        let start = recordLine
        recordLine = line
        state = .fieldStart
        recordHasContent = false
        if let header {
            if record.count != header.count {
                visit(.problem(line: start, .fieldCount(expected: header.count, found: record.count)))
            }
        } else {
            header = record
            var seen: Set<String> = []
            for (index, name) in record.enumerated() {
                if !StrictCSVReader.isValidColumnName(name) { visit(.problem(line: start, .invalidColumnName(index: index))) }
                if !seen.insert(name).inserted { visit(.problem(line: start, .duplicateColumn(index: index))) }
            }
        }
        visit(.record(line: start, fields: record))
    }
}
