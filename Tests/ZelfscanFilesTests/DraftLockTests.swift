import Foundation
import Testing
import ZelfscanFiles

@Suite("Draft locks")
struct DraftLockTests {
    @Test func aHeldLockTurnsASecondSessionAwayAndIsSeenByAProbe() throws {
        try withScratchFolder { folder in
            let path = folder + "/R-ABCDEF.lock"
            let lock = try DraftLock(path: path)
            #expect(DraftLock.isHeld(at: path))
            #expect(throws: DraftLock.Failure.self) { _ = try DraftLock(path: path) }
            lock.release()
            #expect(!DraftLock.isHeld(at: path))
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    /// A second release must not close the descriptor number again: by then it may belong to a
    /// file opened since, here the one `reused` opens.
    @Test func releasingTwiceLeavesOtherFilesOpen() throws {
        try withScratchFolder { folder in
            let lock = try DraftLock(path: folder + "/R-ABCDEF.lock")
            lock.release()
            let reused = open(folder + "/other", O_RDWR | O_CREAT, 0o600)
            defer { close(reused) }
            #expect(reused >= 0)
            lock.release()
            #expect(fcntl(reused, F_GETFD) != -1, "the second release closed a file it did not own")
        }
    }

    @Test func aLockNobodyReleasedIsLetGoWithItsOwner() throws {
        try withScratchFolder { folder in
            let path = folder + "/R-ABCDEF.lock"
            do { _ = try DraftLock(path: path) }
            #expect(!DraftLock.isHeld(at: path))
        }
    }
}
