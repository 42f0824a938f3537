import Foundation
import ZelfscanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks typed respondent codes one at a time per workspace, after the wait that recent wrong
/// codes earn (`WrongCodeDelay`). The wrong codes are recorded in the workspace, and the check
/// holds an exclusive lock on that record, so a loop of processes waits in turn rather than
/// side by side.
public struct CodeAttempts {
    /// Test-only: the wait after one wrong code, in seconds (default 1), so tests stay fast.
    public static let baseVariable = "ZELFSCAN_TEST_WRONG_CODE_DELAY"

    public let path: String
    public let base: TimeInterval
    public let now: () -> Date
    public let sleep: (TimeInterval) -> Void

    public init(root: String, environment: [String: String] = ProcessInfo.processInfo.environment,
         now: @escaping () -> Date = Date.init, sleep: @escaping (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) }) {
        self.path = root + "/" + Self.fileName
        self.base = environment[Self.baseVariable].flatMap(Double.init).map { max(0, $0) } ?? 1
        self.now = now
        self.sleep = sleep
    }

    public static let fileName = ".zelfscan-wrong-codes"

    /// Waits, then runs `check`; a nil result is a wrong code and is recorded. Where the record
    /// cannot be written (a read-only workspace), the code is still checked after the wait.
    public func check<T>(_ check: () throws(CommandFailure) -> T?) throws(CommandFailure) -> T? {
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
        defer {
            if descriptor >= 0 {
                flock(descriptor, LOCK_UN)
                close(descriptor)
            }
        }
        let attempts = descriptor >= 0 ? Self.read(descriptor) : []
        let wait = WrongCodeDelay.seconds(wrongAttempts: attempts, now: now(), base: base)
        if wait > 0 { sleep(wait) }
        let result = try check()
        if result == nil, descriptor >= 0 {
            let kept = WrongCodeDelay.recentAttempts(attempts, now: now()) + [now()]
            let text = kept.map { String(Int($0.timeIntervalSince1970)) }.joined(separator: "\n") + "\n"
            ftruncate(descriptor, 0)
            _ = Array(text.utf8).withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
        }
        return result
    }

    private static func read(_ descriptor: Int32) -> [Date] {
        var bytes = [UInt8](repeating: 0, count: 65_536)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, 0) }
        guard count > 0 else { return [] }
        return String(decoding: bytes.prefix(count), as: UTF8.self).split(separator: "\n")
            .compactMap { Double($0).map(Date.init(timeIntervalSince1970:)) }
    }
}
