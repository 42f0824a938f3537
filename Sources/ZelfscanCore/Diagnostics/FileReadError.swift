import YAML

/// Why a file could not be read, worded for the person who named it.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case notFound
        case permissionDenied
        case isDirectory
        /// A FIFO, socket or device: reading it could block or never end.
        case notRegular
        case symlinkLoop
        /// A symbolic link where the workspace expects an ordinary file of its own.
        case symbolicLink
        case other(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var text: Phrase {
        switch reason {
        case .notFound: return Phrase(en: "no such file", nl: "het bestand bestaat niet")
        case .permissionDenied: return Phrase(en: "permission denied", nl: "geen toestemming om het te lezen")
        case .isDirectory: return Phrase(en: "this is a folder, not a file", nl: "dit is een map, geen bestand")
        case .notRegular: return Phrase(en: "this is not an ordinary file (a pipe, socket or device)", nl: "dit is geen gewoon bestand (een pipe, socket of apparaat)")
        case .symlinkLoop: return Phrase(en: "the symbolic links in this path form a loop", nl: "de symbolische koppelingen in dit pad vormen een lus")
        case .symbolicLink: return Phrase(en: "this is a symbolic link, not an ordinary file; a workspace does not follow links",
                                          nl: "dit is een symbolische koppeling, geen gewoon bestand; een werkruimte volgt geen koppelingen")
        case .other(let message): return Phrase(en: message, nl: message)
        }
    }

    public var description: String { text.en }
}
