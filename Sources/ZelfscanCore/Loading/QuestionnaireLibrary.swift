import YAML

/// The questionnaires a workspace's responses may have been given on: the current one and the
/// earlier versions it continues. A response names its questionnaire by id, version and the
/// SHA-256 of the file, so a 2026.1 response stays readable and scorable after the workspace
/// moved on to 2026.2. Earlier versions come from the tool (bundled) and from the workspace
/// itself (the copies it keeps of a coach's own files, `KeptQuestionnaire`).
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

    /// A workspace's questionnaire with the earlier versions of the same id its responses of
    /// earlier rounds may have been given on: the copies the workspace keeps (`kept`), then the
    /// bundled ones. The current file comes first, so a lookup by version alone finds it; a kept
    /// copy of the current version (a file changed without a new version) stays findable by hash.
    public static func workspace(current: Questionnaire, sha256: String, kept: [Entry] = []) -> QuestionnaireLibrary {
        var seen: Set<String> = [sha256.lowercased()]
        var earlier: [Entry] = []
        for entry in kept + bundled.entries where entry.questionnaire.id == current.id && seen.insert(entry.sha256.lowercased()).inserted {
            earlier.append(entry)
        }
        return QuestionnaireLibrary([Entry(questionnaire: current, sha256: sha256)] + earlier)
    }

    /// Whether the tool itself carries this file: such a file needs no copy in the workspace.
    public static func isBundled(sha256: String) -> Bool {
        bundled.entries.contains { $0.sha256.lowercased() == sha256.lowercased() }
    }

    /// What a response file's header says it was given on, and where that stands in the file.
    public struct Stamp: Sendable {
        public var id: String
        public var version: String
        /// Nil when the header has no hash (written by hand, or by an early zelfscan).
        public var sha256: String?
        /// Where `version` is written: where a problem with the stamp is reported.
        public var mark: Mark
    }

    /// The header's stamp, read without checking the rest; nil when the file has no readable header.
    public static func stamp(of bytes: [UInt8]) -> Stamp? {
        guard case .parsed(let root) = ParsedFile.parse(bytes, file: ""),
              let stamp = root["questionnaire"], let id = stamp["id"]?.scalar?.text,
              let versionNode = stamp["version"], let version = versionNode.scalar?.text else { return nil }
        return Stamp(id: id, version: version, sha256: stamp["sha256"]?.scalar?.text, mark: versionNode.mark)
    }

    /// False when the first events of the file's header already name the current version or
    /// another questionnaire: whatever the rest of the file holds, `earlierEntry` and `isOrphan`
    /// then find nothing, so the whole-file `stamp(of:)` is needed only when this is true.
    public static func mayNameEarlierVersion(_ bytes: [UInt8], current: Questionnaire) -> Bool {
        guard let claimed = ResponseEventDecoder.headerStamp(of: bytes) else { return true }
        return claimed.id == current.id && claimed.version != current.version
    }

    /// The entry a response of another version of `current` was given on: the one with its hash,
    /// else the one with its version; nil when the stamp is the current version, another
    /// questionnaire, or a version the library lacks (see `isOrphan`).
    public func earlierEntry(for stamp: Stamp, current: Questionnaire) -> Entry? {
        guard stamp.id == current.id, stamp.version != current.version else { return nil }
        let sameVersion = entries.filter { $0.questionnaire.id == stamp.id && $0.questionnaire.version == stamp.version }
        return sameVersion.first { $0.sha256.lowercased() == stamp.sha256?.lowercased() } ?? sameVersion.first
    }

    /// A response of an earlier version of `current` that no file in the library reads: the
    /// workspace lost the file its round was given on.
    public func isOrphan(_ stamp: Stamp, current: Questionnaire) -> Bool {
        stamp.id == current.id && stamp.version != current.version && earlierEntry(for: stamp, current: current) == nil
    }

    /// The loader for a response file's bytes: the one of the questionnaire its header names,
    /// when that is another version in the library; nil otherwise (the caller's loader then
    /// reads it, and says what is wrong).
    public func responseLoader(for bytes: [UInt8], current: Questionnaire) -> ResponseLoader? {
        guard Self.mayNameEarlierVersion(bytes, current: current), let stamp = Self.stamp(of: bytes), let entry = earlierEntry(for: stamp, current: current) else { return nil }
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
