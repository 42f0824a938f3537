import CYAML

/// Writes a `Node` tree as YAML through libyaml's emitter.
///
/// Text is emitted so that it reads back as the same text: `no`, `1.0` and `""` are quoted,
/// multi-line text is written as a literal block, and Dutch letters stay as they are.
public struct YAMLEmitter: Sendable {
    public init() {}

    public func emit(_ node: Node) throws(YAMLEmitterError) -> String {
        let emitter = try YAMLEventEmitter()
        try emitter.emit(node)
        return try emitter.finish()
    }
}

/// Writes one YAML document event by event, for a document too large to hold as a `Node` tree
/// first (the release ledger of a large pool holds hundreds of thousands of tokens). The same
/// libyaml emitter and settings as `YAMLEmitter`: the same document gives the same bytes.
public final class YAMLEventEmitter {
    /// The emitter lives in memory of its own rather than in a local variable: libyaml keeps
    /// the pointer across calls, and a pointer to a local is only valid within one call.
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let output = OutputBuffer()
    private let context: UnsafeMutableRawPointer
    private var session: EmitterSession { EmitterSession(emitter: emitter) }

    /// Starts the stream and its document.
    public init() throws(YAMLEmitterError) {
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        emitter.initialize(to: yaml_emitter_t())
        guard yaml_emitter_initialize(emitter) == 1 else {
            emitter.deinitialize(count: 1)
            emitter.deallocate()
            throw YAMLEmitterError(message: "libyaml could not start its emitter (out of memory)")
        }
        self.emitter = emitter
        context = Unmanaged.passRetained(output).toOpaque()
        yaml_emitter_set_output(emitter, { context, bytes, size in
            guard let context, let bytes else { return 0 }
            let output = Unmanaged<OutputBuffer>.fromOpaque(context).takeUnretainedValue()
            output.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: size))
            return 1
        }, context)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        try session.send { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        try session.send { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deinitialize(count: 1)
        emitter.deallocate()
        Unmanaged<OutputBuffer>.fromOpaque(context).release()
    }

    /// A whole node: a scalar, or a small subtree.
    public func emit(_ node: Node) throws(YAMLEmitterError) { try session.emit(node) }

    public func beginMapping() throws(YAMLEmitterError) {
        try session.send { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
    }

    public func endMapping() throws(YAMLEmitterError) { try session.send { yaml_mapping_end_event_initialize(&$0) } }

    public func beginSequence() throws(YAMLEmitterError) {
        try session.send { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) }
    }

    public func endSequence() throws(YAMLEmitterError) { try session.send { yaml_sequence_end_event_initialize(&$0) } }

    /// Ends the document and the stream; the text written.
    public func finish() throws(YAMLEmitterError) -> String {
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
