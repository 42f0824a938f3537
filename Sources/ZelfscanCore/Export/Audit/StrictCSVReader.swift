/// A streaming RFC 4180 reader that reports every departure from the export's dialect instead of
/// repairing it: a lenient reader (Python's csv, pandas) silently keeps text after a closing quote
/// or reads the second of two equal column names, which is how leaks slipped past the old audit.
/// It takes the file in chunks of any size and keeps one record at a time, so a file of any size
/// costs the same memory.
public struct StrictCSVReader {
    public enum Problem: Sendable, Equatable {
        case byteOrderMark
        case invalidUTF8
        case textAfterClosingQuote
        case quoteInUnquotedField
        case unterminatedQuote
        case lineFeedWithoutCarriageReturn
        case carriageReturnWithoutLineFeed
        case fieldTooLong
        case fieldCount(expected: Int, found: Int)
        case duplicateColumn(index: Int)
        case invalidColumnName(index: Int)
        case noHeader
    }

    public enum Event {
        /// A record with the line it starts on (the header is line 1). Its field count may differ
        /// from the header's; that was reported as a problem just before.
        case record(line: Int, fields: [String])
        case problem(line: Int, Problem)
    }

    /// `Event` with the record as bytes, for the audit, which makes a `String` only where a check
    /// needs one. The record is valid only during the call.
    enum RecordEvent {
        case record(line: Int, CSVRecord)
        case problem(line: Int, Problem)
    }

    /// A single field longer than this is cut and reported, so that one endless quoted field
    /// cannot exhaust memory.
    public static let maxFieldBytes = 1 << 20

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterClosingQuote }

    private var state = State.fieldStart
    private var record = CSVRecord()
    /// The bytes of the open field OR-ed together: only a field with a byte of 0x80 or more needs
    /// its UTF-8 checked.
    private var fieldBits: UInt8 = 0
    private var line = 1
    private var recordLine = 1
    private var pendingCarriageReturn = false
    private var bytesSeen = 0
    private var bomCandidate: [UInt8] = []
    private var fieldCut = false
    private var recordHasContent = false
    private var reportedAfterQuote = false
    public private(set) var header: [String]?

    public init() {}

    public mutating func read(_ chunk: UnsafeRawBufferPointer, _ visit: (Event) -> Void) {
        read(chunk, records: { Self.forward($0, visit) })
    }

    public mutating func read(_ chunk: [UInt8], _ visit: (Event) -> Void) {
        chunk.withUnsafeBytes { read($0, visit) }
    }

    /// Ends the input: a last record without a line end is still a record.
    public mutating func finish(_ visit: (Event) -> Void) {
        finish(records: { Self.forward($0, visit) })
    }

    private static func forward(_ event: RecordEvent, _ visit: (Event) -> Void) {
        switch event {
        case .record(let line, let record): visit(.record(line: line, fields: record.strings))
        case .problem(let line, let problem): visit(.problem(line: line, problem))
        }
    }

    /// Reads a chunk. Inside a field, a run of bytes that are neither a quote, a delimiter nor a
    /// line end is copied at once; every other byte goes through the state machine one by one.
    mutating func read(_ chunk: UnsafeRawBufferPointer, records visit: (RecordEvent) -> Void) {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var index = 0
        let count = chunk.count
        while index < count {
            if bytesSeen >= 3, !pendingCarriageReturn, state == .unquoted || state == .quoted {
                var end = index
                if state == .unquoted {
                    while end < count {
                        let byte = chunk[end]
                        if byte == comma || byte == quote || byte == cr || byte == lf { break }
                        end += 1
                    }
                } else {
                    while end < count {
                        let byte = chunk[end]
                        if byte == quote || byte == lf { break }
                        end += 1
                    }
                }
                if end > index {
                    appendRun(UnsafeRawBufferPointer(rebasing: chunk[index..<end]), visit)
                    index = end
                    if index == count { break }
                }
            }
            consume(chunk[index], visit)
            index += 1
        }
    }

    mutating func finish(records visit: (RecordEvent) -> Void) {
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
        if recordHasContent || record.count > 0 || record.openFieldLength > 0 || state == .quoted {
            endRecord(visit)
        }
        if header == nil { visit(.problem(line: 1, .noHeader)) }
    }

    private mutating func consume(_ byte: UInt8, _ visit: (RecordEvent) -> Void) {
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

    private mutating func process(_ byte: UInt8, _ visit: (RecordEvent) -> Void) {
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
    private mutating func delimiterOrText(_ byte: UInt8, _ visit: (RecordEvent) -> Void) {
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

    private mutating func append(_ byte: UInt8, _ visit: (RecordEvent) -> Void) {
        guard record.openFieldLength < Self.maxFieldBytes else {
            if !fieldCut { visit(.problem(line: line, .fieldTooLong)) }
            fieldCut = true
            return
        }
        fieldBits |= byte
        record.append(byte)
    }

    /// Plain text bytes (no quote, delimiter or line end): what `append` does byte by byte.
    private mutating func appendRun(_ run: UnsafeRawBufferPointer, _ visit: (RecordEvent) -> Void) {
        let room = Self.maxFieldBytes - record.openFieldLength
        let kept = run.count <= room ? run : UnsafeRawBufferPointer(rebasing: run[..<max(0, room)])
        for byte in kept { fieldBits |= byte }
        record.append(kept)
        if kept.count < run.count {
            if !fieldCut { visit(.problem(line: line, .fieldTooLong)) }
            fieldCut = true
        }
    }

    private mutating func endField(_ visit: (RecordEvent) -> Void) {
        if !record.endField(mayBeNonASCII: fieldBits >= 0x80) {
            visit(.problem(line: recordLine, .invalidUTF8))
        }
        fieldBits = 0
        fieldCut = false
        reportedAfterQuote = false
    }

    private mutating func endRecord(_ visit: (RecordEvent) -> Void) {
        endField(visit)
        let start = recordLine
        recordLine = line
        state = .fieldStart
        recordHasContent = false
        if let header {
            if record.count != header.count {
                visit(.problem(line: start, .fieldCount(expected: header.count, found: record.count)))
            }
        } else {
            let names = record.strings
            header = names
            var seen: Set<String> = []
            for (index, name) in names.enumerated() {
                if !Self.isValidColumnName(name) { visit(.problem(line: start, .invalidColumnName(index: index))) }
                if !seen.insert(name).inserted { visit(.problem(line: start, .duplicateColumn(index: index))) }
            }
        }
        visit(.record(line: start, record))
        record.removeAll()
    }

    /// `[a-z][a-z0-9_]{0,31}`: portable to R, pandas and Stata, and unable to carry a sentence.
    public static func isValidColumnName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 32, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        return bytes.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_") }
    }
}
