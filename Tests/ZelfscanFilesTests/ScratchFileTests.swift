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
            }
            #expect(try scratch.bytes(at: try #require(offsets.get(5)) + 1, count: 2) == Array(blocks[5][1..<3]))
        }
    }

    @Test func readingPastTheEndIsAnErrorNotACrash() throws {
        try withScratchFolder { folder in
            let scratch = try ScratchFile(in: folder)
            _ = try scratch.keep([1, 2, 3])
            #expect(throws: AtomicFile.WriteError.self) { try scratch.bytes(at: 2, count: 5) }
        }
    }

    @Test func aFolderThatIsNotThereIsNamed() {
        #expect {
            _ = try ScratchFile(in: "/nonexistent-zelfscan-folder")
        } throws: { error in
            (error as? AtomicFile.WriteError)?.path == "/nonexistent-zelfscan-folder"
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
