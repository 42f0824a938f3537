import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps two `zelfscan take` sessions off the same draft. An advisory `flock` on a `.lock` file
/// beside the draft: the kernel releases it when the process ends in any way, even `kill -9`,
/// so a crashed session never leaves the draft locked for good.
public final class DraftLock {
    /// -1 once released, so a second release (or the one in `deinit`) does nothing: closing the
    /// number again could close a file opened since under the same number.
    private var descriptor: Int32
    public let path: String

    public enum Failure: Error {
        case heldByAnotherSession
        case cannotOpen(Int32)
    }

    public init(path: String) throws(Failure) {
        var descriptor: Int32 = -1
        while descriptor < 0 {
            // O_NOFOLLOW: a link planted at the lock's path would otherwise have the note below
            // overwrite whatever file it points to.
            let opened = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard opened >= 0 else { throw .cannotOpen(errno) }
            guard Self.lockSoon(opened) else {
                close(opened)
                throw .heldByAnotherSession
            }
            if Self.isStillAt(path, opened) { descriptor = opened } else { close(opened) }
        }
        self.descriptor = descriptor
        self.path = path
        let note = Array("pid \(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = note.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
    }

    /// Takes the exclusive lock, trying again for a moment: `isHeld` (status, the resume offer)
    /// holds a shared lock for a few microseconds, which must not turn a session away. A real
    /// session holds it for minutes, so 0.1 s tells the two apart.
    private static func lockSoon(_ descriptor: Int32) -> Bool {
        for attempt in 0..<50 {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK || errno == EINTR else { return false }
            if attempt < 49 { usleep(2_000) }
        }
        return false
    }

    /// Whether the locked file is still the one at `path`. A session that ends removes the file
    /// and then lets go, so a lock taken in between is on a file nobody else will open, while a
    /// third session locks a new file at `path`: two sessions on one draft. Such a lock is given
    /// up and taken again on the file now at `path`.
    private static func isStillAt(_ path: String, _ descriptor: Int32) -> Bool {
        var locked = stat()
        var current = stat()
        return fstat(descriptor, &locked) == 0 && stat(path, &current) == 0
            && locked.st_dev == current.st_dev && locked.st_ino == current.st_ino
    }

    /// Whether another session holds the lock on `path` right now.
    public static func isHeld(at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return true
    }

    /// Removes the lock file while still holding the lock, then lets go. Only the first call acts.
    public func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    /// A lock nobody released (an error path that forgot) is still let go of with its owner.
    deinit {
        release()
    }
}
