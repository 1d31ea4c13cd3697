import Foundation
import Testing

@testable import ConsultKit

@Suite struct HTMLRendererTests {
    let html = HTMLRenderer().render(EverythingDocument.document)

    @Test func isOneSelfContainedPage() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<title>Urgent care in North Riverside: consolidated response &lt;script&gt;"))
        #expect(html.contains("<main>"))
        #expect(html.hasSuffix("</html>\n"))
        for external in ["http://", "https://", "src=", "<link", "<script", "url(", "@import"] {
            #expect(!html.contains(external), "found \(external)")
        }
    }

    @Test func hasExactlyOneH1() {
        #expect(html.occurrences(of: "<h1") == 1)
        #expect(html.contains("<h1>Urgent care in North Riverside"))
        #expect(html.contains("<p class=\"subtitle\">Draft for sign-off</p>"))
    }

    @Test func headingLevelsNeverSkip() {
        let levels = html.matches(of: /<h([1-6])>/).compactMap { Int($0.output.1) }
        #expect(levels == [1, 2, 3, 4, 2, 3])
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) is followed by h\(next)")
        }
    }

    @Test func escapesHostileText() {
        #expect(!html.contains("<script"))
        #expect(!html.contains("onmouseover=\""))
        #expect(!html.contains("\u{7}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot; onmouseover=&quot;x &#39; "))
        #expect(html.contains("<meta name=\"author\" content=\"North Riverside ICS &lt;script&gt;"))
        #expect(HTMLRenderer.escape("a\u{0}b\tc\r\nd\u{7F}e\u{85}f") == "ab\tc\ndef")
    }

    @Test func chartsAreLabelledSVG() {
        let svgs = html.split(separator: "<svg").dropFirst()
        #expect(svgs.count == 2)
        for (index, svg) in svgs.enumerated() {
            let id = "chart-\(index + 1)"
            #expect(svg.hasPrefix(" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""))
            #expect(svg.contains("<title id=\"\(id)-title\">"))
            #expect(svg.contains("<desc id=\"\(id)-desc\">"))
        }
        #expect(html.occurrences(of: "<figure class=\"chart\">") == 2)
        #expect(html.occurrences(of: "<figcaption>") == 2)
        #expect(html.contains("<li><span class=\"swatch swatch-3\"></span>Local authority &lt;script&gt;"))
        #expect(html.contains("<desc id=\"chart-1-desc\">Option 2 was preferred by 435 of 695 respondents"))
    }

    @Test func barsAreScaledToTheLargestTotal() {
        let chart = Chart(
            title: "T", altText: "A", series: ["Yes", "No"],
            bars: [.init(label: "First", values: [1, 3]), .init(label: "Second", values: [2, -1])])
        let svg = HTMLRenderer.chart(chart, position: 7)
        // The plot is 440 wide, so the longest bar (4) takes all of it; negative values draw nothing.
        #expect(svg.contains("<rect x=\"208\" y=\"8\" width=\"110\" height=\"28\" fill=\"#005eb8\"><title>Yes: 1"))
        #expect(svg.contains("<rect x=\"318\" y=\"8\" width=\"330\" height=\"28\" fill=\"#d95f02\"><title>No: 3"))
        #expect(svg.contains("<rect x=\"208\" y=\"46\" width=\"220\" height=\"28\" fill=\"#005eb8\">"))
        #expect(svg.occurrences(of: "<rect") == 3)
        #expect(svg.contains("<text class=\"value\" x=\"483\" y=\"27\" fill=\"#000000\">3</text>"))
        #expect(svg.contains("aria-labelledby=\"chart-7-title chart-7-desc\""))
    }

    @Test func emptyChartHasNoNumbersThatAreNotNumbers() {
        let chart = Chart(title: "T", altText: "A", series: [], bars: [.init(label: "Nothing", values: [0])])
        let svg = HTMLRenderer.chart(chart, position: 1)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        #expect(!svg.contains("<rect"))
        #expect(!svg.contains("<ul"))
    }

    @Test func paletteHasElevenColoursAndCycles() {
        #expect(HTMLRenderer.palette.count == 11)
        #expect(Set(HTMLRenderer.palette.map(\.fill)).count == 11)
        let chart = Chart(
            title: "T", altText: "A", series: (1...12).map { "S\($0)" },
            bars: [.init(label: "All", values: Array(repeating: 1, count: 12))])
        #expect(HTMLRenderer.chart(chart, position: 1).contains("<span class=\"swatch swatch-1\"></span>S12"))
    }

    @Test func coloursHaveEnoughContrast() {
        for colour in HTMLRenderer.palette {
            #expect(contrast(colour.fill, "#ffffff") >= 3, "\(colour.fill) on white")
            #expect(contrast(colour.label, colour.fill) >= 4.5, "\(colour.label) on \(colour.fill)")
        }
        for (text, background) in [("#212b32", "#f0f4f5"), ("#005eb8", "#ffffff"), ("#4c6272", "#f0f4f5")] {
            #expect(contrast(text, background) >= 4.5, "\(text) on \(background)")
        }
    }

    @Test func formatsNumbersWithoutLocale() {
        #expect(HTMLRenderer.number(1234567) == "1234567")
        #expect(HTMLRenderer.number(2.5) == "2.5")
        #expect(HTMLRenderer.number(1.0 / 3.0) == "0.33")
        #expect(HTMLRenderer.number(2.999) == "3")
        #expect(HTMLRenderer.number(0.05) == "0.05")
        #expect(HTMLRenderer.number(-1.5) == "-1.5")
        #expect(HTMLRenderer.number(-0.001) == "0")
        #expect(HTMLRenderer.number(.nan) == "0")
        #expect(HTMLRenderer.number(7.25, decimals: 0) == "7")
    }

    @Test func tablesHaveCaptionsAndScopedHeaders() {
        let tables = html.split(separator: "<table>").dropFirst()
        #expect(tables.count == 3)
        for table in tables {
            #expect(table.hasPrefix("\n<caption>"))
            #expect(table.contains("<thead>\n<tr><th scope=\"col\">"))
        }
        #expect(html.contains("<tr><th scope=\"row\">Riverside</th><td class=\"num\">40</td>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Total</th>"))
        // A short row is padded so that every row has a cell under every heading.
        #expect(html.contains("<td class=\"num\">1</td><td class=\"num\"></td></tr>"))
        // Without row headers every body cell is a td.
        #expect(html.contains("<tr><td>Staffing\nand rotas &lt;script&gt;"))
    }

    @Test func rendersQuotesAndDraftedBlocks() {
        #expect(
            html.contains(
                "<blockquote>\n<p>\u{201C}We need more staff, not new buildings.\u{201D}</p>\n"
                    + "<footer>\u{2014} Nurse, NHS staff</footer>\n</blockquote>"))
        #expect(
            html.contains("<div class=\"drafted\">\n<p class=\"draft-note\">Drafted from 7 responses &lt;script&gt;"))
        #expect(html.contains("<div class=\"drafted\">\n<p class=\"draft-note\">Staff comments"))
        #expect(html.occurrences(of: "<div class=\"drafted\">") == 2)
        #expect(html.occurrences(of: "<div") == html.occurrences(of: "</div>"))
    }

    /// A table wider than the page scrolls inside its own region, which a keyboard can reach, and prints whole.
    @Test func wideTablesScrollOnTheirOwn() {
        #expect(
            html.occurrences(of: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"")
                == html.occurrences(of: "<table>"))
        #expect(html.contains(".table-scroll { overflow-x: auto;"))
        #expect(html.contains(".table-scroll { overflow: visible; }"))
    }

    @Test func hasPrintStylesheet() {
        #expect(html.contains("@media print {"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("print-color-adjust: exact"))
        #expect(html.contains("break-inside: avoid"))
    }

    @Test func rendersDeterministically() {
        #expect(HTMLRenderer().render(EverythingDocument.document) == html)
    }

    @Test func matchesGoldenFile() {
        Snapshot.expect(html, matches: "everything.html")
    }

    /// The WCAG contrast ratio of two `#rrggbb` colours.
    private func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let channels = [value >> 16, value >> 8 & 0xFF, value & 0xFF].map { channel -> Double in
                let c = Double(channel) / 255
                return c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
