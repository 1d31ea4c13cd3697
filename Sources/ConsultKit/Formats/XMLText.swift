/// Makes arbitrary strings safe to place in XML 1.0 text and attribute values.
///
/// Responses are pasted from e-mails and spreadsheets, so they can hold `&`, `<` and control
/// characters; one stray `\u{1}` would make Word refuse the whole document.
enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped and characters XML 1.0 forbids removed.
    ///
    /// Tabs and line breaks are kept; callers that need them as elements (`<w:tab/>`) split first.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` escaped for an attribute value, with tabs and line breaks turned into spaces.
    static func attribute(_ text: String) -> String {
        escaped(String(String.UnicodeScalarView(text.unicodeScalars.map { isWhitespaceControl($0) ? " " : $0 })))
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func isWhitespaceControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
