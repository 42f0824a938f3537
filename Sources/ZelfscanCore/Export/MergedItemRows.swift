/// One part's `items.csv` as the merge reads it: once whole, in chunks, to find where each
/// respondent's rows are, then one respondent's rows at a time while the pool is written. The
/// service reads the file on disk; tests and small exports hand over its bytes.
public protocol ExportPartItems {
    /// Calls `chunk` with the file's bytes from the start, in order.
    func read(_ chunk: (UnsafeRawBufferPointer) throws -> Void) throws
    /// The `count` bytes at `offset`.
    func read(offset: Int, count: Int) throws -> [UInt8]
}

/// The rows of a merged `items.csv`: every respondent of every part numbered in a random order,
/// read back from its part as it is written. Holds 24 bytes per respondent (where its rows are),
/// never the rows, so memory does not grow with the size of the parts.
struct MergedItemRows {
    private struct Respondent {
        var offset: Int64
        var byteCount: Int32
        var rows: Int32
        var number: Int32
        var part: Int32
    }

    private var parts: [any ExportPartItems] = []
    private var respondents: [Respondent] = []
    private let columns: [String]
    private let types: [ExportTable.ColumnType]

    var count: Int { respondents.count }

    init(columns: [ReleaseColumns.Column]) {
        self.columns = columns.map(\.name)
        types = columns.map(\.type)
    }

    /// The first pass over the next part (numbered from 0 in the order parts are added, as the
    /// merge numbers them): checks its header and every row's shape, and notes each respondent's
    /// rows in the part's order. An audited export numbers its respondents 1, 2, 3 … with each
    /// one's rows together; anything else means the file is not what was audited.
    mutating func add(_ items: any ExportPartItems) throws(ExportMerge.Failure) {
        let part = parts.count
        let file = ReleaseColumns.itemsFile + ".csv"
        var splitter = CSVRecordSplitter(keptFields: 1)
        var header: [String]?
        var current: Respondent?
        var found: [Respondent] = []
        func visit(_ record: CSVRecordSplitter.Record) throws {
            guard header != nil else {
                header = record.fields
                guard record.fields == columns else { throw ExportMerge.Failure.differentColumns(part: part, file: file) }
                return
            }
            guard record.fieldCount == columns.count, let number = Int32(record.fields[0]), number > 0 else { throw CSVRecordSplitter.Malformed() }
            if let respondent = current, respondent.number == number {
                let byteCount = record.end - Int(respondent.offset)
                guard byteCount < Int(Int32.max) else { throw CSVRecordSplitter.Malformed() }
                current!.rows += 1
                current!.byteCount = Int32(byteCount)
                return
            }
            if let respondent = current {
                guard number > respondent.number else { throw CSVRecordSplitter.Malformed() }
                found.append(respondent)
            }
            guard record.end - record.start < Int(Int32.max) else { throw CSVRecordSplitter.Malformed() }
            current = Respondent(offset: Int64(record.start), byteCount: Int32(record.end - record.start), rows: 1, number: number, part: Int32(part))
        }
        do {
            try items.read { chunk in try splitter.read(chunk, visit) }
            try splitter.finish(visit)
        } catch let error as ExportMerge.Failure {
            throw error
        } catch is CSVRecordSplitter.Malformed {
            throw .unreadable(part: part, file: file)
        } catch {
            throw .cannotRead(part: part, file: file, reason: "\(error)")
        }
        guard header != nil else { throw .unreadable(part: part, file: file) }
        if let current { found.append(current) }
        parts.append(items)
        respondents += found
    }

    /// Draws as `Array.shuffle(using:)` on the respondents' rows did before the merge streamed,
    /// so a seeded merge numbers them as it did then.
    mutating func shuffle(using random: inout some RandomNumberGenerator) {
        respondents.shuffle(using: &random)
    }

    /// Reads each respondent's rows back from its part and hands them on renumbered; throws the
    /// merge's failure when a part no longer holds what the first pass found there.
    func forEachRow(_ body: ([ExportTable.Value]) throws -> Void) throws {
        let file = ReleaseColumns.itemsFile + ".csv"
        for (index, respondent) in respondents.enumerated() {
            let part = Int(respondent.part)
            let bytes: [UInt8]
            do {
                bytes = try parts[part].read(offset: Int(respondent.offset), count: Int(respondent.byteCount))
            } catch {
                throw ExportMerge.Failure.cannotRead(part: part, file: file, reason: "\(error)")
            }
            var rows: [[String]] = []
            var splitter = CSVRecordSplitter()
            do {
                try bytes.withUnsafeBytes { chunk in try splitter.read(chunk) { rows.append($0.fields) } }
                try splitter.finish { rows.append($0.fields) }
            } catch {
                throw ExportMerge.Failure.unreadable(part: part, file: file)
            }
            guard rows.count == respondent.rows, rows.allSatisfy({ $0.count == columns.count && Int32($0[0]) == respondent.number }) else {
                throw ExportMerge.Failure.unreadable(part: part, file: file)
            }
            let renumbered = ExportTable.Value.integer(index + 1)
            for row in rows {
                try body([renumbered] + zip(row.dropFirst(), types.dropFirst()).map { ExportMerge.value($0, $1) })
            }
        }
    }
}
