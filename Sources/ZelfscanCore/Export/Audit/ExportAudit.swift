import YAML

/// Checks an export folder of format 3 without the key, as a data-protection officer would before
/// approving it (docs/export-format.md, docs/privacy.md): every file of the folder, each against
/// the audit's own schema rather than the codebook's word; k-anonymity recomputed over every
/// released cell fact; the SQLite tables against the CSVs; the manifest against the bytes. Files
/// are streamed, so memory stays bounded whatever their size. A finding names the file and line
/// and the reason, never the offending value: that value may be the very name that leaked.
public struct ExportAudit: Sendable {
    /// No flag and no codebook lowers k below this.
    public static let floorK = 5

    public var minimumK: Int

    /// `minimumK` raises k above the floor and above what the export states; it never lowers it.
    public init(minimumK: Int = ExportAudit.floorK) {
        self.minimumK = minimumK
    }

    /// Audits the folder. Throws only when the folder itself cannot be listed; a file that cannot
    /// be read is a finding.
    public func audit(_ folder: some AuditableFolder) throws -> AuditResult {
        var run = AuditRun(folder: folder, minimumK: max(Self.floorK, minimumK))
        try run.perform()
        return run.result
    }
}

/// What an audit found and how much it read.
public struct AuditResult: Sendable {
    public var findings: [AuditFinding]
    /// Data rows read per file (CSV files and SQLite tables, `zelfscan.sqlite/cells`).
    public var rowsRead: [String: Int]
    /// The k the audit held the export to: the largest of 5, the k asked for and the k stated.
    public var k: Int
    public var filesChecked: Int

    public var isClean: Bool { findings.isEmpty }
}

/// One audit of one folder: the order of the checks and what they share.
private struct AuditRun<Folder: AuditableFolder> {
    let folder: Folder
    var result: AuditResult
    private var digests: [String: String] = [:]
    private var codebook = AuditCodebook()
    /// (file, column) of every data table read, for the codebook.csv cross-check.
    private var dataColumns: [String: [String]] = [:]
    private var tableDigests: [String: RowDigest] = [:]
    private var codebookRows: [(file: String, column: String, line: Int)] = []
    private var codebookParsed = false
    private var codebookColumns: [String] = []

    init(folder: Folder, minimumK: Int) {
        self.folder = folder
        result = AuditResult(findings: [], rowsRead: [:], k: minimumK, filesChecked: 0)
    }

    private static var exportAgain: Phrase { TableAudit.exportAgain }

    private mutating func add(_ file: String, line: Int? = nil, _ message: Phrase, hint: Phrase = TableAudit.exportAgain) {
        result.findings.append(AuditFinding(file: file, line: line, message: message, hint: hint))
    }

    mutating func perform() throws {
        let names = try folder.entryNames().sorted()
        let present = Set(names.filter(folder.isRegularFile))
        readCodebookYAML(present)
        if codebookParsed, codebook.format.map({ $0 < AuditCodebook.format }) ?? true {
            result.findings = [AuditFinding(file: ExportSchema.codebookYAML, line: nil,
                message: Phrase(en: "this export was made by an older zelfscan that did not protect against linkage: export again",
                       nl: "deze export werd gemaakt door een oudere zelfscan die niet beschermde tegen koppeling: exporteer opnieuw"),
                hint: Phrase(en: "make a new export with this version of zelfscan and share that one instead",
                             nl: "maak een nieuwe export met deze versie van zelfscan en deel die in de plaats"))]
            return
        }
        checkInventory(names, present: present)
        readReadme(present)
        // The database is hashed and its tables digested on a second thread meanwhile.
        var prefetch: DatabaseDigests?
        if present.contains(ExportSchema.database) {
            var numeric: [String: [String: Bool]] = [:]
            for table in ExportSchema.tables where present.contains(table + ".csv") {
                numeric[table] = Self.numericColumns(table + ".csv", codebook: codebook)
            }
            prefetch = DatabaseDigests(folder: folder, file: ExportSchema.database, numeric: numeric)
        }
        for file in ExportSchema.dataFiles where present.contains(file) {
            readCSV(file)
        }
        if present.contains(ExportSchema.codebookCSV) { readCSV(ExportSchema.codebookCSV) }
        if present.contains(ExportSchema.database) { readDatabase(prefetch) }
        checkCodebookRows()
        checkManifest(present)
        result.filesChecked = present.count
    }

    // MARK: inventory

    private mutating func checkInventory(_ names: [String], present: Set<String>) {
        let hasCSV = ExportSchema.dataFiles.contains(where: present.contains)
        let hasDatabase = present.contains(ExportSchema.database)
        var expected = [ExportSchema.readme, ExportSchema.manifest, ExportSchema.codebookYAML, ExportSchema.codebookCSV]
        if hasCSV || !hasDatabase { expected += ExportSchema.dataFiles }
        let allowed = Set(expected + [ExportSchema.database])
        for name in names {
            if !allowed.contains(name) {
                add(Self.safeName(name), Phrase(en: "the export folder holds an entry that zelfscan export never writes",
                                                nl: "de exportmap bevat iets dat zelfscan export nooit schrijft"),
                    hint: Phrase(en: "remove it before sharing the folder: it may hold the key, names or notes",
                                 nl: "verwijder het voor u de map deelt: het kan de sleutel, namen of notities bevatten"))
            } else if !present.contains(name) {
                add(name, Phrase(en: "is not a plain file (a folder or a link)", nl: "is geen gewoon bestand (een map of een koppeling)"),
                    hint: Phrase(en: "an export holds plain files only: make the export again", nl: "een export bevat alleen gewone bestanden: maak de export opnieuw"))
            }
        }
        for name in expected where !names.contains(name) {
            add(name, Phrase(en: "the export has no \(name)", nl: "de export heeft geen \(name)"),
                hint: Phrase(en: "audit the whole folder written by zelfscan export", nl: "controleer de volledige map die zelfscan export schreef"))
        }
    }

    /// An unexpected name is shown only when it is a plain word: a file name can itself be a leak.
    private static func safeName(_ name: String) -> String {
        name.utf8.count <= 64 && TextLeaks.reason(name, prose: false) == nil
            && name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "/") }) ? name : "(\(name.utf8.count)-byte name)"
    }

    // MARK: reading with the manifest's hash

    /// Reads `name` in chunks, hashing as it goes; false (and a finding) when it cannot be read.
    private mutating func stream(_ name: String, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        var hasher = FileDigest()
        do {
            try folder.read(name) { chunk in
                hasher.update(chunk)
                body(chunk)
            }
        } catch {
            add(name, Phrase(en: "cannot be read: \(error)", nl: "kan niet gelezen worden: \(error)"),
                hint: Phrase(en: "check the folder's permissions and audit again", nl: "controleer de rechten van de map en controleer opnieuw"))
            return false
        }
        digests[name] = hasher.hex()
        return true
    }

    // MARK: codebook.yaml

    private mutating func readCodebookYAML(_ present: Set<String>) {
        guard present.contains(ExportSchema.codebookYAML) else { return }
        var bytes: [UInt8] = []
        var tooLarge = false
        let limit = ParserLimits.default.maxBytes
        guard stream(ExportSchema.codebookYAML, { chunk in
            if bytes.count + chunk.count > limit { tooLarge = true } else { bytes.append(contentsOf: chunk) }
        }) else { return }
        if tooLarge {
            add(ExportSchema.codebookYAML, Phrase(en: "is larger than \(limit / 1_048_576) MB", nl: "is groter dan \(limit / 1_048_576) MB"))
            return
        }
        let root: Node
        do throws(YAMLError) {
            root = try YAMLParser().parse(bytes)
        } catch {
            add(ExportSchema.codebookYAML, line: error.mark.line, Phrase(en: "is not valid YAML: \(error.text.en)", nl: "is geen geldige YAML: \(error.text.nl)"))
            return
        }
        codebook = AuditCodebook(root)
        codebookParsed = true
        guard let format = codebook.format, format >= AuditCodebook.format else { return }
        let file = ExportSchema.codebookYAML
        if format != AuditCodebook.format {
            add(file, Phrase(en: "states format \(format), which this zelfscan does not know", nl: "vermeldt formaat \(format), dat deze zelfscan niet kent"),
                hint: Phrase(en: "audit it with the zelfscan version that made it", nl: "controleer ze met de zelfscan-versie die ze maakte"))
        }
        if codebook.kind != AuditCodebook.kind {
            add(file, Phrase(en: "export.kind is not \(AuditCodebook.kind)", nl: "export.kind is niet \(AuditCodebook.kind)"))
        }
        result.k = max(result.k, codebook.statedK ?? 0)
        for fact in codebook.cellFacts where !StrictCSVReader.isValidColumnName(fact.column) || ExportSchema.revealingWord(in: fact.column) != nil {
            add(file, Phrase(en: "a cell fact has a column name that is not allowed (a revealing word, or not [a-z][a-z0-9_]{0,31})",
                             nl: "een celgegeven heeft een kolomnaam die niet mag (een onthullend woord, of niet [a-z][a-z0-9_]{0,31})"))
        }
        for dimension in codebook.dimensions.map(AuditCodebook.columnName)
        where !StrictCSVReader.isValidColumnName(dimension) || ExportSchema.revealingWord(in: dimension) != nil {
            add(file, Phrase(en: "a dimension has a column name that is not allowed (a revealing word, or not [a-z][a-z0-9_]{0,31})",
                             nl: "een dimensie heeft een kolomnaam die niet mag (een onthullend woord, of niet [a-z][a-z0-9_]{0,31})"))
        }
        var limiter = FindingLimiter(file: file)
        for scalar in codebook.scalars {
            if let reason = TextLeaks.reason(scalar.text, prose: true) {
                limiter.add("text-leak", line: scalar.line, Phrase(en: "a text \(reason.en)", nl: "een tekst \(reason.nl)"), hint: Self.exportAgain)
            }
        }
        // Comments never reach the parsed tree: the lines are read as prose too.
        for (index, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let hash = line.firstIndex(of: "#") else { continue }
            if let reason = TextLeaks.reason(String(line[hash...]), prose: true) {
                limiter.add("text-leak", line: index + 1, Phrase(en: "a comment \(reason.en)", nl: "een commentaar \(reason.nl)"), hint: Self.exportAgain)
            }
        }
        for key in codebook.unknownTopLevelKeys {
            limiter.add("unknown-key", line: key.line, Phrase(en: "has a top-level key that is not part of the codebook", nl: "heeft een sleutel op het hoogste niveau die niet tot het codeboek behoort"),
                        hint: Self.exportAgain)
        }
        if let singledOut = codebook.statedSingledOut, singledOut != 0 {
            limiter.add("risk", line: nil, Phrase(en: "states that its own linkage simulation singled cells out", nl: "vermeldt dat de eigen koppelingssimulatie cellen uitpikte"),
                        hint: Phrase(en: "do not share it: export again; zelfscan never writes such an export", nl: "deel ze niet: exporteer opnieuw; zelfscan schrijft zo'n export nooit"))
        }
        result.findings += limiter.findings()
    }

    // MARK: README.md

    private mutating func readReadme(_ present: Set<String>) {
        guard present.contains(ExportSchema.readme) else { return }
        var limiter = FindingLimiter(file: ExportSchema.readme)
        var line: [UInt8] = []
        var number = 1
        func check(_ bytes: [UInt8], _ number: Int) {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                limiter.add("utf8", line: number, Phrase(en: "the line is not valid UTF-8", nl: "de regel is geen geldige UTF-8"), hint: Self.exportAgain)
                return
            }
            if let reason = TextLeaks.reason(text, prose: true, datesInWords: true) {
                limiter.add("text-leak", line: number, Phrase(en: "the line \(reason.en)", nl: "de regel \(reason.nl)"), hint: Self.exportAgain)
            }
        }
        let read = stream(ExportSchema.readme) { chunk in
            for byte in chunk {
                if byte == UInt8(ascii: "\n") {
                    check(line, number)
                    line.removeAll(keepingCapacity: true)
                    number += 1
                } else if line.count < StrictCSVReader.maxFieldBytes {
                    line.append(byte)
                }
            }
        }
        if read, !line.isEmpty { check(line, number) }
        result.findings += limiter.findings()
    }

    // MARK: CSV files

    private mutating func readCSV(_ file: String) {
        var reader = StrictCSVReader()
        var table = TableAudit(file: file, codebook: codebook, limiter: FindingLimiter(file: file))
        var described: [(file: String, column: String, line: Int)] = []
        var sawHeader = false
        let isCodebook = file == ExportSchema.codebookCSV
        func visit(_ event: StrictCSVReader.RecordEvent) {
            switch event {
            case .problem(let line, let problem):
                let (check, message) = Self.describe(problem)
                table.limiter.add(check, line: line, message, hint: TableAudit.exportAgain)
            case .record(let line, let record):
                if !sawHeader {
                    sawHeader = true
                    table.readHeader(record.strings, line: line, checkNames: false)
                } else {
                    table.readRow(record, line: line)
                    if isCodebook, record.count >= 2 { described.append((record.string(0), record.string(1), line)) }
                }
            }
        }
        let read = stream(file) { chunk in reader.read(chunk, records: visit) }
        if read { reader.finish(records: visit) }
        if isCodebook {
            codebookRows = described
            codebookColumns = table.header
        } else {
            dataColumns[file] = table.header
        }
        tableDigests[file] = table.digest
        result.rowsRead[file] = table.rows
        result.findings += table.finish(k: result.k)
    }

    private static func describe(_ problem: StrictCSVReader.Problem) -> (String, Phrase) {
        switch problem {
        case .byteOrderMark:
            return ("bom", Phrase(en: "the file starts with a byte-order mark", nl: "het bestand begint met een byte-order mark"))
        case .invalidUTF8:
            return ("utf8", Phrase(en: "a field is not valid UTF-8", nl: "een veld is geen geldige UTF-8"))
        case .textAfterClosingQuote:
            return ("quote", Phrase(en: "text follows a closing quote (some readers keep it, others drop it)",
                                    nl: "er staat tekst na een sluitend aanhalingsteken (sommige lezers houden ze, andere laten ze vallen)"))
        case .quoteInUnquotedField:
            return ("quote", Phrase(en: "a quote inside a field that is not quoted", nl: "een aanhalingsteken in een veld zonder aanhalingstekens"))
        case .unterminatedQuote:
            return ("quote", Phrase(en: "a quote opened here is never closed", nl: "een aanhalingsteken dat hier opent, wordt nooit gesloten"))
        case .lineFeedWithoutCarriageReturn:
            return ("line-end", Phrase(en: "the line ends with LF, not CRLF", nl: "de regel eindigt op LF, niet op CRLF"))
        case .carriageReturnWithoutLineFeed:
            return ("line-end", Phrase(en: "a carriage return not followed by a line feed", nl: "een carriage return zonder line feed erna"))
        case .fieldTooLong:
            return ("field-length", Phrase(en: "a field is longer than 1 MB", nl: "een veld is langer dan 1 MB"))
        case .fieldCount(let expected, let found):
            return ("field-count", Phrase(en: "the record has \(found) field(s), the header \(expected)",
                                          nl: "het record heeft \(found) veld(en), de kopregel \(expected)"))
        case .duplicateColumn(let index):
            return ("column-duplicate", Phrase(en: "column \(index + 1) has the same name as an earlier column (readers disagree on which one they keep)",
                                               nl: "kolom \(index + 1) heeft dezelfde naam als een eerdere kolom (lezers verschillen in welke ze houden)"))
        case .invalidColumnName(let index):
            return ("column-name", Phrase(en: "column \(index + 1) has a name that is not [a-z][a-z0-9_]{0,31}",
                                          nl: "kolom \(index + 1) heeft een naam die niet [a-z][a-z0-9_]{0,31} is"))
        case .noHeader:
            return ("header", Phrase(en: "the file is empty: it has no header", nl: "het bestand is leeg: het heeft geen kopregel"))
        }
    }

    // MARK: codebook.csv against the data files

    private mutating func checkCodebookRows() {
        guard !dataColumns.isEmpty else { return }
        var seen: Set<String> = []
        var limiter = FindingLimiter(file: ExportSchema.codebookCSV)
        for row in codebookRows {
            let key = row.file + "\u{1F}" + row.column
            if !(dataColumns[row.file]?.contains(row.column) ?? false) {
                limiter.add("codebook-extra", line: row.line,
                            Phrase(en: "describes a column that no data file of this export has", nl: "beschrijft een kolom die geen gegevensbestand van deze export heeft"),
                            hint: Self.exportAgain)
            } else if !seen.insert(key).inserted {
                limiter.add("codebook-duplicate", line: row.line,
                            Phrase(en: "describes a column a second time", nl: "beschrijft een kolom een tweede keer"), hint: Self.exportAgain)
            }
        }
        for (file, columns) in dataColumns.sorted(by: { $0.key < $1.key }) {
            for (index, column) in columns.enumerated() where !seen.contains(file + "\u{1F}" + column) {
                limiter.add("codebook-missing", line: nil,
                            Phrase(en: "has no row for column \(index + 1) of \(file)", nl: "heeft geen rij voor kolom \(index + 1) van \(file)"),
                            hint: Self.exportAgain)
            }
        }
        result.findings += limiter.findings()
    }

    // MARK: zelfscan.sqlite

    private mutating func readDatabase(_ prefetch: DatabaseDigests?) {
        let file = ExportSchema.database
        var prefetched: [String: Result<DatabaseDigests.Table, any Error>] = [:]
        if let prefetch {
            let read = prefetch.wait()
            switch read.file {
            case .success(let digest): digests[file] = digest
            case .failure(let error):
                add(file, Phrase(en: "cannot be read: \(error)", nl: "kan niet gelezen worden: \(error)"),
                    hint: Phrase(en: "check the folder's permissions and audit again", nl: "controleer de rechten van de map en controleer opnieuw"))
                return
            }
            prefetched = read.tables
        } else {
            guard stream(file, { _ in }) else { return }
        }
        let database: any AuditableDatabase
        let names: [String]
        do {
            database = try folder.database(file)
            names = try database.tableNames()
        } catch {
            add(file, Phrase(en: "cannot be opened as a SQLite database: \(error)", nl: "kan niet als SQLite-database geopend worden: \(error)"))
            return
        }
        for name in names where !ExportSchema.tables.contains(name) {
            add(file, Phrase(en: "holds a table or view that export format 3 does not have", nl: "bevat een tabel of view die exportformaat 3 niet heeft"),
                hint: Phrase(en: "the database may only hold the tables docs/export-format.md lists: make the export again",
                             nl: "de database mag alleen de tabellen bevatten die docs/export-format.md opsomt: maak de export opnieuw"))
        }
        for table in ExportSchema.tables where !names.contains(table) {
            add(file, Phrase(en: "has no table \(table)", nl: "heeft geen tabel \(table)"))
        }
        for table in names {
            readTable(table, in: database, prefetched: prefetched)
        }
    }

    /// A table with a CSV twin is compared with it through the rows' digest; when they are equal the
    /// CSV's checks covered every value. A table without a twin, or one that differs, is read
    /// again and checked value by value.
    /// Which columns of `csv` are numbers, for the row digests.
    private static func numericColumns(_ csv: String, codebook: AuditCodebook) -> [String: Bool] {
        (ExportSchema.columns(of: csv, codebook: codebook) ?? []).reduce(into: [String: Bool]()) { $0[$1.name] = $1.kind.isNumeric }
    }

    private mutating func readTable(_ table: String, in database: any AuditableDatabase, prefetched: [String: Result<DatabaseDigests.Table, any Error>]) {
        let file = ExportSchema.database
        let csv = table + ".csv"
        let known = ExportSchema.tables.contains(table)
        let tableName = known ? table : "?"
        var limiter = FindingLimiter(file: file, table: tableName)
        var rows = 0
        do {
            let columns = try database.columnNames(of: table)
            if let twin = tableDigests[csv] {
                if let csvColumns = dataColumns[csv] ?? (table == ExportSchema.table(ExportSchema.codebookCSV) ? codebookColumns : nil), csvColumns != columns {
                    limiter.add("columns", line: nil, Phrase(en: "has other columns than \(csv)", nl: "heeft andere kolommen dan \(csv)"), hint: Self.exportAgain)
                }
                let digest: RowDigest
                if let read = prefetched[table], case .success(let table) = read, table.columns == columns {
                    digest = table.digest
                } else if let read = prefetched[table], case .failure(let error) = read {
                    throw error
                } else {
                    digest = try DatabaseDigests.digest(table, in: database, numeric: columns.map { Self.numericColumns(csv, codebook: codebook)[$0] ?? false })
                }
                rows = digest.rows
                if digest != twin {
                    limiter.add("differs", line: nil,
                                Phrase(en: "does not hold the same rows as \(csv) (\(digest.rows) rows against \(twin.rows)): one of them was changed after export",
                                       nl: "bevat niet dezelfde rijen als \(csv) (\(digest.rows) rijen tegenover \(twin.rows)): een van beide werd na de export gewijzigd"),
                                hint: Self.exportAgain)
                }
                if digest == twin {
                    result.rowsRead[file + "/" + tableName] = rows
                    result.findings += limiter.findings()
                    return
                }
            }
            var audit = TableAudit(file: csv, codebook: codebook, limiter: limiter)
            let checkRows = known && table != "export_info"
            if checkRows {
                audit.readHeader(columns, line: nil, checkNames: true)
                if tableDigests[csv] == nil, ExportSchema.dataFiles.contains(csv) { dataColumns[csv] = columns }
            }
            rows = 0
            try database.forEachRow(of: table) { values in
                rows += 1
                if values.contains(.blob) {
                    audit.limiter.add("blob", line: rows, Phrase(en: "holds binary data", nl: "bevat binaire gegevens"), hint: Self.exportAgain)
                }
                if checkRows {
                    audit.readRow(values.map(\.csvText), line: rows)
                    return
                }
                for (index, value) in values.enumerated() {
                    if case .text(let text) = value, let reason = TextLeaks.reason(text, prose: table == "export_info") {
                        audit.limiter.add("text-leak", line: rows, Phrase(en: "column \(index + 1) holds a value that \(reason.en)",
                                                                         nl: "kolom \(index + 1) bevat een waarde die \(reason.nl)"), hint: Self.exportAgain)
                    }
                }
            }
            result.findings += checkRows ? audit.finish(k: result.k) : audit.limiter.findings()
        } catch {
            add(file, Phrase(en: "table \(tableName) cannot be read: \(error)", nl: "tabel \(tableName) kan niet gelezen worden: \(error)"))
        }
        result.rowsRead[file + "/" + tableName] = rows
    }

    // MARK: MANIFEST.sha256

    private mutating func checkManifest(_ present: Set<String>) {
        let file = ExportSchema.manifest
        guard present.contains(file) else { return }
        var bytes: [UInt8] = []
        var tooLarge = false
        guard stream(file, { chunk in
            if bytes.count + chunk.count > 65_536 { tooLarge = true } else { bytes.append(contentsOf: chunk) }
        }) else { return }
        var limiter = FindingLimiter(file: file)
        guard !tooLarge, let text = String(validating: bytes, as: UTF8.self) else {
            limiter.add("format", line: nil, Phrase(en: "is not a manifest of a few lines of text", nl: "is geen manifest van enkele regels tekst"), hint: Self.exportAgain)
            result.findings += limiter.findings()
            return
        }
        var listed: [String: Int] = [:]
        var previous = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let number = index + 1
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[1].isEmpty, parts[0].count == 64,
                  parts[0].allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) else {
                limiter.add("format", line: number, Phrase(en: "the line is not 64 lowercase hex digits, two spaces and a file name",
                                                           nl: "de regel is geen 64 kleine hexadecimale cijfers, twee spaties en een bestandsnaam"), hint: Self.exportAgain)
                continue
            }
            let name = String(parts[2])
            if listed[name] != nil {
                limiter.add("duplicate", line: number, Phrase(en: "lists a file a second time", nl: "vermeldt een bestand een tweede keer"), hint: Self.exportAgain)
                continue
            }
            listed[name] = number
            if name < previous {
                limiter.add("order", line: number, Phrase(en: "the lines are not sorted by file name", nl: "de regels zijn niet gesorteerd op bestandsnaam"), hint: Self.exportAgain)
            }
            previous = name
            if name == file || !present.contains(name) {
                limiter.add("extra", line: number, Phrase(en: "lists a file that is not in the export", nl: "vermeldt een bestand dat niet in de export zit"), hint: Self.exportAgain)
            } else if let digest = digests[name], digest != String(parts[0]) {
                limiter.add("hash", line: number, Phrase(en: "\(name) does not match its SHA-256: it was edited after export",
                                                         nl: "\(name) komt niet overeen met zijn SHA-256: het werd na de export bewerkt"),
                            hint: Phrase(en: "do not share this folder: make the export again", nl: "deel deze map niet: maak de export opnieuw"))
            }
        }
        for name in present.sorted() where name != file && listed[name] == nil && digests[name] != nil {
            limiter.add("missing", line: nil, Phrase(en: "has no line for \(name)", nl: "heeft geen regel voor \(name)"), hint: Self.exportAgain)
        }
        result.findings += limiter.findings()
    }
}
