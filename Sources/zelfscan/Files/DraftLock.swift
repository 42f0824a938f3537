import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps two `zelfscan take` sessions off the same draft. An advisory `flock` on a `.lock` file
/// beside the draft: the kernel releases it when the process ends in any way, even `kill -9`,
/// so a crashed session never leaves the draft locked for good.
final class DraftLock {
    private let descriptor: Int32
    let path: String

    enum Failure: Error {
        case heldByAnotherSession
        case cannotOpen(Int32)
    }

    init(path: String) throws(Failure) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .heldByAnotherSession
        }
        self.descriptor = descriptor
        self.path = path
        let note = Array("pid \(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = note.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
    }

    /// Whether another session holds the lock on `path` right now.
    static func isHeld(at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return true
    }

    /// Removes the lock file while still holding the lock, then lets go.
    func release() {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
