import YAML

/// libFuzzer's entry point: any bytes must give a node tree or a `YAMLError`, never a trap.
/// A tree that parsed is emitted again, since the emitter walks every node the parser built.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let node = try? YAMLParser().parse(bytes) {
        _ = try? YAMLEmitter().emit(node)
    }
    return 0
}
