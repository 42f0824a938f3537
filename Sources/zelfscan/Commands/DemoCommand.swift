import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a SYNTHETIC demo data set: workspaces of invented cells with realistic answers, for trying the tool.",
        discussion: """
            Every file says it is synthetic demo data, and so does everything built on it.
            The same --seed always gives the same data. Run again on the same folder, it removes
            only the cells it made there before (listed in its marker file) and leaves anything
            else; a folder it did not make is left alone.
            Example: zelfscan demo --out demo --municipalities 40 --years 3 --seed 7
            The large data set of the benchmarks (45,000 files, docs/performance.md):
            zelfscan demo --out pool --municipalities 300 --years 10 --members 15
            """
    )

    static let marker = "SYNTHETISCHE-DEMODATA.txt"

    @Option(help: "Folder to write the workspaces in.")
    var out: String = "demo"

    @Option(help: "Number of invented municipalities (cells).")
    var municipalities: Int = 30

    @Option(help: "Number of consecutive yearly rounds per cell.")
    var years: Int = 2

    @Option(name: .customLong("first-year"), help: "Year of the first round (default: the last round is this year, the first not before 2018).")
    var firstYear: Int?

    @Option(help: "Members per cell, 4 to 15, the same in every cell and round (default: a realistic mix of 4 to 10).")
    var members: Int?

    @Option(name: .customLong("earlier-version"), help: "Give every round but the last on this earlier, archived version of the questionnaire (such as 2026.1), to show a trend across versions.")
    var earlierVersion: String?

    @Option(help: "Random seed; the same seed gives the same data.")
    var seed: UInt64 = 2026

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (1...2000).contains(municipalities) else { throw ValidationError(Phrase(en: "--municipalities must be 1 to 2000", nl: "--municipalities moet 1 tot 2000 zijn")) }
        guard (1...10).contains(years) else { throw ValidationError(Phrase(en: "--years must be 1 to 10", nl: "--years moet 1 tot 10 zijn")) }
        if let members, !DemoDataGenerator.memberRange.contains(members) {
            throw ValidationError(Phrase(en: "--members must be \(DemoDataGenerator.memberRange.lowerBound) to \(DemoDataGenerator.memberRange.upperBound)",
                                         nl: "--members moet \(DemoDataGenerator.memberRange.lowerBound) tot \(DemoDataGenerator.memberRange.upperBound) zijn"))
        }
        let currentYear = Self.currentYear()
        let first = Self.firstYear(firstYear, years: years, currentYear: currentYear)
        guard first >= WorkspaceCoding.firstYear, first + years - 1 <= currentYear + 1 else {
            throw ValidationError(Phrase(en: "the rounds must lie between \(WorkspaceCoding.firstYear) and \(currentYear + 1)",
                                         nl: "de rondes moeten tussen \(WorkspaceCoding.firstYear) en \(currentYear + 1) liggen"))
        }
    }

    /// The clock, read here at the edge only.
    static func currentYear() -> Int { Calendar.utc.component(.year, from: Date()) }

    /// The first round: as given, or so that the last round is this year, but not before the
    /// first year a workspace may have (2018), so ten rounds end next year.
    static func firstYear(_ given: Int?, years: Int, currentYear: Int) -> Int {
        given ?? max(WorkspaceCoding.firstYear, currentYear - years + 1)
    }

    func run() throws {
        let language = language.resolved
        try reportingFailures(language: language) { try write(language: language) }
    }

    private func write(language: Language) throws(CommandFailure) {
        let t = DemoText(language: language)
        try prepareFolder(t)
        let loaded = BundledQuestionnaire.load()
        guard let questionnaire = loaded.questionnaire else {
            throw CommandFailure(Phrase(en: "the bundled questionnaire is invalid", nl: "de ingebouwde vragenlijst is ongeldig"),
                                 exitCode: ExitStatus.invalidData, diagnostics: loaded.diagnostics, sources: loaded.sources)
        }
        let earlier = try earlierVersion.map { version throws(CommandFailure) in
            let archived = QuestionnaireLibrary.bundled.entries.filter { $0.questionnaire.version != questionnaire.version }
            guard let entry = archived.first(where: { $0.questionnaire.version == version }) else {
                let known = archived.map(\.questionnaire.version).joined(separator: ", ")
                throw CommandFailure(Phrase(en: "there is no earlier bundled version '\(version)' of \(questionnaire.id) \(questionnaire.version); the earlier versions are: \(known.isEmpty ? "none" : known)",
                                            nl: "er is geen vroegere ingebouwde versie '\(version)' van \(questionnaire.id) \(questionnaire.version); de vroegere versies zijn: \(known.isEmpty ? "geen" : known)"),
                                     exitCode: ExitStatus.usage)
            }
            return (questionnaire: entry.questionnaire, sha256: entry.sha256)
        }
        let cells = DemoDataGenerator(questionnaire: questionnaire, seed: seed, municipalities: municipalities, years: years,
                                      firstYear: Self.firstYear(firstYear, years: years, currentYear: Self.currentYear()),
                                      questionnaireSHA256: BundledQuestionnaire.sha256, membersPerCell: members,
                                      earlier: earlier).generate()
        var progress = ProgressLine(label: t.progress, total: cells.count)
        var files = 0
        let names = cells.map { Self.folderName($0.workspace.municipality) }
        if let taken = names.first(where: { FileManager.default.fileExists(atPath: out + "/" + $0) }) {
            throw CommandFailure(t.notEmpty(out + "/" + taken), hint: t.notEmptyHint, exitCode: ExitStatus.cannotCreate)
        }
        do {
            try AtomicFile.write(t.markerText(seed: seed, cells: names), to: out + "/" + Self.marker, mode: 0o644)
            for (index, cell) in cells.enumerated() {
                progress.update(index)
                let root = out + "/" + names[index]
                try WorkspaceFiles.createFolder(root + "/reports")
                chmod(root, WorkspaceFiles.folderMode)
                try AtomicFile.write(try WorkspaceCoding.encode(cell.workspace), to: root + "/" + WorkspaceCoding.fileName)
                for response in cell.responses {
                    let folder = root + "/responses/\(response.year)"
                    try WorkspaceFiles.createFolder(folder)
                    chmod(root + "/responses", WorkspaceFiles.folderMode)
                    let given = response.questionnaire.version == questionnaire.version ? questionnaire : earlier?.questionnaire ?? questionnaire
                    try AtomicFile.write(try ResponseEncoder().encode(response, questionnaire: given),
                                         to: folder + "/\(response.respondent).yaml")
                    files += 1
                }
            }
        } catch let error as AtomicFile.WriteError {
            throw CommandFailure(Phrase(en: error.text.en, nl: error.text.nl), exitCode: ExitStatus.cannotCreate)
        } catch {
            throw CommandFailure(Phrase(en: "could not write the demo data: \(error)", nl: "kon de demodata niet schrijven: \(error)"),
                                 exitCode: ExitStatus.cannotCreate)
        }
        progress.finish()
        let first = cells.first.map { out + "/" + Self.folderName($0.workspace.municipality) } ?? out
        Output.out(t.done(cells: cells.count, responses: files, out: out, first: first))
    }

    /// "Demogemeente 007" → "demogemeente-007".
    static func folderName(_ municipality: String) -> String {
        String(municipality.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// Removes the cells an earlier run made in `out`, and nothing else: a real workspace put
    /// beside them stays. A non-empty folder without the marker was not made by `demo` at all.
    private func prepareFolder(_ t: DemoText) throws(CommandFailure) {
        let fileManager = FileManager.default
        let contents = (try? fileManager.contentsOfDirectory(atPath: out)) ?? []
        if !contents.isEmpty {
            guard contents.contains(Self.marker) else {
                throw CommandFailure(t.notEmpty(out), hint: t.notEmptyHint, exitCode: ExitStatus.cannotCreate)
            }
            let marker = (try? LocalFiles.read(out + "/" + Self.marker, followLinks: false)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            var made = DemoText.cells(inMarker: marker)
            if made.isEmpty { made = contents.filter { Self.isDemoCell(out + "/" + $0) } }
            do {
                for name in Set(made).intersection(contents) { try fileManager.removeItem(atPath: out + "/" + name) }
                try fileManager.removeItem(atPath: out + "/" + Self.marker)
            } catch {
                throw CommandFailure(Phrase(en: "cannot replace \(out): \(error)", nl: "kan \(out) niet vervangen: \(error)"),
                                     exitCode: ExitStatus.cannotCreate)
            }
        }
        do {
            try fileManager.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(Phrase(en: "cannot create \(out): \(error)", nl: "kan \(out) niet aanmaken: \(error)"),
                                 exitCode: ExitStatus.cannotCreate)
        }
    }

    /// A marker of an earlier version lists no cells: then only folders named like a demo cell
    /// whose workspace says it is synthetic count as made by `demo`.
    private static func isDemoCell(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard name.hasPrefix("demogemeente-"),
              let bytes = try? LocalFiles.read(path + "/" + WorkspaceCoding.fileName, followLinks: false) else { return false }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "synthetic: true" }
    }
}
