/// A value per dimension id and `overall`, read like a dictionary but kept as one array beside
/// the ids: an export holds two of these for every cell round of the pool until it writes, and
/// two dictionaries per round made its memory grow with the pool (docs/performance.md).
public struct DimensionValues<Value: Sendable>: Sendable {
    private let ids: [String]
    private var values: [Value?]

    /// No value yet for any of `ids`.
    public init(ids: [String]) {
        self.ids = ids
        values = Array(repeating: nil, count: ids.count)
    }

    /// How many ids there are.
    var count: Int { ids.count }

    /// The value of the id at `position`, in the order the ids were given.
    subscript(position position: Int) -> Value? {
        get { values[position] }
        set { values[position] = newValue }
    }

    /// The same ids without values.
    var emptied: DimensionValues {
        DimensionValues(ids: ids)
    }

    /// The value of `id`; nil when it has none or is not one of the ids. Setting a value for an
    /// id that is not among them is a programming error.
    public subscript(id: String) -> Value? {
        get { ids.firstIndex(of: id).flatMap { values[$0] } }
        set {
            guard let index = ids.firstIndex(of: id) else { preconditionFailure("\(id) is not a dimension of the round") }
            values[index] = newValue
        }
    }
}
