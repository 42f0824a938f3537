/// Where an export keeps each cell round's bulky bytes (its item-row codes, answer counts,
/// means, spreads and reference majorities) from reading the workspace until writing the
/// export. In memory they grew with the pool (docs/performance.md); `export` keeps them in an
/// unlinked, encrypted scratch file instead (`ScratchFile` in ZelfscanFiles), so its memory
/// barely depends on the pool.
public protocol RoundScratch: Sendable {
    /// Keeps `bytes` and says where: safe to call from several threads at once.
    func keep(_ bytes: [UInt8]) throws -> Int64
    /// The `count` bytes kept at `offset`.
    func bytes(at offset: Int64, count: Int) throws -> [UInt8]
}

/// Bytes in memory until they are moved to a `RoundScratch`; read back by range either way.
public struct KeptBytes: Sendable {
    private enum Place: Sendable {
        case memory([UInt8])
        case scratch(Int64)
    }

    private var place: Place
    public let count: Int

    public init(_ bytes: [UInt8]) {
        place = .memory(bytes)
        count = bytes.count
    }

    /// Moves the bytes out of memory; empty bytes stay where they are (nothing to keep).
    public mutating func move(to scratch: any RoundScratch) throws {
        guard case .memory(let bytes) = place, !bytes.isEmpty else { return }
        place = .scratch(try scratch.keep(bytes))
    }

    /// The bytes in `range`. Moved bytes need the scratch they were moved to: reading them
    /// without it is a programming error.
    public func bytes(_ range: Range<Int>, scratch: (any RoundScratch)?) throws -> ArraySlice<UInt8> {
        switch place {
        case .memory(let bytes):
            return bytes[range]
        case .scratch(let offset):
            guard let scratch else { preconditionFailure("bytes kept in a scratch file read without it") }
            return ArraySlice(try scratch.bytes(at: offset + Int64(range.lowerBound), count: range.count))
        }
    }
}
