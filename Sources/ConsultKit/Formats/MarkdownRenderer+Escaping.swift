extension MarkdownRenderer {
    /// Escapes text that makes up a whole line.
    static func escapeLine(_ text: String) -> String {
        escapeLineStart(escape(text).trimmingSpaces())
    }

    /// Escapes characters that mean something anywhere in a line, folds line breaks to spaces and drops
    /// control characters. In headings `#` is escaped too, since trailing `#`s would close the heading.
    static func escape(_ text: String, heading: Bool = false) -> String {
        var out = ""
        var scalars = text.unicodeScalars[...]
        var afterBreak = false
        while let scalar = scalars.popFirst() {
            // A line break (with the spaces around it) becomes one space: a new line could start a block.
            if afterBreak, scalar == " " { continue }
            afterBreak = scalar == "\n" || scalar == "\r"
            switch scalar {
            case "\\", "*", "_", "`", "[", "]", "~": out += "\\" + String(scalar)
            case "#" where heading: out += "\\#"
            case "<": out += "&lt;"
            case "&":
                // Only an ampersand that would start an entity (`&lt;`, `&#60;`) needs escaping.
                let name = scalars.prefix {
                    $0 == "#" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0)
                }
                let isEntity = !name.isEmpty && name.endIndex < scalars.endIndex && scalars[name.endIndex] == ";"
                out += isEntity ? "&amp;" : "&"
            case "\n", "\r":
                if !out.hasSuffix(" ") { out += " " }
            case "\t": out += " "
            default:
                if scalar.properties.generalCategory != .control {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Escapes what would start a block at the beginning of a line: a heading, quote, list item or rule.
    static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#>-+=".contains(first) {
            return "\\" + line
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let afterDigits = line.dropFirst(digits.count)
        if !digits.isEmpty, digits.count < 10, let marker = afterDigits.first, marker == "." || marker == ")" {
            return digits + "\\" + afterDigits
        }
        return line
    }
}
