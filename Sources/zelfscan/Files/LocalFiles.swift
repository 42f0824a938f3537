import Foundation
import YAML
import ZelfscanCore

/// The edge where the tool touches the disk: the core gets bytes, and a function to read more,
/// from here or from tests.
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
