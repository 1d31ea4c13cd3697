import Foundation
import Testing

@testable import ConsultKit

@Suite struct CSVReaderTests {
    // MARK: Structure

    @Test func readsHeaderAndRowsWithSpreadsheetNumbers() throws {
        let reader = try CSVReader(bytes: Array("id,answer\n1,Yes\n2,No\n".utf8), source: "r.csv")
        #expect(reader.header == ["id", "answer"])
        #expect(reader.separator == UInt8(ascii: ","))
        #expect(
            Array(reader) == [
                CSVRow(number: 2, line: 2, fields: ["1", "Yes"]),
                CSVRow(number: 3, line: 3, fields: ["2", "No"]),
            ])
    }

    @Test(arguments: [("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t")])
    func detectsTheSeparator(header: String, separator: String) throws {
        let text = "\(header)\n" + ["1", "x,y", "z"].joined(separator: separator) + "\n"
        let (reader, rows) = try read(text)
        #expect(reader.separator == UInt8(ascii: Unicode.Scalar(separator) ?? ","))
        #expect(reader.header == ["a", "b", "c"])
        #expect(rows.map(\.fields) == (separator == "," ? [["1", "x", "y", "z"]] : [["1", "x,y", "z"]]))
    }

    @Test func detectsTheSeparatorFromOutsideQuotesOnly() throws {
        let (reader, rows) = try read("\"x,y\";\"z,w\";v\n1;2\n")
        #expect(reader.separator == UInt8(ascii: ";"))
        #expect(reader.header == ["x,y", "z,w", "v"])
        #expect(rows.map(\.fields) == [["1", "2"]])
    }

    @Test func picksCommaForASingleColumnFile() throws {
        let (reader, rows) = try read("Comment\nGood; fine\n")
        #expect(reader.separator == UInt8(ascii: ","))
        #expect(rows.map(\.fields) == [["Good; fine"]])
    }

    @Test func trimsTheHeaderButNotTheData() throws {
        let (reader, rows) = try read("  id , answer\t\n 1 , Yes \n")
        #expect(reader.header == ["id", "answer"])
        #expect(rows.map(\.fields) == [[" 1 ", " Yes "]])
    }

    @Test func unquotesSeparatorsAndDoubledQuotes() throws {
        let (_, rows) = try read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n")
        #expect(rows.map(\.fields) == [["x, y", "say \"hi\"", ""]])
    }

    @Test func keepsLineBreaksInsideQuotesAndNumbersTheNextRecord() throws {
        let (_, rows) = try read("id,comment\n1,\"line one\nline two\r\nline three\rend\"\n2,after\n")
        #expect(
            rows == [
                CSVRow(number: 2, line: 2, fields: ["1", "line one\nline two\nline three\rend"]),
                CSVRow(number: 3, line: 6, fields: ["2", "after"]),
            ])
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func endsRecordsAtAnyLineBreak(lineBreak: String) throws {
        let (_, rows) = try read(["h1,h2", "1,a", "2,b"].joined(separator: lineBreak) + lineBreak)
        #expect(
            rows == [
                CSVRow(number: 2, line: 2, fields: ["1", "a"]),
                CSVRow(number: 3, line: 3, fields: ["2", "b"]),
            ])
    }

    @Test func readsAFinalRecordWithoutALineBreak() throws {
        let (_, rows) = try read("h1,h2\n1,a\n2,\"b\"")
        #expect(rows.map(\.fields) == [["1", "a"], ["2", "b"]])
    }

    @Test func keepsEmptyTrailingFields() throws {
        let (_, rows) = try read("h1,h2,h3\n1,,\n2,,")
        #expect(rows.map(\.fields) == [["1", "", ""], ["2", "", ""]])
    }

    @Test func skipsBlankLinesButCountsThemAsRows() throws {
        let (_, rows) = try read("\nh\n1\n\r\n\n2\n\n")
        #expect(
            rows == [
                CSVRow(number: 3, line: 3, fields: ["1"]),
                CSVRow(number: 6, line: 6, fields: ["2"]),
            ])
    }

    @Test func returnsRaggedRowsAsTheyAre() throws {
        let (reader, rows) = try read("a,b,c\n1,2\n1,2,3,4\n")
        #expect(reader.header.count == 3)
        #expect(rows.map(\.fields) == [["1", "2"], ["1", "2", "3", "4"]])
        #expect(rows[0][safe: 2] == nil)
        #expect(rows[1][safe: 3] == "4")
    }

    @Test func keepsStrayQuotesAndTextAfterAClosingQuote() throws {
        let (reader, rows) = try read("a,b,c\n5\" screen,\"quoted\" tail,\"x\"\"\"y\"z\n")
        #expect(rows.map(\.fields) == [["5\" screen", "quoted tail", "x\"y\"z"]])
        #expect(reader.warnings.isEmpty)
    }

    @Test func readsAnUnclosedQuoteToTheEndAndWarns() throws {
        let (reader, rows) = try read("a,b\n1,\"open\n2,x\n")
        #expect(rows.map(\.fields) == [["1", "open\n2,x\n"]])
        #expect(
            reader.warnings.map(\.formatted) == [
                """
                u.csv:2: warning: A quoted field starting on this line has no closing quote ("), \
                so everything after it to the end of the file was read into that field.
                  note: Add the missing closing quote, or remove the stray opening one.
                """
            ])
    }

    /// Export loading finds where records start with `skip()` and reads them from there on other threads,
    /// so skipping must stop exactly where reading does, with the same numbers and warnings.
    @Test(arguments: [
        "a,b,c\n5\" screen,\"quoted\" tail,\"x\"\"\"y\"z\n\n\n2,\"multi\r\nline\",3\r\n,,\n",
        "a;b\r\n\"x;y\";\"\"\r\n\r\nlast;row", "a,b\n1,\"open\n2,x\n", "h\n\"\"\"\",\"a\"b\n\n",
    ])
    func skipsRecordsExactlyWhereReadingStops(text: String) throws {
        let (read, rows) = try read(text)
        var skipping = try CSVReader(bytes: Array(text.utf8), source: "u.csv")
        var resumed: [CSVRow] = []
        while true {
            var from = try CSVReader(bytes: Array(text.utf8), source: "u.csv")
            from.resume(from: skipping.checkpoint)
            let row = from.next()
            guard skipping.skip() else {
                #expect(row == nil)
                break
            }
            resumed.append(try #require(row))
            #expect(skipping.checkpoint == from.checkpoint)
        }
        #expect(resumed == rows)
        #expect(skipping.warnings == read.warnings)
        #expect(skipping.bytesRead == read.bytesRead)
    }

    @Test func reportsProgressInBytes() throws {
        var reader = try CSVReader(bytes: Array("h\n1\n22\n".utf8), source: "p.csv")
        #expect(reader.totalBytes == 7)
        #expect(reader.bytesRead == 2)
        _ = reader.next()
        #expect(reader.bytesRead == 4)
        _ = reader.next()
        #expect(reader.next() == nil)
        #expect(reader.bytesRead == 7)
    }

    // MARK: Errors

    @Test(arguments: ["", "\n", "\r\n\r\n", "\u{FEFF}", "\u{FEFF}\n"])
    func rejectsAFileWithoutAHeader(text: String) {
        #expect(throws: CSVError.empty(source: "e.csv")) { try CSVReader(bytes: Array(text.utf8), source: "e.csv") }
        #expect(
            CSVError.empty(source: "e.csv").description
                == "'e.csv' is empty: expected a header row naming the columns, then one row per response.")
    }

    @Test func rejectsAWorkbookWithAHint() {
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]
        #expect(throws: CSVError.workbook(source: "s.xlsx")) { try CSVReader(bytes: bytes, source: "s.xlsx") }
        #expect(
            CSVError.workbook(source: "s.xlsx").diagnostic.formatted
                == "s.xlsx: error: 's.xlsx' is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file. "
                + "Save it from the spreadsheet as 'CSV UTF-8 (Comma delimited)' and pass that file instead.")
    }

    @Test func reportsAMissingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/consult-missing.csv")
        #expect {
            try CSVReader(contentsOf: url, source: "missing.csv")
        } throws: { error in
            guard case .unreadable(let source, _) = error as? CSVError else { return false }
            return source == "missing.csv"
        }
    }

    // MARK: Encodings

    @Test func readsUTF8WithoutAndWithAByteOrderMark() throws {
        let text = "name,town\nZoë,Café £5\n"
        let plain = try CSVReader(bytes: Array(text.utf8), source: "a.csv")
        let marked = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), source: "b.csv")
        #expect(plain.encoding == .utf8)
        #expect(marked.encoding == .utf8BOM)
        #expect(marked.header == ["name", "town"])
        #expect(Array(plain).map(\.fields) == [["Zoë", "Café £5"]])
        #expect(Array(marked).map(\.fields) == [["Zoë", "Café £5"]])
        #expect(plain.warnings.isEmpty && marked.warnings.isEmpty)
    }

    @Test func readsUTF16LittleEndianWithAByteOrderMark() throws {
        let reader = try CSVReader(bytes: [0xFF, 0xFE] + utf16(Self.sample, bigEndian: false), source: "le.csv")
        #expect(reader.encoding == .utf16LE)
        #expect(reader.encoding.description == "UTF-16 (little-endian)")
        #expect(reader.header == ["name", "note"])
        #expect(Array(reader).map(\.fields) == [["Zoë", "£5 ’ok’ 😀"]])
    }

    @Test func readsUTF16BigEndianWithAByteOrderMark() throws {
        let reader = try CSVReader(bytes: [0xFE, 0xFF] + utf16(Self.sample, bigEndian: true), source: "be.csv")
        #expect(reader.encoding == .utf16BE)
        #expect(Array(reader).map(\.fields) == [["Zoë", "£5 ’ok’ 😀"]])
    }

    @Test func readsUTF16WithoutAByteOrderMark() throws {
        let reader = try CSVReader(bytes: utf16(Self.sample, bigEndian: false), source: "le.csv")
        #expect(reader.encoding == .utf16LE)
        #expect(Array(reader).map(\.fields) == [["Zoë", "£5 ’ok’ 😀"]])
    }

    @Test func replacesUnpairedSurrogatesAndAnOddByte() throws {
        // "h\n", then a, a lone low surrogate, b, a high surrogate before "c", and half a code unit.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x68, 0, 0x0A, 0, 0x61, 0, 0x00, 0xDC, 0x62, 0, 0x3D, 0xD8, 0x63, 0, 0x64]
        let reader = try CSVReader(bytes: bytes, source: "s.csv")
        #expect(Array(reader).map(\.fields) == [["a\u{FFFD}b\u{FFFD}c\u{FFFD}"]])
    }

    @Test func fallsBackToWindows1252AndSaysSo() throws {
        // "name,note\r\nRené,£5 – it’s €9\r\n" in Windows-1252.
        let bytes: [UInt8] =
            Array("name,note\r\nRen".utf8) + [0xE9] + Array(",".utf8) + [0xA3] + Array("5 ".utf8) + [0x96]
            + Array(" it".utf8) + [0x92] + Array("s ".utf8) + [0x80] + Array("9\r\n".utf8)
        let reader = try CSVReader(bytes: bytes, source: "w.csv")
        #expect(reader.encoding == .windows1252)
        #expect(reader.encoding.isAssumed)
        #expect(reader.encoding.description == "Windows-1252")
        #expect(Array(reader).map(\.fields) == [["René", "£5 – it’s €9"]])
        #expect(
            reader.warnings.map(\.formatted) == [
                """
                w.csv:2: warning: The file is not valid UTF-8 (byte 0xE9 is the first that is not), \
                so it was read as Windows-1252.
                  note: If accented letters or symbols such as £ or ’ look wrong, save the file as 'CSV UTF-8' and run again.
                """
            ])
    }

    @Test func mapsEveryWindows1252Symbol() {
        let bytes = (0x80...0x9F).map { UInt8($0) } + [0xA0, 0xFF]
        let text = TextEncoding.transcodeWindows1252Text(bytes)
        #expect(text == "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ\u{A0}ÿ")
    }

    @Test func replacesBadBytesInAFileMarkedUTF8() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("h\nA".utf8) + [0xFF] + Array("B\n".utf8)
        let reader = try CSVReader(bytes: bytes, source: "d.csv")
        #expect(reader.encoding == .utf8BOM)
        #expect(Array(reader).map(\.fields) == [["A\u{FFFD}B"]])
        #expect(
            reader.warnings.map(\.message) == [
                "The file says it is UTF-8 but byte 0xFF is not; each such byte was read as '\u{FFFD}'."
            ])
        #expect(reader.warnings.map(\.line) == [2])
    }

    @Test func validatesUTF8ByTheStandardsRules() {
        func check(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer(TextEncoding.firstInvalidUTF8Offset) }
        #expect(check(Array("plain ascii text, long enough for words".utf8)) == nil)
        #expect(check(Array("é £ ’ 日本 😀".utf8)) == nil)
        #expect(check([0x61, 0xC0, 0x80]) == 1)  // overlong NUL
        #expect(check([0x61, 0x62, 0xE0, 0x80, 0x80]) == 2)  // overlong three-byte form
        #expect(check([0xED, 0xA0, 0x80]) == 0)  // UTF-16 surrogate
        #expect(check([0xF4, 0x90, 0x80, 0x80]) == 0)  // beyond U+10FFFF
        #expect(check(Array("abcdefgh".utf8) + [0xE2, 0x80]) == 8)  // truncated at the end
        #expect(check([0x92]) == 0)  // Windows-1252 apostrophe
    }

    /// A large file is checked in two halves at once, with the answer a single pass gives, wherever the
    /// fault is and whatever character straddles the middle.
    @Test func validatesALargeFileInTwoHalvesAsInOne() {
        let size = TextEncoding.parallelCheckBytes + 10
        let middle = size / 2
        func check(_ bytes: [UInt8], from start: Int = 0) -> Int? {
            let halves = TextEncoding.firstInvalidUTF8Offset(in: Data(bytes), from: start)
            let whole = bytes.withUnsafeBufferPointer {
                TextEncoding.firstInvalidUTF8Offset(in: UnsafeBufferPointer(rebasing: $0[start...]))
            }
            #expect(halves == whole)
            return halves
        }
        let plain = [UInt8](repeating: UInt8(ascii: "a"), count: size)
        #expect(check(plain) == nil)
        #expect(check(plain, from: 3) == nil)
        let euro: [UInt8] = [0xE2, 0x82, 0xAC]
        for shift in 0...3 {
            var straddling = plain
            straddling.replaceSubrange((middle - shift)..<(middle - shift + 3), with: euro)
            #expect(check(straddling) == nil)
            var cut = straddling
            cut[middle - shift + 2] = UInt8(ascii: "a")  // the euro sign loses its last byte
            #expect(check(cut) == middle - shift)
        }
        var early = plain
        early[10] = 0xFF
        early[size - 10] = 0xFF
        #expect(check(early) == 10)
        #expect(check(early, from: 5) == 5)
        var late = plain
        late[size - 10] = 0xFF
        #expect(check(late) == size - 10)
        #expect(check(late, from: 7) == size - 17)
    }
}

extension CSVReaderTests {
    fileprivate static let sample = "name,note\r\nZoë,\"£5 ’ok’ 😀\"\r\n"

    /// Reads `text` as a UTF-8 file named u.csv, returning the reader after every row was read.
    fileprivate func read(_ text: String) throws -> (CSVReader, [CSVRow]) {
        var reader = try CSVReader(bytes: Array(text.utf8), source: "u.csv")
        var rows: [CSVRow] = []
        while let row = reader.next() { rows.append(row) }
        return (reader, rows)
    }

    fileprivate func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }
}

extension TextEncoding {
    fileprivate static func transcodeWindows1252Text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.withUnsafeBufferPointer(transcodeWindows1252), as: UTF8.self)
    }
}
