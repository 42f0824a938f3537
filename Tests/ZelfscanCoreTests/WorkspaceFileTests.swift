import Testing
@testable import ZelfscanCore

@Suite("Workspace file")
struct WorkspaceFileTests {
    @Test func roundTrip() throws {
        let workspace = Workspace(municipality: "Sint-Truiden", level: .zone, cluster: BelfiusCluster("V9"), province: .limburg,
                                  year: 2026, language: .en, questionnaire: .file("../q/livc-r.yaml"), synthetic: true)
        let text = try WorkspaceCoding.encode(workspace)
        let result = WorkspaceCoding.decode(file: "zelfscan.yaml", bytes: Array(text.utf8), currentYear: 2026)
        #expect(result.diagnostics.isEmpty)
        #expect(result.workspace == workspace)
        #expect(text.hasPrefix("# SYNTHETISCHE DEMODATA"))
    }

    @Test func descriptorsAreChecked() throws {
        let text = """
            format: 1
            municipality: Gent
            level: city
            cluster: V17
            province: Brussel
            year: 2031
            language: fr

            """
        let diagnostics = WorkspaceCoding.decode(file: "zelfscan.yaml", bytes: Array(text.utf8), currentYear: 2026).diagnostics
        #expect(diagnostics.map(\.line) == [3, 4, 5, 6, 7])
        #expect(diagnostics[1].message.contains("must be V1 to V16, found 'V17'"))
        #expect(diagnostics[2].message.contains("choose one of: Antwerpen, Limburg, Oost-Vlaanderen, Vlaams-Brabant, West-Vlaanderen"))
        #expect(diagnostics[3].message.contains("between 2018 and 2027, found 2031"))
    }

    @Test func provincesAndClustersAreReadLeniently() {
        #expect(Province(name: "oost vlaanderen") == .oostVlaanderen)
        #expect(Province(name: "WEST-VLAANDEREN") == .westVlaanderen)
        #expect(BelfiusCluster("v16")?.group == .coastal)
        #expect(BelfiusCluster("3")?.group == .residential)
        #expect(BelfiusCluster("V0") == nil)
        #expect(BelfiusCluster.municipalityCounts.reduce(0, +) == 300)
        #expect(Province.allCases.map(\.municipalityCount).reduce(0, +) == 300)
    }
}
