extension CSVReader {
    /// A place in the file between two records, from ``CSVReader/checkpoint``.
    public struct Checkpoint: Sendable, Hashable {
        /// The byte offset in the UTF-8 text.
        public var position: Int
        /// The physical line there.
        public var line: Int
        /// The spreadsheet row number the next record will have.
        public var rowNumber: Int
    }
}
