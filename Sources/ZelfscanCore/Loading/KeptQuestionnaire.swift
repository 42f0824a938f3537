import YAML

/// Where a workspace keeps a copy of each questionnaire file its rounds were given on, so that a
/// coach's own file can move to a new version without orphaning the earlier rounds: the tool
/// carries its own earlier versions, but not a coach's.
///
/// A copy lives in `questionnaires/<sha256>/questionnaire.yaml`, named by the SHA-256 its
/// responses are stamped with, byte for byte the file they were given on; the reference-figure
/// files it reads are kept beside it, at the paths it names them by.
public enum KeptQuestionnaire {
    /// The workspace folder holding the copies.
    public static let folderName = "questionnaires"
    /// The name of the copy inside its hash-named folder.
    public static let fileName = "questionnaire.yaml"

    /// `questionnaires/<sha256>`, relative to the workspace.
    public static func folder(sha256: String) -> String { folderName + "/" + sha256.lowercased() }

    /// Whether a folder name is a SHA-256 as the copies are named (64 lower-case hex digits).
    public static func isHashName(_ name: String) -> Bool {
        name.utf8.count == 64 && name.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// Where a file the questionnaire names (a reference-figure file, relative or absolute) is
    /// kept inside the copy's folder: empty, `.` and `..` parts dropped, so it never leaves it.
    public static func insidePath(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." && $0 != ".." }.joined(separator: "/")
    }

    /// The located refusal of a copy whose bytes no longer hash to its folder's name; nil when they do.
    public static func mismatch(file: String, expected: String, actual: String) -> Diagnostic? {
        guard expected.lowercased() != actual.lowercased() else { return nil }
        return Diagnostic(
            file: file, mark: Mark(line: 1, column: 1),
            Phrase(en: "this kept questionnaire was changed after it was kept: its SHA-256 is \(actual), not the \(expected) its folder is named by; it is not used",
                   nl: "deze bewaarde vragenlijst werd gewijzigd nadat ze bewaard werd: haar SHA-256 is \(actual), niet de \(expected) waarnaar haar map heet; ze wordt niet gebruikt"),
            hint: Phrase(en: "a kept copy must stay the file the answers were given on: remove this folder and keep the original file again with: zelfscan questionnaire keep FILE",
                         nl: "een bewaarde kopie moet het bestand blijven waarop geantwoord werd: verwijder deze map en bewaar het oorspronkelijke bestand opnieuw met: zelfscan questionnaire keep BESTAND"))
    }
}
