import Foundation

extension CSVReader {
    /// The warning for bytes that are not UTF-8, naming the first one and its line: the file was
    /// either read as Windows-1252 or, when it claims to be UTF-8, had the bad bytes replaced. `saveAs` says how to
    /// save it as UTF-8 from the program that wrote it: a spreadsheet's "CSV UTF-8" for an export, plain UTF-8 text
    /// for a response file.
    static func invalidUTF8Warning(
        _ data: Data, offset: Int, encoding: TextEncoding, source: String,
        saveAs: String = "save the file as 'CSV UTF-8'"
    ) -> Diagnostic {
        let (line, byte) = data.withByteBuffer { bytes in
            var line = 1
            for i in 0..<offset
            where bytes[i] == .lineFeed || (bytes[i] == .carriageReturn && bytes[i + 1] != .lineFeed) {
                line += 1
            }
            return (line, bytes[offset])
        }
        let hex = "0x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        let fix = "\(saveAs) and run again"
        if encoding == .windows1252 {
            return .warning(
                "The file is not valid UTF-8 (byte \(hex) is the first that is not), so it was read as Windows-1252.",
                file: source, line: line,
                note: "If accented letters or symbols such as £ or ’ look wrong, \(fix)."
            )
        }
        return .warning(
            "The file says it is UTF-8 but byte \(hex) is not; each such byte was read as '\u{FFFD}'.",
            file: source, line: line, note: "The file may be damaged; \(fix)."
        )
    }

    /// The warning for a quoted field whose closing quote never came, which swallows the rest of the file.
    static func unclosedQuoteWarning(line: Int, source: String) -> Diagnostic {
        .warning(
            "A quoted field starting on this line has no closing quote (\"), "
                + "so everything after it to the end of the file was read into that field.",
            file: source, line: line,
            note: "Add the missing closing quote, or remove the stray opening one."
        )
    }
}
