/// Why a CSV file could not be read at all.
///
/// Problems inside an otherwise readable file (a ragged row, an unclosed quote) are not errors: the
/// reader returns what it found and the caller reports it with the row number.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has no header row: it is empty or holds only blank lines.
    case empty(source: String)
    /// The file could not be opened or read.
    case unreadable(source: String, reason: String)
    /// The file is a spreadsheet workbook saved in its native format rather than as CSV.
    case workbook(source: String)

    /// The file the error is about, as the caller named it.
    public var source: String {
        switch self {
        case .empty(let source), .unreadable(let source, _), .workbook(let source): source
        }
    }

    /// What went wrong and how to fix it, in plain English.
    public var description: String {
        switch self {
        case .empty(let source):
            "'\(source)' is empty: expected a header row naming the columns, then one row per response."
        case .unreadable(let source, let reason):
            "Could not read '\(source)': \(reason)"
        case .workbook(let source):
            """
            '\(source)' is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file. \
            Save it from the spreadsheet as 'CSV UTF-8 (Comma delimited)' and pass that file instead.
            """
        }
    }

    /// The error as a diagnostic about its file.
    public var diagnostic: Diagnostic { .error(description, file: source) }
}
