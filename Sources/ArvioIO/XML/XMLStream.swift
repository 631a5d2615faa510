import ArvioCore
import CLibXML2

/// One event of a streamed XML document: element names and attribute keys are local names (no prefix).
enum XMLEvent {
    case start(name: String, namespace: String, attributes: [String: String], line: Int)
    case text(String)
    case end(name: String, line: Int)
}

/// Untrusted XML (an XMCDA file from a vendor, a workbook part from an e-mail) read with libxml2's SAX2 parser: no
/// network, no DTD loading, no entity substitution, libxml2's own limits on depth and sizes, and every encoding
/// libxml2 knows (UTF-8, UTF-16, EBCDIC…) decoded by libxml2 itself. A document type declaration is refused at the
/// moment the parser meets `<!DOCTYPE`, before its internal subset is read — whatever the encoding, so no byte-level
/// check can be bypassed — and bytes that are not valid in the declared encoding are a located error, never a crash.
enum XMLStream {
    /// Why a document was not read, and the line (and column) where.
    struct Failure: Error, Equatable {
        var reason: Diagnostic.Reason
        var line: Int
        var column: Int?
    }

    /// Calls `handle` for every event in document order until the end or until it returns false.
    static func read(_ bytes: [UInt8], _ handle: (XMLEvent) -> Bool) throws(Failure) {
        let failure: Failure? = withoutActuallyEscaping(handle) { handle in
            let state = State(handle: handle)
            return bytes.withUnsafeBufferPointer { buffer -> Failure? in
                let parser = buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlCreateMemoryParserCtxt($0, Int32(clamping: buffer.count))
                    }
                }
                guard let parser else {
                    return Failure(reason: .invalidXML(.empty), line: 1)
                }
                defer { xmlFreeParserCtxt(parser) }
                state.parser = parser
                parser.pointee.sax.pointee = handler
                parser.pointee.userData = Unmanaged.passUnretained(state).toOpaque()
                xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
                xmlParseDocument(parser)
                if let first = state.failure { return first }
                if parser.pointee.wellFormed == 0, !state.stopped {
                    return Failure(reason: .invalidXML(.other("malformed XML")), line: state.line)
                }
                return nil
            }
        }
        if let failure { throw failure }
    }

    /// What the C callbacks reach through the parser's user data.
    private final class State {
        let handle: (XMLEvent) -> Bool
        var parser: xmlParserCtxtPtr?
        var failure: Failure?
        var stopped = false
        var text: [UInt8] = []

        init(handle: @escaping (XMLEvent) -> Bool) { self.handle = handle }

        var line: Int { parser.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 1 }

        static func from(_ context: UnsafeMutableRawPointer?) -> State? {
            context.map { Unmanaged<State>.fromOpaque($0).takeUnretainedValue() }
        }

        func deliver(_ event: XMLEvent) {
            guard !stopped else { return }
            flush()
            guard !stopped else { return }  // the handler stopped at the text
            if !handle(event) { stop() }
        }

        /// Text arrives in pieces; it is handed on whole, decoded once, before the next element event.
        func flush() {
            guard !text.isEmpty else { return }
            let string = String(decoding: text, as: UTF8.self)
            text.removeAll(keepingCapacity: true)
            if !handle(.text(string)) { stop() }
        }

        func fail(_ reason: Diagnostic.Reason, column: Int? = nil) {
            if failure == nil { failure = Failure(reason: reason, line: line, column: column) }
            stop()
        }

        func stop() {
            stopped = true
            if let parser { xmlStopParser(parser) }
        }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// The SAX2 callbacks: elements, text and the refusals. Nothing else is handled, so nothing else is acted on.
    private static var handler: xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { context, name, _, uri, _, _, count, _, attributes in
            guard let state = State.from(context) else { return }
            var values: [String: String] = [:]
            if let attributes {
                for index in 0..<Int(count) {
                    let base = index * 5
                    guard let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                    let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                    values[XMLStream.string(attributes[base])] = value.replacing("&#38;", with: "&")
                }
            }
            state.deliver(.start(name: XMLStream.string(name), namespace: XMLStream.string(uri), attributes: values, line: state.line))
        }
        sax.endElementNs = { context, name, _, _ in
            guard let state = State.from(context) else { return }
            state.deliver(.end(name: XMLStream.string(name), line: state.line))
        }
        let characters: charactersSAXFunc = { context, bytes, count in
            guard let state = State.from(context), !state.stopped, let bytes else { return }
            state.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.ignorableWhitespace = characters
        // The refusals: a DOCTYPE stops the parser before its internal subset is read; entity declarations and
        // references can then not occur, but are refused too should libxml2 ever report one.
        sax.internalSubset = { context, _, _, _ in State.from(context)?.fail(.xmlDeclarationRefused("<!DOCTYPE")) }
        sax.externalSubset = { context, _, _, _ in State.from(context)?.fail(.xmlDeclarationRefused("<!DOCTYPE")) }
        sax.entityDecl = { context, name, _, _, _, _ in
            State.from(context)?.fail(.xmlDeclarationRefused("<!ENTITY \(XMLStream.string(name))"))
        }
        sax.getEntity = { context, name in
            State.from(context)?.fail(.xmlDeclarationRefused("&\(XMLStream.string(name));"))
            return nil
        }
        sax.resolveEntity = { context, _, _ in
            State.from(context)?.fail(.xmlDeclarationRefused("<!ENTITY"))
            return nil
        }
        sax.serror = { context, error in
            guard let state = State.from(context), let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            guard state.failure == nil else { return }
            var message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            while message.last == "\n" { message.removeLast() }
            message = message.replacing("\n", with: " ")
            state.failure = Failure(
                reason: .invalidXML(XMLStream.problem(code: Int(error.pointee.code), message: message)),
                line: error.pointee.line > 0 ? Int(error.pointee.line) : state.line,
                column: error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil)
            state.stop()
        }
        return sax
    }

    /// libxml2's error code as a kind of problem Arvio words in either language (xmlerror.h, xmlParserErrors).
    static func problem(code: Int, message: String) -> Diagnostic.XMLProblem {
        switch code {
        case 3: .noRootElement
        case 4: .empty
        case 5: .extraContent
        case 8, 9: .invalidCharacter
        case 23: .malformedReference
        case 26: .undeclaredEntity
        case 32: .unsupportedEncoding
        case 34: .unclosedString
        case 38: .lessThanInAttribute
        case 39, 41: .malformedAttribute
        case 42: .duplicateAttribute
        case 68, 73: .malformedTag
        case 74, 77: .unfinishedTag
        case 76: .tagMismatch
        case 81: .invalidEncoding
        case 201: .undefinedNamespace
        default: .other(message)
        }
    }
}
