import Foundation
import YAML

/// What a workspace's descriptors may be, with the message for each mistake; shared by
/// `zelfscan init` (checking options) and the workspace file reader.
public enum WorkspaceRules {
    public static func levelProblem(_ text: String) -> Phrase {
        Phrase(en: "the level must be municipal (one municipality) or zone (a police zone), found '\(text)'",
               nl: "het niveau moet municipal (één gemeente) of zone (een politiezone) zijn, maar is '\(text)'")
    }

    public static func clusterProblem(_ text: String) -> Phrase {
        Phrase(en: "the Belfius cluster must be V1 to V16, found '\(text)'",
               nl: "de Belfius-cluster moet V1 tot en met V16 zijn, maar is '\(text)'")
    }

    public static func provinceProblem(_ text: String) -> Phrase {
        let all = Province.allCases.map(\.rawValue).joined(separator: ", ")
        return Phrase(en: "'\(text)' is not a Flemish province; choose one of: \(all)",
                      nl: "'\(text)' is geen Vlaamse provincie; kies uit: \(all)")
    }

    public static func yearProblem(_ year: Int, currentYear: Int) -> Phrase? {
        guard year < WorkspaceCoding.firstYear || year > currentYear + 1 else { return nil }
        return Phrase(en: "the year must lie between \(WorkspaceCoding.firstYear) and \(currentYear + 1), found \(year)",
                      nl: "het jaar moet tussen \(WorkspaceCoding.firstYear) en \(currentYear + 1) liggen, maar is \(year)")
    }

    public static func languageProblem(_ text: String) -> Phrase {
        let all = UIText.supportedLanguages.joined(separator: ", ")
        return Phrase(en: "the language must be one of \(all), found '\(text)'", nl: "de taal moet een van \(all) zijn, maar is '\(text)'")
    }

    /// A municipality name is kept as written, but must be a name, not a path or an empty line.
    public static func municipalityProblem(_ text: String) -> Phrase? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return Phrase(en: "the municipality name is empty", nl: "de naam van de gemeente is leeg") }
        if let (character, position) = ControlCharacters.first(in: trimmed) {
            return Phrase(en: "the municipality name holds the control character \(ControlCharacters.code(character)) at character \(position); type the name without it",
                          nl: "de naam van de gemeente bevat het stuurteken \(ControlCharacters.code(character)) op teken \(position); typ de naam zonder dat teken")
        }
        if trimmed.count > 100 || trimmed.contains("\n") {
            return Phrase(en: "the municipality name must be one line of at most 100 characters",
                          nl: "de naam van de gemeente moet één regel van hoogstens 100 tekens zijn")
        }
        return nil
    }

    public static func expectedMembersProblem(_ value: Int) -> Phrase? {
        guard !Workspace.memberRange.contains(value) else { return nil }
        return Phrase(en: "the expected number of members must lie between \(Workspace.memberRange.lowerBound) and \(Workspace.memberRange.upperBound), found \(value)",
                      nl: "het verwachte aantal leden moet tussen \(Workspace.memberRange.lowerBound) en \(Workspace.memberRange.upperBound) liggen, maar is \(value)")
    }
}
