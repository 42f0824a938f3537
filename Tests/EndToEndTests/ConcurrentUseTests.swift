import Foundation
import Testing

/// Several `zelfscan` processes on one workspace at once, as in a cell where members answer on
/// their own machines into a shared folder while the coordinator looks at the status or a coach
/// exports: every session ends with its own answers, a draft is never open twice, every file
/// read is whole and an export folder appears only complete.
@Suite("concurrent use", .serialized)
struct ConcurrentUseTests {
    static let year = TakeCommandTests.year
    /// A whole session in line mode: role, context, every statement, submit.
    static let wholeSession = (TakeCommandTests.start + TakeCommandTests.statements + ["v"]).joined(separator: "\n") + "\n"

    static func roundFolder(_ workspace: URL) -> URL {
        workspace.appendingPathComponent("responses/\(year)")
    }

    /// A draft with the role, the context and one statement; its code and text.
    static func draft(in workspace: URL) throws -> (code: String, text: String) {
        let begun = try ZelfscanBinary.run(["take"], stdin: (TakeCommandTests.start + ["5"]).joined(separator: "\n") + "\n", in: workspace)
        #expect(begun.status == 75, "\(begun.stderr)")
        let (code, text) = try #require(try TakeCommandTests.responses(workspace).first)
        return (code, text)
    }

    @Test func twoRespondentsAnswerAtTheSameTime() throws {
        let workspace = try TakeCommandTests.workspace()
        let first = try LiveProcess(["take"], in: workspace)
        let second = try LiveProcess(["take"], in: workspace)
        // The introduction comes after the session has its code and lock: from here on both
        // sessions are open at once, and both answer everything at the same time.
        #expect(LiveProcess.wait { first.stdout.contains("Wat gebeurt er met uw antwoorden?") && second.stdout.contains("Wat gebeurt er met uw antwoorden?") })
        for session in [first, second] {
            session.send(Self.wholeSession)
            session.closeInput()
        }
        #expect(first.waitForExit() == 0, "\(first.stderr)")
        #expect(second.waitForExit() == 0, "\(second.stderr)")

        let files = try TakeCommandTests.responses(workspace)
        #expect(files.count == 2)
        for (code, text) in files {
            #expect([first.stdout, second.stdout].filter { $0.contains(code) }.count == 1, "each session has its own code")
            #expect(text.contains("status: submitted"))
            #expect(text.contains("trust.safe-to-share: 4") && text.contains("trust.withholding: 2") && text.contains("context.cases: 4"))
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: Self.roundFolder(workspace).path).sorted()
        #expect(left == files.keys.map { $0 + ".yaml" }.sorted(), "no lock or temporary file stays behind")
        let status = try ZelfscanBinary.run(["status"], in: workspace)
        #expect(status.stdout.contains("Verzonden: 2"))
        #expect(!status.stdout.contains("Open concepten"), "no draft is left open")
    }

    @Test func oneDraftOpenedByThreeSessionsAtOnceGoesToExactlyOne() throws {
        let workspace = try TakeCommandTests.workspace()
        let (code, before) = try Self.draft(in: workspace)
        let sessions = try (0..<3).map { _ in try LiveProcess(["take", "--resume", code], in: workspace) }
        #expect(LiveProcess.wait { sessions.filter { !$0.process.isRunning }.count == 2 }, "two of the three are refused")
        let refused = sessions.filter { !$0.process.isRunning }
        let holder = try #require(sessions.first { $0.process.isRunning })
        for session in refused {
            #expect(session.process.terminationStatus == 75)
            #expect(session.stderr.contains("\(code) is nu open in een andere sessie van zelfscan take"), "\(session.stderr)")
            #expect(session.stderr.contains("twee sessies op één concept zouden elkaars antwoorden kunnen overschrijven"))
        }
        #expect(LiveProcess.wait { holder.stdout.contains("Vraag 10/42") })
        #expect(try TakeCommandTests.responses(workspace)[code] == before, "a refused session changes nothing")

        holder.send((Array(repeating: "3", count: 33) + ["v"]).joined(separator: "\n") + "\n")
        holder.closeInput()
        #expect(holder.waitForExit() == 0, "\(holder.stderr)")
        let after = try #require(try TakeCommandTests.responses(workspace)[code])
        #expect(after.contains("status: submitted"))
        #expect(after.contains("trust.safe-to-share: 5"), "the answer given before the race is kept")
        #expect(after.contains("shared-vision.joint-approach: 3"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: Self.roundFolder(workspace).path) == [code + ".yaml"])
    }

    /// `status` and the resume offer test a draft's lock by taking it shared for an instant; a
    /// session starting at that instant must wait it out, not be told the draft is in use.
    @Test func lockProbesNeverTurnASessionAway() throws {
        let workspace = try TakeCommandTests.workspace()
        let (code, _) = try Self.draft(in: workspace)
        let lockPath = Self.roundFolder(workspace).appendingPathComponent(code + ".lock").path
        let probes = Background { background in
            while !background.isStopped {
                let descriptor = open(lockPath, O_RDONLY)
                guard descriptor >= 0 else { continue }
                if flock(descriptor, LOCK_SH | LOCK_NB) == 0 { flock(descriptor, LOCK_UN) }
                close(descriptor)
            }
        }
        var refusals: [String] = []
        for _ in 0..<8 {
            let run = try ZelfscanBinary.run(["take", "--resume", code], stdin: "q\n", in: workspace)
            if run.status != 0 { refusals.append("exit \(run.status): \(run.stderr)") }
        }
        probes.stop()
        #expect(refusals.isEmpty, "\(refusals)")
    }

    /// Sessions answer and save one after the other the whole time, while `export` and `status`
    /// read the same workspace, a reader in this process reads every response file as fast as
    /// it can, and a watcher looks into every export folder as soon as it exists.
    @Test func exportAndStatusWhileSessionsSave() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "12", "--years", "1"], in: folder).status == 0)
        // One key (and so one release ledger) per export: the pool changes between them while
        // members submit, which one ledger would rightly refuse; this test is about reading.
        for index in 0..<3 { #expect(try ZelfscanBinary.run(["key", "new", "k\(index).key"], in: folder).status == 0) }
        // The bundled questionnaire, as the demo pool's: an export leaves out a cell on another version.
        #expect(try ZelfscanBinary.run(["init", "--dir", "cel", "--municipality", "Testgemeente"], in: folder).status == 0)
        let session = try String(contentsOf: ZelfscanBinary.repository.appendingPathComponent("scripts/demo-answers.txt"), encoding: .utf8)
        let workspace = folder.appendingPathComponent("cel")
        let round = Self.roundFolder(workspace).path
        let exports = (0..<3).map { folder.appendingPathComponent("export-\($0)").path }
        let exportFiles = ["MANIFEST.sha256", "README.md", "cells.csv", "codebook.csv", "codebook.yaml", "items.csv", "stats_actions.csv",
                           "stats_dimensions.csv", "stats_icc.csv", "stats_items.csv", "stats_reference.csv", "zelfscan.sqlite"]
        let findings = Findings()

        let sessions = Background { background in
            while !background.isStopped {
                guard let run = try? ZelfscanBinary.run(["take"], stdin: session, in: workspace) else { return }
                findings.count("sessions")
                if run.status != 0 { findings.add("a session ended with \(run.status): \(run.stderr)") }
            }
        }
        let reader = Background { background in
            var seen = Set<String>()
            while !background.isStopped {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: round)) ?? [] where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
                    guard let data = FileManager.default.contents(atPath: round + "/" + name) else { continue }
                    let text = String(decoding: data, as: UTF8.self)
                    if !(text.hasPrefix("# Zelfscan") && text.hasSuffix("\n") && text.contains("\nanswers:")) {
                        findings.add("read \(name) half written (\(data.count) bytes)")
                    }
                    seen.insert(text)
                }
            }
            findings.count("versions", by: seen.count)
        }
        let watcher = Background { background in
            while !background.isStopped {
                for export in exports {
                    guard let names = try? FileManager.default.contentsOfDirectory(atPath: export) else { continue }
                    if names.sorted() != exportFiles { findings.add("\(export) seen with \(names.sorted())") }
                }
            }
        }
        #expect(LiveProcess.wait { ((try? FileManager.default.contentsOfDirectory(atPath: round)) ?? []).contains { $0.hasSuffix(".yaml") } },
                "the first session has saved")
        for (index, export) in exports.enumerated() {
            let run = try ZelfscanBinary.run(["export", "demo", "cel", "--key", "k\(index).key", "--out", export], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty, "every response file read whole: \(run.stderr)")
            let status = try ZelfscanBinary.run(["status"], in: workspace)
            #expect(status.status == 0)
            #expect(!status.stdout.contains("Onbruikbare"), "\(status.stdout)")
        }
        for background in [watcher, reader, sessions] { background.stop() }

        #expect(findings.problems.isEmpty, "\(findings.problems.prefix(5))")
        #expect(findings.counts["sessions", default: 0] >= 1)
        #expect(findings.counts["versions", default: 0] >= 10, "the reader saw the files change while it read")
        for export in exports {
            #expect(try FileManager.default.contentsOfDirectory(atPath: export).sorted() == exportFiles)
        }
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "no unfinished export folder stays behind: \(hidden)")
        let left = try FileManager.default.contentsOfDirectory(atPath: round)
        #expect(left.allSatisfy { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }, "no lock or temporary file stays behind: \(left)")
    }

    /// Work on a thread of its own until `stop()`, which waits for it to finish.
    final class Background: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false
        private let finished = DispatchSemaphore(value: 0)

        init(_ body: @escaping @Sendable (Background) -> Void) {
            Thread.detachNewThread { [self] in
                body(self)
                finished.signal()
            }
        }

        var isStopped: Bool { lock.withLock { stopped } }

        func stop() {
            lock.withLock { stopped = true }
            finished.wait()
        }
    }

    /// What the background threads of a test found, gathered under a lock.
    final class Findings: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [String] = []
        private var tallies: [String: Int] = [:]

        func add(_ problem: String) { lock.withLock { found.append(problem) } }
        func count(_ name: String, by amount: Int = 1) { lock.withLock { tallies[name, default: 0] += amount } }
        var problems: [String] { lock.withLock { found } }
        var counts: [String: Int] { lock.withLock { tallies } }
    }
}
