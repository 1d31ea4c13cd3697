/// One record of a CSV file, with the numbers a person needs to find it again.
public struct CSVRow: Sendable, Hashable {
    /// The row as a spreadsheet shows it: the header is row 1, so the first response is row 2.
    ///
    /// Blank lines count, because Excel and LibreOffice show them as empty rows; a record whose
    /// quoted field spans several lines still counts once.
    public let number: Int
    /// The 1-based physical line of the file where the record starts.
    public let line: Int
    /// The fields in file order, unquoted; as many as the record has, which may differ from the header.
    public let fields: [String]

    /// Creates a row.
    public init(number: Int, line: Int, fields: [String]) {
        self.number = number
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, or `nil` when this row is too short to have it.
    public subscript(safe index: Int) -> String? {
        fields.indices.contains(index) ? fields[index] : nil
    }
}
