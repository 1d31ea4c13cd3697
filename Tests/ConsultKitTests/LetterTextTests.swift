import Foundation
import Testing

@testable import ConsultKit

@Suite struct LetterTextTests {
    static let fixtures = LetterEvaluation.packageRoot.appendingPathComponent("Tests/ConsultKitTests/Fixtures")

    static func bytes(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: fixtures.appendingPathComponent(path)))
    }

    @Test func readsPlainTextWithAnyLineEndings() throws {
        let letter = try LetterText.read(Array("Dear Sir,\r\n\r\nWe agree.\rThanks".utf8), source: "a.txt")
        #expect(letter.format == .text)
        #expect(letter.text == "Dear Sir,\n\nWe agree.\nThanks")
    }

    @Test func readsWindows1252Text() throws {
        let letter = try LetterText.read(
            [0x57, 0x65, 0x92, 0x72, 0x65, 0x20, 0x96, 0x20, 0x6F, 0x6B], source: "old.txt")
        #expect(letter.text == "We\u{2019}re \u{2013} ok")
        #expect(letter.encoding == .windows1252)
    }

    /// Notepad's "Unicode" is UTF-16 with a byte-order mark.
    @Test func readsUTF16Text() throws {
        let bytes: [UInt8] =
            [0xFF, 0xFE] + "Dear Sir,\nWe agree \u{2013} ok".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let letter = try LetterText.read(bytes, source: "notepad.txt")
        #expect(letter.text == "Dear Sir,\nWe agree \u{2013} ok")
        #expect(letter.encoding == .utf16LE)
    }

    @Test func readsAPastedEmailsHeaderLines() throws {
        let text = """
            **From:** Ann Example <ann@example.org>
            **Sent:** Monday, January 4, 2021 at 5:58 PM
            **Subject:** Views of Ashby Carers Network

            Dear colleagues,

            We agree that ICSs should have a statutory footing from 2022.

            Kind regards,

            Ann
            Chair, Ashby Carers Network
            """
        let coded = LetterCoder(questionnaire: Letters.questionnaire).code(
            try LetterText.read(Array(text.utf8), source: "ashby.md"))
        #expect(coded.response.respondent == "Ashby Carers Network")
        #expect(coded.response.type == "voluntary-sector")
        #expect(coded.response.submitted == Day(year: 2021, month: 1, day: 4))
        #expect(coded.response.contact == "ann@example.org")
        #expect(coded.response.answers["q1"]?.choice == "agree")
    }

    @Test func readsAMultipartQuotedPrintableEmail() throws {
        let letter = try LetterText.read(
            try Self.bytes("Letters/dev/healthwatch-marshbrook.eml"), source: "healthwatch-marshbrook.eml")
        #expect(letter.format == .email)
        #expect(letter.senderAddress == "marcus.delaney@healthwatchmarshbrook.example.org")
        #expect(letter.date == Day(year: 2021, month: 1, day: 5))
        #expect(
            letter.text.contains(
                "Healthwatch Marshbrook\u{2019}s response to \u{201C}Integrating care: next steps\u{201D}"))
        #expect(!letter.text.contains("<p>"))
        #expect(!letter.text.contains("=E2"))
    }

    @Test func codesAnEmailFromThunderbird() throws {
        let letter = try LetterText.read(
            try Self.bytes("Email/thunderbird-alternative.eml"), source: "thunderbird-alternative.eml")
        let response = LetterCoder(questionnaire: Letters.questionnaire).code(letter).response
        #expect(response.respondent == "Friends of Riverside Community Hospital")
        #expect(response.type == "voluntary-sector")
        #expect(response.contact == "sian.jones@example.org")
        #expect(response.submitted == Day(year: 2021, month: 1, day: 4))
        #expect(response.answers["option"]?.choice == "option-2")
    }

    @Test func readsAWordDocumentFromLibreOffice() throws {
        let letter = try LetterText.read(
            try Self.bytes("Docx/libreoffice-letter.docx"), source: "libreoffice-letter.docx")
        #expect(letter.format == .docx)
        #expect(letter.text.hasPrefix("Dear Consultation Team,\n\nI am writing about the proposed changes"))
        let response = LetterCoder(questionnaire: Letters.questionnaire).code(letter).response
        #expect(response.respondent == "Jane Smith")
        #expect(response.type == "public")
        #expect(response.answers["comments"]?.text.contains("Please keep Saturday mornings.") == true)
    }

    @Test(.enabled(if: PDFTextExtractor.toolPath() != nil, "pdftotext is not installed"))
    func readsAPDFWithPdftotext() throws {
        let path = Self.fixtures.appendingPathComponent("Pdf/libreoffice-letter.pdf").path
        let letter = try PDFTextExtractor.letter(at: path)
        #expect(letter.format == .pdf)
        let response = LetterCoder(questionnaire: Letters.questionnaire).code(letter).response
        #expect(response.respondent == "Ashby Vale Borough Council")
        #expect(response.type == "local-authority")
        #expect(response.submitted == Day(year: 2021, month: 1, day: 11))
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q1"]?.conditional == true)
        #expect(response.answers["q2"]?.choice == "disagree")
        #expect(response.answers["option"]?.choice == "option-1")
        // pdftotext wraps lines; the evidence is the sentence with the wrap undone.
        #expect(
            response.answers["q1"]?.evidence == [
                "We agree that integrated care systems should be put on a statutory footing from 2022, provided that councils are equal partners in the legislation."
            ])
    }

    @Test func explainsHowToInstallPdftotext() {
        let error = #expect(throws: LetterReadError.self) { try PDFTextExtractor.letter(at: "scan.pdf", tool: nil) }
        #expect(
            error?.message
                == "reading a PDF needs the 'pdftotext' tool, which was not found on the PATH; install it with 'apt-get install poppler-utils' (Debian, Ubuntu) or 'brew install poppler' (macOS), or save the letter as .txt or .docx"
        )
    }

    @Test func refusesFormatsItCannotRead() {
        let error = #expect(throws: LetterReadError.self) { try LetterText.read([0x50, 0x4B], source: "letter.odt") }
        #expect(
            error?.message
                == "cannot read a file with '.odt'; consult code reads .txt, .md, .eml, .docx and .pdf letters")
    }

    @Test func explainsADamagedWordDocument() {
        let error = #expect(throws: LetterReadError.self) {
            try LetterText.read(Array("Dear Sir".utf8), source: "letter.docx")
        }
        #expect(error?.message == "'letter.docx' is not a Word document: the zip directory is missing")
    }
}
