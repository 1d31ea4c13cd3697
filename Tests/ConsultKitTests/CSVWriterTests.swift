import Foundation
import Testing

@testable import ConsultKit

@Suite struct CSVWriterTests {
    @Test func writesHeaderAndRowsWithCRLF() {
        var writer = CSVWriter(header: ["Answer", "Count"])
        writer.append(["Yes", "12"])
        writer.append(["No", "3"])
        #expect(writer.text == "Answer,Count\r\nYes,12\r\nNo,3\r\n")
    }

    @Test func quotesOnlyFieldsThatNeedIt() {
        var writer = CSVWriter(header: ["a"])
        writer.append(["plain", "with, comma", "say \"hi\"", "two\nlines", "cr\rhere", "crlf\r\nhere", ""])
        #expect(
            writer.text
                == "a\r\nplain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"crlf\r\nhere\",\r\n"
        )
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-5", "'-5"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
    ])
    func neutralisesFormulaStarts(cell: String, written: String) {
        #expect(CSVWriter.escape(cell) == written)
    }

    @Test func neutralisesAndQuotesAHyperlinkFormula() {
        #expect(CSVWriter.escape("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
    }

    @Test func leavesOrdinaryCellsAlone() {
        #expect(CSVWriter.escape("Hello") == "Hello")
        #expect(CSVWriter.escape("12") == "12")
        #expect(CSVWriter.escape("a=b - c") == "a=b - c")
        #expect(CSVWriter.escape(" =1") == " =1")
        #expect(CSVWriter.escape("") == "")
        #expect(CSVWriter.escape("café £5 ’") == "café £5 ’")
    }

    @Test func neutralisesTheHeaderToo() {
        #expect(CSVWriter(header: ["=cmd", "Count"]).text == "'=cmd,Count\r\n")
    }

    @Test func keepsARowOfOneEmptyFieldFromLookingBlank() {
        var writer = CSVWriter(header: ["Comment"])
        writer.append([""])
        writer.append(["x"])
        #expect(writer.text == "Comment\r\n\"\"\r\nx\r\n")
    }

    @Test func dataStartsWithAUTF8ByteOrderMark() {
        let writer = CSVWriter(header: ["£"])
        #expect(Array(writer.data) == [0xEF, 0xBB, 0xBF, 0xC2, 0xA3, 0x0D, 0x0A])
    }

    @Test func roundTripsThroughTheReader() throws {
        let rows = [
            ["1", "plain", "with, comma"],
            ["2", "say \"hi\"", "two\nlines"],
            ["3", "", "café £5 ’ 日本 😀"],
            ["4", "=SUM(A1)", "-3"],
        ]
        var writer = CSVWriter(header: ["id", "text", "more"])
        for row in rows { writer.append(row) }
        let reader = try CSVReader(data: writer.data, source: "out.csv")
        #expect(reader.encoding == .utf8BOM)
        #expect(reader.header == ["id", "text", "more"])
        let read = reader.map(\.fields)
        #expect(read.count == 4)
        #expect(read[0] == rows[0])
        #expect(read[1] == rows[1])
        #expect(read[2] == rows[2])
        #expect(read[3] == ["4", "'=SUM(A1)", "'-3"])
        #expect(reader.map(\.number) == [2, 3, 4, 5])
        #expect(reader.map(\.line) == [2, 3, 5, 6])
    }
}
