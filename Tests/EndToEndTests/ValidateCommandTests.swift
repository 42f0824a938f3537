import Foundation
import Testing

@Suite("zelfscan validate and show, run as a binary")
struct ValidateCommandTests {
    @Test func bundledQuestionnaireIsValid() throws {
        let run = try ZelfscanBinary.run(["validate", "questionnaires/livc-r.yaml"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "questionnaires/livc-r.yaml: ok\n")
    }

    @Test func jsonOutputForAValidFile() throws {
        let run = try ZelfscanBinary.run(["validate", "--json", "questionnaires/livc-r.yaml"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let files = try #require(object?["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["status"] as? String == "ok")
        #expect((files[0]["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func tenMistakesAreAllReportedWithLocations() throws {
        let file = "Tests/EndToEndTests/Fixtures/ten-mistakes.yaml"
        let run = try ZelfscanBinary.run(["validate", "--language", "en", file])
        #expect(run.status == 65)
        let errors = run.stdout.split(separator: "\n").filter { $0.hasPrefix("\(file):") && $0.contains(": error: ") }
        #expect(errors.count == 10, "\(run.stdout)")
        let lines = Set(errors.map { $0.split(separator: ":")[1] })
        #expect(lines == ["9", "17", "21", "31", "35", "39", "43", "47", "48", "51"])
        #expect(run.stdout.contains("did you mean 'help'?"))
        #expect(run.stdout.contains("did you mean 'security'?"))
        #expect(run.stdout.contains("the scales are: agree5"))
        #expect(run.stdout.contains("which is asked later (line 55)"))
        #expect(run.stdout.hasSuffix("\(file): 10 errors, 4 warnings\n"))
    }

    @Test func tenMistakesAsJSON() throws {
        let file = "Tests/EndToEndTests/Fixtures/ten-mistakes.yaml"
        let run = try ZelfscanBinary.run(["validate", "--json", file])
        #expect(run.status == 65)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let report = try #require((object?["files"] as? [[String: Any]])?.first)
        #expect(report["status"] as? String == "invalid")
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        let errors = diagnostics.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 10)
        let first = try #require(errors.first)
        #expect(first["file"] as? String == file)
        #expect(first["line"] as? Int == 9)
        #expect(first["column"] as? Int == 10)
    }

    @Test func unreadableFileExits66() throws {
        let run = try ZelfscanBinary.run(["validate", "--language", "en", "does/not/exist.yaml"])
        #expect(run.status == 66)
        #expect(run.stdout.contains("does/not/exist.yaml: error: cannot read the file: no such file"))
    }

    @Test func folderInsteadOfFileExits66() throws {
        let run = try ZelfscanBinary.run(["validate", "--language", "en", "questionnaires"])
        #expect(run.status == 66)
        #expect(run.stdout.contains("this is a folder"))
    }

    @Test func validAndInvalidTogetherReportBoth() throws {
        let run = try ZelfscanBinary.run(["validate", "--language", "en", "questionnaires/livc-r.yaml", "Tests/EndToEndTests/Fixtures/ten-mistakes.yaml"])
        #expect(run.status == 65)
        #expect(run.stdout.contains("questionnaires/livc-r.yaml: ok"))
        #expect(run.stdout.contains("ten-mistakes.yaml: 10 errors"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try ZelfscanBinary.run(["validate"]).status == 64)
        #expect(try ZelfscanBinary.run(["validate", "--no-such-flag", "x.yaml"]).status == 64)
        #expect(try ZelfscanBinary.run(["no-such-command"]).status == 64)
    }

    @Test func showPrintsTheOutlineInDutchByDefault() throws {
        let run = try ZelfscanBinary.run(["show", "questionnaires/livc-r.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        for expected in ["Zelfevaluatie LIVC-R", "Dimensie 1: Vertrouwen (trust)", "Dimensie 4: Gedeelde visie (shared-vision)", "Dimensie 5: Casusstroom (case-flow)",
                         "trust.agreed-use-of-information [agree5", "omgekeerd gescoord", "alleen als: context.agreement = formal",
                         "referentiecijfer: vvsg-2022.agreement-framework (VVSG 2022, Figuur 8)",
                         "formal — Een formeel, schriftelijk lokaal afsprakenkader [41%]",
                         "informal — Alleen informele afspraken [≈40%]",
                         "none — Geen moeilijkheden (sluit de andere uit) [38%]"] {
            #expect(run.stdout.contains(expected), "missing: \(expected)")
        }
    }

    @Test func showWritesNumbersWithADecimalCommaInDutch() throws {
        let dutch = try ZelfscanBinary.run(["show", "questionnaires/livc-r.yaml"])
        #expect(dutch.stdout.contains("minimale dekking 0,6"), "\(dutch.stdout.prefix(600))")
        #expect(!dutch.stdout.contains("minimale dekking 0."))
        let english = try ZelfscanBinary.run(["show", "--language", "en", "questionnaires/livc-r.yaml"])
        #expect(english.stdout.contains("minimum coverage 0.6"))
    }

    @Test func showInEnglish() throws {
        let run = try ZelfscanBinary.run(["show", "--language", "en", "questionnaires/livc-r.yaml"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Dimension 1: Trust (trust)"))
        #expect(run.stdout.contains("reverse-keyed"))
        #expect(run.stdout.contains("I am confident that information I share at the case conference is only used as agreed in the cell."))
    }

    @Test func showRefusesAnUnknownLanguage() throws {
        let run = try ZelfscanBinary.run(["show", "--language", "fr", "questionnaires/livc-r.yaml"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown language 'fr'; use nl or en"))
    }

    @Test func referenceFigureFileIsCheckedOnItsOwn() throws {
        let run = try ZelfscanBinary.run(["validate", "questionnaires/benchmarks/vvsg-2022.yaml"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout == "questionnaires/benchmarks/vvsg-2022.yaml: ok (bestand met referentiecijfers)\n")
        let folder = try ZelfscanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("figures.yaml")
        try Data("format: 1\nid: x\nsource: {title: t, publisher: p, year: 2022}\nfigures:\n  - {id: a, table: T, unit: percent, question: {nl: q}, values: {b: 120}}\n".utf8).write(to: broken)
        let bad = try ZelfscanBinary.run(["validate", "--language", "en", "--json", broken.path])
        #expect(bad.status == 65)
        let object = try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [String: Any]
        let report = try #require((object?["files"] as? [[String: Any]])?.first)
        #expect(report["kind"] as? String == "reference-figures")
        let diagnostic = try #require((report["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["message"] as? String == "the percentage for 'b' in 'values' of figure 'a' is 120; it must lie in 0–100")
        #expect(diagnostic["line"] as? Int == 5)
    }

    @Test func messagesAreDutchByDefault() throws {
        let file = "Tests/EndToEndTests/Fixtures/ten-mistakes.yaml"
        let run = try ZelfscanBinary.run(["validate", file])
        #expect(run.status == 65)
        #expect(run.stdout.contains("\(file):51:9: fout: onbekende sleutel 'helpp' in een item; bedoelt u 'help'?"))
        #expect(run.stdout.contains("  tip: laat 'strength' beginnen bij 50"))
        #expect(run.stdout.contains("\(file):37:13: opmerking: eerste definitie van 'trust.safe'"))
        #expect(run.stdout.hasSuffix("\(file): 10 fouten, 4 waarschuwingen\n"))
        #expect(!run.stdout.contains(": error: "))
    }

    @Test func englishLocaleGivesEnglishMessages() throws {
        let run = try ZelfscanBinary.run(["validate", "does/not/exist.yaml"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(run.status == 66)
        #expect(run.stdout == "does/not/exist.yaml: error: cannot read the file: no such file\n")
        let dutch = try ZelfscanBinary.run(["validate", "does/not/exist.yaml"], environment: ["LANG": "nl_BE.UTF-8"])
        #expect(dutch.stdout == "does/not/exist.yaml: fout: kan het bestand niet lezen: het bestand bestaat niet\n")
    }

    @Test func jsonMessagesFollowTheLanguage() throws {
        let run = try ZelfscanBinary.run(["validate", "--json", "Tests/EndToEndTests/Fixtures/ten-mistakes.yaml"])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["language"] as? String == "nl")
        let report = try #require((object?["files"] as? [[String: Any]])?.first)
        let first = try #require((report["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["message"] as? String == "'privacy' heeft geen 'en'-tekst")
    }

    @Test func showOnAnInvalidFilePrintsTheProblems() throws {
        let run = try ZelfscanBinary.run(["show", "Tests/EndToEndTests/Fixtures/ten-mistakes.yaml"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("ten-mistakes.yaml:9:10: fout:"))
        #expect(run.stdout.isEmpty)
    }
}
