/// Turns the HTML of an e-mail into plain text, crudely but predictably.
///
/// This is not an HTML parser: it is enough for the HTML that mail programs write. `<head>`,
/// `<style>`, `<script>` and `<title>` blocks and comments are dropped; line and block ends
/// (`<br>`, `</p>`, `</div>`, `</li>`, `</tr>`, `</h1>`…) become line breaks; other tags are removed;
/// runs of spaces collapse as a browser would show them; and character references are decoded.
enum HTMLText {
    /// The text a reader would see in `html`.
    static func plainText(from html: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = Substring(html).unicodeScalars
        var pendingSpace = false
        while let scalar = scalars.first {
            if scalar == "<" {
                let tag = readTag(&scalars)
                if tag.isLineBreak {
                    trimTrailingSpaces(&output)
                    output.append("\n")
                    pendingSpace = false
                } else if tag.isSpaceLike {
                    pendingSpace = true
                }
                continue
            }
            scalars = scalars.dropFirst()
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = output.last, last != "\n" { output.append(" ") }
            pendingSpace = false
            if scalar == "&" {
                output.append(contentsOf: characterReference(&scalars).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return collapsingBlankLines(String(output))
    }
}

private extension HTMLText {
    struct Tag {
        var name: String
        var isClosing: Bool

        var isLineBreak: Bool {
            if name == "br" { return true }
            return isClosing && HTMLText.blockTags.contains(name)
        }

        var isSpaceLike: Bool { name == "td" || name == "th" || name == "img" }
    }

    static let blockTags: Set<String> = [
        "p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre",
    ]
    /// Elements whose content is not shown.
    static let hiddenElements: Set<String> = ["head", "style", "script", "title"]

    /// Reads a tag, comment or declaration starting at `<`; skips the whole element for hidden ones.
    static func readTag(_ scalars: inout Substring.UnicodeScalarView) -> Tag {
        let text = Substring(scalars)
        if text.hasPrefix("<!--") {
            scalars = text[(text.firstRange(of: "-->")?.upperBound ?? text.endIndex)...].unicodeScalars
            return Tag(name: "!--", isClosing: false)
        }
        let close = text.firstIndex(of: ">")
        let inside = text[text.index(after: text.startIndex)..<(close ?? text.endIndex)]
        let isClosing = inside.hasPrefix("/")
        let name = inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        var rest = text[(close.map { text.index(after: $0) } ?? text.endIndex)...]
        if !isClosing, hiddenElements.contains(name), !inside.hasSuffix("/") {
            rest = rest[(endOfElement(name, in: rest) ?? rest.endIndex)...]
        }
        scalars = rest.unicodeScalars
        return Tag(name: name, isClosing: isClosing)
    }

    /// Where the closing tag `</name…>` in `text` ends, matching the name case-insensitively.
    static func endOfElement(_ name: String, in text: Substring) -> Substring.Index? {
        var searchFrom = text.startIndex
        while let opening = text[searchFrom...].firstRange(of: "</") {
            let candidate = text[opening.upperBound...]
            if candidate.prefix(name.count).lowercased() == name {
                return candidate.firstIndex(of: ">").map { text.index(after: $0) } ?? text.endIndex
            }
            searchFrom = opening.upperBound
        }
        return nil
    }

    /// Decodes the character reference after `&` (`&amp;`, `&#163;`, `&#xA3;`); an unknown one is
    /// kept as written.
    static func characterReference(_ scalars: inout Substring.UnicodeScalarView) -> String {
        let body = scalars.prefix(10).prefix { $0 != ";" && !$0.properties.isWhitespace && $0 != "&" && $0 != "<" }
        guard body.count < 10, scalars.dropFirst(body.count).first == ";" else { return "&" }
        let name = String(String.UnicodeScalarView(body))
        var decoded: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if name.hasPrefix("#") {
            decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        } else {
            decoded = namedReferences[name]
        }
        guard let decoded else { return "&" }
        scalars = scalars.dropFirst(body.count + 1)
        return decoded == "\u{00A0}" ? " " : decoded
    }

    /// The named references mail programs use; `&nbsp;` becomes an ordinary space.
    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "pound": "£", "euro": "€",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}", "copy": "©", "eacute": "é",
    ]

    static func trimTrailingSpaces(_ output: inout String.UnicodeScalarView) {
        while output.last == " " { output.removeLast() }
    }

    /// Removes spaces at line ends and starts and keeps at most one blank line in a row.
    static func collapsingBlankLines(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
            if trimmed.isEmpty {
                blank += 1
                if blank > 1 { continue }
            } else {
                blank = 0
            }
            lines.append(Substring(String(trimmed)))
        }
        return lines.joined(separator: "\n").trimmingSpaces()
    }
}
