import Foundation
import YAML

/// Why a file could not be read, worded for the person who named it.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case notFound
        case permissionDenied
        case isDirectory
        case other(String)
    }

    public var path: String
    public var reason: Reason

    public var text: Phrase {
        switch reason {
        case .notFound: return Phrase(en: "no such file", nl: "het bestand bestaat niet")
        case .permissionDenied: return Phrase(en: "permission denied", nl: "geen toestemming om het te lezen")
        case .isDirectory: return Phrase(en: "this is a folder, not a file", nl: "dit is een map, geen bestand")
        case .other(let message): return Phrase(en: message, nl: message)
        }
    }

    public var description: String { text.en }
}

/// The edge where the tool touches the disk; the core gets its bytes through here or from tests.
public enum LocalFiles {
    /// The file's bytes. A file over `maxBytes` is refused before it is read, with the same
    /// located error the parser gives, so a huge file costs no memory.
    public static func read(_ path: String, maxBytes: Int = ParserLimits.default.maxBytes) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileReadError(path: path, reason: .notFound)
        }
        if isDirectory.boolValue { throw FileReadError(path: path, reason: .isDirectory) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw FileReadError(path: path, reason: .permissionDenied)
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw YAMLError.tooLarge(byteCount: size, limit: maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileReadError(path: path, reason: .permissionDenied)
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw FileReadError(path: path, reason: .other(error.localizedDescription))
        }
    }
}
