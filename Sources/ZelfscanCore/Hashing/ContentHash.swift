import Crypto

/// The SHA-256 of a file's bytes as lowercase hex: the questionnaire stamp in every response, so
/// a questionnaire edited under the same version is noticed.
public enum ContentHash {
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
