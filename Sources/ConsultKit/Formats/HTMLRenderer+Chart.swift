extension HTMLRenderer {
    /// Series colours, in legend order, each with the text colour used for value labels on it.
    ///
    /// Chosen so that neighbouring series stay apart under protanopia, deuteranopia and tritanopia (the first
    /// seven most clearly); every fill has at least 3:1 contrast with white (segments are separated by white
    /// gaps), and each label colour at least 4.5:1 with its fill. Colour is never the only cue: the legend
    /// names each series and the values are printed on the bars and in the table beside the chart.
    static let palette: [(fill: String, label: String)] = [
        ("#005eb8", "#ffffff"),  // NHS blue
        ("#d95f02", "#000000"),  // orange
        ("#009e73", "#000000"),  // bluish green
        ("#b4528b", "#ffffff"),  // magenta
        ("#7570b3", "#000000"),  // lavender
        ("#8c510a", "#ffffff"),  // brown
        ("#332288", "#ffffff"),  // indigo
        ("#5f6b73", "#ffffff"),  // grey
        ("#117733", "#ffffff"),  // green
        ("#882255", "#ffffff"),  // wine
        ("#212b32", "#ffffff"),  // near black
    ]

    /// The chart as a `figure`: caption, inline SVG with a text alternative, and a legend.
    ///
    /// - Parameter position: The chart's place among the document's charts (from 1), which makes its ids unique.
    static func chart(_ chart: Chart, position: Int) -> String {
        let id = "chart-\(position)"
        var rows = ""
        var y = Layout.top
        let largest = chart.bars.map { $0.values.reduce(0) { $0 + max($1, 0) } }.max() ?? 0
        for bar in chart.bars {
            let lines = wrap(bar.label)
            let height = max(Layout.barHeight, Double(lines.count) * Layout.lineHeight)
            rows += barRow(bar, lines: lines, centre: y + height / 2, largest: largest, series: chart.series)
            y += height + Layout.rowGap
        }
        let height = max(y - Layout.rowGap + Layout.top, 2 * Layout.top)
        var html = "<figure class=\"chart\">\n<figcaption>\(escape(chart.title))</figcaption>\n"
        html += "<svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" width=\"\(Int(Layout.width))\" "
        html += "height=\"\(number(height))\" viewBox=\"0 0 \(Int(Layout.width)) \(number(height))\">\n"
        html += "<title id=\"\(id)-title\">\(escape(chart.title))</title>\n"
        html += "<desc id=\"\(id)-desc\">\(escape(chart.altText))</desc>\n"
        html += rows
        html += "<line class=\"axis\" x1=\"\(number(Layout.plotX))\" y1=\"\(number(Layout.top / 2))\" "
        html += "x2=\"\(number(Layout.plotX))\" y2=\"\(number(height - Layout.top / 2))\"/>\n</svg>\n"
        if !chart.series.isEmpty {
            html += "<ul class=\"legend\">\n"
            for (index, name) in chart.series.enumerated() {
                let swatch = index % palette.count + 1
                html += "<li><span class=\"swatch swatch-\(swatch)\"></span>\(escape(name))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</figure>\n"
    }

    /// Formats a number without locale: at most `decimals` decimal places, no trailing zeros, no grouping.
    static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let places = min(max(decimals, 0), 6)
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int64((min(abs(value), 1e12) * Double(scale)).rounded())
        guard scaled != 0 else { return "0" }
        var digits = String(scaled % scale)
        digits = String(repeating: "0", count: max(places - digits.count, 0)) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        let sign = value < 0 ? "-" : ""
        return sign + String(scaled / scale) + (digits.isEmpty ? "" : "." + digits)
    }
}

private extension HTMLRenderer {
    /// Geometry of the SVG, in user units (pixels at full size).
    enum Layout {
        static let width = 720.0
        static let labelRight = 196.0
        static let plotX = 208.0
        static let plotWidth = 440.0
        static let barHeight = 28.0
        static let lineHeight = 17.0
        static let rowGap = 10.0
        static let top = 8.0
        /// Offset from a line's centre to its baseline for 14px text.
        static let baseline = 5.0
        /// Characters that fit in the label column on one line.
        static let labelCharacters = 25
        static let maximumLabelLines = 3
    }

    static func barRow(_ bar: Chart.Bar, lines: [String], centre: Double, largest: Double, series: [String])
        -> String
    {
        var svg = "<g class=\"bar\">\n"
        let firstLine = centre - Double(lines.count - 1) * Layout.lineHeight / 2 + Layout.baseline
        svg += "<text class=\"label\" x=\"\(number(Layout.labelRight))\" y=\"\(number(firstLine))\">"
        for (index, line) in lines.enumerated() {
            let dy = index == 0 ? "" : " dy=\"\(number(Layout.lineHeight))\""
            svg += "<tspan x=\"\(number(Layout.labelRight))\"\(dy)>\(escape(line))</tspan>"
        }
        svg += "</text>\n"
        let top = centre - Layout.barHeight / 2
        var x = Layout.plotX
        for (index, raw) in bar.values.enumerated() {
            let value = max(raw, 0)
            guard value > 0, largest > 0 else { continue }
            let width = value / largest * Layout.plotWidth
            let colour = palette[index % palette.count]
            let name = index < series.count ? series[index] : ""
            svg += "<rect x=\"\(number(x))\" y=\"\(number(top))\" width=\"\(number(width))\" "
            svg += "height=\"\(number(Layout.barHeight))\" fill=\"\(colour.fill)\">"
            svg += "<title>\(escape(name)): \(number(value))</title></rect>\n"
            let text = number(value)
            if Double(text.count) * 8.5 + 8 <= width {
                svg += "<text class=\"value\" x=\"\(number(x + width / 2))\" y=\"\(number(centre + Layout.baseline))\" "
                svg += "fill=\"\(colour.label)\">\(text)</text>\n"
            }
            x += width
        }
        let total = bar.values.reduce(0) { $0 + max($1, 0) }
        svg += "<text class=\"total\" x=\"\(number(x + 6))\" y=\"\(number(centre + Layout.baseline))\">"
        svg += "\(number(total))</text>\n"
        return svg + "</g>\n"
    }

    /// Splits a label into lines that fit the label column, shortening the last line if there are too many.
    static func wrap(_ label: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in label.split(whereSeparator: \.isWhitespace) {
            var word = Substring(word)
            while word.count > Layout.labelCharacters {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(Layout.labelCharacters)))
                word = word.dropFirst(Layout.labelCharacters)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= Layout.labelCharacters {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        guard lines.count > Layout.maximumLabelLines else { return lines }
        var kept = Array(lines.prefix(Layout.maximumLabelLines))
        let last = kept[kept.count - 1]
        kept[kept.count - 1] = String(last.prefix(Layout.labelCharacters - 1)) + "\u{2026}"
        return kept
    }
}
