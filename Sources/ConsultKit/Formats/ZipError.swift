/// Why a ZIP archive (such as a `.docx`) could not be read.
public struct ZipError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the archive.
    public enum Reason: Sendable, Hashable {
        /// No end-of-directory record: the file is not a ZIP archive, or it was cut short.
        case missingDirectory
        /// A header or an entry's data runs past the end of the file.
        case truncated(entry: String?)
        /// The archive needs ZIP64 (over 4 GiB or 65,535 entries), which this reader does not support.
        case zip64
        /// The entry is encrypted.
        case encrypted(entry: String)
        /// The entry uses a compression method other than stored (0) or DEFLATE (8).
        case unsupportedMethod(entry: String, method: Int)
        /// The entry's compressed data is not valid DEFLATE.
        case damagedData(entry: String, detail: String)
        /// The entry's data does not match its recorded size or CRC-32.
        case checksumMismatch(entry: String)
        /// No entry has the requested name.
        case missingEntry(String)
    }

    /// The archive's name as the user gave it, e.g. `letter.docx`.
    public var source: String
    /// What is wrong.
    public var reason: Reason

    /// Creates an error about the archive `source`.
    public init(source: String, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    /// The problem in plain English, without the archive's name: "the zip directory is missing".
    public var explanation: String {
        switch reason {
        case .missingDirectory:
            "the zip directory is missing"
        case .truncated(let entry?):
            "the file is cut short inside '\(entry)'"
        case .truncated(nil):
            "the file is cut short inside the zip directory"
        case .zip64:
            "it is a ZIP64 archive (over 4 GB or 65,535 files), which is not supported"
        case .encrypted(let entry):
            "'\(entry)' is encrypted; save the document without a password and try again"
        case .unsupportedMethod(let entry, let method):
            "'\(entry)' uses compression method \(method); only stored (0) and deflated (8) are supported"
        case .damagedData(let entry, let detail):
            "'\(entry)' is damaged: \(detail)"
        case .checksumMismatch(let entry):
            "'\(entry)' is damaged: its contents do not match the CRC-32 checksum"
        case .missingEntry(let name):
            "it has no '\(name)' inside"
        }
    }

    public var description: String {
        "'\(source)' cannot be read as a zip archive: \(explanation)"
    }
}
