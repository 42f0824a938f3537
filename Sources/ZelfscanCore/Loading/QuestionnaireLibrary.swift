/// The questionnaires a workspace's responses may have been given on: the current one and the
/// earlier versions it continues. A response names its questionnaire by id, version and the
/// SHA-256 of the file, so a 2026.1 response stays readable and scorable after the workspace
/// moved on to 2026.2.
public struct QuestionnaireLibrary: Sendable {
    public struct Entry: Sendable {
        public var questionnaire: Questionnaire
        /// SHA-256 of the file the questionnaire was loaded from.
        public var sha256: String

        public init(questionnaire: Questionnaire, sha256: String) {
            self.questionnaire = questionnaire
            self.sha256 = sha256
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The questionnaire built into the tool and its archived earlier versions.
    public static let bundled: QuestionnaireLibrary = QuestionnaireLibrary(
        ([BundledQuestionnaire.file] + BundledQuestionnaire.archivedFiles).compactMap { file in
            guard let loaded = BundledQuestionnaire.load(file: file), let questionnaire = loaded.result.questionnaire else { return nil }
            return Entry(questionnaire: questionnaire, sha256: loaded.sha256)
        })

    /// A workspace's questionnaire with the bundled earlier versions of the same id: what its
    /// responses of earlier rounds may have been given on.
    public static func workspace(current: Questionnaire, sha256: String) -> QuestionnaireLibrary {
        let earlier = bundled.entries.filter { $0.questionnaire.id == current.id && $0.questionnaire.version != current.version }
        return QuestionnaireLibrary([Entry(questionnaire: current, sha256: sha256)] + earlier)
    }

    /// The loader for a response file's bytes: the one of the questionnaire its header names,
    /// when that is another version in the library; nil otherwise (the caller's loader then
    /// reads it, and says what is wrong).
    public func responseLoader(for bytes: [UInt8], current: Questionnaire) -> ResponseLoader? {
        // Whatever the rest of the file holds, a header naming another questionnaire or the
        // current version means the current loader: only then is the whole file parsed.
        if let claimed = ResponseEventDecoder.headerStamp(of: bytes), claimed.id != current.id || claimed.version == current.version { return nil }
        guard let stamp = ResponseLoader.stamp(of: bytes),
              stamp.id == current.id, stamp.version != current.version,
              let entry = entries.first(where: { $0.questionnaire.id == stamp.id && $0.questionnaire.version == stamp.version })
        else { return nil }
        return ResponseLoader(questionnaire: entry.questionnaire, questionnaireSHA256: entry.sha256)
    }

    /// The questionnaire a response was given on: the entry with its id, version and file hash,
    /// else the one with its id and version (the loader warns that the file changed since).
    public func entry(for stamp: Response.QuestionnaireStamp) -> Entry? {
        let sameVersion = entries.filter { $0.questionnaire.id == stamp.id && $0.questionnaire.version == stamp.version }
        return sameVersion.first { $0.sha256 == stamp.sha256 } ?? sameVersion.first
    }

    /// The questionnaire with this id and version.
    public func questionnaire(id: String, version: String) -> Questionnaire? {
        entries.first { $0.questionnaire.id == id && $0.questionnaire.version == version }?.questionnaire
    }

    /// What links rounds on two versions, when both are in the library; nil otherwise.
    public func continuity(from earlier: (id: String, version: String), to later: (id: String, version: String)) -> Continuity? {
        guard let before = questionnaire(id: earlier.id, version: earlier.version),
              let after = questionnaire(id: later.id, version: later.version) else { return nil }
        return Continuity(earlier: before, later: after)
    }
}
