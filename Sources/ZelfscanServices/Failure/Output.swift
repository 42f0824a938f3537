import ZelfscanTerminal

/// Writes to the standard streams through their file descriptors: Glibc's `stdout`/`stderr`
/// globals are not concurrency-safe in Swift 6.
public enum Output {
    public static func out(_ text: String) { FileDescriptorSink(descriptor: 1).write(text) }
    public static func error(_ text: String) { FileDescriptorSink(descriptor: 2).write(text) }
}

/// The exit codes of `sysexits.h`, which the README documents.
public enum ExitStatus {
    public static let usage: Int32 = 64
    public static let invalidData: Int32 = 65
    public static let cannotRead: Int32 = 66
    /// A file could not be created, e.g. a workspace that already exists.
    public static let cannotCreate: Int32 = 73
    /// Input ended before the work was done; the draft is saved and can be resumed.
    public static let tryAgainLater: Int32 = 75
}
