import Foundation
import Testing

/// Writing when there is no room: under `ulimit -f` (a file may not grow past the limit: EFBIG,
/// which works in any container) and, where this process may mount one, on a tiny tmpfs (a really
/// full disk: ENOSPC). Every command says so plainly, exits 73, keeps the earlier version of
/// what it was writing and leaves no temporary file or half an output behind.
@Suite("a full disk", .serialized)
struct DiskFullTests {
    static let limitReachedNL = "de limiet op de bestandsgrootte is bereikt: "
    static let limitAdviceNL = "(EFBIG, bestand te groot); verhoog de limiet (ulimit -f) of schrijf naar een schijf die grotere bestanden toelaat, en probeer opnieuw"

    /// Runs `zelfscan` under `ulimit -f blocks` (blocks of 512 bytes in sh), with SIGXFSZ back at
    /// its default action, which kills: the test runner may ignore it, and children inherit that,
    /// but a user's shell does not. Standard output and error are pipes, which the limit does not
    /// touch; standard input is read from a file.
    static func run(limit blocks: Int, _ arguments: [String], stdin: String = "", in directory: URL) throws -> ZelfscanBinary.Run {
        let inURL = try ZelfscanBinary.temporaryFolder().appendingPathComponent("in")
        try Data(stdin.utf8).write(to: inURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f \(blocks) && exec env --default-signal=XFSZ \"$0\" \"$@\"", ZelfscanBinary.path] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment.filter { !["LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"].contains($0.key) }
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = output
        process.standardError = errors
        let start = Date()
        try process.run()
        let stdout = PipeReader(output)
        let stderr = PipeReader(errors)
        process.waitUntilExit()
        return ZelfscanBinary.Run(status: process.terminationStatus, stdout: stdout.text, stderr: stderr.text,
                                  seconds: Date().timeIntervalSince(start))
    }

    /// Every name under `folder`, with its path below it.
    static func names(under folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.sorted()
    }

    static func hidden(under folder: URL) -> [String] {
        names(under: folder).filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }
    }

    @Test func takeStopsAtTheLimitKeepsTheDraftAndResumes() throws {
        let workspace = try TakeCommandTests.workspace()
        let stopped = try Self.run(limit: 3, ["take"], stdin: ConcurrentUseTests.wholeSession, in: workspace)
        #expect(stopped.status == 73, "\(stopped.stderr)")
        let (code, draft) = try #require(try TakeCommandTests.responses(workspace).first)
        #expect(stopped.stderr.hasPrefix("fout: kon uw antwoorden niet bewaren: " + Self.limitReachedNL), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("\(code).yaml kon niet geschreven worden " + Self.limitAdviceNL))
        #expect(stopped.stderr.contains("tip: het concept \(code) op schijf bevat nog uw eerdere antwoorden; ga verder met zelfscan take --resume \(code)"))
        #expect(draft.utf8.count <= 1536)
        #expect(draft.contains("status: draft") && draft.contains("context.level: municipal") && draft.hasSuffix("\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: ConcurrentUseTests.roundFolder(workspace).path) == [code + ".yaml"],
                "no temporary file, no lock")

        let status = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(status.stdout.contains("Open concepten: 1") && !status.stdout.contains(code))
        #expect(!status.stdout.contains("Onbruikbare"))
        let look = try ZelfscanBinary.run(["take", "--resume", code], stdin: "q\n", in: workspace)
        let question = try #require(look.stdout.firstMatch(of: /Vraag (\d+)\/42/).flatMap { Int($0.1) })
        #expect(question > 10, "the context and some statements were saved before the limit")
        let rest = Array(repeating: "4", count: 42 - question + 1) + ["v"]
        let finished = try ZelfscanBinary.run(["take", "--resume", code], stdin: rest.joined(separator: "\n") + "\n", in: workspace)
        #expect(finished.status == 0, "\(finished.stderr)")
        let done = try #require(try TakeCommandTests.responses(workspace)[code])
        #expect(done.contains("status: submitted") && done.contains("context.level: municipal") && done.contains("trust.safe-to-share: 4"))
    }

    @Test func initAtTheLimitLeavesNoWorkspace() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try Self.run(limit: 0, ["init", "--dir", "cel", "--municipality", "Testgemeente", "--language", "en", "--questionnaire", ZelfscanBinary.archived2026_1], in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("error: the file size limit was reached: cel/zelfscan.yaml could not be written (EFBIG, file too large); raise the limit (ulimit -f) or write to a disk that allows larger files, and try again\n"),
                "\(run.stderr)")
        #expect(run.stderr.contains("hint: no workspace was made; the folders this command created are removed again"))
        #expect(Self.names(under: folder).isEmpty, "\(Self.names(under: folder))")
        #expect(try ZelfscanBinary.run(["init", "--dir", "cel", "--municipality", "Testgemeente", "--questionnaire", ZelfscanBinary.archived2026_1], in: folder).status == 0, "init works once there is room")
    }

    @Test func exportAtTheLimitWritesNoFolder() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "20", "--years", "1", "--first-year", "2025"], in: folder).status == 0)
        #expect(try ZelfscanBinary.run(["key", "new", "k.key"], in: folder).status == 0)
        // 20 blocks stop the scratch file the rounds are kept in while the pool is read; 120 let
        // it and the text files through and stop the SQLite database.
        for (blocks, format, kept) in [(20, "csv,sqlite", "nothing was left behind"), (120, "sqlite", "the unfinished copy was removed")] {
            let run = try Self.run(limit: blocks, ["export", "demo", "--key", "k.key", "--format", format, "--out", "export", "--language", "en"], in: folder)
            #expect(run.status == 73, "\(format): \(run.stderr)")
            #expect(run.stderr.contains("error: the file size limit was reached: the export to export could not be written (EFBIG, file too large)"), "\(format): \(run.stderr)")
            #expect(run.stderr.contains("hint: no export was written: export is as it was, and \(kept)"), "\(format): \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("export").path))
            #expect(Self.hidden(under: folder).isEmpty, "\(Self.hidden(under: folder))")
        }
        let written = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", "export"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
    }

    @Test func reportCompareAndPrintAtTheLimitKeepTheEarlierFiles() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "5", "--years", "1", "--first-year", "2025"], in: folder).status == 0)
        let cell = "demo/demogemeente-001"
        #expect(try ZelfscanBinary.run(["report", "--dir", cell, "--out", "rapport"], in: folder).status == 0)
        let earlier = [("rapport/zelfscan-rapport-2025.html", "report html"), ("rapport/zelfscan-rapport-2025.md", "report md"),
                       ("vergelijking.html", "comparison"), ("vragenlijst.html", "paper")]
        for (path, text) in earlier { try Data("earlier \(text)\n".utf8).write(to: folder.appendingPathComponent(path)) }
        let runs = [("report", ["report", "--dir", cell, "--out", "rapport"], "rapport/zelfscan-rapport-2025.html",
                     "tip: er is geen rapportbestand geschreven of gewijzigd in rapport"),
                    ("compare", ["compare", "demo", "--format", "html", "--out", "vergelijking.html"], "vergelijking.html",
                     "tip: er is niets geschreven; een eerdere vergelijking.html blijft ongewijzigd"),
                    ("print", ["print", "--out", "vragenlijst.html"], "vragenlijst.html",
                     "tip: er is niets geschreven; een eerdere vragenlijst.html blijft ongewijzigd")]
        for (name, arguments, path, kept) in runs {
            let run = try Self.run(limit: 4, arguments, in: folder)
            #expect(run.status == 73, "\(name): \(run.stderr)")
            #expect(run.stderr.contains("fout: " + Self.limitReachedNL + path + " kon niet geschreven worden " + Self.limitAdviceNL + "\n" + kept + "\n"),
                    "\(name): \(run.stderr)")
        }
        for (path, text) in earlier {
            #expect(try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) == "earlier \(text)\n")
        }
        let fresh = try Self.run(limit: 4, ["report", "--dir", cell, "--out", "nieuw"], in: folder)
        #expect(fresh.status == 73)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nieuw").path), "a folder made for the report goes again")
        #expect(Self.hidden(under: folder).isEmpty, "\(Self.hidden(under: folder))")
    }

    /// `demo` writes its folder file by file, so what it wrote before the limit stays (and the
    /// next `demo` replaces it); each file in it is whole and no temporary file is left.
    @Test func demoAtTheLimitSaysSo() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try Self.run(limit: 1, ["demo", "--out", "demo", "--municipalities", "5", "--years", "1", "--first-year", "2025"], in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("fout: " + Self.limitReachedNL), "\(run.stderr)")
        #expect(run.stderr.contains(Self.limitAdviceNL))
        #expect(Self.hidden(under: folder).isEmpty, "\(Self.hidden(under: folder))")
    }

    // MARK: - A really full disk

    /// Whether this process may mount a tmpfs (root in a container that allows it).
    static let canMountTmpfs: Bool = {
        guard let folder = try? ZelfscanBinary.temporaryFolder(), (try? TinyDisk(at: folder, kilobytes: 64)) != nil else { return false }
        return true
    }()

    @Test(.enabled(if: DiskFullTests.canMountTmpfs, "needs permission to mount a tmpfs; the ulimit tests cover the same paths"))
    func aReallyFullDisk() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "20", "--years", "1", "--first-year", "2025"], in: folder).status == 0)
        #expect(try ZelfscanBinary.run(["key", "new", "k.key"], in: folder).status == 0)
        let disk = try TinyDisk(at: folder.appendingPathComponent("disk"), kilobytes: 512)
        #expect(try ZelfscanBinary.run(["init", "--dir", "cel", "--municipality", "Testgemeente", "--questionnaire", ZelfscanBinary.archived2026_1], in: disk.root).status == 0)
        let workspace = disk.root.appendingPathComponent("cel")

        let session = try LiveProcess(["take"], in: workspace)
        session.send((TakeCommandTests.start + ["5"]).joined(separator: "\n") + "\n")
        #expect(LiveProcess.wait { (try? TakeCommandTests.responses(workspace).first?.value.contains("trust.safe-to-share: 5")) == true })
        try disk.fill(leavingPages: 0)
        session.send("2\n")
        #expect(session.waitForExit() == 73)
        let (code, draft) = try #require(try TakeCommandTests.responses(workspace).first)
        #expect(session.stderr.contains("fout: kon uw antwoorden niet bewaren: de schijf is vol: "), "\(session.stderr)")
        #expect(session.stderr.contains("(ENOSPC, geen ruimte meer op het apparaat); maak ruimte vrij op die schijf en probeer opnieuw"))
        #expect(session.stderr.contains("zelfscan take --resume \(code)"))
        #expect(draft.contains("trust.safe-to-share: 5") && !draft.contains("trust.withholding"))

        let export = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", disk.root.appendingPathComponent("export").path,
                                             "--language", "en"], in: folder)
        #expect(export.status == 73)
        #expect(export.stderr.contains("error: the disk is full: the export to \(disk.root.path)/export could not be written (ENOSPC"), "\(export.stderr)")

        // Too little room for the report's files (report and meeting guide, HTML and Markdown; how
        // many fit depends on the report's length): none is put in place, the earlier report stays.
        try disk.empty()
        let reports = disk.root.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try Data("earlier\n".utf8).write(to: reports.appendingPathComponent("zelfscan-rapport-2025.html"))
        try disk.fill(leavingPages: 21)
        let report = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-001", "--out", reports.path], in: folder)
        #expect(report.status == 73)
        #expect(report.stderr.contains("kon niet geschreven worden (ENOSPC"), "\(report.stderr)")
        #expect(Self.names(under: reports) == ["zelfscan-rapport-2025.html"])
        #expect(try String(contentsOf: reports.appendingPathComponent("zelfscan-rapport-2025.html"), encoding: .utf8) == "earlier\n")

        #expect(Self.hidden(under: disk.root).isEmpty, "\(Self.hidden(under: disk.root))")
        try disk.empty()
        let resumed = try ZelfscanBinary.run(["take", "--resume", code], stdin: "2\nq\n", in: workspace)
        #expect(resumed.stdout.contains("Vraag 10/42"))
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try #require(try TakeCommandTests.responses(workspace)[code]).contains("trust.withholding: 2"))
    }

    /// A tmpfs of a few pages, mounted for one test and unmounted when it is done with.
    final class TinyDisk {
        let root: URL
        private let filler: URL

        init(at root: URL, kilobytes: Int) throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let mount = Process()
            mount.executableURL = URL(fileURLWithPath: "/bin/mount")
            mount.arguments = ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", root.path]
            mount.standardError = FileHandle.nullDevice
            try mount.run()
            mount.waitUntilExit()
            guard mount.terminationStatus == 0 else { throw CocoaError(.fileWriteNoPermission) }
            self.root = root
            filler = root.appendingPathComponent("filler")
        }

        /// Takes all free space but `pages` pages of 4 KiB.
        func fill(leavingPages pages: Int) throws {
            var info = statvfs()
            guard statvfs(root.path, &info) == 0 else { throw CocoaError(.fileReadUnknown) }
            let free = Int(info.f_bavail) * Int(info.f_frsize)
            let size = free - pages * 4096
            try Data(count: size).write(to: filler)
        }

        func empty() throws {
            try FileManager.default.removeItem(at: filler)
        }

        deinit {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = ["-l", root.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
    }

    /// Reads a pipe to its end on a thread of its own, so a chatty process never blocks on a full pipe.
    final class PipeReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ pipe: Pipe) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        var text: String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
