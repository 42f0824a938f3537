#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the session's input bytes come from: standard input, or text handed in by a test.
public protocol ByteSource {
    /// The next bytes available, at least one; nil at end of input.
    mutating func read() -> [UInt8]?
}

/// Reads a file descriptor directly, bypassing stdio: raw mode needs every byte as it arrives,
/// and one path for both modes keeps stdio's buffer from holding bytes the other path misses.
public struct FileDescriptorSource: ByteSource {
    public let descriptor: Int32

    public init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    /// A read error (EIO once the terminal is gone) ends the input like EOF does: either way
    /// nothing more will come, and the draft is already saved.
    public mutating func read() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                #if canImport(Glibc)
                Glibc.read(descriptor, raw.baseAddress!, raw.count)
                #else
                Darwin.read(descriptor, raw.baseAddress!, raw.count)
                #endif
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            return Array(buffer[0..<count])
        }
    }
}

/// Bytes given up front, served in the chunks given: for tests and scripted input.
public struct BytesSource: ByteSource {
    private var chunks: [[UInt8]]

    public init(chunks: [[UInt8]]) {
        self.chunks = chunks.filter { !$0.isEmpty }
    }

    public init(_ text: String) {
        self.init(chunks: [Array(text.utf8)])
    }

    public mutating func read() -> [UInt8]? {
        chunks.isEmpty ? nil : chunks.removeFirst()
    }
}
