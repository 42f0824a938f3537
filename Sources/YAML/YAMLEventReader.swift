import CYAML

/// libyaml's events one at a time, without a node tree, for a decoder that knows the shape of
/// its file: it reads the common case at close to libyaml's own speed and, at the first thing
/// it does not expect, gives up so the caller can parse again with `YAMLParser`, whose tree
/// carries the marks every diagnostic needs. So this reader reports no errors of its own.
public final class YAMLEventReader {
    public enum Event {
        case mappingStart
        case mappingEnd
        case sequenceStart
        case sequenceEnd
        /// A scalar's bytes, valid until the next call of `next()`; `plain` is false for any
        /// quoted, literal or folded scalar (`Scalar.isQuoted`).
        case scalar(UnsafeBufferPointer<UInt8>, plain: Bool)
        /// The end of the stream.
        case end
        /// An anchor, alias or tag, a second document, or text libyaml refuses: the caller
        /// should read the file with `YAMLParser`.
        case unsupported
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    private var initialized = false
    private var documents = 0

    /// `bytes` must stay valid while the reader is used; nil for empty input.
    public init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Debian's libyaml asserts on NULL input.
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            event.deallocate()
            return nil
        }
        initialized = true
        yaml_parser_set_input_string(parser, base, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        guard initialized else { return }
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    public func next() -> Event {
        while true {
            if holdsEvent {
                yaml_event_delete(event)
                holdsEvent = false
            }
            guard yaml_parser_parse(parser, event) == 1 else { return .unsupported }
            holdsEvent = true
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                let data = event.pointee.data.scalar
                guard data.anchor == nil, data.tag == nil else { return .unsupported }
                let plain = data.style != YAML_SINGLE_QUOTED_SCALAR_STYLE && data.style != YAML_DOUBLE_QUOTED_SCALAR_STYLE
                    && data.style != YAML_LITERAL_SCALAR_STYLE && data.style != YAML_FOLDED_SCALAR_STYLE
                return .scalar(UnsafeBufferPointer(start: data.value, count: data.length), plain: plain)
            case YAML_MAPPING_START_EVENT:
                let data = event.pointee.data.mapping_start
                return data.anchor == nil && data.tag == nil ? .mappingStart : .unsupported
            case YAML_SEQUENCE_START_EVENT:
                let data = event.pointee.data.sequence_start
                return data.anchor == nil && data.tag == nil ? .sequenceStart : .unsupported
            case YAML_MAPPING_END_EVENT:
                return .mappingEnd
            case YAML_SEQUENCE_END_EVENT:
                return .sequenceEnd
            case YAML_STREAM_END_EVENT:
                return .end
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return .unsupported }
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                break
            default:
                return .unsupported
            }
        }
    }
}
