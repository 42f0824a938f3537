import Foundation
import ZelfscanText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write that failed because there is no room: a full disk (ENOSPC), a used-up quota (EDQUOT)
/// or the file size limit (EFBIG, `ulimit -f`). Nothing is wrong with the path or the
/// permissions, so the message says plainly what happened and that the fix is to make room.
public enum OutOfSpace {
    public static func covers(_ code: Int32) -> Bool {
        code == ENOSPC || code == EDQUOT || code == EFBIG
    }

    /// The sentence for `code`, around `failed` ("X could not be written"); nil when `code` is
    /// another error.
    public static func message(code: Int32, failed: Phrase) -> Phrase? {
        switch code {
        case ENOSPC:
            return Phrase(en: "the disk is full: \(failed.en) (ENOSPC, no space left on device); free some space on that disk and try again",
                          nl: "de schijf is vol: \(failed.nl) (ENOSPC, geen ruimte meer op het apparaat); maak ruimte vrij op die schijf en probeer opnieuw")
        case EDQUOT:
            return Phrase(en: "your disk quota is used up: \(failed.en) (EDQUOT); free some of your space or ask for a larger quota, and try again",
                          nl: "uw schijfquotum is op: \(failed.nl) (EDQUOT); maak ruimte vrij of vraag een groter quotum, en probeer opnieuw")
        case EFBIG:
            return Phrase(en: "the file size limit was reached: \(failed.en) (EFBIG, file too large); raise the limit (ulimit -f) or write to a disk that allows larger files, and try again",
                          nl: "de limiet op de bestandsgrootte is bereikt: \(failed.nl) (EFBIG, bestand te groot); verhoog de limiet (ulimit -f) of schrijf naar een schijf die grotere bestanden toelaat, en probeer opnieuw")
        default:
            return nil
        }
    }

    /// The `errno` behind `error` (0 when there is none): from our own writers, or from
    /// Foundation, which wraps it in an NSError.
    public static func code(of error: any Error) -> Int32 {
        switch error {
        case let error as AtomicFile.WriteError: return error.code
        case let error as ScratchFile.Failure: return error.code
        default:
            let error = error as NSError
            if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
            if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
                return Int32(underlying.code)
            }
            return error.domain == NSCocoaErrorDomain && error.code == CocoaError.fileWriteOutOfSpace.rawValue ? ENOSPC : 0
        }
    }
}
