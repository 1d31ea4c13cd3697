import Foundation

/// Builds an RFC 4180 CSV file that opens safely in Excel: comma-separated, CRLF line ends,
/// fields quoted only when they must be.
///
/// Every cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a
/// single quote, so a spreadsheet shows it as text instead of running it as a formula ("CSV
/// injection"); the respondents' own words end up in these files. The rule applies to every cell,
/// header included, with no exceptions for numbers: the counts we write are never negative, and
/// one rule is easier to trust than a rule with a carve-out.
///
/// ```swift
/// var writer = CSVWriter(header: ["Answer", "Count"])
/// writer.append(["Yes", "12"])
/// try writer.data.write(to: url)
/// ```
public struct CSVWriter: Sendable {
    /// The file so far: the header and every appended row, each ended by CRLF.
    public private(set) var text: String

    /// Starts a file with its header row.
    public init(header: [String]) {
        text = ""
        append(header)
    }

    /// Starts a file without a header row: the later rows of a file written in parts.
    init() {
        text = ""
    }

    /// Appends one row. Rows may differ in length; the writer does not pad them.
    public mutating func append(_ row: [String]) {
        // A lone empty field would be an empty line, which readers skip as blank; quoting keeps the row.
        if row == [""] {
            text += "\"\"\r\n"
            return
        }
        for (index, cell) in row.enumerated() {
            if index > 0 { text += "," }
            text += Self.escape(cell)
        }
        text += "\r\n"
    }

    /// The file as UTF-8 with a byte-order mark, without which Excel assumes the Windows code
    /// page and garbles accented letters and symbols such as £ or ’.
    public var data: Data {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(contentsOf: text.utf8)
        return data
    }

    /// `cell` as it must appear in the file: neutralised against formulas, then quoted if needed.
    static func escape(_ cell: String) -> String {
        var value = cell
        if let first = value.utf8.first, Self.formulaStarts.contains(first) {
            value = "'" + value
        }
        // The bytes that force a field to be quoted under RFC 4180.
        guard value.utf8.contains(where: { $0 == .comma || $0 == .quote || $0 == .carriageReturn || $0 == .lineFeed })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// First bytes that make a spreadsheet treat a cell as a formula (or, for tab and CR, strip
    /// them and look again).
    private static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), .tab, .carriageReturn,
    ]
}
