/// The version of zelfscan, printed by `--version` and written into every export's codebook so
/// a reader knows which rules produced it.
public enum ToolVersion {
    public static let current = "0.3.0"
}
