import ArvioCore
import Foundation

/// Small inline SVG charts. Each is a `figure` with a caption and a text alternative (`role="img"`, `title`, `desc`);
/// every value is also written as text on the chart, so no meaning rests on colour.
enum SVGChart {
    static func escape(_ text: String) -> String { Markup.escape(text) }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A generous estimate of a text's width at the charts' 12 px sans-serif (wide fonts such as DejaVu Sans average
    /// about 7 px a character), so that labels are never clipped at the figure's edge.
    static func textWidth(_ texts: [String]) -> Int { (texts.map(\.count).max() ?? 0) * 7 + 8 }

    /// Colours for series (areas), dark enough for white text and distinct in grey scale; always labelled too.
    static let palette = ["#1f4e79", "#7a3b00", "#2e6b30", "#6a2c70", "#5c5c5c", "#00606b"]

    static func figure(id: String, caption: String, description: String, width: Int, height: Int, body: String) -> String {
        """
        <figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\(id)-t \(id)-d" viewBox="0 0 \(width) \(height)" width="100%" style="max-width:\(width)px"><title id="\(id)-t">\(escape(caption))</title><desc id="\(id)-d">\(escape(description))</desc>\(body)</svg><figcaption>\(escape(caption))</figcaption></figure>

        """
    }

    /// Horizontal bars with the value written after each bar.
    static func bars(id: String, caption: String, description: String, rows: [(label: String, value: Double, text: String)]) -> String {
        let labelWidth = textWidth(rows.map(\.label)), barSpace = 340, rowHeight = 20
        let width = labelWidth + barSpace + textWidth(rows.map(\.text))
        let top = rows.map(\.value).max() ?? 1
        var body = ""
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight
            let length = top > 0 ? Double(barSpace) * row.value / top : 0
            body += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\" class=\"label\">\(escape(row.label))</text>"
            body +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(number(length))\" height=\"\(rowHeight - 6)\" fill=\"\(palette[0])\"/>"
            body += "<text x=\"\(number(Double(labelWidth) + length + 6))\" y=\"\(y + 14)\" class=\"value\">\(escape(row.text))</text>"
        }
        return figure(
            id: id, caption: caption, description: description, width: width, height: max(rowHeight, rows.count * rowHeight), body: body)
    }

    /// One stacked bar per row; each segment carries its series' short label when it is wide enough, and a legend
    /// names the series. Values are shares of `scale`.
    static func stacked(
        id: String, caption: String, description: String, series: [String], rows: [(label: String, parts: [Double], total: String)],
        scale: Double
    ) -> String {
        let labelWidth = textWidth(rows.map(\.label)), barSpace = 400, rowHeight = 24, legendHeight = 24
        let legendStep = max(120, textWidth(series) + 24)
        let width = max(labelWidth + barSpace + textWidth(rows.map(\.total)), legendStep * series.count)
        var body = ""
        for (k, name) in series.enumerated() {
            let x = k * legendStep
            body += "<rect x=\"\(x)\" y=\"4\" width=\"14\" height=\"14\" fill=\"\(palette[k % palette.count])\"/>"
            body += "<text x=\"\(x + 18)\" y=\"16\" class=\"label\">\(escape(name))</text>"
        }
        for (index, row) in rows.enumerated() {
            let y = legendHeight + index * rowHeight
            body += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 16)\" text-anchor=\"end\" class=\"label\">\(escape(row.label))</text>"
            var x = Double(labelWidth)
            for (k, part) in row.parts.enumerated() where part > 0 {
                let length = Double(barSpace) * part / scale
                body +=
                    "<rect x=\"\(number(x))\" y=\"\(y + 3)\" width=\"\(number(length))\" height=\"\(rowHeight - 6)\" fill=\"\(palette[k % palette.count])\" stroke=\"#fff\"/>"
                if length > 26 {
                    body +=
                        "<text x=\"\(number(x + length / 2))\" y=\"\(y + 16)\" text-anchor=\"middle\" class=\"inbar\">\(escape(series[k]))</text>"
                }
                x += length
            }
            body += "<text x=\"\(number(x + 6))\" y=\"\(y + 16)\" class=\"value\">\(escape(row.total))</text>"
        }
        return figure(
            id: id, caption: caption, description: description, width: width, height: legendHeight + rows.count * rowHeight, body: body)
    }

    /// A radar (spider) chart of values 0…`maximum` on 3 or more axes; values are written at each point.
    static func radar(id: String, caption: String, description: String, axes: [(label: String, value: Double?)], maximum: Double) -> String
    {
        let radius = 100.0
        let width = 2 * (radius + 22) + Double(textWidth(axes.map { $0.label + " 0.0" })), height = 2 * (radius + 22) + 24
        guard axes.count >= 3 else { return "" }
        func point(_ k: Int, _ r: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(k) / Double(axes.count)
            return (width / 2 + r * cos(angle), height / 2 + r * sin(angle))
        }
        var body = ""
        for level in 1...5 {
            let ring = (0..<axes.count).map { point($0, radius * Double(level) / 5) }.map { "\(number($0.0)),\(number($0.1))" }
            body += "<polygon points=\"\(ring.joined(separator: " "))\" fill=\"none\" stroke=\"#b0b0b0\"/>"
        }
        for (k, axis) in axes.enumerated() {
            let (x, y) = point(k, radius)
            body +=
                "<line x1=\"\(number(width / 2))\" y1=\"\(number(height / 2))\" x2=\"\(number(x))\" y2=\"\(number(y))\" stroke=\"#b0b0b0\"/>"
            let (lx, ly) = point(k, radius + 22)
            let value = axis.value.map { String(format: "%.1f", $0) } ?? "–"
            body +=
                "<text x=\"\(number(lx))\" y=\"\(number(ly))\" text-anchor=\"middle\" class=\"label\">\(escape(axis.label)) \(value)</text>"
        }
        let shape = axes.enumerated().map { point($0.offset, radius * ($0.element.value ?? 0) / maximum) }
        body +=
            "<polygon points=\"\(shape.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " "))\" fill=\"#1f4e79\" fill-opacity=\"0.25\" stroke=\"#1f4e79\" stroke-width=\"2\"/>"
        return figure(id: id, caption: caption, description: description, width: Int(width), height: Int(height), body: body)
    }

    /// Intervals on a 0–100 % axis, the current value marked with a black bar and written as text.
    static func intervals(
        id: String, caption: String, description: String, rows: [(label: String, range: ClosedRange<Double>, current: Double, text: String)]
    ) -> String {
        let labelWidth = textWidth(rows.map(\.label)), axis = 360, rowHeight = 26
        let width = labelWidth + axis + 8 + textWidth(rows.map(\.text))
        var body = ""
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = Double(labelWidth) + Double(axis) * Double(tick) / 100
            body += "<line x1=\"\(number(x))\" y1=\"0\" x2=\"\(number(x))\" y2=\"\(rows.count * rowHeight)\" stroke=\"#d0d0d0\"/>"
            body += "<text x=\"\(number(x))\" y=\"\(rows.count * rowHeight + 14)\" text-anchor=\"middle\" class=\"label\">\(tick) %</text>"
        }
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight
            let x0 = Double(labelWidth) + Double(axis) * row.range.lowerBound
            let x1 = Double(labelWidth) + Double(axis) * row.range.upperBound
            let xc = Double(labelWidth) + Double(axis) * row.current
            body += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 17)\" text-anchor=\"end\" class=\"label\">\(escape(row.label))</text>"
            body +=
                "<rect x=\"\(number(x0))\" y=\"\(y + 6)\" width=\"\(number(max(1, x1 - x0)))\" height=\"14\" fill=\"#9cc3e6\" stroke=\"#1f4e79\"/>"
            body += "<rect x=\"\(number(xc - 1.5))\" y=\"\(y + 2)\" width=\"3\" height=\"22\" fill=\"#000\"/>"
            body += "<text x=\"\(labelWidth + axis + 8)\" y=\"\(y + 17)\" class=\"value\">\(escape(row.text))</text>"
        }
        return figure(id: id, caption: caption, description: description, width: width, height: rows.count * rowHeight + 20, body: body)
    }
}

extension SVGChart {
    /// A time series: a point per period joined by a line, each value written above its point, and each target as a
    /// dashed line labelled with its name and value (the table beside the chart says the same).
    static func series(
        id: String, caption: String, description: String, points: [(label: String, value: Double, text: String)],
        targets: [(label: String, value: Double)], floor: Double? = nil
    ) -> String {
        let left = 8, top = 22, plotWidth = max(120, points.count * 90), plotHeight = 140
        let labelSpace = textWidth(targets.map(\.label))
        let width = left + plotWidth + labelSpace + 8, height = top + plotHeight + 28
        let values = points.map(\.value) + targets.map(\.value)
        let low = floor ?? min(0, values.min() ?? 0), high = max((values.max() ?? 1) * 1.1, low + 1)
        func y(_ value: Double) -> Double { Double(top) + Double(plotHeight) * (1 - (value - low) / (high - low)) }
        func x(_ index: Int) -> Double { Double(left) + (Double(index) + 0.5) * Double(plotWidth) / Double(max(points.count, 1)) }
        var body =
            "<line x1=\"\(left)\" y1=\"\(number(y(low)))\" x2=\"\(left + plotWidth)\" y2=\"\(number(y(low)))\" stroke=\"#5c5c5c\"/>"
        for target in targets {
            let ty = number(y(target.value))
            body +=
                "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(left + plotWidth)\" y2=\"\(ty)\" stroke=\"#7a3b00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            body += "<text x=\"\(left + plotWidth + 4)\" y=\"\(ty)\" dy=\"4\" class=\"label\">\(escape(target.label))</text>"
        }
        if points.count > 1 {
            body +=
                "<polyline fill=\"none\" stroke=\"\(palette[0])\" stroke-width=\"2\" points=\"\(points.indices.map { "\(number(x($0))),\(number(y(points[$0].value)))" }.joined(separator: " "))\"/>"
        }
        for (index, point) in points.enumerated() {
            body += "<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(point.value)))\" r=\"4\" fill=\"\(palette[0])\"/>"
            body +=
                "<text x=\"\(number(x(index)))\" y=\"\(number(y(point.value) - 8))\" text-anchor=\"middle\" class=\"value\">\(escape(point.text))</text>"
            body +=
                "<text x=\"\(number(x(index)))\" y=\"\(top + plotHeight + 18)\" text-anchor=\"middle\" class=\"label\">\(escape(point.label))</text>"
        }
        return figure(id: id, caption: caption, description: description, width: width, height: height, body: body)
    }
}
