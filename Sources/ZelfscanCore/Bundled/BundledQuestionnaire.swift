/// The LIVC-R questionnaire built into the tool, so a workspace needs no questionnaire file of
/// its own; the same bytes as `questionnaires/livc-r.yaml`.
public enum BundledQuestionnaire {
    /// How diagnostics and the response files name it.
    public static let file = "questionnaires/livc-r.yaml"

    /// The file's bytes, for `path` as the loader asks for it (relative paths under `questionnaires/`).
    public static func bytes(_ path: String) -> [UInt8]? {
        let relative = path.hasPrefix("questionnaires/") ? String(path.dropFirst("questionnaires/".count)) : path
        return BundledFiles.files[relative].map { Array(($0 + "\n").utf8) }
    }

    public static let sha256: String = ContentHash.sha256(bytes(file) ?? [])

    /// Loaded once per process: a pool of hundreds of workspaces all name the bundled questionnaire.
    public static func load() -> QuestionnaireLoader.Result { loaded }

    private static let loaded: QuestionnaireLoader.Result =
        QuestionnaireLoader().load(file: file, bytes: bytes(file) ?? []) { path in
            guard let bytes = bytes(path) else { throw FileReadError(path: path, reason: .notFound) }
            return bytes
        }
}
