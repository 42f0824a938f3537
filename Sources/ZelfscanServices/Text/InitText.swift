import ZelfscanCore

/// What `zelfscan init` says, in Dutch and English.
public enum InitText {
    public static func alreadyExists(_ file: String) -> Phrase {
        Phrase(en: "\(file) already exists: this folder is a workspace already", nl: "\(file) bestaat al: deze map is al een werkruimte")
    }

    public static let alreadyExistsHint = Phrase(
        en: "use another --dir, or edit zelfscan.yaml to change the workspace's details (a new round only needs --year on the other commands)",
        nl: "kies een andere --dir, of pas zelfscan.yaml aan om de gegevens van de werkruimte te wijzigen (voor een nieuwe ronde volstaat --year bij de andere commando's)")

    public static func cannotCreate(_ dir: String, _ reason: String) -> Phrase {
        Phrase(en: "cannot create the workspace in \(dir): \(reason)", nl: "kan de werkruimte in \(dir) niet aanmaken: \(reason)")
    }

    public static func created(workspace: Workspace, questionnaire: Questionnaire, dir: String, folders: [String]) -> Phrase {
        let where_ = dir == "." ? "" : " --dir \(dir)"
        let list = ([dir + "/" + WorkspaceCoding.fileName] + folders.map { $0 + "/" }).map { "  " + $0 }.joined(separator: "\n")
        let name = "\(questionnaire.id) \(questionnaire.version)"
        return Phrase(
            en: """
                Workspace created for \(workspace.municipality) (round \(workspace.year), questionnaire \(name)):
                \(list)
                Next: let every member of the cell answer on their own with
                  zelfscan take\(where_)
                See who has answered with: zelfscan status\(where_)

                """,
            nl: """
                Werkruimte aangemaakt voor \(workspace.municipality) (ronde \(workspace.year), vragenlijst \(name)):
                \(list)
                Volgende stap: laat elk lid de vragenlijst afzonderlijk invullen met
                  zelfscan take\(where_)
                Wie al geantwoord heeft, ziet u met: zelfscan status\(where_)

                """)
    }
}
