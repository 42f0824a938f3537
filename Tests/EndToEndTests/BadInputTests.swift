import Foundation
import TestSupport
import Testing

/// Each broken file gets one located error and exit 65: never a crash, never a hang.
@Suite("Bad input to zelfscan validate")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// `line:column` of the expected first error, or nil to accept any located error.
        var location: String?
        var words: String
        var testDescription: String { name }
    }

    static let valid = try! String(contentsOf: ZelfscanBinary.repository.appendingPathComponent("questionnaires/livc-r.yaml"), encoding: .utf8)

    static func text(_ name: String, _ text: String, _ location: String?, _ words: String) -> Case {
        Case(name: name, bytes: Array(text.utf8), location: location, words: words)
    }

    static let cases: [Case] = {
        var random = SplitMix(seed: 42)
        let binary = random.bytes(4096)
        var aliasBomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<12 {
            aliasBomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return [
            text("empty file", "", "1:1", "the file is empty"),
            text("only comments", "# niets\n", "1:1", "the file is empty"),
            text("top-level list", "- id: livc-r\n- version: 1\n", "1:1", "the questionnaire must be a mapping"),
            text("tab indentation", "id: x\nscales:\n\tagree5: {}\n", "3:1", "tab"),
            text("unclosed quote", "id: x\ntitle: {nl: \"Zelfevaluatie, en: x}\nversion: 1\n", "2:13", "never closed"),
            text("bad indentation", "id: x\ntitle:\n    nl: a\n  en: b\n", "4:3", "expected"),
            Case(name: "invalid UTF-8", bytes: Array("id: x\ntitle: caf".utf8) + [0xE9] + Array("\n".utf8), location: "2:11", words: "not valid UTF-8"),
            Case(name: "random binary", bytes: binary, location: nil, words: "error"),
            text("duplicate keys", "id: a\nversion: \"1\"\nid: b\n", "3:1", "duplicate key 'id'"),
            text("undefined alias", "id: *missing\n", "1:5", "not defined"),
            text("alias bomb", aliasBomb, nil, "aliases expand to more than"),
            text("20,000-deep nesting", String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000), "1:101", "nested more than 100 levels"),
            text("20 MB scalar", "id: " + String(repeating: "x", count: 20 * 1024 * 1024) + "\n", "1:1", "the limit is 5.0 MiB"),
            text("list where text is expected", valid.replacingOccurrences(of: "id: livc-r\n", with: "id: [livc-r]\n"), "26:5", "must be a text, found a list"),
            text("text where a number is expected", valid.replacingOccurrences(of: "min_coverage: 0.6", with: "min_coverage: veel"), nil, "must be a number"),
            text("unknown key", valid.replacingOccurrences(of: "\nversion: ", with: "\nversie: "), "27:1", "unknown key 'versie'"),
            text("dangling reference", valid.replacingOccurrences(of: "scale: frequency5", with: "scale: frequency7"), nil, "unknown scale 'frequency7'"),
        ]
    }()

    @Test(arguments: cases)
    func badInputGivesALocatedError(_ input: Case) throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try Data(input.bytes).write(to: file)
        try FileManager.default.copyItem(
            at: ZelfscanBinary.repository.appendingPathComponent("questionnaires/benchmarks"),
            to: folder.appendingPathComponent("benchmarks"))
        let run = try ZelfscanBinary.run(["validate", "--language", "en", file.path])
        #expect(run.status == 65, "\(input.name): exit \(run.status)\n\(run.stdout)\(run.stderr)")
        let errors = run.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        #expect(!errors.isEmpty && errors.allSatisfy { $0.hasPrefix(file.path + ":") }, "\(input.name): \(run.stdout)")
        let matching = try #require(errors.first { $0.contains(input.words) }, "\(input.name): \(run.stdout)")
        if let location = input.location {
            #expect(matching.hasPrefix("\(file.path):\(location): error: "), "\(input.name): \(matching)")
        }
        #expect(run.stderr.isEmpty)
        print("bad input '\(input.name)': exit \(run.status) in \(String(format: "%.3f", run.seconds)) s")
    }
}
