/// Splits CSV bytes as the export writes them (RFC 4180, CRLF or LF line ends), fed in chunks of
/// any size, into records that carry the byte range they span, so that a reader can come back
/// for a record later instead of keeping it. Beyond the header, which is kept whole, only the
/// first `keptFields` fields of a record are made into strings; the rest are counted.
///
/// Whatever the export never writes (a quote inside an unquoted field, text after a closing
/// quote, a carriage return without a line feed, an unterminated quote, a field over 1 MB) makes
/// the input malformed: the merge reads only audited exports, so that means the file changed.
struct CSVRecordSplitter {
    struct Record {
        /// Byte offsets of the record's first byte and of the byte after its line end.
        var start: Int
        var end: Int
        var fields: [String]
        var fieldCount: Int
    }

    struct Malformed: Error {}

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, carriageReturn }

    private let keptFields: Int
    private var state = State.fieldStart
    private var offset = 0
    private var recordStart = 0
    private var records = 0
    private var field: [UInt8] = []
    private var fieldBytes = 0
    private var fields: [String] = []
    private var fieldCount = 0

    init(keptFields: Int = .max) {
        self.keptFields = keptFields
    }

    mutating func read(_ chunk: UnsafeRawBufferPointer, _ visit: (Record) throws -> Void) throws {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        for byte in chunk {
            switch state {
            case .quoted:
                if byte == quote { state = .quoteInQuoted } else { try append(byte) }
            case .carriageReturn:
                guard byte == lf else { throw Malformed() }
                try endRecord(visit)
            case .fieldStart, .unquoted, .quoteInQuoted:
                switch byte {
                case comma:
                    try endField()
                    state = .fieldStart
                case cr:
                    state = .carriageReturn
                case lf:
                    try endRecord(visit)
                case quote:
                    switch state {
                    case .fieldStart: state = .quoted
                    case .quoteInQuoted:
                        try append(quote)
                        state = .quoted
                    default: throw Malformed()
                    }
                default:
                    guard state != .quoteInQuoted else { throw Malformed() }
                    try append(byte)
                    state = .unquoted
                }
            }
            offset += 1
        }
    }

    /// Ends the input: a last record without a line end is still a record.
    mutating func finish(_ visit: (Record) throws -> Void) throws {
        guard state != .quoted, state != .carriageReturn else { throw Malformed() }
        if offset > recordStart {
            try endField()
            try visit(Record(start: recordStart, end: offset, fields: fields, fieldCount: fieldCount))
        }
    }

    private mutating func append(_ byte: UInt8) throws {
        fieldBytes += 1
        guard fieldBytes <= StrictCSVReader.maxFieldBytes else { throw Malformed() }
        if records == 0 || fieldCount < keptFields { field.append(byte) }
    }

    private mutating func endField() throws {
        if records == 0 || fieldCount < keptFields { fields.append(String(decoding: field, as: UTF8.self)) }
        fieldCount += 1
        field.removeAll(keepingCapacity: true)
        fieldBytes = 0
    }

    /// Called on the record's line feed, which is at `offset`.
    private mutating func endRecord(_ visit: (Record) throws -> Void) throws {
        try endField()
        let record = Record(start: recordStart, end: offset + 1, fields: fields, fieldCount: fieldCount)
        recordStart = offset + 1
        records += 1
        fields.removeAll(keepingCapacity: true)
        fieldCount = 0
        state = .fieldStart
        try visit(record)
    }
}
