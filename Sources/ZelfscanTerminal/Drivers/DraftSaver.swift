import ZelfscanCore

/// Hands each changed draft to the caller's store and remembers the last one that made it to
/// disk, which is what an interrupted session reports.
final class DraftSaver {
    private let store: (Response) throws -> Void
    private(set) var lastSaved: Response?

    init(store: @escaping (Response) throws -> Void, draft: Response?) {
        self.store = store
        self.lastSaved = draft
    }

    /// Nil when saved; the error to stop the session with otherwise.
    func save(_ response: Response) -> TakeError? {
        do {
            try store(response)
            lastSaved = response
            return nil
        } catch {
            return .cannotSave(respondent: response.respondent, underlying: error)
        }
    }
}
