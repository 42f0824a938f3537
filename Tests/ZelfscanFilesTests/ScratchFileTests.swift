import Foundation
import Testing
import ZelfscanFiles

@Suite("scratch file")
struct ScratchFileTests {
    @Test func bytesKeptFromManyThreadsComeBackAndNoFileIsLeft() throws {
        try withScratchFolder { folder in
            let scratch = try ScratchFile(in: folder)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "the file has no name from the start")
            let blocks = (0..<200).map { index in (0..<(index % 37 + 1)).map { UInt8(truncatingIfNeeded: index &* 31 &+ $0) } }
            let offsets = Offsets(count: blocks.count)
            DispatchQueue.concurrentPerform(iterations: blocks.count) { index in
                offsets.set(index, try? scratch.keep(blocks[index]))
            }
            for (index, block) in blocks.enumerated() {
                let offset = try #require(offsets.get(index))
                #expect(try scratch.bytes(at: offset, count: block.count) == block)
                // Any part of a block, wherever it starts in the cipher's 16-byte blocks.
                if block.count > 3 { #expect(try scratch.bytes(at: offset + 1, count: block.count - 2) == Array(block[1..<block.count - 1])) }
            }
        }
    }

    /// The attacker who finds the scratch's blocks (here through the open file, as an undelete
    /// tool would find them on the disk) sees no answer codes, no text, no repeated pattern.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd"), "reads the unlinked file through /proc"))
    func whatIsOnTheDiskIsNotWhatWasKept() throws {
        try withScratchFolder { folder in
            let scratch = try ScratchFile(in: folder)
            let secret = Array("Xylofoonbeek answered 2,2,2,2 and wrote: Jansens deelt niets".utf8)
            let codes = [UInt8](repeating: 7, count: 4_096)
            _ = try scratch.keep(secret)
            _ = try scratch.keep(codes)
            let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
            let onDisk = try #require(descriptors.lazy.compactMap { name -> Data? in
                guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(name)"),
                      target.contains(folder + "/.zelfscan-scratch"), target.hasSuffix("(deleted)") else { return nil }
                return FileManager.default.contents(atPath: "/proc/self/fd/\(name)")
            }.first)
            #expect(onDisk.count == secret.count + codes.count)
            #expect(onDisk.range(of: Data("Xylofoonbeek".utf8)) == nil)
            #expect(onDisk.range(of: Data("Jansens".utf8)) == nil)
            #expect(onDisk.range(of: Data(repeating: 7, count: 16)) == nil)
            #expect(Set(onDisk).count > 200, "the codes' run of one value is spread over the bytes")
        }
    }

    @Test func readingPastTheEndIsAnErrorNotACrash() throws {
        try withScratchFolder { folder in
            let scratch = try ScratchFile(in: folder)
            _ = try scratch.keep([1, 2, 3])
            #expect(throws: ScratchFile.Failure.self) { try scratch.bytes(at: 2, count: 5) }
        }
    }

    @Test func aFolderThatIsNotThereIsNamed() {
        #expect {
            _ = try ScratchFile(in: "/nonexistent-zelfscan-folder")
        } throws: { error in
            (error as? ScratchFile.Failure)?.message.en.contains("/nonexistent-zelfscan-folder") == true
        }
    }
}

/// Offsets written from many threads.
private final class Offsets: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int64?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Int64?) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> Int64? { lock.withLock { values[index] } }
}
