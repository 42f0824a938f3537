import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A secret file (a key, a ledger) read as an ordinary file and never through a symbolic link.
public struct PrivateFile {
    public var bytes: [UInt8]
    /// The permission bits, for the warning about files others can read.
    public var mode: mode_t

    public enum Problem: Error {
        case missing(String)
        case symbolicLink(String)
        case notRegular(String)
        case tooLarge(String, limit: Int)
        case unreadable(FileReadError)

        /// The failure for `what` ("the key", "the ledger"), with what to do.
        public func failure(what: Phrase) -> CommandFailure {
            switch self {
            case .missing(let path):
                return CommandFailure(Phrase(en: "cannot read \(path): no such file", nl: "kan \(path) niet lezen: het bestand bestaat niet"),
                                      hint: Phrase(en: "check the path; make a key with: zelfscan key new FILE",
                                                   nl: "kijk het pad na; maak een sleutel met: zelfscan key new BESTAND"),
                                      exitCode: ExitStatus.cannotRead)
            case .symbolicLink(let path):
                return CommandFailure(Phrase(en: "\(path) is a symbolic link; \(what.en) is only read from an ordinary file, so nobody can point it elsewhere",
                                             nl: "\(path) is een symbolische koppeling; \(what.nl) wordt alleen uit een gewoon bestand gelezen, zodat niemand het elders heen kan laten wijzen"),
                                      hint: Phrase(en: "put the file itself at \(path) (mode 0600) instead of a link",
                                                   nl: "zet het bestand zelf op \(path) (modus 0600) in plaats van een koppeling"),
                                      exitCode: ExitStatus.invalidData)
            case .notRegular(let path):
                return CommandFailure(Phrase(en: "\(path) is not an ordinary file (a folder, pipe, socket or device)",
                                             nl: "\(path) is geen gewoon bestand (een map, pipe, socket of apparaat)"),
                                      hint: Phrase(en: "give the path of \(what.en) file itself", nl: "geef het pad van het bestand zelf"),
                                      exitCode: ExitStatus.invalidData)
            case .tooLarge(let path, let limit):
                return CommandFailure(Phrase(en: "\(path) is larger than \(limit) bytes, too large for \(what.en)",
                                             nl: "\(path) is groter dan \(limit) bytes, te groot voor \(what.nl)"),
                                      hint: Phrase(en: "check that this is the right file", nl: "controleer of dit het juiste bestand is"),
                                      exitCode: ExitStatus.invalidData)
            case .unreadable(let error):
                return CommandFailure(Phrase(en: "cannot read \(error.path): \(error.text.en)", nl: "kan \(error.path) niet lezen: \(error.text.nl)"),
                                      exitCode: ExitStatus.cannotRead)
            }
        }
    }

    /// The file at `path`. `lstat` names a link for what it is; `O_NOFOLLOW` on the open closes the
    /// gap in which a file could be swapped for a link, and `fstat` checks what was opened.
    public static func read(_ path: String, maxBytes: Int) throws(Problem) -> PrivateFile {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing(path) }
            throw .unreadable(FileReadError(path: path, errno: errno))
        }
        if status.st_mode & S_IFMT == S_IFLNK { throw .symbolicLink(path) }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ELOOP { throw .symbolicLink(path) }
            if errno == ENOENT { throw .missing(path) }
            throw .unreadable(FileReadError(path: path, errno: errno))
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(FileReadError(path: path, errno: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegular(path) }
        guard Int(status.st_size) <= maxBytes else { throw .tooLarge(path, limit: maxBytes) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(FileReadError(path: path, errno: errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > maxBytes { throw .tooLarge(path, limit: maxBytes) }
        }
        return PrivateFile(bytes: bytes, mode: status.st_mode & 0o7777)
    }
}
