/// The LIVC-R questionnaire built into the tool, so a workspace needs no questionnaire file of
/// its own; the same bytes as `questionnaires/livc-r.yaml`. Earlier versions, kept under
/// `questionnaires/archive/`, travel along so responses given on them stay readable and scorable.
public enum BundledQuestionnaire {
    /// How diagnostics and the response files name it.
    public static let file = "questionnaires/livc-r.yaml"

    /// The earlier versions' files, as the loader names them.
    public static let archivedFiles: [String] = BundledFiles.files.keys
        .filter { $0.hasPrefix("archive/") && !$0.hasPrefix("archive/benchmarks/") }
        .sorted()
        .map { "questionnaires/" + $0 }

    /// The file's bytes, for `path` as the loader asks for it (relative paths under `questionnaires/`).
    public static func bytes(_ path: String) -> [UInt8]? {
        let relative = path.hasPrefix("questionnaires/") ? String(path.dropFirst("questionnaires/".count)) : path
        return BundledFiles.files[relative].map { Array(($0 + "\n").utf8) }
    }

    public static let sha256: String = ContentHash.sha256(bytes(file) ?? [])

    /// Loaded once per process: a pool of hundreds of workspaces all name the bundled questionnaire.
    public static func load() -> QuestionnaireLoader.Result { loaded }

    /// A bundled file by its name (`file` or one of `archivedFiles`), with the SHA-256 responses
    /// given on it are stamped with; nil for a name that is not bundled.
    public static func load(file name: String) -> (result: QuestionnaireLoader.Result, sha256: String)? {
        if name == file { return (loaded, sha256) }
        return archived.first { $0.file == name }.map { ($0.result, $0.sha256) }
    }

    private static let loaded: QuestionnaireLoader.Result = read(file)

    /// Loaded once per process, and only when some response asks for an earlier version.
    private static let archived: [(file: String, result: QuestionnaireLoader.Result, sha256: String)] =
        archivedFiles.map { ($0, read($0), ContentHash.sha256(bytes($0) ?? [])) }

    private static func read(_ name: String) -> QuestionnaireLoader.Result {
        QuestionnaireLoader().load(file: name, bytes: bytes(name) ?? []) { path in
            guard let bytes = bytes(path) else { throw FileReadError(path: path, reason: .notFound) }
            return bytes
        }
    }
}
