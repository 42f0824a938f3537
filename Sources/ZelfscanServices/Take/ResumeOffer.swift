import Foundation
import ZelfscanCore
import ZelfscanFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Before a new session: when drafts are open, offer to continue one, by its code only. The
/// codes are not listed, because on a shared laptop the next colleague would otherwise see the
/// list, open someone else's draft and read their answers; and typed codes are checked after
/// the wait that earlier wrong codes earned, so guessing is slow.
public struct ResumeOffer {
    public enum Choice: Equatable {
        case resume(String)
        case startNew
        case inputEnded
    }

    public let access: DraftAccess

    public init(access: DraftAccess) { self.access = access }

    public func ask() -> Choice {
        let folder = access.folder
        let t = TakeCommandText(language: access.language)
        let round = folder.loadRound(year: access.year)
        let open = round.responses.filter {
            $0.status == .draft && !DraftLock.isHeld(at: folder.lockPath(year: access.year, code: $0.respondent))
        }
        guard !open.isEmpty else { return .startNew }
        Output.out(t.openDrafts(open.count) + "\n" + t.resumeQuestion + "\n")
        let codes = Set(open.map(\.respondent))
        while true {
            Output.out(t.resumePrompt)
            guard let line = Self.readLine() else { return .inputEnded }
            let typed = line.trimmingCharacters(in: .whitespaces).uppercased()
            if typed.isEmpty || typed == "N" { return .startNew }
            let code = typed.hasPrefix("R-") ? typed : "R-" + typed
            let known = (try? CodeAttempts(root: folder.root).check { () throws(CommandFailure) -> String? in codes.contains(code) ? code : nil }) ?? nil
            if let known { return .resume(known) }
            Output.out(t.unknownCode(typed) + "\n")
        }
    }

    /// One line from standard input, read a byte at a time so nothing after it is taken from
    /// the session that reads the same input next.
    public static func readLine() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(0, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { break }
            bytes.append(byte)
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
