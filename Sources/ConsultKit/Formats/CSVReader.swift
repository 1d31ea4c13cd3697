import Foundation

/// Reads an RFC 4180 CSV file one record at a time, straight from its bytes.
///
/// The reader converts the file to UTF-8 only when it is in another encoding, detects the
/// separator from the header, and then yields rows on demand: memory stays at the file's bytes
/// plus one row. Fields are found by scanning bytes, and a `String` is made only for each field,
/// directly from its slice of the file.
///
/// It is lenient where exports are sloppy: a quote inside an unquoted field is kept literally,
/// text after a closing quote is appended, blank lines are skipped, and rows may have more or
/// fewer fields than the header (the caller decides what a ragged row means).
///
/// ```swift
/// var reader = try CSVReader(contentsOf: url, source: "responses.csv")
/// while let row = reader.next() { use(row.number, row.fields) }
/// ```
public struct CSVReader: Sequence, IteratorProtocol, Sendable {
    /// The file's name as the user gave it, used in every message.
    public let source: String
    /// The encoding the file was read in; see `TextEncoding.isAssumed`.
    public let encoding: TextEncoding
    /// The field separator: the most frequent of `,` `;` and tab outside quotes in the header.
    public let separator: UInt8
    /// The first record's fields with surrounding spaces removed.
    public let header: [String]
    /// Things worth telling the user that did not stop the reading: an assumed encoding, a
    /// quoted field that is never closed.
    public private(set) var warnings: [Diagnostic]
    /// Whether the file was valid UTF-8 as it stands (with or without a byte-order mark).
    public let isValidUTF8: Bool

    private let text: Data
    private var parser: CSVRecordParser
    private var position: Int
    private var line: Int
    private var rowNumber: Int

    /// Creates a reader over a file's contents and reads its header.
    ///
    /// - Parameters:
    ///   - data: The whole file, in any encoding `TextEncoding` lists; a memory-mapped file is not copied.
    ///   - source: The file's name for messages.
    /// - Throws: `CSVError.empty` when there is no header row, `CSVError.workbook` for a spreadsheet file.
    public init(data: Data, source: String) throws(CSVError) {
        try self.init(data: data, source: source, validUTF8: false)
    }

    /// Creates a reader; with `validUTF8`, a file without a UTF-16 byte-order mark is taken to be valid
    /// UTF-8 without checking, for a file read before whose encoding is known.
    init(data: Data, source: String, validUTF8: Bool) throws(CSVError) {
        if Self.workbookSignatures.contains(where: { data.starts(with: $0) }) { throw .workbook(source: source) }
        let decoded = validUTF8 ? TextEncoding.assumingUTF8(data) : TextEncoding.decode(data)
        isValidUTF8 = (decoded.encoding == .utf8 || decoded.encoding == .utf8BOM) && decoded.firstInvalidOffset == nil
        var warnings: [Diagnostic] = []
        if let offset = decoded.firstInvalidOffset {
            warnings.append(Self.invalidUTF8Warning(data, offset: offset, encoding: decoded.encoding, source: source))
        }
        var line = 1
        var rowNumber = 1
        let text = decoded.utf8
        var parser = CSVRecordParser(separator: .comma)
        var fields: [String] = []
        let outcome = text.withByteBuffer { buffer -> CSVRecordParser.Outcome? in
            let start = Self.skipBlankLines(buffer, from: decoded.start, line: &line, rowNumber: &rowNumber)
            guard start < buffer.count else { return nil }
            parser = CSVRecordParser(separator: Self.detectSeparator(buffer, from: start))
            return parser.parseRecord(in: buffer, from: start, line: line, into: &fields)
        }
        guard let outcome else { throw .empty(source: source) }
        if let opening = outcome.unclosedQuoteLine {
            warnings.append(Self.unclosedQuoteWarning(line: opening, source: source))
        }
        self.source = source
        self.encoding = decoded.encoding
        self.separator = parser.separator
        self.header = fields.map { $0.trimmingSpaces() }
        self.warnings = warnings
        self.text = text
        self.parser = parser
        self.position = outcome.end
        self.line = outcome.line
        self.rowNumber = rowNumber + 1
    }

    /// Creates a reader over a file's bytes and reads its header.
    public init(bytes: [UInt8], source: String) throws(CSVError) {
        try self.init(data: Data(bytes), source: source)
    }

    /// Creates a reader over the file at `url`, mapping it into memory rather than copying it.
    ///
    /// - Parameter source: The name for messages; defaults to the URL's path.
    public init(contentsOf url: URL, source: String? = nil) throws(CSVError) {
        let name = source ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw .unreadable(source: name, reason: error.localizedDescription)
        }
        try self.init(data: data, source: name)
    }

    /// How far reading has got, in bytes of the UTF-8 text, for progress reports.
    public var bytesRead: Int { position }

    /// The size of the UTF-8 text being read; equals `bytesRead` once every row has been returned.
    public var totalBytes: Int { text.count }

    /// Where the reader is: reading can later resume from here with ``resume(from:)``.
    public var checkpoint: Checkpoint { Checkpoint(position: position, line: line, rowNumber: rowNumber) }

    /// Moves the reader to a place it has been before, so that ``next()`` returns the records that
    /// followed it then. Used to read a few rows of a large file again without parsing it all.
    public mutating func resume(from checkpoint: Checkpoint) {
        position = Swift.min(Swift.max(0, checkpoint.position), text.count)
        line = checkpoint.line
        rowNumber = checkpoint.rowNumber
    }

    /// The next record after the header, or `nil` at the end of the file.
    public mutating func next() -> CSVRow? {
        read(keepingFields: true)
    }

    /// Moves past the next record without making strings of its fields, noting what ``next()`` would
    /// note; `false` at the end of the file. A reader that only finds where records start, for others to
    /// read them from there (``resume(from:)``), spends little on each.
    mutating func skip() -> Bool {
        read(keepingFields: false) != nil
    }

    /// The next record, with no fields unless `keepingFields`.
    private mutating func read(keepingFields: Bool) -> CSVRow? {
        var fields: [String] = []
        if keepingFields { fields.reserveCapacity(header.count) }
        var (line, rowNumber) = (line, rowNumber)
        let position = position
        let result = text.withByteBuffer { buffer -> CSVRecordParser.Outcome? in
            let start = Self.skipBlankLines(buffer, from: position, line: &line, rowNumber: &rowNumber)
            guard start < buffer.count else { return nil }
            return parser.parseRecord(in: buffer, from: start, line: line, into: &fields, keepingFields: keepingFields)
        }
        guard let outcome = result else {
            self.position = text.count
            return nil
        }
        if let opening = outcome.unclosedQuoteLine {
            warnings.append(Self.unclosedQuoteWarning(line: opening, source: source))
        }
        self.position = outcome.end
        self.line = outcome.line
        self.rowNumber = rowNumber + 1
        return CSVRow(number: rowNumber, line: line, fields: fields)
    }
}

extension CSVReader {
    /// Zip (xlsx, ods) and OLE (xls) signatures: a workbook passed where its CSV export belongs.
    private static let workbookSignatures: [[UInt8]] = [
        [0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
    ]

    /// Skips empty lines, counting each as a line and as a spreadsheet row.
    private static func skipBlankLines(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int, rowNumber: inout Int
    ) -> Int {
        var i = start
        while i < buffer.count, buffer[i] == .lineFeed || buffer[i] == .carriageReturn {
            if buffer[i] == .carriageReturn, i + 1 < buffer.count, buffer[i + 1] == .lineFeed { i += 1 }
            i += 1
            line += 1
            rowNumber += 1
        }
        return i
    }

    /// The most frequent of comma, semicolon and tab outside quotes in the record at `start`;
    /// a tie goes to the comma, then the semicolon, and a one-column file gets the comma.
    private static func detectSeparator(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [.comma: 0, .semicolon: 0, .tab: 0]
        var quoted = false
        for byte in buffer[start...] {
            if byte == .quote {
                quoted.toggle()
            } else if !quoted, byte == .lineFeed || byte == .carriageReturn {
                break
            } else if !quoted, let count = counts[byte] {
                counts[byte] = count + 1
            }
        }
        var best = UInt8.comma
        for candidate in [UInt8.semicolon, .tab] where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }
}
