import Foundation
import Testing

@testable import ConsultKit

@Suite struct DocxTextReaderTests {
    @Test func readsBackTheWritersParagraphs() throws {
        let bytes = DocxWriter().write(DocxWriterTests.everything)
        let paragraphs = try DocxTextReader.paragraphs(fromDocx: bytes, source: "everything.docx")
        #expect(
            paragraphs == [
                "Library opening hours <consultation> & review",
                "Draft for sign-off",
                "Published by Riverside Council \u{2014} closes 8 January 2021",
                "Summary",
                "We received 7 responses to the library hours consultation.",
                "Hostile text: <script>alert(\"x\")</script> & 'quotes' end.",
                "Column A\tColumn B\nSecond line\nThird line",
                "What people said",
                "Keep Saturday mornings",
                "Most wanted later opening on weekdays",
                "Car parking & access <ramp>",
                "Detail",
                "Table 1: Preferred option by stakeholder type",
                "Stakeholder", "Option 1", "Option 2", "Total",
                "Resident", "3", "1", "4",
                "Business <Ltd> & Co", "1", "2", "3",
                "Figure 1: Preferred option",
                "Bar chart: option 1 preferred by 4 of 7 respondents, option 2 by 3.",
                "\u{201C}The library is the heart of the village.\u{201D}",
                "\u{2014} Riverside Parish Council",
                "Drafted by consult from 7 responses \u{2014} edit or replace before sign-off",
                "Respondents mostly favoured option 1.",
            ])
    }

    @Test func readsALetterWrittenByLibreOffice() throws {
        let resources = try #require(Bundle.module.resourceURL)
        let url = resources.appendingPathComponent("Fixtures/Docx/libreoffice-letter.docx")
        let bytes = try [UInt8](Data(contentsOf: url))
        let paragraphs = try DocxTextReader.paragraphs(fromDocx: bytes, source: "libreoffice-letter.docx")
        #expect(
            paragraphs == [
                "Dear Consultation Team,",
                "I am writing about the proposed changes to the library's opening hours & services.",
                "Please keep Saturday mornings. ",
                "Later opening on Thursdays would help working parents. ",
                "Option", "My view",
                "Option 1", "Support",
                "Option 2", "Oppose",
                "Yours faithfully,\nJane Smith",
            ])
    }

    @Test func skipsTabStopsDeletedTextFieldCodesAndFallbacks() throws {
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
              xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs></w:pPr>
              <w:r><w:t>Kept</w:t><w:tab/><w:t xml:space="preserve"> text</w:t></w:r>
              <w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>
              <w:r><w:instrText> PAGE </w:instrText></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p>
              </w:txbxContent></mc:Choice><mc:Fallback><w:p><w:r><w:t>In a box</w:t></w:r></w:p></mc:Fallback>
              </mc:AlternateContent></w:r><w:r><w:t>After the box</w:t></w:r></w:p>
            <w:p/>
            </w:body></w:document>
            """
        let paragraphs = try DocxTextReader.paragraphs(fromDocumentXML: Array(xml.utf8), source: "letter.docx")
        #expect(paragraphs == ["Kept\t text", "After the box", "In a box", ""])
    }

    @Test func explainsFilesThatAreNotWordDocuments() throws {
        let notZip = #expect(throws: DocxReadError.self) {
            try DocxTextReader.paragraphs(fromDocx: Array("Dear Sir".utf8), source: "letter.docx")
        }
        #expect(notZip?.description == "'letter.docx' is not a Word document: the zip directory is missing")

        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array("<workbook/>".utf8))
        let spreadsheet = #expect(throws: DocxReadError.self) {
            try DocxTextReader.paragraphs(fromDocx: zip.archive(), source: "responses.docx")
        }
        #expect(
            spreadsheet?.description
                == "'responses.docx' is not a Word document: it has no 'word/document.xml' inside; "
                + "save it from Word or LibreOffice as .docx")

        var broken = ZipWriter()
        broken.add("word/document.xml", Array("<w:document xmlns:w='urn:w'>\n<w:body></w:document>".utf8))
        let malformed = #expect(throws: DocxReadError.self) {
            try DocxTextReader.paragraphs(fromDocx: broken.archive(), source: "letter.docx")
        }
        #expect(
            malformed?.description
                == "'letter.docx' is damaged: 'word/document.xml' line 2 is not well-formed XML "
                + "(an element is closed by the wrong end tag)")

        var cut = ZipWriter()
        cut.add("word/document.xml", Array("<w:document xmlns:w='urn:w'><w:body>".utf8))
        #expect(throws: DocxReadError.self) {
            try DocxTextReader.paragraphs(fromDocx: cut.archive(), source: "cut.docx")
        }
    }
}
