import Foundation
import Testing

/// Whole `zelfscan take` sessions piped into the built binary, as scripts, screen-reader users
/// and the tests meet line mode.
@Suite("take in line mode")
struct TakeCommandTests {
    static let year = Calendar(identifier: .gregorian).component(.year, from: Date())

    /// A fresh workspace; returns its folder.
    static func workspace() throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["init", "--dir", "cel", "--municipality", "Testgemeente", "--questionnaire", ZelfscanBinary.archived2026_1], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return folder.appendingPathComponent("cel")
    }

    static func responses(_ workspace: URL) throws -> [String: String] {
        let folder = workspace.appendingPathComponent("responses/\(year)")
        var found: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            found[String(name.dropLast(5))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return found
    }

    /// Intro, role 3 (police), then the eight context questions: municipal, an invalid 9 then
    /// one table, a formal agreement, three partners, one outside partner, "no difficulties",
    /// four cases, two kinds of help.
    static let start = ["", "3", "1", "9", "1", "1", "1,2,3", "1", "1", "4", "1 2"]
    /// The 34 statements after the context: the first answered 5, then back and changed to 4;
    /// the second answered 2; the third skipped; the other 31 answered 4.
    static let statements = ["5", "b", "4", "2", "s"] + Array(repeating: "4", count: 31)

    @Test func aWholeSessionWithBackSkipAndInvalidInput() throws {
        let workspace = try Self.workspace()
        let remark = ["o", "1", #"Sinds de wissel: "stroever" en trager"#]
        let input = (Self.start + Self.statements + remark + ["v"]).joined(separator: "\n") + "\n"
        let run = try ZelfscanBinary.run(["take"], stdin: input, in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kies een nummer van 1 tot 4."), "an invalid answer names the valid choices")
        #expect(run.stdout.contains("Vraag 2/41"), "the agreement question is not yet answered, so its follow-up is not counted")
        #expect(run.stdout.contains("U beantwoordde 41 van de 42 vragen."))
        #expect(run.stdout.contains("Bedankt. Uw antwoorden zijn verzonden"))
        #expect(run.stdout.contains("Uw eigen scores"))
        #expect(run.stdout.contains("Vertrouwen"))
        #expect(!run.stdout.contains("\u{1B}["), "no escape codes in line mode")
        let files = try Self.responses(workspace)
        #expect(files.count == 1)
        let (code, text) = try #require(files.first)
        #expect(code.hasPrefix("R-") && code.count == 8)
        #expect(text.contains("status: submitted"))
        #expect(text.contains("role: police"))
        #expect(text.contains("municipality: Testgemeente"))
        #expect(text.contains("context.tables: one"))
        #expect(text.contains("context.difficulties:\n  - none") || text.contains("context.difficulties:\n  - 'none'"))
        #expect(text.contains("context.cases: 4"))
        #expect(text.contains("trust.safe-to-share: 4"), "the answer changed after going back is kept")
        #expect(text.contains("trust.withholding: 2"))
        #expect(text.contains("skipped:\n- trust.betrayal") || text.contains("skipped:\n  - trust.betrayal"))
        #expect(text.contains("sha256: "))
        #expect(text.contains(#"comments:"#) && text.contains(#"trust: 'Sinds de wissel: "stroever" en trager'"#),
                "a remark with quotes and a colon survives: \(text.suffix(200))")
        let attributes = try FileManager.default.attributesOfItem(atPath: workspace.appendingPathComponent("responses/\(Self.year)/\(code).yaml").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("responses/\(Self.year)/\(code).lock").path))
    }

    @Test func endOfInputSavesTheDraftAndResumeFinishesIt() throws {
        let workspace = try Self.workspace()
        let first = try ZelfscanBinary.run(["take"], stdin: (Self.start + ["5", "2"]).joined(separator: "\n") + "\n", in: workspace)
        #expect(first.status == 75)
        #expect(first.stderr.contains("De invoer stopte voordat de vragenlijst af was."))
        let (code, draft) = try #require(try Self.responses(workspace).first)
        #expect(first.stderr.contains("zelfscan take --resume \(code)"))
        #expect(draft.contains("status: draft"))
        #expect(draft.contains("trust.safe-to-share: 5"))
        #expect(draft.contains("trust.withholding: 2"))

        let status = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(status.stdout.contains("Open concepten: 1\n  beantwoord: 23%"), "\(status.stdout)")
        #expect(!status.stdout.contains(code) && !status.stdout.contains("politie"), "no code and no role of a single draft")

        let rest = Array(repeating: "3", count: 32) + ["v"]
        let resumed = try ZelfscanBinary.run(["take", "--resume", code], stdin: rest.joined(separator: "\n") + "\n", in: workspace)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Vraag 11/42"), "resumes at the first unanswered question")
        #expect(!resumed.stdout.contains("In welke rol"), "a resumed draft keeps its role")
        let done = try #require(try Self.responses(workspace)[code])
        #expect(done.contains("status: submitted"))
        #expect(done.contains("trust.safe-to-share: 5"))
        #expect(done.contains("shared-vision.definitions: 3") || done.contains("shared-vision."))
    }

    @Test func takeAsksForTheCodeWhenDraftsAreOpen() throws {
        let workspace = try Self.workspace()
        _ = try ZelfscanBinary.run(["take"], stdin: (Self.start + ["5"]).joined(separator: "\n") + "\n", in: workspace)
        let (code, _) = try #require(try Self.responses(workspace).first)
        let wrong = try ZelfscanBinary.run(["take"], stdin: "R-AAAAAA\n", in: workspace)
        #expect(wrong.stdout.contains("Er staat 1 onafgewerkte vragenlijst open in deze ronde."))
        #expect(!wrong.stdout.contains(code), "open codes are never listed for the next colleague")
        #expect(wrong.stdout.contains("'R-AAAAAA' is geen open vragenlijst van deze ronde."))
        let right = try ZelfscanBinary.run(["take"], stdin: code.lowercased() + "\n", in: workspace)
        #expect(right.stdout.contains("Vraag 10/42"), "\(right.stdout.suffix(400))")
        #expect(right.status == 75)
        let fresh = try ZelfscanBinary.run(["take"], stdin: "\n\n2\n", in: workspace)
        #expect(fresh.stdout.contains("In welke rol vult u de vragenlijst in?"))
        #expect(try Self.responses(workspace).count == 2)
    }

    @Test func interruptedWithSIGINTAndResumed() throws {
        let workspace = try Self.workspace()
        let live = try LiveProcess(["take"], in: workspace)
        live.send((Self.start + ["5", "4", "3"]).joined(separator: "\n") + "\n")
        let saved = LiveProcess.wait {
            (try? Self.responses(workspace).first?.value.contains("trust.betrayal: 3")) == true
        }
        #expect(saved)
        kill(live.process.processIdentifier, SIGINT)
        let status = live.waitForExit()
        #expect(status == 130)
        let (code, draft) = try #require(try Self.responses(workspace).first)
        #expect(draft.contains("status: draft"))
        #expect(draft.contains("trust.betrayal: 3"))
        let resumed = try ZelfscanBinary.run(["take", "--resume", code], stdin: "q\n", in: workspace)
        #expect(resumed.stdout.contains("Vraag 12/42"))
        #expect(resumed.stdout.contains("zelfscan take --resume \(code)"))
        #expect(resumed.status == 0)
    }

    @Test func twoSessionsCannotOpenTheSameDraft() throws {
        let workspace = try Self.workspace()
        _ = try ZelfscanBinary.run(["take"], stdin: (Self.start + ["5"]).joined(separator: "\n") + "\n", in: workspace)
        let (code, _) = try #require(try Self.responses(workspace).first)
        let holder = try LiveProcess(["take", "--resume", code], in: workspace)
        #expect(LiveProcess.wait { holder.stdout.contains("Vraag 10/42") })
        let second = try ZelfscanBinary.run(["take", "--resume", code], stdin: "4\n", in: workspace)
        #expect(second.status == 75)
        #expect(second.stderr.contains("\(code) is nu open in een andere sessie van zelfscan take"))
        let status = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(status.stdout.contains("1 nu in gebruik"))
        holder.send("q\n")
        #expect(holder.waitForExit() == 0)
        let after = try ZelfscanBinary.run(["take", "--resume", code], stdin: "q\n", in: workspace)
        #expect(after.status == 0, "the lock is gone with the first session")
    }

    @Test func englishSession() throws {
        let workspace = try Self.workspace()
        let run = try ZelfscanBinary.run(["take", "--language", "en"], stdin: "\n2\n?\n", in: workspace)
        #expect(run.stdout.contains("In which role do you answer the questionnaire?"))
        #expect(run.stdout.contains("About your cell"))
        #expect(run.stdout.contains("Question 1/41"))
        #expect(run.stdout.contains("At which level is your cell organised?"))
        #expect(run.stdout.contains("An LIVC-R serves one municipality."), "? shows the help text")
        #expect(run.stderr.contains("The input ended before the questionnaire was finished."))
        let (_, draft) = try #require(try Self.responses(workspace).first)
        #expect(draft.contains("language: en"))
        #expect(draft.contains("role: mayor"))
    }

    @Test func anAnswerSheetIsCheckedAndSubmittedOnlyWhenComplete() throws {
        let workspace = try Self.workspace()
        let sheet = workspace.appendingPathComponent("papier.yaml")
        try Data("""
            role: social-services
            answers:
              context.level: zone
              trust.safe-to-share: 7
              trust.withholdng: 2

            """.utf8).write(to: sheet)
        let invalid = try ZelfscanBinary.run(["take", "--answers", "papier.yaml"], in: workspace)
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("papier.yaml:4:24: fout: ongeldig antwoord op 'trust.safe-to-share': '7'"))
        #expect(invalid.stderr.contains("papier.yaml:5:3: fout: 'trust.withholdng' is geen item van livc-r 2026.1; bedoelt u 'trust.withholding'?"))
        #expect(try Self.responses(workspace).isEmpty, "nothing is saved from an invalid sheet")

        try Data("role: social-services\nanswers:\n  context.level: zone\n  trust.safe-to-share: 4\n".utf8).write(to: sheet)
        let partial = try ZelfscanBinary.run(["take", "--answers", "papier.yaml", "--submit"], in: workspace)
        #expect(partial.status == 65)
        #expect(partial.stderr.contains("papier.yaml: context.tables (2): Uit hoeveel overlegtafels bestaat uw cel?"))
        #expect(partial.stderr.contains("Niet verzonden: er ontbreken nog 39 antwoorden."))
        let (code, draft) = try #require(try Self.responses(workspace).first)
        #expect(draft.contains("status: draft"))

        var lines = ["role: social-services", "answers:", "  context.level: zone", "  context.tables: one", "  context.agreement: informal",
                     "  context.composition: [police, mayor]", "  context.partners-outside: dk", "  context.difficulties: [few-cases]",
                     "  context.cases: 0", "  context.help: [coaching]"]
        let questionnaire = try String(contentsOf: URL(fileURLWithPath: ZelfscanBinary.archived2026_1), encoding: .utf8)
        let ids = questionnaire.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("- id: "), !trimmed.contains("context.") else { return nil }
            let id = String(trimmed.dropFirst(6))
            return id.contains(".") ? id : nil
        }
        #expect(ids.count == 34)
        lines += ids.filter { $0 != "information-sharing.agreement-input" && $0 != "information-sharing.feedback" }.map { "  \($0): 3" }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: sheet)
        let mayor = workspace.appendingPathComponent("burgemeester.yaml")
        try Data((["role: mayor"] + lines.dropFirst()).joined(separator: "\n").utf8 + [0x0A]).write(to: mayor)
        let otherRole = try ZelfscanBinary.run(["take", "--resume", code, "--answers", "burgemeester.yaml", "--submit"], in: workspace)
        #expect(otherRole.status == 65, "another member's form is not typed over a draft")
        #expect(otherRole.stderr.contains("burgemeester.yaml geeft een andere rol dan die waarmee het concept \(code) begon"), "\(otherRole.stderr)")
        #expect(try #require(try Self.responses(workspace)[code]).contains("status: draft"))

        let complete = try ZelfscanBinary.run(["take", "--resume", code, "--answers", "papier.yaml", "--submit"], in: workspace)
        #expect(complete.status == 0, "\(complete.stderr)")
        #expect(complete.stdout.contains("Het formulier is verzonden (code \(code))."))
        #expect(!complete.stdout.contains("Vertrouwen") && !complete.stdout.contains("50,0"),
                "the coordinator typing a paper form in sees none of the member's scores: \(complete.stdout)")
        let submitted = try #require(try Self.responses(workspace)[code])
        #expect(submitted.contains("status: submitted"))
        #expect(submitted.contains("role: social-services"))

        let again = try ZelfscanBinary.run(["take", "--answers", "papier.yaml", "--submit"], in: workspace)
        #expect(again.status == 65, "the same form typed in twice is refused")
        #expect(again.stderr.contains("papier.yaml heeft dezelfde rol en antwoorden als \(code), al verzonden in deze ronde"), "\(again.stderr)")
        #expect(try Self.responses(workspace).count == 1, "nothing was saved")
        let forced = try ZelfscanBinary.run(["take", "--answers", "papier.yaml", "--submit", "--force"], in: workspace)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Self.responses(workspace).count == 2)
    }
}
