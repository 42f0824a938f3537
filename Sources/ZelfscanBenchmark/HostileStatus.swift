import Foundation
import ZelfscanCore

/// Issue 13's measurement: `zelfscan status` on a workspace of the data set, with and without a
/// planted 4.9 MB response that holds 300,000 unknown item ids. Located diagnostics used to scan
/// the file from its start for each problem, so such a file stalled `status` for minutes; the
/// target is at most twice the time without it, with the list of problems capped.
extension BenchmarkRunner {
    static let hostileKeys = 300_000
    static let hostileRatioTarget = 2.0

    mutating func runHostileStatus() throws -> String {
        let zelfscan = try releaseBinary()
        let currentYear = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).year!
        let set = options.quick ? DataSet.quick(in: data, currentYear: currentYear) : DataSet.standard(in: data, currentYear: currentYear)
        progress.say("making the data set (\(Format.count(set.files)) files; once) …")
        _ = try set.ensure(zelfscan: zelfscan)
        let cell = data + "/hostile-status/cell"
        try? FileManager.default.removeItem(atPath: data + "/hostile-status")
        try FileManager.default.createDirectory(atPath: data + "/hostile-status", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: set.firstWorkspace, toPath: cell)
        let years = try FileManager.default.contentsOfDirectory(atPath: cell + "/responses").compactMap(Int.init).sorted()
        guard let year = years.last else { throw InProcessTiming.Invalid(description: "\(cell) has no rounds") }
        let round = cell + "/responses/\(year)"
        let arguments = [zelfscan, "status", "--dir", cell, "--language", "en"]

        let clean = try timed("`zelfscan status` on a workspace of the data set (\(year), 15 response files)", arguments)
        let planted = try Self.plant(in: round, keys: Self.hostileKeys)
        let megabytes = Format.fixed(Double(planted.bytes) / 1e6, 1)
        let hostile = try timed("the same with one response of \(megabytes) MB holding \(Format.count(Self.hostileKeys)) unknown item ids", arguments)
        let ratio = hostile.wall / clean.wall
        table.add("with ÷ without the hostile response", Format.fixed(ratio, 1) + "×", target: "≤ 2×", met: ratio <= Self.hostileRatioTarget)
        let refused = try ChildProcess.check(arguments).errorTail.contains("\(planted.name):1:1: error: the file is")
        table.add("its problem: located, one line", refused ? "yes (over the 1 MiB limit of a response)" : "no", target: "yes", met: refused)

        // The largest response still read: as many unknown ids as fit under the limit.
        let fitting = (ResponseLoader.maxFileBytes - 4_096) / 17
        let under = try Self.plant(in: round, keys: fitting)
        let underMB = Format.fixed(Double(under.bytes) / 1e6, 2)
        let read = try timed("the same with one response of \(underMB) MB (under the limit) holding \(Format.count(fitting)) unknown item ids", arguments)
        table.add("with ÷ without that response", Format.fixed(read.wall / clean.wall, 1) + "×")
        let capped = try ChildProcess.check(arguments).errorTail.contains("\(fitting - 20) more problem(s) in this file not shown")
        table.add("its problems: 20 located, then a count of the rest", capped ? "yes" : "no", target: "yes", met: capped)
        progress.clear()

        var text = "# zelfscan benchmark: status with a hostile response\n\n"
        text += "Data set: \(set.description); its first workspace copied to `\(cell)`, the hostile file planted as `\(planted.name)`.\n"
        text += "Binary: `\(zelfscan)`. \(options.runs) run\(options.runs == 1 ? "" : "s") per measurement, median shown, with the CPU time in brackets.\n"
        return text + "\n" + table.markdown()
    }

    /// A copy of one of the round's responses with `keys` unknown item ids under `answers:`
    /// (17 bytes a line), replacing an earlier one; its name and size.
    private static func plant(in round: String, keys count: Int) throws -> (name: String, bytes: Int) {
        let name = "R-HOSTIL.yaml"
        guard let first = try FileManager.default.contentsOfDirectory(atPath: round).filter({ $0.hasSuffix(".yaml") && $0 != name }).sorted().first else {
            throw InProcessTiming.Invalid(description: "\(round) has no response files")
        }
        let text = try String(contentsOfFile: round + "/" + first, encoding: .utf8)
            .replacingOccurrences(of: String(first.dropLast(5)), with: String(name.dropLast(5)))
        guard let answers = text.range(of: "\nanswers:\n") else { throw InProcessTiming.Invalid(description: "\(first) has no answers") }
        var keys = ""
        keys.reserveCapacity(count * 17)
        for index in 0..<count { keys += "  unk.\(String(format: "%06d", index)): 3\n" }
        let planted = String(text[..<answers.upperBound]) + keys + String(text[answers.upperBound...])
        try planted.write(toFile: round + "/" + name, atomically: true, encoding: .utf8)
        return (name, planted.utf8.count)
    }
}
