import ArvioCore
import Foundation
import Yams

/// A YAML node with its location and the sink its problems go to. Accessors report what is wrong
/// (missing, wrong shape, bad value) and return nil, so that a parser keeps going and reports everything.
struct NodeReader {
    let node: Node
    let location: SourceLocation
    let sink: DiagnosticSink

    init(node: Node, location: SourceLocation, sink: DiagnosticSink) {
        self.node = node
        self.location = SourceLocation(file: location.file, line: node.mark?.line ?? location.line, field: location.field)
        self.sink = sink
    }

    var isScalar: Bool { node.scalar != nil }

    var shape: Diagnostic.Shape {
        switch node {
        case .mapping: .mapping
        case .sequence: .list
        case .scalar(let scalar):
            if scalar.tag.description.hasSuffix(":int") || scalar.tag.description.hasSuffix(":float") {
                .number
            } else if scalar.tag.description.hasSuffix(":bool") {
                .boolean
            } else {
                .text
            }
        case .alias: .text
        }
    }

    /// The node as a mapping whose keys must be among `allowed` (any key when nil); unknown and repeated
    /// keys are reported.
    func mapping(allowed: [String]?) -> MappingReader? {
        guard sink.visit(location) else { return nil }
        guard case .mapping(let mapping) = node else {
            sink.report(location, .wrongShape(expected: .mapping, found: shape))
            return nil
        }
        // Yams rejects repeated keys while composing (YAMLDocument reports them), so each key is here once.
        var values: [String: NodeReader] = [:]
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let keyLocation = SourceLocation(
                file: location.file, line: keyNode.mark?.line ?? location.line,
                field: location.appending(key).field)
            if let allowed, !allowed.contains(key) {
                sink.report(keyLocation, .unknownField(key, suggestion: nearest(to: key, in: allowed), allowed: allowed))
                continue
            }
            values[key] = NodeReader(node: valueNode, location: keyLocation, sink: sink)
        }
        let order = mapping.compactMap { $0.key.string }.filter { values[$0] != nil }
        return MappingReader(location: location, values: values, order: order, sink: sink)
    }

    /// The node as a list of element readers (`field[0]`, `field[1]`, …).
    func list() -> [NodeReader]? {
        guard sink.visit(location) else { return nil }
        guard case .sequence(let sequence) = node else {
            sink.report(location, .wrongShape(expected: .list, found: shape))
            return nil
        }
        return sequence.enumerated().map { index, element in
            NodeReader(node: element, location: location.appending("[\(index)]", line: element.mark?.line), sink: sink)
        }
    }

    /// A non-empty scalar text.
    func text() -> String? {
        guard sink.visit(location) else { return nil }
        guard case .scalar(let scalar) = node else {
            sink.report(location, .wrongShape(expected: .text, found: shape))
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        let isNull = scalar.style == .plain && scalar.tag.description.hasSuffix(":null")
        guard !value.isEmpty, !isNull else {
            sink.report(location, .emptyField(fieldName))
            return nil
        }
        if let control = ControlCharacter.first(inText: value) {
            sink.report(location, .controlCharacter(field: fieldName, code: ControlCharacter.code(control)))
            return nil
        }
        return value
    }

    func number() -> Double? {
        guard let raw = text() else { return nil }
        guard let value = Double(raw.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            sink.report(location, .notANumber(field: fieldName, found: raw))
            return nil
        }
        return value
    }

    /// A whole number within `range`; anything else (1.5, 1e300) is reported, never converted with a trap.
    func integer(in range: ClosedRange<Int>) -> Int? {
        guard let raw = text() else { return nil }
        guard let value = Double(raw), value.rounded() == value, Double(range.lowerBound) <= value,
            value <= Double(range.upperBound)
        else {
            sink.report(
                location, .notAWholeNumber(field: fieldName, found: raw, lowest: range.lowerBound, highest: range.upperBound))
            return nil
        }
        return Int(value)
    }

    /// A positive judgement written as a number or a fraction (`3`, `0.5`, `1/3`).
    func judgement() -> Double? {
        guard let raw = text() else { return nil }
        let parts = raw.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let value: Double?
        if parts.count == 2, let top = Double(parts[0]), let bottom = Double(parts[1]), bottom != 0 {
            value = top / bottom
        } else {
            value = parts.count == 1 ? Double(parts[0]) : nil
        }
        guard let value, value.isFinite, value > 0 else {
            sink.report(location, .notANumber(field: fieldName, found: raw))
            return nil
        }
        return value
    }

    func boolean() -> Bool? {
        guard let raw = text() else { return nil }
        switch raw {
        case "true": return true
        case "false": return false
        default:
            sink.report(
                location,
                .invalidValue(
                    field: fieldName, found: raw, allowed: ["true", "false"],
                    suggestion: nearest(to: raw, in: ["true", "false"])))
            return nil
        }
    }

    /// A value of a closed set, such as `status: in-use`.
    func value<T: RawRepresentable & CaseIterable>(of type: T.Type) -> T? where T.RawValue == String {
        guard let raw = text() else { return nil }
        if let value = T(rawValue: raw) { return value }
        let allowed = T.allCases.map(\.rawValue)
        sink.report(location, .invalidValue(field: fieldName, found: raw, allowed: allowed, suggestion: nearest(to: raw, in: allowed)))
        return nil
    }

    /// An id: letters, digits, '-' and '_'.
    func id() -> String? {
        guard let raw = text() else { return nil }
        guard Identifier.isValid(raw) else {
            sink.report(location, .invalidID(raw))
            return nil
        }
        return raw
    }

    /// A list of ids, or one id written alone.
    func idList() -> [String]? {
        if node.scalar != nil { return id().map { [$0] } }
        return list()?.compactMap { $0.id() }
    }

    /// `{fi: …, en: …}`, both required.
    func localizedText() -> LocalizedText? {
        guard let map = mapping(allowed: ["fi", "en"]) else { return nil }
        let fi = map.required("fi")?.text()
        let en = map.required("en")?.text()
        guard let fi, let en else { return nil }
        return LocalizedText(fi: fi, en: en)
    }

    /// The last component of the field path, as the user typed it.
    var fieldName: String {
        let path = location.field ?? ""
        let last = path.split(separator: ".").last.map(String.init) ?? path
        return last.split(separator: "[").first.map(String.init) ?? last
    }
}

/// The fields of one mapping, already checked for unknown and repeated keys.
struct MappingReader {
    let location: SourceLocation
    let values: [String: NodeReader]
    /// The keys in the order they were written.
    let order: [String]
    let sink: DiagnosticSink

    func optional(_ key: String) -> NodeReader? {
        guard let reader = values[key] else { return nil }
        if case .scalar(let scalar) = reader.node, scalar.tag.description.hasSuffix(":null") { return nil }
        return reader
    }

    func required(_ key: String) -> NodeReader? {
        if let reader = values[key] { return reader }
        sink.report(location.appending(key), .missingField(key))
        return nil
    }

    func has(_ key: String) -> Bool { values[key] != nil }
}
