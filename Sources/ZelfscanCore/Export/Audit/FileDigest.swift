import Crypto

/// The SHA-256 of a file as MANIFEST.sha256 writes it (64 lowercase hex digits), computed from
/// chunks so that a file of any size can be hashed while it is read for other checks.
public struct FileDigest {
    private var hasher = SHA256()

    public init() {}

    public mutating func update(_ chunk: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: chunk)
    }

    public mutating func update(_ bytes: [UInt8]) {
        hasher.update(data: bytes)
    }

    public func hex() -> String {
        hasher.finalize().map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}
