/// Splits one CSV record out of a UTF-8 byte buffer, creating a `String` per field and nothing else.
///
/// The reader owns the bytes and the position between records; this type owns only a scratch
/// buffer for the rare field that cannot be a plain slice of the input (one with doubled quotes,
/// a CRLF to normalise, or text after its closing quote).
struct CSVRecordParser: Sendable {
    /// Where a record ended and what was noticed on the way.
    struct Outcome {
        /// The offset just past the record's line break, or the end of the buffer.
        var end: Int
        /// The physical line the next record would start on.
        var line: Int
        /// The line of a quoted field that ran to the end of the file without its closing quote.
        var unclosedQuoteLine: Int?
    }

    let separator: UInt8
    private var scratch: [UInt8] = []

    init(separator: UInt8) {
        self.separator = separator
    }

    /// Parses the record starting at `start` (which must be inside `buffer`) into `fields`; without
    /// `keepingFields`, only finds where it ends (and what is noticed on the way), making no strings.
    mutating func parseRecord(
        in buffer: UnsafeBufferPointer<UInt8>, from start: Int, line startLine: Int, into fields: inout [String],
        keepingFields: Bool = true
    ) -> Outcome {
        let end = buffer.count
        var line = startLine
        var i = start
        while true {
            if i < end, buffer[i] == .quote {
                let opening = line
                guard
                    let after = parseQuotedField(
                        buffer, from: i + 1, line: &line, into: &fields, keepingFields: keepingFields)
                else {
                    return Outcome(end: end, line: line, unclosedQuoteLine: opening)
                }
                i = after
            } else {
                let fieldStart = i
                i = Self.scan(buffer, from: i, for: separator, .lineFeed, .carriageReturn)
                if keepingFields { fields.append(i == fieldStart ? "" : Self.string(buffer, fieldStart..<i)) }
            }
            guard i < end else { return Outcome(end: end, line: line) }
            let byte = buffer[i]
            i += 1
            if byte == separator { continue }
            if byte == .carriageReturn, i < end, buffer[i] == .lineFeed { i += 1 }
            return Outcome(end: i, line: line + 1)
        }
    }

    /// Parses a quoted field whose content starts at `start`, just after the opening quote.
    ///
    /// - Returns: The offset of the byte after the field (a separator, line break or the end), or
    ///   `nil` when the closing quote never came and the field took the rest of the buffer.
    private mutating func parseQuotedField(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int, into fields: inout [String],
        keepingFields: Bool
    ) -> Int? {
        let end = buffer.count
        var i = start
        var segment = start
        var copying = false
        while true {
            i = Self.scan(buffer, from: i, for: .quote, .lineFeed, .carriageReturn)
            guard i < end else {
                if keepingFields { fields.append(finish(buffer, segment..<end, copying: copying)) }
                return nil
            }
            let byte = buffer[i]
            let next: UInt8? = i + 1 < end ? buffer[i + 1] : nil
            if byte == .lineFeed {
                line += 1
                i += 1
            } else if byte == .carriageReturn {
                line += 1
                if next == .lineFeed {  // CRLF becomes LF: copy up to the CR, resume at the LF
                    startCopying(&copying)
                    scratch.append(contentsOf: buffer[segment..<i])
                    segment = i + 1
                }
                i += next == .lineFeed ? 2 : 1
            } else if next == .quote {  // a doubled quote: keep one
                startCopying(&copying)
                scratch.append(contentsOf: buffer[segment...i])
                i += 2
                segment = i
            } else {  // the closing quote, then any stray text up to the separator
                let content = segment..<i
                let tail = i + 1
                i = Self.scan(buffer, from: tail, for: separator, .lineFeed, .carriageReturn)
                if !keepingFields {
                    return i
                } else if tail < i {
                    startCopying(&copying)
                    scratch.append(contentsOf: buffer[content])
                    fields.append(finish(buffer, tail..<i, copying: true))
                } else {
                    fields.append(finish(buffer, content, copying: copying))
                }
                return i
            }
        }
    }

    /// The offset of the first of the bytes `a`, `b` or `c` at or after `start`, or the end of the buffer.
    ///
    /// Tests eight bytes per step with the classic "has zero byte" bit trick: `(x - 0x01…) & ~x & 0x80…`
    /// flags exactly the zero bytes of `x` up to the first one, so the lowest flag is the first match.
    @inline(__always)
    private static func scan(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, for a: UInt8, _ b: UInt8, _ c: UInt8
    ) -> Int {
        let end = buffer.count
        var i = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            let (maskA, maskB, maskC) = (broadcast(a), broadcast(b), broadcast(c))
            while i + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let hits = zeroBytes(word ^ maskA) | zeroBytes(word ^ maskB) | zeroBytes(word ^ maskC)
                if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < end {
            let byte = buffer[i]
            if byte == a || byte == b || byte == c { return i }
            i += 1
        }
        return end
    }

    @inline(__always)
    private static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 }

    private mutating func startCopying(_ copying: inout Bool) {
        if !copying {
            scratch.removeAll(keepingCapacity: true)
            copying = true
        }
    }

    /// The field ending with `range`: the range alone when nothing was copied, else scratch plus range.
    private mutating func finish(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, copying: Bool) -> String {
        guard copying else { return Self.string(buffer, range) }
        scratch.append(contentsOf: buffer[range])
        return scratch.withUnsafeBufferPointer { Self.string($0) }
    }

    private static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        string(UnsafeBufferPointer(rebasing: buffer[range]))
    }

    /// A string from bytes the reader has already validated (or produced) as UTF-8, skipping the
    /// standard library's second validation where it offers that; fields are cut only at ASCII
    /// bytes, so a slice of valid UTF-8 is valid too.
    ///
    /// The string is marked ASCII when it is: otherwise every hash or comparison of it later takes the
    /// standard library's slow path for text that might need Unicode normalisation.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            var span = UTF8Span(unchecked: bytes.span)
            _ = span.checkForASCII()
            return String(copying: span)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
