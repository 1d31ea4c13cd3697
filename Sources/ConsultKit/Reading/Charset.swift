/// The character sets e-mail from consultation respondents arrives in, and how to turn their bytes
/// into text.
enum Charset: Sendable, Hashable {
    /// UTF-8, and US-ASCII (its subset).
    case utf8
    /// Windows-1252, and ISO-8859-1, which mail programs label it as: like browsers (the WHATWG
    /// Encoding Standard) we read ISO-8859-1 as Windows-1252, whose 0x80–0x9F are curly quotes and
    /// dashes rather than unused control codes.
    case windows1252

    /// The charset named by a MIME `charset` label; unknown or missing labels mean UTF-8.
    init(label: String?) {
        let name = (label ?? "").lowercased().filter { $0 != "\"" && $0 != " " }
        switch name {
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-8859-15", "iso8859-15",
            "windows-1252", "cp1252", "x-cp1252", "windows1252":
            self = .windows1252
        default:
            self = .utf8
        }
    }

    /// The text `bytes` stand for. Bytes labelled UTF-8 that are not valid UTF-8 (a common
    /// mislabelling) are read as Windows-1252 instead, so no text is lost to replacement marks.
    func decode(_ bytes: [UInt8]) -> String {
        if self == .utf8, let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(Charset.windows1252High[Int(byte - 0x80)])
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// What Windows-1252 puts at 0x80–0x9F; the five unassigned bytes keep their ISO-8859-1 meaning.
    private static let windows1252High: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]
}
