import YAML

/// Checks one data table row by row against the audit's schema, whether the rows come from a CSV
/// file or from a table of zelfscan.sqlite: column names, every value by its column's type, text
/// leaks in every field, row order, and the cell panel of cells.csv.
struct TableAudit {
    let file: String
    let codebook: AuditCodebook
    var limiter: FindingLimiter
    private(set) var header: [String] = []
    private(set) var rows = 0
    private(set) var digest = RowDigest()
    private var kinds: [AuditColumn?] = []
    private var panel = CellPanel()
    private var previousCellRound: (cell: String, year: Int)?
    private var previousRespondent = 0
    /// stats_reference: the number of cells each item's shares are taken over, and the line where each item starts.
    private var referenceBase: [String: Double] = [:]
    private var referenceLines: [String: Int] = [:]
    private var groupingColumn: Int?
    private var cellColumns: (cell: Int, year: Int, quasiIdentifiers: [Int])?
    private var respondentColumn: Int?
    private var answerColumns: [String: Int] = [:]
    private var itemColumns: (item: Int, value: Int, status: Int)?
    /// Per column, each value judged: -1 when `judge` found nothing in it, else its verdict's
    /// index in `findingVerdicts`, so that the common clean value costs a lookup and no copy.
    private var verdicts: [ByteKeyedTable<Int>] = []
    private var findingVerdicts: [Verdict] = []
    /// Per column, the values judged from their bytes alone (see `FastVerdict`).
    private var fastVerdicts: [FastVerdict] = []
    private var numeric: [Bool] = []
    /// items.csv: the answer checks' findings per (item, value, status), and the key being looked up.
    private var answerVerdicts = ByteKeyedTable<Int>()
    private var answerFindingLists: [[Phrase]] = []
    private var answerKey: [UInt8] = []
    /// The row's canonical fields as `RowDigest` hashes them, kept to reuse its storage.
    private var canonical: [UInt8] = []
    private let isCells: Bool
    private let isReference: Bool
    private let isItems: Bool

    init(file: String, codebook: AuditCodebook, limiter: FindingLimiter) {
        self.file = file
        self.codebook = codebook
        self.limiter = limiter
        isCells = file == ExportSchema.cells
        isReference = file == "stats_reference.csv"
        isItems = file == "items.csv"
    }

    static let exportAgain = Phrase(en: "make the export again with zelfscan export; do not edit an export by hand",
                                    nl: "maak de export opnieuw met zelfscan export; bewerk een export nooit met de hand")

    mutating func readHeader(_ names: [String], line: Int?, checkNames: Bool) {
        header = names
        let expected = ExportSchema.columns(of: file, codebook: codebook) ?? []
        let byName = Dictionary(expected.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        kinds = names.map { byName[$0] }
        numeric = kinds.map { $0?.isNumeric ?? false }
        fastVerdicts = kinds.map(FastVerdict.init)
        for (index, name) in names.enumerated() {
            if checkNames, !StrictCSVReader.isValidColumnName(name) {
                limiter.add("column-name", line: line, Phrase(en: "column \(index + 1) has a name that is not [a-z][a-z0-9_]{0,31}",
                                                              nl: "kolom \(index + 1) heeft een naam die niet [a-z][a-z0-9_]{0,31} is"), hint: Self.exportAgain)
            }
            if byName[name] == nil {
                limiter.add("column-undocumented", line: line,
                            Phrase(en: "column \(index + 1) is not a column of \(file) in export format 3, whatever the codebook says",
                                   nl: "kolom \(index + 1) is geen kolom van \(file) in exportformaat 3, wat het codeboek ook zegt"),
                            hint: Phrase(en: "remove it: an export holds only the columns docs/export-format.md lists",
                                         nl: "verwijder ze: een export bevat alleen de kolommen die docs/export-format.md opsomt"))
            } else if let word = ExportSchema.revealingWord(in: name) {
                limiter.add("column-revealing", line: line,
                            Phrase(en: "column \(index + 1) is named like identifying data ('\(word)')",
                                   nl: "kolom \(index + 1) heeft de naam van identificerende gegevens ('\(word)')"),
                            hint: Phrase(en: "rename the dimension or cell fact in the questionnaire; exports never hold names, free text or dates",
                                         nl: "geef de dimensie of het celgegeven een andere naam in de vragenlijst; een export bevat nooit namen, vrije tekst of datums"))
            }
        }
        for column in expected where !names.contains(column.name) {
            limiter.add("column-missing", line: line, Phrase(en: "the column \(column.name) is missing", nl: "de kolom \(column.name) ontbreekt"), hint: Self.exportAgain)
        }
        groupingColumn = file == "stats_dimensions.csv" ? names.firstIndex(of: "grouping") : nil
        respondentColumn = file == "items.csv" ? names.firstIndex(of: "respondent") : nil
        answerColumns = [:]
        for (index, name) in names.enumerated() where answerColumns[name] == nil { answerColumns[name] = index }
        verdicts = []
        findingVerdicts = []
        answerVerdicts = ByteKeyedTable()
        answerFindingLists = []
        if let item = answerColumns["item"], let value = answerColumns["value"], let status = answerColumns["status"] {
            itemColumns = (item, value, status)
        } else {
            itemColumns = nil
        }
        if file == ExportSchema.cells, let cell = names.firstIndex(of: "cell"), let year = names.firstIndex(of: "year"),
           let group = names.firstIndex(of: "belfius_group") {
            let facts = codebook.cellFacts.compactMap { names.firstIndex(of: $0.column) }
            cellColumns = (cell, year, [group] + facts)
        }
    }

    mutating func readRow(_ fields: [String], line: Int) {
        readRow(CSVRecord(fields), line: line)
    }

    /// Checks a row given as bytes: a field becomes a `String` only when its column's verdict for
    /// it is not known yet, and only the small tables' row checks work on `String`s.
    mutating func readRow(_ record: CSVRecord, line: Int) {
        rows += 1
        canonical.removeAll(keepingCapacity: true)
        record.bytes.withUnsafeBufferPointer { bytes in
            for index in 0..<record.count {
                let field = UnsafeBufferPointer(rebasing: bytes[record.range(index)])
                RowDigest.appendCanonical(field, numeric: index < numeric.count && numeric[index], to: &canonical)
                canonical.append(0x1F)
                check(field, column: index, record: record, line: line)
            }
        }
        digest.add(bytes: canonical)
        guard record.count == header.count else { return }
        if isItems {
            itemRow(record, line: line)
        } else {
            let fields = record.strings
            if isCells { cellRow(fields, line: line) }
            answerRow(fields, line: line)
            if isReference, let item = header.firstIndex(of: "item"), let cells = header.firstIndex(of: "cells"),
               let share = header.firstIndex(of: "share") {
                // `share` is a percent of the cells the item was counted over: that base is what must reach 10.
                if referenceBase[fields[item]] == nil { referenceLines[fields[item]] = line }
                let count = Double(AuditColumn.canonicalInteger(fields[cells]) ?? 0), percent = Double(fields[share]) ?? 0
                referenceBase[fields[item]] = max(referenceBase[fields[item]] ?? 0, percent > 0 ? count * 100 / percent : 0)
            }
        }
        if let column = respondentColumn,
           let number = record.bytes.withUnsafeBufferPointer({ AuditColumn.canonicalInteger(UnsafeBufferPointer(rebasing: $0[record.range(column)])) }) {
            if number != previousRespondent && number != previousRespondent + 1 {
                limiter.add("respondent-order", line: line,
                            Phrase(en: "respondent numbers do not run 1, 2, 3 … in order here", nl: "de respondentnummers lopen hier niet 1, 2, 3 … in volgorde"),
                            hint: Self.exportAgain)
            }
            previousRespondent = number
        }
    }

    /// What the checks of one field conclude from its value and column alone; the same value in
    /// the same column always gets the same verdict, so a table's many repeated values
    /// (items.csv's item ids, values and statuses) are judged once.
    private struct Verdict {
        /// Findings before the group check, in the order they are added.
        var before: [(check: String, reason: Phrase)] = []
        /// Whether the value must still be checked against the row's grouping.
        var checkGroup = false
        var after: [(check: String, reason: Phrase)] = []
    }

    /// A verdict read from the bytes of a column whose values need not repeat (respondent
    /// numbers), so that they are neither judged one by one nor remembered: `judge` finds nothing
    /// in a canonical integer in range that is not 9 to 12 digits long (epoch seconds, a phone
    /// number). Anything else is judged.
    enum FastVerdict {
        case judged
        /// 1, 2, 3 …: a respondent number.
        case positiveInteger
        /// 0, 1, 2 …: any canonical integer.
        case integer

        init(_ kind: AuditColumn?) {
            switch kind {
            case .respondent: self = .positiveInteger
            case .integer: self = .integer
            default: self = .judged
            }
        }

        /// Whether `judge` finds nothing in `value` in such a column; false means "judge it".
        func isClean(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
            guard self != .judged, let first = value.first, value.count <= 15, !(9...12).contains(value.count) else { return false }
            if first == UInt8(ascii: "0") { return self == .integer && value.count == 1 }
            return value.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
    }

    /// Verdicts remembered per column, up to this many values each: enough for every code and
    /// scale value, while a column of distinct values (respondent numbers) stops growing.
    private static let rememberedPerColumn = 1024

    private mutating func check(_ field: UnsafeBufferPointer<UInt8>, column index: Int, record: CSVRecord, line: Int) {
        if index < fastVerdicts.count, fastVerdicts[index].isClean(field) { return }
        while verdicts.count <= index { verdicts.append(ByteKeyedTable()) }
        let verdict: Verdict
        if let known = verdicts[index].value(for: field) {
            guard known >= 0 else { return }
            verdict = findingVerdicts[known]
        } else {
            verdict = judge(String(decoding: field, as: UTF8.self), kind: index < kinds.count ? kinds[index] : nil)
            let clean = verdict.before.isEmpty && !verdict.checkGroup && verdict.after.isEmpty
            if verdicts[index].count < Self.rememberedPerColumn {
                verdicts[index].insert(field, clean ? -1 : findingVerdicts.count)
                if !clean { findingVerdicts.append(verdict) }
            }
            if clean { return }
        }
        let place = index < header.count && kinds[index] != nil
            ? Phrase(en: "column \(index + 1) (\(header[index]))", nl: "kolom \(index + 1) (\(header[index]))")
            : Phrase(en: "field \(index + 1)", nl: "veld \(index + 1)")
        func add(_ check: String, _ reason: Phrase) {
            limiter.add(check, line: line, Phrase(en: "\(place.en) holds a value that \(reason.en)", nl: "\(place.nl) bevat een waarde die \(reason.nl)"),
                        hint: Self.exportAgain)
        }
        for finding in verdict.before { add(finding.check, finding.reason) }
        // A group must belong to its grouping: the total is `all`, a Belfius group is never `all`.
        if verdict.checkGroup, let grouping = groupingColumn, grouping < record.count,
           (record.string(grouping) == "all") != (String(decoding: field, as: UTF8.self) == "all") {
            add("value", Phrase(en: "is not a group of the row's grouping", nl: "geen groep van de indeling van de rij is"))
        }
        for finding in verdict.after { add(finding.check, finding.reason) }
    }

    private func judge(_ value: String, kind: AuditColumn?) -> Verdict {
        var verdict = Verdict()
        if let kind {
            if kind.isNumeric, let reason = Self.numericLeak(value, kind: kind) {
                verdict.before.append(("numeric-leak", reason))
                return verdict
            }
            if let reason = kind.problem(value, context: codebook) {
                verdict.before.append(("value", reason))
            } else if case .cell = kind {
                return verdict
            } else if kind.isNumeric {
                // A canonical number in range holds no name, code or date.
                return verdict
            }
            if !kind.isNumeric, TextLeaks.startsFormula(value) {
                verdict.before.append(("formula", Phrase(en: "starts like a spreadsheet formula (=, +, -, @, tab or CR) and is not neutralised with '",
                                                         nl: "begint als een rekenbladformule (=, +, -, @, tab of CR) en niet geneutraliseerd is met '")))
            }
            if case .group = kind { verdict.checkGroup = true }
        } else if TextLeaks.startsFormula(value) {
            verdict.before.append(("formula", Phrase(en: "starts like a spreadsheet formula", nl: "begint als een rekenbladformule")))
        }
        if let kind, case .code = kind, codebook.optionCodes.contains(value) { return verdict }
        if let kind, case .answer = kind, codebook.optionCodes.contains(value) { return verdict }
        var prose = false
        if case .prose = kind { prose = true }
        if let reason = TextLeaks.reason(value, prose: prose) { verdict.after.append(("text-leak", reason)) }
        return verdict
    }

    /// A number that is not a measurement: a NIS code (5 digits), epoch seconds or a phone number
    /// (9 to 12 digits, with or without `+`). Read from the bytes: a `+` and ASCII digits are
    /// exactly the characters the rule counts, each one byte.
    static func numericLeak(_ value: String, kind: AuditColumn) -> Phrase? {
        var bytes = Substring(value).utf8
        if bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        if (9...12).contains(bytes.count) {
            return Phrase(en: "looks like epoch seconds or a phone number", nl: "op epoch-seconden of een telefoonnummer lijkt")
        }
        if bytes.count == 5 {
            switch kind {
            case .respondent, .count, .integer: return nil
            default: return Phrase(en: "looks like a NIS code", nl: "op een NIS-code lijkt")
            }
        }
        return nil
    }

    /// Answers checked against the item they belong to: a value on its scale, a status that fits
    /// the value, a code the item can have, and no item whose visibility names a role.
    private mutating func answerRow(_ fields: [String], line: Int) {
        func column(_ name: String) -> String? { answerColumns[name].map { fields[$0] } }
        func add(_ message: Phrase) { limiter.add("answer", line: line, message, hint: Self.exportAgain) }
        switch file {
        case "stats_items.csv":
            guard let item = column("item"), let answer = column("answer"), let allowed = codebook.answers[item] else { return }
            if !allowed.contains(answer), !["skipped", "not-shown"].contains(answer) {
                add(Phrase(en: "counts an answer that the item cannot have", nl: "telt een antwoord dat het item niet kan hebben"))
            }
        case "stats_reference.csv":
            guard let item = column("item"), let figure = column("figure"), let category = column("category") else { return }
            let allowed = (codebook.answers[item] ?? []).union(codebook.figureCategories[figure] ?? [])
            if codebook.answers[item] != nil || codebook.figureCategories[figure] != nil, !allowed.contains(category) {
                add(Phrase(en: "has a category that is neither an option of the item nor a category of the figure",
                           nl: "heeft een categorie die geen optie van het item en geen categorie van het cijfer is"))
            }
        default:
            return
        }
    }

    /// items.csv's answer checks, whose findings depend on the item, value and status alone:
    /// worked out once per combination from `String`s, then looked up by the fields' bytes.
    private mutating func itemRow(_ record: CSVRecord, line: Int) {
        guard let columns = itemColumns else { return }
        // Each field with its length before it, so that fields that run together differently differ.
        answerKey.removeAll(keepingCapacity: true)
        record.bytes.withUnsafeBufferPointer { bytes in
            func add(_ column: Int) {
                let range = record.range(column)
                for shift in stride(from: 0, to: 32, by: 8) { answerKey.append(UInt8(truncatingIfNeeded: range.count >> shift)) }
                answerKey.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            }
            add(columns.item)
            add(columns.value)
            add(columns.status)
        }
        let findings: [Phrase]
        if let known = answerKey.withUnsafeBufferPointer({ answerVerdicts.value(for: $0) }) {
            guard known >= 0 else { return }
            findings = answerFindingLists[known]
        } else {
            findings = Self.answerFindings(item: record.string(columns.item), value: record.string(columns.value),
                                           status: record.string(columns.status), codebook: codebook)
            if answerVerdicts.count < Self.rememberedAnswers {
                let known = findings.isEmpty ? -1 : answerFindingLists.count
                answerKey.withUnsafeBufferPointer { answerVerdicts.insert($0, known) }
                if !findings.isEmpty { answerFindingLists.append(findings) }
            }
        }
        for message in findings { limiter.add("answer", line: line, message, hint: Self.exportAgain) }
    }

    /// Combinations of item, value and status remembered: far more than a questionnaire has.
    private static let rememberedAnswers = 16_384

    /// An items.csv row's answer findings, in the order they are added: an item whose visibility
    /// names a role or that is not scored, then a value that does not fit the status or the scale.
    static func answerFindings(item: String, value: String, status: String, codebook: AuditCodebook) -> [Phrase] {
        var findings: [Phrase] = []
        if codebook.roleDependentItems.contains(item) {
            findings.append(Phrase(en: "holds an item whose visibility depends on the role: its rows would tell who holds that role",
                                   nl: "bevat een item waarvan de zichtbaarheid van de rol afhangt: de rijen zouden verraden wie die rol heeft"))
        } else if !codebook.scoredItems.isEmpty, !codebook.scoredItems.contains(item) {
            findings.append(Phrase(en: "holds an item that is not a scored item of the codebook", nl: "bevat een item dat geen gescoord item van het codeboek is"))
        }
        if (status == "answered") == value.isEmpty {
            findings.append(Phrase(en: "has a value that does not fit its status (a value only with 'answered', and always with it)",
                                   nl: "heeft een waarde die niet bij de status past (een waarde alleen bij 'answered', en dan altijd)"))
        } else if !value.isEmpty, let allowed = codebook.scaleValues[item], !allowed.contains(value) {
            findings.append(Phrase(en: "has a value that is not on the item's scale", nl: "heeft een waarde die niet op de schaal van het item ligt"))
        }
        return findings
    }

    private mutating func cellRow(_ fields: [String], line: Int) {
        guard let columns = cellColumns, let year = Int(fields[columns.year]) else { return }
        let cell = fields[columns.cell]
        if let previous = previousCellRound, (previous.cell, previous.year) >= (cell, year) {
            limiter.add("cell-order", line: line,
                        Phrase(en: "rows are not sorted by cell and year, or a cell has two rows for one year",
                               nl: "de rijen zijn niet gesorteerd op celcode en jaar, of een celcode heeft twee rijen voor één jaar"), hint: Self.exportAgain)
        }
        previousCellRound = (cell, year)
        let alike = panel.add(cell: cell, year: fields[columns.year], quasiIdentifiers: columns.quasiIdentifiers.map { fields[$0] }, line: line)
        if !alike {
            limiter.add("coarsening", line: line,
                        Phrase(en: "this cell shows a fact in one year that is removed in another: linked by the cell id, the rows undo the coarsening",
                               nl: "deze celcode toont een gegeven in het ene jaar dat in een ander jaar weggelaten is: via de celcode heffen de rijen de vergroving op"),
                        hint: Self.exportAgain)
        }
    }

    /// The table's findings, with the panel checks that need every row.
    mutating func finish(k: Int) -> [AuditFinding] {
        for (item, base) in referenceBase.sorted(by: { referenceLines[$0.key]! < referenceLines[$1.key]! })
        where base > 0 && base.rounded() < Double(ExportSchema.minimumCells) {
            limiter.add("value", line: referenceLines[item]!,
                        Phrase(en: "an item's shares here are taken over fewer than \(ExportSchema.minimumCells) cells",
                               nl: "de aandelen van een item hier zijn genomen over minder dan \(ExportSchema.minimumCells) cellen"),
                        hint: Self.exportAgain)
        }
        if file == ExportSchema.cells {
            if rows == 0 {
                limiter.add("nothing-released", line: 1,
                            Phrase(en: "holds no cell: nothing was released, so the export has nothing to share",
                                   nl: "bevat geen enkele celronde: er werd niets vrijgegeven, dus de export heeft niets te delen"),
                            hint: Phrase(en: "the pool is too small for k-anonymity at this k; pool more cells (zelfscan export --merge) before exporting",
                                         nl: "de pool is te klein voor k-anonimiteit bij deze k; voeg meer cellen samen (zelfscan export --merge) voor u exporteert"))
            }
            if let stated = codebook.statedSmallestClass, let smallest = panel.smallestClass, stated != smallest {
                limiter.add("risk", line: nil,
                            Phrase(en: "codebook.yaml states a smallest class of \(stated) cells; the panel's smallest class has \(smallest)",
                                   nl: "codebook.yaml vermeldt een kleinste klasse van \(stated) cellen; de kleinste klasse van het panel heeft er \(smallest)"),
                            hint: Self.exportAgain)
            }
            for small in panel.smallClasses(k: k) {
                let others = small.lines.count - 1
                limiter.add("k-anonymity", line: small.lines[0],
                            Phrase(en: "this cell's rounds (years, Belfius group and cell facts) are shared by \(others) other cell(s) (lines \(small.lines.map(String.init).joined(separator: ", "))): fewer than k=\(k)",
                                   nl: "de rondes van deze celcode (jaren, Belfius-groep en celgegevens) worden gedeeld door \(others) andere celcode(s) (regels \(small.lines.map(String.init).joined(separator: ", "))): minder dan k=\(k)"),
                            hint: Phrase(en: "make the export again with zelfscan export --k \(k), which coarsens or suppresses such cells",
                                         nl: "maak de export opnieuw met zelfscan export --k \(k), dat zulke cellen grover maakt of weglaat"))
            }
        }
        return limiter.findings()
    }
}
