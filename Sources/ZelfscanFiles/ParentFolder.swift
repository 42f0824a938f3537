/// The folder that holds `path`, as `dirname` gives it: "." for a bare name, "/" for a name at
/// the root. Foundation's `NSString.deletingLastPathComponent` crashes on a one-character
/// name (`zelfscan key new K`), so paths typed by users go through this instead.
public func parentFolder(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    var parent = trimmed[..<slash]
    while parent.count > 1, parent.hasSuffix("/") { parent = parent.dropLast() }
    return parent.isEmpty ? "/" : String(parent)
}
