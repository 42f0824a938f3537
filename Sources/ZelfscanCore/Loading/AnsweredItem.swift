/// What a condition may compare an earlier item's answer with.
struct AnsweredItem {
    enum Shape {
        case scale(values: [Double])
        case choice(codes: [String])
        case number
        case text
    }

    var id: String
    var shape: Shape
    var missingCodes: [String]
}
