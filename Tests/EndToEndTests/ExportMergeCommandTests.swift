import Foundation
import Testing

/// `export --merge` with a part whose items.csv was damaged in the middle after it was written.
@Suite("export --merge with a damaged part")
struct ExportMergeCommandTests {
    /// The damaged part fails the audit every part gets first: the finding names the file and
    /// the line where it breaks, the merge stops with 65, and nothing is left at or beside `--out`.
    @Test func aPartBrokenInTheMiddleIsNamedWhereItBreaksAndNothingIsWritten() throws {
        let fixture = try ExportCommandTests.fixture.get()
        let tag = UUID().uuidString
        let broken = fixture.folder.appendingPathComponent("broken-\(tag)")
        try FileManager.default.copyItem(at: fixture.export, to: broken)
        defer { try? FileManager.default.removeItem(at: broken) }
        let items = broken.appendingPathComponent("items.csv")
        var lines = String(decoding: try Data(contentsOf: items), as: UTF8.self).components(separatedBy: "\r\n")
        let middle = lines.count / 2
        lines[middle] += ",\"x"
        try Data(lines.joined(separator: "\r\n").utf8).write(to: items)

        let run = try ZelfscanBinary.run(["export", "--merge", "export", broken.lastPathComponent, "--out", "pool-\(tag)", "--language", "en"],
                                         in: fixture.folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("broken-\(tag)/items.csv:\(middle + 1): finding: a quote opened here is never closed"), "\(run.stderr)")
        #expect(run.stderr.contains("broken-\(tag) fails the audit, so it is not pooled: nothing was written"), "\(run.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.contains("pool-\(tag)") }
        #expect(left.isEmpty, "\(left)")
    }

    /// A part that is not there, or a file given as a part, is said in words, not as Foundation's error.
    @Test func aMissingPartOrAFileIsNamedInWords() throws {
        let fixture = try ExportCommandTests.fixture.get()
        let tag = UUID().uuidString
        let missing = try ZelfscanBinary.run(["export", "--merge", "export", "nope-\(tag)", "--out", "pool-\(tag)"], in: fixture.folder)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope-\(tag) bestaat niet: --merge bundelt exportmappen, er is niets geschreven"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("NSCocoaErrorDomain"), "\(missing.stderr)")
        let file = try ZelfscanBinary.run(["export", "--merge", "export", "export/items.csv", "--out", "pool-\(tag)", "--language", "en"], in: fixture.folder)
        #expect(file.status == 66)
        #expect(file.stderr.contains("export/items.csv is not a folder"), "\(file.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("pool-\(tag)").path))
    }
}
