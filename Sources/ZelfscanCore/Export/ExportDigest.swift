import Crypto

/// The SHA-256 of a file as it is written, for the export's manifest: the file is hashed in the
/// chunks that reach the disk, never held whole.
public struct ExportDigest {
    private var hasher = SHA256()

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    /// Lowercase hex, as `ContentHash.sha256` writes it.
    public func hex() -> String {
        hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
