import Testing

@testable import ConsultKit

@Suite struct MarkdownRendererTests {
    let markdown = MarkdownRenderer().render(EverythingDocument.document)

    @Test func rendersTitleAndSubtitle() {
        #expect(markdown.hasPrefix("# Urgent care in North Riverside: consolidated response &lt;script>"))
        #expect(markdown.contains("\n\n*Draft for sign-off*\n\n*North Riverside Integrated Care System*\n\n"))
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("# ") }.count == 1)
    }

    @Test func headingLevelsNeverSkip() {
        let levels = markdown.split(separator: "\n").compactMap { line -> Int? in
            let hashes = line.prefix { $0 == "#" }
            return line.dropFirst(hashes.count).hasPrefix(" ") && !hashes.isEmpty ? hashes.count : nil
        }
        #expect(levels == [1, 2, 3, 4, 2, 3])
        #expect(markdown.contains("\n### Agreement by locality\n"))
    }

    @Test func neutralisesHTML() {
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("\u{7}"))
        #expect(markdown.contains("&lt;script>alert(1)&lt;/script> & \" onmouseover=\"x '"))
    }

    @Test func escapesMarkdownInText() {
        #expect(
            markdown.contains(
                "- \\# \\*star\\* \\_under\\_ \\`code\\` \\[link\\](javascript:alert(1)) | pipe \\~\\~gone\\~\\~ &amp;lt;"
            ))
        #expect(markdown.contains("\n- \\- not a nested item\n"))
        #expect(markdown.contains("\n1\\. This is not a numbered list, and this is not a new paragraph.\n"))
        #expect(markdown.contains("\n### Option preference \\# \\*star\\*"))
        #expect(markdown.contains("\n*Spaces around emphasis* stay outside the markers.\n"))
    }

    @Test func escapesTheStartOfEveryLine() {
        let escape = MarkdownRenderer.escapeLineStart
        #expect(escape("# x") == "\\# x")
        #expect(escape("> x") == "\\> x")
        #expect(escape("+ x") == "\\+ x")
        #expect(escape("---") == "\\---")
        #expect(escape("2021. A year") == "2021\\. A year")
        #expect(escape("3) x") == "3\\) x")
        #expect(escape("2021 was a year") == "2021 was a year")
        #expect(MarkdownRenderer.escape("a \n\n  b\r\nc\td\u{0}") == "a b c d")
        #expect(MarkdownRenderer.escape("R&D &amp; &#60; a&b;") == "R&D &amp;amp; &amp;#60; a&amp;b;")
    }

    @Test func rendersPipeTables() {
        #expect(markdown.contains("\n\n**Preferred option by stakeholder type &lt;script>alert(1)&lt;/script>"))
        #expect(markdown.contains("| Option 1: keep the current model                              |    120 |"))
        #expect(markdown.contains("| Voluntary \\| sector |"))
        #expect(markdown.contains("\n| Option   "))
        #expect(markdown.contains("------- | -----: | --------: |"))
        #expect(markdown.contains("| Staffing and rotas &lt;script>"))
        #expect(markdown.contains("| Travel \\| parking"))
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| Unknown") }
        #expect(rows.count == 1)
        #expect(
            rows.first?.hasSuffix("|              1 |     2 |       0 |        0 |                 1 |            |")
                == true)
    }

    @Test func rendersChartsAsTitleAndText() {
        #expect(
            markdown.contains(
                "\n\n**Chart: Agreement that the new model is safe, by locality**\n\n"
                    + "In every locality more respondents agreed than disagreed.\n\n"))
    }

    @Test func rendersQuotesAndDraftedBlocks() {
        #expect(
            markdown.contains(
                "\n\n> \u{201C}We need more staff, not new buildings.\u{201D}\n>\n> \u{2014} Nurse, NHS staff\n\n"))
        #expect(markdown.contains("\n\n> *Drafted from 7 responses &lt;script>"))
        #expect(markdown.contains("\n\n> *Drafted: Staff comments &lt;script>"))
    }

    @Test func endsWithASingleNewline() {
        #expect(markdown.hasSuffix("|\n"))
        #expect(!markdown.hasSuffix("\n\n"))
        #expect(!markdown.contains("\n\n\n"))
    }

    @Test func rendersDeterministically() {
        #expect(MarkdownRenderer().render(EverythingDocument.document) == markdown)
    }

    @Test func matchesGoldenFile() {
        Snapshot.expect(markdown, matches: "everything.md")
    }
}
