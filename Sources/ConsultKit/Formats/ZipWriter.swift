/// Writes a ZIP archive whose bytes depend only on the entries added.
///
/// Every entry carries the same date (1980-01-01 00:00, the earliest a ZIP can say), no extra fields
/// and UTF-8 names, so writing the same files twice gives byte-identical archives: a re-run of
/// `consult` changes a `.docx` only when its text changes. Entries are kept in the order added.
/// Archives are limited to what plain ZIP can describe (under 4 GiB and 65,535 entries), far beyond
/// any document this tool writes.
struct ZipWriter: Sendable {
    /// How an entry's bytes are stored.
    enum Method: UInt16, Sendable {
        /// Kept as they are.
        case stored = 0
        /// Compressed with DEFLATE (fixed Huffman codes); kept as they are when that would not be smaller.
        case deflated = 8
    }

    private struct Entry: Sendable {
        var name: [UInt8]
        var method: Method
        var crc: UInt32
        var size: Int
        var data: [UInt8]
    }

    private var entries: [Entry] = []

    /// Creates an empty archive.
    init() {}

    /// Adds a file at `path` (forward slashes, no leading slash), after the files already added.
    mutating func add(_ path: String, _ bytes: [UInt8], method: Method = .deflated) {
        var method = method
        var data = bytes
        if method == .deflated {
            let compressed = Deflate.compress(bytes)
            if compressed.count < bytes.count {
                data = compressed
            } else {
                method = .stored
            }
        }
        entries.append(
            Entry(name: Array(path.utf8), method: method, crc: CRC32.checksum(bytes), size: bytes.count, data: data))
    }

    /// The archive: local headers and data, then the central directory and its end record.
    func archive() -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = out.count
            out.appendUInt32(0x0403_4b50)
            appendCommonFields(of: entry, to: &out)
            out.appendUInt16(0)  // extra field length
            out += entry.name
            out += entry.data

            directory.appendUInt32(0x0201_4b50)
            directory.appendUInt16(Self.versionNeeded)  // made by: MS-DOS attributes, spec 2.0
            appendCommonFields(of: entry, to: &directory)
            directory.appendUInt16(0)  // extra field length
            directory.appendUInt16(0)  // comment length
            directory.appendUInt16(0)  // disk number
            directory.appendUInt16(0)  // internal attributes
            directory.appendUInt32(0)  // external attributes
            directory.appendUInt32(UInt32(truncatingIfNeeded: offset))
            directory += entry.name
        }
        let directoryOffset = out.count
        out += directory
        out.appendUInt32(0x0605_4b50)
        out.appendUInt16(0)  // this disk
        out.appendUInt16(0)  // disk holding the directory
        out.appendUInt16(UInt16(truncatingIfNeeded: entries.count))
        out.appendUInt16(UInt16(truncatingIfNeeded: entries.count))
        out.appendUInt32(UInt32(truncatingIfNeeded: directory.count))
        out.appendUInt32(UInt32(truncatingIfNeeded: directoryOffset))
        out.appendUInt16(0)  // comment length
        return out
    }

    /// ZIP 2.0: the oldest version that knows DEFLATE, so every reader can open the archive.
    private static let versionNeeded: UInt16 = 20
    /// Bit 11: the name is UTF-8.
    private static let utf8Flag: UInt16 = 0x0800
    /// 1980-01-01 in MS-DOS date form (year since 1980, month, day); the time is 00:00:00, stored as 0.
    private static let fixedDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// The fields from "version needed" to "name length", which the local header and the directory share.
    private func appendCommonFields(of entry: Entry, to bytes: inout [UInt8]) {
        bytes.appendUInt16(Self.versionNeeded)
        bytes.appendUInt16(Self.utf8Flag)
        bytes.appendUInt16(entry.method.rawValue)
        bytes.appendUInt16(0)  // time
        bytes.appendUInt16(Self.fixedDate)
        bytes.appendUInt32(entry.crc)
        bytes.appendUInt32(UInt32(truncatingIfNeeded: entry.data.count))
        bytes.appendUInt32(UInt32(truncatingIfNeeded: entry.size))
        bytes.appendUInt16(UInt16(truncatingIfNeeded: entry.name.count))
    }
}

extension [UInt8] {
    fileprivate mutating func appendUInt16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func appendUInt32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) {
            append(UInt8((value >> UInt32(shift)) & 0xFF))
        }
    }
}
