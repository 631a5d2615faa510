import ArvioCore

/// An operating model's process steps as BPMN 2.0 XML that a BPMN modeller (Camunda Modeler, bpmn.io, Signavio)
/// opens with its diagram: one pool, a lane per role in order of first appearance, a task per step joined by
/// sequence flows from a start event to an end event, and diagram interchange (BPMNDI) coordinates so the layout
/// shows without an auto-layout step. Pure.
package enum BPMNWriter {
    static let laneHeight = 120, headerWidth = 60, stepWidth = 160, taskWidth = 120, taskHeight = 80, eventSize = 36

    package static func document(_ model: OperatingModel) -> String {
        let roles = model.roles
        let steps = model.steps
        func lane(_ role: Role) -> Int { roles.firstIndex(of: role) ?? 0 }
        func taskID(_ index: Int) -> String { "Task_\(index + 1)" }
        // Nodes in flow order: start, the steps, end; each with its lane.
        let nodes: [(id: String, lane: Int)] =
            [("StartEvent_1", steps.first.map { lane($0.role) } ?? 0)]
            + steps.enumerated().map { (taskID($0.offset), lane($0.element.role)) }
            + [("EndEvent_1", steps.last.map { lane($0.role) } ?? 0)]
        let flows = (0..<(nodes.count - 1)).map { (id: "Flow_\($0 + 1)", source: $0, target: $0 + 1) }
        let e = Markup.escape

        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_\(ncName(model.id))" targetNamespace="urn:arvio:toolkit:\(e(model.id))" exporter="Arvio" exporterVersion="1">
              <bpmn:collaboration id="Collaboration_1">
                <bpmn:participant id="Participant_1" name="\(e(model.title.fi))" processRef="Process_1"/>
              </bpmn:collaboration>
              <bpmn:process id="Process_1" name="\(e(model.title.fi))" isExecutable="false">
                <bpmn:documentation>\(e(model.title.fi)) / \(e(model.title.en)), \(e(model.version))</bpmn:documentation>
                <bpmn:laneSet id="LaneSet_1">

            """
        for (k, role) in roles.enumerated() {
            xml += "      <bpmn:lane id=\"Lane_\(k + 1)\" name=\"\(e(role.rawValue))\">\n"
            for node in nodes where node.lane == k {
                xml += "        <bpmn:flowNodeRef>\(node.id)</bpmn:flowNodeRef>\n"
            }
            xml += "      </bpmn:lane>\n"
        }
        xml += "    </bpmn:laneSet>\n"
        func connections(_ index: Int) -> String {
            (index > 0 ? "<bpmn:incoming>\(flows[index - 1].id)</bpmn:incoming>" : "")
                + (index < flows.count ? "<bpmn:outgoing>\(flows[index].id)</bpmn:outgoing>" : "")
        }
        xml += "    <bpmn:startEvent id=\"StartEvent_1\">\(connections(0))</bpmn:startEvent>\n"
        for (index, step) in steps.enumerated() {
            xml +=
                "    <bpmn:task id=\"\(taskID(index))\" name=\"\(e("\(step.number). \(step.text)"))\">\(connections(index + 1))</bpmn:task>\n"
        }
        xml += "    <bpmn:endEvent id=\"EndEvent_1\">\(connections(nodes.count - 1))</bpmn:endEvent>\n"
        for flow in flows {
            xml +=
                "    <bpmn:sequenceFlow id=\"\(flow.id)\" sourceRef=\"\(nodes[flow.source].id)\" targetRef=\"\(nodes[flow.target].id)\"/>\n"
        }
        xml += "  </bpmn:process>\n"

        // The diagram: x by position in the flow, y by lane.
        let width = headerWidth + 40 + nodes.count * stepWidth
        func bounds(_ index: Int) -> (x: Int, y: Int, w: Int, h: Int) {
            let isEvent = index == 0 || index == nodes.count - 1
            let (w, h) = isEvent ? (eventSize, eventSize) : (taskWidth, taskHeight)
            let centreX = headerWidth + 40 + index * stepWidth + taskWidth / 2
            let centreY = nodes[index].lane * laneHeight + laneHeight / 2
            return (centreX - w / 2, centreY - h / 2, w, h)
        }
        xml += """
              <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
                  <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true"><dc:Bounds x="0" y="0" width="\(width)" height="\(max(1, roles.count) * laneHeight)"/></bpmndi:BPMNShape>

            """
        for k in roles.indices {
            xml +=
                "      <bpmndi:BPMNShape id=\"Lane_\(k + 1)_di\" bpmnElement=\"Lane_\(k + 1)\" isHorizontal=\"true\"><dc:Bounds x=\"30\" y=\"\(k * laneHeight)\" width=\"\(width - 30)\" height=\"\(laneHeight)\"/></bpmndi:BPMNShape>\n"
        }
        for index in nodes.indices {
            let b = bounds(index)
            xml +=
                "      <bpmndi:BPMNShape id=\"\(nodes[index].id)_di\" bpmnElement=\"\(nodes[index].id)\"><dc:Bounds x=\"\(b.x)\" y=\"\(b.y)\" width=\"\(b.w)\" height=\"\(b.h)\"/></bpmndi:BPMNShape>\n"
        }
        for flow in flows {
            let (s, t) = (bounds(flow.source), bounds(flow.target))
            let (sx, sy, tx, ty) = (s.x + s.w, s.y + s.h / 2, t.x, t.y + t.h / 2)
            var points = [(sx, sy)]
            if sy != ty { points += [((sx + tx) / 2, sy), ((sx + tx) / 2, ty)] }
            points.append((tx, ty))
            xml += "      <bpmndi:BPMNEdge id=\"\(flow.id)_di\" bpmnElement=\"\(flow.id)\">"
            xml += points.map { "<di:waypoint x=\"\($0.0)\" y=\"\($0.1)\"/>" }.joined() + "</bpmndi:BPMNEdge>\n"
        }
        xml += "    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n"
        return xml
    }

    /// An XML name from an id (letters, digits, '-' and '_' are kept; others become '_').
    static func ncName(_ id: String) -> String {
        String(
            id.unicodeScalars.map {
                ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "_"
            })
    }
}
