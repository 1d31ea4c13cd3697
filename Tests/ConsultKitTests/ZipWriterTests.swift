import Foundation
import Testing

@testable import ConsultKit

@Suite struct ZipWriterTests {
    private func sampleArchive() -> [UInt8] {
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", Array(String(repeating: "<Types/>", count: 40).utf8))
        writer.add("word/document.xml", Array("<w:document>café</w:document>".utf8), method: .stored)
        writer.add("empty.txt", [])
        writer.add("notes/ünïcode.txt", Array("naïve".utf8))
        return writer.archive()
    }

    @Test func roundTripsThroughTheReader() throws {
        let reader = try ZipReader(bytes: sampleArchive(), source: "sample.zip")
        #expect(
            reader.entries.map(\.path) == [
                "[Content_Types].xml", "word/document.xml", "empty.txt", "notes/ünïcode.txt",
            ])
        #expect(reader.entries.map(\.method) == [8, 0, 0, 0])
        #expect(try reader.contents(of: "[Content_Types].xml") == Array(String(repeating: "<Types/>", count: 40).utf8))
        #expect(try reader.contents(of: "word/document.xml") == Array("<w:document>café</w:document>".utf8))
        #expect(try reader.contents(of: "empty.txt") == [])
        #expect(try reader.contents(of: "notes/ünïcode.txt") == Array("naïve".utf8))
    }

    @Test func writesIdenticalBytesEveryTime() {
        #expect(sampleArchive() == sampleArchive())
    }

    @Test func fixesDateAndVersionInEveryHeader() {
        let bytes = sampleArchive()
        // The first local header: version needed 20, UTF-8 flag, time 00:00, date 1980-01-01, no extra field.
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[4..<8]) == [20, 0, 0x00, 0x08])
        #expect(Array(bytes[10..<14]) == [0, 0, 0x21, 0x00])
        #expect(Array(bytes[28..<30]) == [0, 0])
    }

    @Test func readsAnArchiveWrittenByPython() throws {
        // zipfile.ZipFile(..., ZIP_DEFLATED) with a deflated, a UTF-8-named and a stored entry.
        let archive = try #require(Data(base64Encoded: Self.pythonArchive))
        let reader = try ZipReader(bytes: Array(archive), source: "python.zip")
        #expect(reader.entries.map(\.path) == ["word/document.xml", "notes/ünïcode.txt", "stored.txt"])
        let document = try reader.contents(of: "word/document.xml")
        #expect(
            String(decoding: document, as: UTF8.self) == "<w:document>" + String(repeating: "Hello ", count: 50)
                + "</w:document>")
        #expect(try reader.contents(of: "notes/ünïcode.txt") == Array("café".utf8))
        #expect(try reader.contents(of: "stored.txt") == Array("kept as is".utf8))
    }

    @Test func detectsCorruptionWithTheChecksum() throws {
        var bytes = sampleArchive()
        let reader = try ZipReader(bytes: bytes, source: "sample.zip")
        let entry = try #require(reader.entry(at: "word/document.xml"))
        // Flip a byte of the stored data: "<w:document>" becomes "<x:document>".
        let dataStart = entry.localHeaderOffset + 30 + "word/document.xml".utf8.count
        bytes[dataStart + 1] ^= 0x0F
        let damaged = try ZipReader(bytes: bytes, source: "sample.zip")
        #expect(throws: ZipError(source: "sample.zip", reason: .checksumMismatch(entry: "word/document.xml"))) {
            try damaged.contents(of: "word/document.xml")
        }
        let error = ZipError(source: "sample.zip", reason: .checksumMismatch(entry: "word/document.xml"))
        #expect(
            error.description
                == "'sample.zip' cannot be read as a zip archive: 'word/document.xml' is damaged: "
                + "its contents do not match the CRC-32 checksum")
    }

    @Test func reportsMissingDirectoryAndEntry() throws {
        #expect(throws: ZipError(source: "letter.docx", reason: .missingDirectory)) {
            try ZipReader(bytes: Array("Dear Sir, this is plain text, not a zip archive.".utf8), source: "letter.docx")
        }
        #expect(throws: ZipError(source: "letter.docx", reason: .missingDirectory)) {
            try ZipReader(bytes: [], source: "letter.docx")
        }
        let reader = try ZipReader(bytes: sampleArchive(), source: "sample.zip")
        #expect(throws: ZipError(source: "sample.zip", reason: .missingEntry("word/styles.xml"))) {
            try reader.contents(of: "word/styles.xml")
        }
        #expect(
            ZipError(source: "letter.docx", reason: .missingDirectory).explanation == "the zip directory is missing")
    }

    @Test func reportsTruncatedArchive() throws {
        let bytes = sampleArchive()
        // Keep the end record but drop the file's first half, so the directory points past the data.
        let truncated = Array(bytes[(bytes.count / 2)...])
        #expect(throws: ZipError.self) { try ZipReader(bytes: truncated, source: "cut.zip") }
    }

    static let pythonArchive = """
        UEsDBBQAAAAIAGlDd131i5ADHAAAAEUBAAARAAAAd29yZC9kb2N1bWVudC54bWyzKbdKyU8uzU3NK7HzSM3JyVcYJYkhbfSRAg4AUEsD\
        BBQAAAgIAGlDd121Qq2YBwAAAAUAAAATAAAAbm90ZXMvw7xuw69jb2RlLnR4dEtOTDu8EgBQSwMEFAAAAAAAAAAhAIPUBPcKAAAACgAA\
        AAoAAABzdG9yZWQudHh0a2VwdCBhcyBpc1BLAQIUAxQAAAAIAGlDd131i5ADHAAAAEUBAAARAAAAAAAAAAAAAACAAQAAAAB3b3JkL2Rv\
        Y3VtZW50LnhtbFBLAQIUAxQAAAgIAGlDd121Qq2YBwAAAAUAAAATAAAAAAAAAAAAAACAAUsAAABub3Rlcy/DvG7Dr2NvZGUudHh0UEsB\
        AhQDFAAAAAAAAAAhAIPUBPcKAAAACgAAAAoAAAAAAAAAAAAAAIABgwAAAHN0b3JlZC50eHRQSwUGAAAAAAMAAwC4AAAAtQAAAAAA
        """
}
