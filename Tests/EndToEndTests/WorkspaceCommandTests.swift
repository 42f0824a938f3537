import Foundation
import Testing

@Suite("init and status")
struct WorkspaceCommandTests {
    @Test func initWritesTheWorkspaceAndStatusReadsIt() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let created = try ZelfscanBinary.run(["init", "--dir", "gent", "--municipality", "Gent", "--level", "zone", "--cluster", "v15",
                                              "--province", "oost-vlaanderen"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Werkruimte aangemaakt voor Gent (ronde \(year), vragenlijst livc-r 2026.2)"))
        let text = try String(contentsOf: folder.appendingPathComponent("gent/zelfscan.yaml"), encoding: .utf8)
        #expect(text.contains("level: zone\ncluster: V15\nprovince: Oost-Vlaanderen\nyear: \(year)\nlanguage: nl\nquestionnaire: bundled"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("gent/responses/\(year)").path))

        let status = try ZelfscanBinary.run(["status"], in: folder.appendingPathComponent("gent/responses"))
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Gent: ronde \(year), vragenlijst livc-r 2026.2"))
        #expect(status.stdout.contains("Celrapport: nog niet mogelijk: 0 van minstens 3"))

        let again = try ZelfscanBinary.run(["init", "--dir", "gent", "--municipality", "Gent"], in: folder)
        #expect(again.status == 73)
        #expect(again.stderr.contains("gent/zelfscan.yaml bestaat al"))
    }

    @Test func invalidDescriptorsAreAllNamed() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["init", "--municipality", "X", "--cluster", "V17", "--province", "Brussel", "--year", "2012",
                                          "--language", "en"], in: folder)
        #expect(run.status == 64)
        #expect(run.stderr.contains("the Belfius cluster must be V1 to V16, found 'V17'"))
        #expect(run.stderr.contains("'Brussel' is not a Flemish province"))
        #expect(run.stderr.contains("the year must lie between 2018 and"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("zelfscan.yaml").path))
    }

    @Test func aQuestionnaireFileIsKeptRelativeToTheWorkspace() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let questionnaires = ZelfscanBinary.repository.appendingPathComponent("questionnaires")
        try FileManager.default.copyItem(at: questionnaires, to: folder.appendingPathComponent("q"))
        let run = try ZelfscanBinary.run(["init", "--dir", "cell", "--municipality", "Lier", "--questionnaire", "q/livc-r.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("cell/zelfscan.yaml"), encoding: .utf8)
        #expect(text.contains("questionnaire: '../q/livc-r.yaml'"))
        #expect(try ZelfscanBinary.run(["status", "--dir", "cell"], in: folder).status == 0)
    }

    @Test func outsideAWorkspaceStatusSaysWhatToDo() throws {
        let run = try ZelfscanBinary.run(["status"], in: try ZelfscanBinary.temporaryFolder())
        #expect(run.status == 64)
        #expect(run.stderr.contains("deze map ligt niet in een zelfscan-werkruimte"))
        #expect(run.stderr.contains("zelfscan init --municipality NAAM"))
    }
}
