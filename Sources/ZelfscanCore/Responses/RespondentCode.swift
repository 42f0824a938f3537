/// Respondent codes such as `R-7KQ4M2`: six characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), so a code read aloud or copied by hand stays right. The generator is passed
/// in: the system generator when taking a questionnaire, a seeded one for demo data.
public enum RespondentCode {
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    public static let prefix = "R-"
    public static let length = 6

    public static func generate(using generator: inout some RandomNumberGenerator) -> String {
        prefix + String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// A code not in `taken`.
    public static func generate(using generator: inout some RandomNumberGenerator, avoiding taken: Set<String>) -> String {
        while true {
            let code = generate(using: &generator)
            if !taken.contains(code) { return code }
        }
    }

    /// Whether `text` has the form of a respondent code.
    public static func isValid(_ text: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let body = text.dropFirst(prefix.count)
        return body.count == length && body.allSatisfy(alphabet.contains)
    }
}
