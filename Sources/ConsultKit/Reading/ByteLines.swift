/// The lines of a byte buffer, ending at LF or CRLF, without copying.
struct ByteLines: IteratorProtocol {
    /// One line: the range of its content (without the line break) and where the next line starts.
    struct Line {
        var content: Range<Int>
        var next: Int
    }

    private let bytes: ArraySlice<UInt8>
    /// Where the next line starts.
    var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func next() -> Line? {
        guard position < bytes.endIndex else { return nil }
        let newline = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        var end = newline
        if end > position, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = Line(content: position..<end, next: min(newline + 1, bytes.endIndex))
        position = line.next
        return line
    }
}
