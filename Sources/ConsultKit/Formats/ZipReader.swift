/// Reads the entries of a ZIP archive through its central directory.
///
/// Stored and DEFLATE entries are supported, which covers every `.docx` written by Word and
/// LibreOffice; each extracted entry's CRC-32 and size are checked.
struct ZipReader: Sendable {
    /// One file in the archive, as the central directory describes it.
    struct Entry: Sendable, Hashable {
        /// The path inside the archive, e.g. `word/document.xml`.
        var path: String
        /// The compression method: 0 stored, 8 DEFLATE.
        var method: Int
        /// The general-purpose flags; bit 0 means encrypted.
        var flags: Int
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the entry's local header starts.
        var localHeaderOffset: Int
    }

    /// The archive's name, for error messages.
    let source: String
    /// The entries in central-directory order.
    let entries: [Entry]
    private let bytes: [UInt8]

    /// Reads the central directory of `bytes`.
    ///
    /// - Parameter source: the archive's name as the user gave it, quoted in errors.
    /// - Throws: ``ZipError`` if there is no directory or it runs past the end of the file.
    init(bytes: [UInt8], source: String) throws(ZipError) {
        self.bytes = bytes
        self.source = source
        let end = try Self.endRecordOffset(in: bytes, source: source)
        let entryCount = bytes.uint16(at: end + 10)
        let directorySize = Int(bytes.uint32(at: end + 12))
        let directoryOffset = Int(bytes.uint32(at: end + 16))
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw ZipError(source: source, reason: .zip64)
        }
        var entries: [Entry] = []
        var offset = directoryOffset
        for _ in 0..<entryCount {
            guard offset + 46 <= bytes.count, bytes.uint32(at: offset) == 0x0201_4b50 else {
                throw ZipError(source: source, reason: .truncated(entry: nil))
            }
            let nameLength = bytes.uint16(at: offset + 28)
            let extraLength = bytes.uint16(at: offset + 30)
            let commentLength = bytes.uint16(at: offset + 32)
            guard offset + 46 + nameLength <= bytes.count else {
                throw ZipError(source: source, reason: .truncated(entry: nil))
            }
            let path = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries.append(
                Entry(
                    path: path,
                    method: bytes.uint16(at: offset + 10),
                    flags: bytes.uint16(at: offset + 8),
                    crc32: bytes.uint32(at: offset + 16),
                    compressedSize: Int(bytes.uint32(at: offset + 20)),
                    uncompressedSize: Int(bytes.uint32(at: offset + 24)),
                    localHeaderOffset: Int(bytes.uint32(at: offset + 42))))
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry at `path`, if the archive has one.
    func entry(at path: String) -> Entry? {
        entries.first { $0.path == path }
    }

    /// The decompressed contents of the entry at `path`.
    ///
    /// - Throws: ``ZipError`` if there is no such entry, or it cannot be decompressed or fails its checks.
    func contents(of path: String) throws(ZipError) -> [UInt8] {
        guard let entry = entry(at: path) else { throw ZipError(source: source, reason: .missingEntry(path)) }
        return try contents(of: entry)
    }

    /// The decompressed contents of `entry`, checked against its size and CRC-32.
    func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, bytes.uint32(at: header) == 0x0403_4b50 else {
            throw ZipError(source: source, reason: .truncated(entry: entry.path))
        }
        if entry.flags & 1 != 0 { throw ZipError(source: source, reason: .encrypted(entry: entry.path)) }
        // The local header's sizes may be zero (when a data descriptor follows), so only its
        // name and extra-field lengths are used, to find where the data starts.
        let start = header + 30 + bytes.uint16(at: header + 26) + bytes.uint16(at: header + 28)
        guard start + entry.compressedSize <= bytes.count else {
            throw ZipError(source: source, reason: .truncated(entry: entry.path))
        }
        let raw = Array(bytes[start..<(start + entry.compressedSize)])
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = raw
        case 8:
            do {
                data = try Inflate.decompress(raw, expectedSize: entry.uncompressedSize)
            } catch {
                throw ZipError(source: source, reason: .damagedData(entry: entry.path, detail: error.description))
            }
        default:
            throw ZipError(source: source, reason: .unsupportedMethod(entry: entry.path, method: entry.method))
        }
        guard data.count == entry.uncompressedSize, CRC32.checksum(data) == entry.crc32 else {
            throw ZipError(source: source, reason: .checksumMismatch(entry: entry.path))
        }
        return data
    }

    /// Finds the end-of-central-directory record, searching back past a comment of up to 65,535 bytes.
    private static func endRecordOffset(in bytes: [UInt8], source: String) throws(ZipError) -> Int {
        let minimumSize = 22
        guard bytes.count >= minimumSize else { throw ZipError(source: source, reason: .missingDirectory) }
        let lowest = max(0, bytes.count - minimumSize - 0xFFFF)
        for offset in stride(from: bytes.count - minimumSize, through: lowest, by: -1)
        where bytes.uint32(at: offset) == 0x0605_4b50 {
            return offset
        }
        throw ZipError(source: source, reason: .missingDirectory)
    }
}

extension [UInt8] {
    /// The little-endian 16-bit value at `offset`; the caller has checked the bounds.
    fileprivate func uint16(at offset: Int) -> Int {
        Int(self[offset]) | Int(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit value at `offset`; the caller has checked the bounds.
    fileprivate func uint32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
            | UInt32(self[offset + 3]) << 24
    }
}
