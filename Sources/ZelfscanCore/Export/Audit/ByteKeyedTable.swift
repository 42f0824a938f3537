/// A hash table from byte strings to values, looked up straight from a field's bytes: the audit
/// meets the same few values hundreds of thousands of times, and a `String` or `Array` key per
/// lookup cost more than the check it saved. Keys are compared byte for byte, so two texts that
/// Swift's `String` holds equal (a precomposed and a decomposed letter) are two keys, each with
/// the verdict its own bytes get.
struct ByteKeyedTable<Value> {
    private struct Entry {
        var start: Int
        var length: Int
        var hash: UInt64
        var value: Value
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: an index into `entries`, or -1; a power of two at least twice `count`.
    private var slots: [Int32] = Array(repeating: -1, count: 16)

    var count: Int { entries.count }

    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                if entries[index].hash == hash, entries[index].length == key.count,
                   Self.equal(UnsafeBufferPointer(rebasing: arena[entries[index].start..<(entries[index].start + key.count)]), key) {
                    return entries[index].value
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds `key`, which must not be in the table yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(key)
        entries.append(Entry(start: arena.count, length: key.count, hash: hash, value: value))
        arena.append(contentsOf: key)
        place(entries.count - 1, hash: hash)
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in entries.indices { place(index, hash: entries[index].hash) }
    }

    /// Eight bytes at a time, multiplied and folded, then mixed so that the low bits the slots use
    /// depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 31)
    }

    private static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return left.count == right.count }
        let leftRaw = UnsafeRawPointer(leftBase), rightRaw = UnsafeRawPointer(rightBase)
        var offset = 0
        while offset + 8 <= left.count {
            if leftRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != rightRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < left.count {
            if leftBase[offset] != rightBase[offset] { return false }
            offset += 1
        }
        return true
    }
}
