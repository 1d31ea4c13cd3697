/// The character encoding a text file was read in.
///
/// Survey tools export CSV in whatever their platform prefers: UTF-8 (with or without a byte-order
/// mark), UTF-16 from Excel's "Unicode text", or Windows-1252 from older Windows software.
public enum TextEncoding: Sendable, Hashable, CustomStringConvertible {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 starting with the byte-order mark EF BB BF, as Excel's "CSV UTF-8" writes it.
    case utf8BOM
    /// UTF-16, least significant byte first.
    case utf16LE
    /// UTF-16, most significant byte first.
    case utf16BE
    /// The Windows Western European code page, assumed when the bytes are not valid UTF-8.
    case windows1252

    /// The encoding's name in plain English, for messages.
    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8BOM: "UTF-8 (with byte-order mark)"
        case .utf16LE: "UTF-16 (little-endian)"
        case .utf16BE: "UTF-16 (big-endian)"
        case .windows1252: "Windows-1252"
        }
    }

    /// Whether the encoding was a guess rather than marked or proven by the bytes.
    ///
    /// Windows-1252 is only ever the fallback for bytes that are not UTF-8, and any byte sequence
    /// decodes in it, so a wrong guess shows up as odd symbols rather than an error.
    public var isAssumed: Bool { self == .windows1252 }
}
