/// One storage for equal member sets: a year's groups hold the same municipalities on nearly
/// every dimension, and at 1,200 cells the copies were megabytes of an export's plan.
struct SharedMemberSets {
    private var sets: Set<Set<String>> = []

    mutating func shared(_ members: Set<String>) -> Set<String> {
        sets.insert(members).memberAfterInsert
    }

    /// `groups` with every set stored once.
    mutating func shared(_ groups: [String: Set<String>]) -> [String: Set<String>] {
        groups.mapValues { shared($0) }
    }
}
