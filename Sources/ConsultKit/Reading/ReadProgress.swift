/// How far reading a large file has got, reported to a caller that may draw a progress line.
public struct ReadProgress: Sendable, Hashable {
    /// The file being read, as the user named it.
    public var file: String
    /// Data rows read so far.
    public var rows: Int
    /// Bytes of text read so far.
    public var bytesRead: Int
    /// The size of the text.
    public var totalBytes: Int

    /// Creates a progress report.
    public init(file: String, rows: Int, bytesRead: Int, totalBytes: Int) {
        self.file = file
        self.rows = rows
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }

    /// The share of the bytes read, from 0 to 100.
    public var percent: Int { totalBytes > 0 ? min(100, bytesRead * 100 / totalBytes) : 100 }
}
