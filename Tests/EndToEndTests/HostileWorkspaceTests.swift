import Foundation
import Testing

/// Issue 13: one hostile file, link or name in a workspace must not harm another file, leak one,
/// or stall the tool; and a workspace is its owner's alone.
@Suite("a workspace resists hostile files")
struct HostileWorkspaceTests {
    static let year = Calendar(identifier: .gregorian).component(.year, from: Date())

    static func permissions(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    /// A draft, left by input that ends after the context questions; its code.
    static func draft(in workspace: URL) throws -> String {
        let run = try ZelfscanBinary.run(["take"], stdin: (TakeCommandTests.start + ["5"]).joined(separator: "\n") + "\n", in: workspace)
        #expect(run.status == 75, "\(run.stderr)")
        return try #require(try TakeCommandTests.responses(workspace).keys.first)
    }

    @Test func aLinkAtTheLockPathOverwritesNothing() throws {
        let workspace = try TakeCommandTests.workspace()
        let code = try Self.draft(in: workspace)
        let victim = workspace.deletingLastPathComponent().appendingPathComponent("victim.txt")
        try Data("keep me\n".utf8).write(to: victim)
        let lock = workspace.appendingPathComponent("responses/\(Self.year)/\(code).lock")
        try FileManager.default.createSymbolicLink(atPath: lock.path, withDestinationPath: "../../../victim.txt")
        let run = try ZelfscanBinary.run(["take", "--resume", code], stdin: "q\n", in: workspace)
        #expect(run.status == 73)
        #expect(run.stderr.contains("is een symbolische koppeling, geen slot van zelfscan"), "\(run.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n", "the file the link points to is untouched")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: lock.path)) != nil, "the link is left for the owner to inspect")
    }

    @Test func aLinkedResponseFileIsSkippedWithAReason() throws {
        let workspace = try TakeCommandTests.workspace()
        let secret = workspace.deletingLastPathComponent().appendingPathComponent("secret.txt")
        try Data("root:x:0:0:root:/root:/bin/bash\n".utf8).write(to: secret)
        let round = workspace.appendingPathComponent("responses/\(Self.year)")
        try FileManager.default.createSymbolicLink(atPath: round.appendingPathComponent("R-PASSWD.yaml").path, withDestinationPath: secret.path)
        let status = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(status.status == 0)
        #expect(!(status.stdout + status.stderr).contains("root:x:0:0"), "nothing of the linked file is printed")
        #expect(status.stderr.contains("R-PASSWD.yaml:1:1: fout: kan dit bestand niet lezen: dit is een symbolische koppeling"), "\(status.stderr)")
        #expect(status.stdout.contains("Onbruikbare antwoordbestanden (1)"))
    }

    @Test func aWorkspaceIsItsOwnersAloneAndOlderOnesAreTightened() throws {
        let workspace = try TakeCommandTests.workspace()
        #expect(try Self.permissions(workspace) == 0o700)
        #expect(try Self.permissions(workspace.appendingPathComponent("zelfscan.yaml")) == 0o600)
        #expect(try Self.permissions(workspace.appendingPathComponent("responses/\(Self.year)")) == 0o700)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: workspace.appendingPathComponent("zelfscan.yaml").path)
        let first = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(first.status == 0)
        #expect(first.stderr.components(separatedBy: "\n").filter { $0.contains("was leesbaar voor andere gebruikers") }.count == 1, "\(first.stderr)")
        #expect(try Self.permissions(workspace) == 0o700)
        #expect(try Self.permissions(workspace.appendingPathComponent("zelfscan.yaml")) == 0o600)
        let second = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(second.stderr.isEmpty, "the notice comes once")
    }

    @Test func demoRemovesOnlyTheCellsItMade() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let arguments = ["demo", "--out", "demo", "--municipalities", "2", "--years", "1", "--seed", "3"]
        #expect(try ZelfscanBinary.run(arguments, in: folder).status == 0)
        let mine = try ZelfscanBinary.run(["init", "--dir", "demo/mijn-cel", "--municipality", "Echtegem"], in: folder)
        #expect(mine.status == 0, "\(mine.stderr)")
        let again = try ZelfscanBinary.run(arguments, in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("demo/mijn-cel/zelfscan.yaml").path),
                "a real workspace beside the demo cells stays")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("demo/demogemeente-002/zelfscan.yaml").path))
        #expect(try Self.permissions(folder.appendingPathComponent("demo/demogemeente-001")) == 0o700)
    }

    @Test func problemsInOneFileAreCappedAndCounted() throws {
        let workspace = try TakeCommandTests.workspace()
        let code = try Self.draft(in: workspace)
        let file = workspace.appendingPathComponent("responses/\(Self.year)/\(code).yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let keys = (0..<2000).map { "  unknown.key\($0): 3\n" }.joined()
        try Data(text.replacingOccurrences(of: "answers:\n", with: "answers:\n" + keys).utf8).write(to: file)
        let status = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(status.status == 0)
        let errors = status.stderr.components(separatedBy: "\n").filter { $0.contains(": fout: ") }
        #expect(errors.count == 21, "20 problems and one line for the rest, not 2,000: \(errors.count)")
        #expect(status.stderr.contains("fout: nog 1980 probleem/problemen in dit bestand niet getoond"), "\(status.stderr.suffix(300))")
        #expect(status.stderr.contains("\(code).yaml:19:3: fout: 'unknown.key0' is geen item"), "located: \(status.stderr.prefix(300))")

        let large = (0..<70_000).map { "  unknown.key\($0): 3\n" }.joined()
        try Data(text.replacingOccurrences(of: "answers:\n", with: "answers:\n" + large).utf8).write(to: file)
        let refused = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(refused.status == 0)
        #expect(refused.stderr.contains("\(code).yaml:1:1: fout: het bestand is 1,5 MiB groot; de grens is 1,0 MiB"), "\(refused.stderr.prefix(400))")
        #expect(refused.stderr.components(separatedBy: "\n").filter { $0.contains(": fout: ") }.count == 1, "refused before it is read")
    }

    @Test func controlCharactersInANameAreRefusedAndNeverEchoedRaw() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let refused = try ZelfscanBinary.run(["init", "--dir", "cel", "--municipality", "Gent\u{1B}]0;pwned\u{07}\u{1B}[2J"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("bevat het stuurteken <U+001B> op teken 5"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("\u{1B}") && !refused.stdout.contains("\u{1B}"), "nothing raw reaches the terminal")

        let workspace = try TakeCommandTests.workspace()
        let description = workspace.appendingPathComponent("zelfscan.yaml")
        let text = try String(contentsOf: description, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "municipality: Testgemeente", with: "municipality: \"Test\\e[2J\\u202Egemeente\"").utf8).write(to: description)
        for command in [["status"], ["score"], ["take"], ["report"]] {
            let run = try ZelfscanBinary.run(command, stdin: "q\n", in: workspace)
            #expect(run.status == 65, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("zelfscan.yaml:3:15: fout: 'municipality' bevat het stuurteken <U+001B> op teken 5"), "\(command): \(run.stderr)")
            #expect(!(run.stdout + run.stderr).contains("\u{1B}") && !(run.stdout + run.stderr).contains("\u{202E}"), "\(command) echoes it raw")
        }
    }

    @Test func controlCharactersInAQuestionnaireTextAreLocated() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let original = try String(contentsOf: ZelfscanBinary.repository.appendingPathComponent("questionnaires/livc-r.yaml"), encoding: .utf8)
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = try #require(lines.firstIndex { $0.hasPrefix("  nl: \"Zelfevaluatie LIVC-R\"") })
        lines[line] = #"  nl: "Zelfevaluatie \u202ELIVC-R""#
        try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("q.yaml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("benchmarks"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ZelfscanBinary.repository.appendingPathComponent("questionnaires/benchmarks/vvsg-2022.yaml"),
                                         to: folder.appendingPathComponent("benchmarks/vvsg-2022.yaml"))
        let run = try ZelfscanBinary.run(["validate", "q.yaml"], in: folder)
        #expect(run.status == 65)
        let output = run.stdout + run.stderr
        #expect(output.contains("q.yaml:\(line + 1):7: fout: de 'nl'-tekst van 'title' bevat het stuurteken <U+202E> op teken 15"), "located: \(output)")
        #expect(!output.contains("\u{202E}"))
    }

    /// Finding 12. Root may write anywhere, so as root the tool runs as `nobody` (setpriv).
    @Test func aReadOnlyWorkspaceSaysWhatToDo() throws {
        let workspace = try TakeCommandTests.workspace()
        let round = workspace.appendingPathComponent("responses/\(Self.year)")
        for (path, mode) in [(workspace.deletingLastPathComponent(), 0o755), (workspace, 0o555), (workspace.appendingPathComponent("responses"), 0o555),
                             (round, 0o555), (workspace.appendingPathComponent("zelfscan.yaml"), 0o644)] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path.path)
        }
        defer { for path in [workspace, workspace.appendingPathComponent("responses"), round] {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path.path)
        } }
        let process = Process()
        let asNobody = geteuid() == 0
        process.executableURL = URL(fileURLWithPath: asNobody ? "/usr/bin/setpriv" : ZelfscanBinary.path)
        process.arguments = (asNobody ? ["--reuid=nobody", "--regid=nogroup", "--clear-groups", ZelfscanBinary.path] : []) + ["take", "--plain", "--dir", workspace.path]
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 73)
        #expect(stderr.contains("fout: u kunt niet schrijven in de werkruimte \(workspace.path) (ze is alleen-lezen voor u)"), "\(stderr)")
        #expect(stderr.contains("tip: vraag wie de werkruimte beheert"))
        #expect(!stderr.contains("Permission denied"))
    }

    /// The review found `report` in a read-only workspace printing a raw Foundation error.
    @Test func reportInAReadOnlyWorkspaceSaysWhatToDo() throws {
        guard geteuid() == 0 else { return }
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "d", "--municipalities", "1", "--years", "1"], in: folder).status == 0)
        let cell = folder.appendingPathComponent("d/demogemeente-001")
        let everything = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        for path in everything {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            try FileManager.default.setAttributes([.posixPermissions: isFolder.boolValue ? 0o555 : 0o644], ofItemAtPath: url.path)
        }
        defer { for path in everything { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent(path).path) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", ZelfscanBinary.path, "report", "--dir", cell.path]
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 73)
        #expect(stderr.contains("de map is alleen-lezen voor u"), "\(stderr)")
        #expect(stderr.contains("tip: schrijf het rapport naar een eigen map met --out MAP"))
        #expect(!stderr.contains("NSCocoaErrorDomain"))
    }
}
