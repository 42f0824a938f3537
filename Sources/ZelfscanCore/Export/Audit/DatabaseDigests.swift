import Dispatch

/// zelfscan.sqlite's SHA-256 and the row digests of its tables that have a CSV twin, read on a
/// second thread while the audit reads the CSV files on the first: the audit needs them only
/// once the CSVs are done, and they are the other half of what it reads. The audit still opens
/// the database itself for everything else, and reads a table value by value when its digest
/// differs from the CSV's.
final class DatabaseDigests: @unchecked Sendable {
    struct Table {
        var columns: [String]
        var digest: RowDigest
    }

    private let done = DispatchSemaphore(value: 0)
    private var fileDigest: Result<String, any Error> = .success("")
    private var tables: [String: Result<Table, any Error>] = [:]

    /// Starts reading `file` of `folder`; `numeric` gives per table the columns read as numbers.
    init(folder: any AuditableFolder, file: String, numeric: [String: [String: Bool]]) {
        nonisolated(unsafe) let folder = folder
        DispatchQueue.global().async { [self] in
            defer { done.signal() }
            var hasher = FileDigest()
            do {
                try folder.read(file) { hasher.update($0) }
                fileDigest = .success(hasher.hex())
            } catch {
                fileDigest = .failure(error)
                return
            }
            guard let database = try? folder.database(file), let names = try? database.tableNames() else { return }
            for table in names {
                guard let numericNames = numeric[table] else { continue }
                tables[table] = Result {
                    let columns = try database.columnNames(of: table)
                    return Table(columns: columns, digest: try Self.digest(table, in: database, numeric: columns.map { numericNames[$0] ?? false }))
                }
            }
        }
    }

    /// Waits for the thread; the file's SHA-256 (or why it could not be read) and the tables' digests.
    func wait() -> (file: Result<String, any Error>, tables: [String: Result<Table, any Error>]) {
        done.wait()
        done.signal()
        return (fileDigest, tables)
    }

    /// The digest the CSV twin's rows give when both hold the same values.
    static func digest(_ table: String, in database: any AuditableDatabase, numeric: [Bool]) throws -> RowDigest {
        var digest = RowDigest()
        var canonical: [UInt8] = []
        try database.forEachRawRow(of: table) { values in
            canonical.removeAll(keepingCapacity: true)
            for (index, value) in values.enumerated() {
                RowDigest.appendCanonical(value, numeric: index < numeric.count && numeric[index], to: &canonical)
                canonical.append(0x1F)
            }
            digest.add(bytes: canonical)
        }
        return digest
    }
}
