import Foundation
import YAML

/// Re-checks an export from its CSV files alone, without the key: k-anonymity of every
/// combination of quasi-identifiers, role groups of at least 3, the same coarsening of a
/// municipality in every year, and no column or value that looks like a name, a respondent
/// code, free text or a date. Pure: the command reads the files and passes their text.
public struct ExportAudit: Sendable {
    public static let dataFiles = ["responses_long.csv", "responses_wide.csv", "scores.csv"]
    public static let codebookFile = "codebook.csv"
    /// At most this many findings of one kind per file are listed; the rest are counted.
    public static let findingsPerKind = 10

    public var k: Int
    public var minimumRoleGroup: Int

    public init(k: Int, minimumRoleGroup: Int = ScoringRules.standard.minimumRoleGroupSize) {
        self.k = k
        self.minimumRoleGroup = minimumRoleGroup
    }

    /// `files` maps file names (as in `dataFiles` and `codebookFile`) to their text; a missing
    /// file is a finding.
    public func findings(_ files: [String: String]) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        var codebook = AuditCodebook()
        if let text = files[Self.codebookFile], let records = CSVFormat.parse(text) {
            codebook = AuditCodebook(records: records)
        } else {
            findings.append(missing(Self.codebookFile))
        }
        for file in Self.dataFiles {
            guard let text = files[file] else {
                findings.append(missing(file))
                continue
            }
            guard let records = CSVFormat.parse(text), let header = records.first else {
                findings.append(AuditFinding(file: file, message: Phrase(en: "not a readable CSV file (a quote is never closed)", nl: "geen leesbaar CSV-bestand (een aanhalingsteken wordt nooit gesloten)"),
                                             hint: Phrase(en: "export again with zelfscan export", nl: "exporteer opnieuw met zelfscan export")))
                continue
            }
            var limiter = FindingLimiter()
            check(file: file, header: header, rows: Array(records.dropFirst()), codebook: codebook, into: &limiter)
            findings += limiter.findings(file: file)
        }
        return findings
    }

    /// Every file an export may hold; anything else in the folder (a key file, notes, a copy of
    /// a workspace) is a finding, because the folder is what gets shared.
    public static let expectedFiles = Set(["README.md", "codebook.yaml", "zelfscan.sqlite", codebookFile] + dataFiles)

    public func unexpectedFiles(_ names: [String]) -> [AuditFinding] {
        names.filter { !Self.expectedFiles.contains($0) }.sorted().map { name in
            AuditFinding(file: name, message: Phrase(en: "the export folder holds a file that zelfscan export does not write",
                                                     nl: "de exportmap bevat een bestand dat zelfscan export niet schrijft"),
                         hint: Phrase(en: "remove it before sharing the folder: it may hold the key, names or notes",
                                      nl: "verwijder het voor u de map deelt: het kan de sleutel, namen of notities bevatten"))
        }
    }

    private func missing(_ file: String) -> AuditFinding {
        AuditFinding(file: file, message: Phrase(en: "the export has no \(file)", nl: "de export heeft geen \(file)"),
                     hint: Phrase(en: "audit the whole folder written by zelfscan export", nl: "controleer de volledige map die zelfscan export schreef"))
    }

    private func check(file: String, header: [String], rows: [[String]], codebook: AuditCodebook, into limiter: inout FindingLimiter) {
        // Item columns are named after their item ids (e.g. coordinator_time) and their values
        // are checked below like every other value; other columns must not sound identifying.
        for (index, column) in header.enumerated() {
            if let word = Self.revealingWord(in: column), !AuditCodebook.fixedColumns.contains(column), codebook.itemOfColumn[column] == nil {
                limiter.add("column-name", AuditFinding(file: file, line: 1,
                    message: Phrase(en: "column \(index + 1) '\(column)' is named like identifying data ('\(word)')",
                                    nl: "kolom \(index + 1) '\(column)' heeft de naam van identificerende gegevens ('\(word)')"),
                    hint: Phrase(en: "remove the column; exports never hold names, codes, free text or dates",
                                 nl: "verwijder de kolom; een export bevat nooit namen, codes, vrije tekst of datums")))
            } else if !AuditCodebook.fixedColumns.contains(column), !codebook.columns.isEmpty, !codebook.columns.contains(column) {
                limiter.add("column-unknown", AuditFinding(file: file, line: 1,
                    message: Phrase(en: "column \(index + 1) '\(column)' is not described in codebook.csv",
                                    nl: "kolom \(index + 1) '\(column)' staat niet in codebook.csv"),
                    hint: Phrase(en: "remove the column or export again", nl: "verwijder de kolom of exporteer opnieuw")))
            }
        }
        for (number, row) in rows.enumerated() {
            let line = number + 2
            for (index, value) in row.enumerated() where !value.isEmpty && index < header.count {
                if let problem = problem(value, column: header[index], row: row, header: header, codebook: codebook) {
                    limiter.add("value-" + header[index], AuditFinding(file: file, line: line,
                        message: Phrase(en: "column '\(header[index])' holds a value that \(problem.en)",
                                        nl: "kolom '\(header[index])' bevat een waarde die \(problem.nl)"),
                        hint: Phrase(en: "remove the value; the export must be made again with zelfscan export",
                                     nl: "verwijder de waarde; maak de export opnieuw met zelfscan export")))
                }
            }
        }
        checkKAnonymity(file: file, header: header, rows: rows, into: &limiter)
        checkConsistentCoarsening(file: file, header: header, rows: rows, into: &limiter)
        checkLevelAnswers(file: file, header: header, rows: rows, into: &limiter)
        checkRoleGroups(file: file, header: header, rows: rows, into: &limiter)
    }

    /// Why `value` must not be in the export, or nil when it may be. The value itself is never
    /// repeated in a finding: it may be the very name or text that leaked.
    private func problem(_ value: String, column: String, row: [String], header: [String], codebook: AuditCodebook) -> Phrase? {
        // Numbers are the bulk of an export: settle them before any pattern search.
        if Double(value) != nil, column != ExportColumns.municipality { return numberProblem(value, column: column) }
        let bytes = Array(value.utf8)
        if Self.looksLikeDateOrTime(bytes) {
            return Phrase(en: "looks like a date or a time", nl: "op een datum of tijd lijkt")
        }
        if Self.looksLikeRespondentCode(bytes) {
            return Phrase(en: "looks like a respondent code", nl: "op een respondentcode lijkt")
        }
        let nameLike = Phrase(en: "looks like a name or free text", nl: "op een naam of vrije tekst lijkt")
        switch column {
        case ExportColumns.municipality:
            return Pseudonymiser.isPseudonym(value) ? nil
                : Phrase(en: "is not a pseudonym (M and 16 hex digits): it may be a name", nl: "geen pseudoniem is (M en 16 hexadecimale cijfers): het kan een naam zijn")
        case ExportColumns.year:
            return Int(value).map { (2000...2100).contains($0) } == true ? nil : Phrase(en: "is not a year", nl: "geen jaartal is")
        case ExportColumns.group:
            return BelfiusCluster.Group(rawValue: value) == nil ? nameLike : nil
        case ExportColumns.province:
            return Province(rawValue: value) == nil ? nameLike : nil
        case ExportColumns.level:
            return Workspace.Level(rawValue: value) == nil ? nameLike : nil
        case ExportColumns.respondent:
            return Int(value).map { (1...999).contains($0) } == true ? nil
                : Phrase(en: "is not a respondent number within the round", nl: "geen volgnummer binnen de ronde is")
        case _ where column == "code" || codebook.textColumns.contains(column):
            let item = column == "code" ? header.firstIndex(of: "item_id").flatMap { $0 < row.count ? row[$0] : nil } : codebook.itemOfColumn[column]
            let allowed = item.flatMap { codebook.codes[$0] } ?? []
            return value.split(separator: " ").allSatisfy { allowed.contains(String($0)) } ? nil : nameLike
        default:
            return Self.isCode(value) ? nil : nameLike
        }
    }

    /// `(19|20)\d\d-\d\d-\d\d` or `\d\d?:\d\d` anywhere, scanned by hand: an export has hundreds
    /// of thousands of cells, and a regular expression per cell took most of the export's time.
    static func looksLikeDateOrTime(_ bytes: [UInt8]) -> Bool {
        let zero = UInt8(ascii: "0"), colon = UInt8(ascii: ":"), dash = UInt8(ascii: "-")
        func digit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] &- zero < 10 }
        for index in bytes.indices {
            switch bytes[index] {
            case colon:
                if digit(index - 1), digit(index + 1), digit(index + 2) { return true }
            case UInt8(ascii: "1"), UInt8(ascii: "2"):
                guard index + 9 < bytes.count else { continue }
                let century = (bytes[index], bytes[index + 1])
                guard century == (UInt8(ascii: "1"), UInt8(ascii: "9")) || century == (UInt8(ascii: "2"), UInt8(ascii: "0")) else { continue }
                if digit(index + 2), digit(index + 3), bytes[index + 4] == dash, digit(index + 5), digit(index + 6),
                   bytes[index + 7] == dash, digit(index + 8), digit(index + 9) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// `\bR-[0-9A-Z]{4,}\b`, scanned by hand: "R-" not preceded by a word character, then at
    /// least four capitals or digits not followed by a word character (any non-ASCII byte counts
    /// as one, as a letter such as "é" would).
    static func looksLikeRespondentCode(_ bytes: [UInt8]) -> Bool {
        func isWord(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
        func isCodeCharacter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "R"), bytes[index + 1] == UInt8(ascii: "-"), index == 0 || !isWord(bytes[index - 1]) else { continue }
            var end = index + 2
            while end < bytes.count, isCodeCharacter(bytes[end]) { end += 1 }
            if end - (index + 2) >= 4, end == bytes.count || !isWord(bytes[end]) { return true }
        }
        return false
    }

    /// A number where the column needs something else (a year, a respondent number, a code).
    private func numberProblem(_ value: String, column: String) -> Phrase? {
        switch column {
        case ExportColumns.year:
            return Int(value).map { (2000...2100).contains($0) } == true ? nil : Phrase(en: "is not a year", nl: "geen jaartal is")
        case ExportColumns.respondent:
            return Int(value).map { (1...999).contains($0) } == true ? nil
                : Phrase(en: "is not a respondent number within the round", nl: "geen volgnummer binnen de ronde is")
        case ExportColumns.group, ExportColumns.province, ExportColumns.level:
            return Phrase(en: "looks like a name or free text", nl: "op een naam of vrije tekst lijkt")
        default:
            return nil
        }
    }

    /// Lower-case letters, digits, `.`, `_`, `-`, starting with a letter or digit: an id or code.
    static func isCode(_ value: String) -> Bool {
        guard let first = value.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return value.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    private func indices(_ header: [String]) -> (municipality: Int, identifiers: [Int])? {
        guard let municipality = header.firstIndex(of: ExportColumns.municipality) else { return nil }
        let identifiers = ExportColumns.quasiIdentifiers.compactMap { header.firstIndex(of: $0) }
        guard identifiers.count == ExportColumns.quasiIdentifiers.count else { return nil }
        return (municipality, identifiers)
    }

    private func checkKAnonymity(file: String, header: [String], rows: [[String]], into limiter: inout FindingLimiter) {
        guard let columns = indices(header) else {
            limiter.add("k", AuditFinding(file: file, line: 1,
                message: Phrase(en: "the columns municipality, belfius_group, province, level and year are not all there, so k-anonymity cannot be checked",
                                nl: "de kolommen municipality, belfius_group, province, level en year zijn er niet allemaal, dus k-anonimiteit kan niet gecontroleerd worden"),
                hint: Phrase(en: "export again with zelfscan export", nl: "exporteer opnieuw met zelfscan export")))
            return
        }
        var municipalities: [[String]: Set<String>] = [:]
        var firstLine: [[String]: Int] = [:]
        for (number, row) in rows.enumerated() where row.count == header.count {
            let key = columns.identifiers.map { row[$0] }
            municipalities[key, default: []].insert(row[columns.municipality])
            if firstLine[key] == nil { firstLine[key] = number + 2 }
        }
        for (key, members) in municipalities.sorted(by: { firstLine[$0.key]! < firstLine[$1.key]! }) where members.count < k {
            let shown = zip(ExportColumns.quasiIdentifiers, key).map { "\($0)=\($1.isEmpty ? "(empty)" : $1)" }.joined(separator: ", ")
            limiter.add("k", AuditFinding(file: file, line: firstLine[key],
                message: Phrase(en: "the combination \(shown) covers \(members.count) municipalities, fewer than k=\(k)",
                                nl: "de combinatie \(shown) omvat \(members.count) gemeenten, minder dan k=\(k)"),
                hint: Phrase(en: "export again with zelfscan export --k \(k), which coarsens or suppresses such rows",
                             nl: "exporteer opnieuw met zelfscan export --k \(k), dat zulke rijen grover maakt of weglaat")))
        }
    }

    private func checkConsistentCoarsening(file: String, header: [String], rows: [[String]], into limiter: inout FindingLimiter) {
        guard let columns = indices(header) else { return }
        let coarsenable = [header.firstIndex(of: ExportColumns.province)!, header.firstIndex(of: ExportColumns.level)!]
        var patterns: [String: Set<[Bool]>] = [:]
        var firstLine: [String: Int] = [:]
        for (number, row) in rows.enumerated() where row.count == header.count {
            let municipality = row[columns.municipality]
            patterns[municipality, default: []].insert(coarsenable.map { row[$0].isEmpty })
            if patterns[municipality]!.count > 1, firstLine[municipality] == nil { firstLine[municipality] = number + 2 }
        }
        for (_, line) in firstLine.sorted(by: { $0.value < $1.value }) {
            limiter.add("coarsening", AuditFinding(file: file, line: line,
                message: Phrase(en: "a municipality shows its province or level in one row and not in another: linked by the pseudonym, the rows undo the coarsening",
                                nl: "een gemeente toont haar provincie of niveau in de ene rij en niet in een andere: via het pseudoniem heffen die rijen de vergroving op"),
                hint: Phrase(en: "export again with zelfscan export, which coarsens a municipality alike in every year",
                             nl: "exporteer opnieuw met zelfscan export, dat een gemeente in elk jaar gelijk vergroot")))
        }
    }

    /// Where the level was removed, no answer may restate it (context.level).
    private func checkLevelAnswers(file: String, header: [String], rows: [[String]], into limiter: inout FindingLimiter) {
        guard let level = header.firstIndex(of: ExportColumns.level) else { return }
        let wideColumns = ExportColumns.levelItems.compactMap { header.firstIndex(of: ExportColumns.wideName($0)) }
        let item = header.firstIndex(of: "item_id")
        for (number, row) in rows.enumerated() where row.count == header.count && row[level].isEmpty {
            let restated = wideColumns.contains { !row[$0].isEmpty } || item.map { ExportColumns.levelItems.contains(row[$0]) } == true
            guard restated else { continue }
            limiter.add("level-answer", AuditFinding(file: file, line: number + 2,
                message: Phrase(en: "the level was removed from this row, but an answer about the cell's level puts it back",
                                nl: "het niveau is uit deze rij weggelaten, maar een antwoord over het niveau van de cel zet het terug"),
                hint: Phrase(en: "export again with zelfscan export, which withholds such answers where the level is removed",
                             nl: "exporteer opnieuw met zelfscan export, dat zulke antwoorden weglaat waar het niveau weg is")))
        }
    }

    private func checkRoleGroups(file: String, header: [String], rows: [[String]], into limiter: inout FindingLimiter) {
        guard let municipality = header.firstIndex(of: ExportColumns.municipality), let year = header.firstIndex(of: ExportColumns.year),
              let respondent = header.firstIndex(of: ExportColumns.respondent), let group = header.firstIndex(of: ExportColumns.roleGroup) else { return }
        var members: [[String]: Set<String>] = [:]
        var cells: [[String]: Set<String>] = [:]
        var firstLine: [[String]: Int] = [:]
        for (number, row) in rows.enumerated() where row.count == header.count && !row[respondent].isEmpty {
            let cell = [row[municipality], row[year]]
            let key = cell + [row[group]]
            members[key, default: []].insert(row[respondent])
            cells[cell, default: []].insert(row[respondent])
            if firstLine[key] == nil { firstLine[key] = number + 2 }
            if firstLine[cell] == nil { firstLine[cell] = number + 2 }
        }
        for (key, set) in members.sorted(by: { firstLine[$0.key]! < firstLine[$1.key]! }) where set.count < minimumRoleGroup {
            limiter.add("role-group", AuditFinding(file: file, line: firstLine[key],
                message: Phrase(en: "role group '\(key[2])' has \(set.count) respondent(s) in a round, fewer than \(minimumRoleGroup): their answers can be told apart",
                                nl: "rolgroep '\(key[2])' heeft \(set.count) respondent(en) in een ronde, minder dan \(minimumRoleGroup): hun antwoorden zijn te herkennen"),
                hint: Phrase(en: "export again with zelfscan export, which merges small role groups",
                             nl: "exporteer opnieuw met zelfscan export, dat kleine rolgroepen samenvoegt")))
        }
        for (key, set) in cells.sorted(by: { firstLine[$0.key]! < firstLine[$1.key]! }) where set.count < ScoringRules.minimumCellRespondents {
            limiter.add("cell-size", AuditFinding(file: file, line: firstLine[key],
                message: Phrase(en: "a round has \(set.count) respondent(s), fewer than \(ScoringRules.minimumCellRespondents)",
                                nl: "een ronde heeft \(set.count) respondent(en), minder dan \(ScoringRules.minimumCellRespondents)"),
                hint: Phrase(en: "export again with zelfscan export, which leaves such rounds out",
                             nl: "exporteer opnieuw met zelfscan export, dat zulke rondes weglaat")))
        }
    }

    /// A word of a column name (split at `_`, `.` and `-`) that points at identifying content.
    static func revealingWord(in column: String) -> String? {
        let words = column.lowercased().split { $0 == "_" || $0 == "." || $0 == "-" }.map(String.init)
        if words.contains("respondent"), words.contains("code") { return "respondent code" }
        let revealing: Set<String> = ["name", "names", "naam", "namen", "gemeente", "gemeentenaam", "comment", "comments", "opmerking",
                                      "opmerkingen", "remark", "remarks", "text", "tekst", "date", "datum", "time", "tijd", "timestamp",
                                      "started", "updated", "submitted", "email", "mail", "phone", "telefoon"]
        return words.first { revealing.contains($0) }
    }
}
