import YAML
import ZelfscanCore

/// Why `LocalFiles.read` gave no bytes: the file itself could not be read, or it is over the size
/// limit, which is told as the parser's own located error so both read the same.
public enum LocalReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(FileReadError)
    case tooLarge(YAMLError)

    /// The error as the core's readers take it from a `readFile` function.
    public var underlying: any Error {
        switch self {
        case .unreadable(let error): error
        case .tooLarge(let error): error
        }
    }

    public var description: String { "\(underlying)" }
}
