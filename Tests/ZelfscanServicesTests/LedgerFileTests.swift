import Foundation
import Testing
import ZelfscanCore
import ZelfscanServices

@Suite("ledger file")
struct LedgerFileTests {
    /// A release that would take the ledger past what zelfscan reads is refused before anything
    /// is written, or every later export with the key would be refused.
    @Test func aReleaseThatWouldMakeTheLedgerUnreadableIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zelfscan-ledger-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keyPath = folder + "/k.key"
        let tokens = (0..<60).map { String(format: "%032x", $0) }
        let ledger = try LedgerFile.open(keyPath: keyPath)
        defer { ledger.close() }
        let first = ReleaseLedger.Entry(released: "2026-01-05", k: 5, classes: ["icc:2025": Set(tokens)])
        try ledger.check(first, k: 5, maxMemberships: 99)
        try ledger.append(first)
        #expect(ledger.ledger.memberships == 60)
        let second = ReleaseLedger.Entry(released: "2026-02-05", k: 5, classes: ["icc:2026": Set(tokens)])
        #expect {
            try ledger.check(second, k: 5, maxMemberships: 99)
        } throws: { error in
            (error as? CommandFailure)?.message.en.contains("would hold 120 members in all, more than the 99 zelfscan reads") == true
        }
        #expect(try ReleaseLedger.decode(Array(try Data(contentsOf: URL(fileURLWithPath: keyPath + ".ledger"))), file: "k.key.ledger") == ledger.ledger)
    }
}
