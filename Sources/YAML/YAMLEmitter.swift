import CYAML

/// Writes a `Node` tree as YAML through libyaml's emitter.
///
/// Text is emitted so that it reads back as the same text: `no`, `1.0` and `""` are quoted,
/// multi-line text is written as a literal block, and Dutch letters stay as they are.
public struct YAMLEmitter: Sendable {
    public init() {}

    /// The emitter lives in memory of its own rather than in a local variable: libyaml keeps
    /// the pointer across calls, and a pointer to a local is only valid within one call.
    public func emit(_ node: Node) throws(YAMLEmitterError) -> String {
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        emitter.initialize(to: yaml_emitter_t())
        defer {
            emitter.deinitialize(count: 1)
            emitter.deallocate()
        }
        guard yaml_emitter_initialize(emitter) == 1 else {
            throw YAMLEmitterError(message: "libyaml could not start its emitter (out of memory)")
        }
        defer { yaml_emitter_delete(emitter) }
        let output = OutputBuffer()
        let context = Unmanaged.passRetained(output).toOpaque()
        defer { Unmanaged<OutputBuffer>.fromOpaque(context).release() }
        yaml_emitter_set_output(emitter, { context, bytes, size in
            guard let context, let bytes else { return 0 }
            let output = Unmanaged<OutputBuffer>.fromOpaque(context).takeUnretainedValue()
            output.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: size))
            return 1
        }, context)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)

        let session = EmitterSession(emitter: emitter)
        try session.send { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        try session.send { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
        try session.emit(node)
        try session.send { yaml_document_end_event_initialize(&$0, 1) }
        try session.send { yaml_stream_end_event_initialize(&$0) }
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

public struct YAMLEmitterError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { "could not write YAML: \(message)" }
}

private final class OutputBuffer {
    var bytes: [UInt8] = []
}

private struct EmitterSession {
    let emitter: UnsafeMutablePointer<yaml_emitter_t>

    /// Emits one event; libyaml takes ownership of it even when emitting fails.
    func send(_ initialize: (inout yaml_event_t) -> Int32) throws(YAMLEmitterError) {
        var event = yaml_event_t()
        guard initialize(&event) == 1 else {
            throw YAMLEmitterError(message: "an event could not be prepared (out of memory)")
        }
        guard yaml_emitter_emit(emitter, &event) == 1 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
            throw YAMLEmitterError(message: problem)
        }
    }

    func emit(_ node: Node) throws(YAMLEmitterError) {
        switch node.content {
        case .scalar(let scalar):
            try emit(scalar)
        case .sequence(let items):
            try send { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) }
            for item in items { try emit(item) }
            try send { yaml_sequence_end_event_initialize(&$0) }
        case .mapping(let pairs):
            try send { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
            for pair in pairs {
                try emit(pair.key)
                try emit(pair.value)
            }
            try send { yaml_mapping_end_event_initialize(&$0) }
        }
    }

    private func emit(_ scalar: Scalar) throws(YAMLEmitterError) {
        let style: yaml_scalar_style_t
        var plainImplicit: Int32 = 1
        switch scalar.style {
        case .plain:
            style = YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted:
            style = YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted:
            style = YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal:
            style = YAML_LITERAL_SCALAR_STYLE
        case .folded:
            style = YAML_FOLDED_SCALAR_STYLE
        case .text:
            if scalar.text.contains("\n") {
                style = YAML_LITERAL_SCALAR_STYLE
            } else {
                style = YAML_ANY_SCALAR_STYLE
            }
            // Not plain-implicit: libyaml then quotes rather than writing a bare `no` or `1.0`.
            if PlainScalarAmbiguity.isAmbiguous(scalar.text) { plainImplicit = 0 }
        }
        // libyaml copies the text while the event is prepared, so the buffer need outlive only that.
        let utf8 = Array(scalar.text.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, utf8.count))
        defer { buffer.deallocate() }
        buffer.initialize(repeating: 0, count: max(1, utf8.count))
        for (offset, byte) in utf8.enumerated() { buffer[offset] = byte }
        let length = Int32(utf8.count)
        try send {
            yaml_scalar_event_initialize(&$0, nil, nil, buffer, length, plainImplicit, 1, style)
        }
    }
}
