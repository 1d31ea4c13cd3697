/// A structured header value such as `Content-Type` or `Content-Disposition`: a lower-cased token
/// followed by `;`-separated parameters.
///
/// `multipart/alternative; boundary="----=_Part_1"` has the value `multipart/alternative` and the
/// parameter `boundary`. Parameter names are lower-cased; quoted values are unquoted; RFC 2231
/// extended values (`filename*=utf-8''response%20form.pdf`) are decoded and stored under the plain
/// name.
struct MIMEHeaderValue: Sendable, Hashable {
    /// The token before the first `;`, lower-cased.
    var value: String
    /// The parameters by lower-cased name.
    var parameters: [String: String]

    /// Parses a header value.
    init(parsing text: String) {
        var scalars = Substring(text).unicodeScalars
        value = MIMEHeaderValue.token(&scalars).lowercased()
        parameters = [:]
        while let separator = scalars.firstIndex(of: ";") {
            scalars = scalars[scalars.index(after: separator)...]
            let name = MIMEHeaderValue.token(&scalars, stoppingAt: "=").lowercased()
            guard scalars.first == "=" else { continue }
            scalars = scalars.dropFirst()
            MIMEHeaderValue.skipSpaces(&scalars)
            let raw = scalars.first == "\"" ? MIMEHeaderValue.quoted(&scalars) : MIMEHeaderValue.token(&scalars)
            if name.hasSuffix("*") {
                parameters[String(name.dropLast())] = MIMEHeaderValue.extendedValue(raw)
            } else if parameters[name] == nil {
                parameters[name] = raw
            }
        }
    }

    /// The value of the parameter `name`.
    subscript(name: String) -> String? { parameters[name.lowercased()] }
}

private extension MIMEHeaderValue {
    static func skipSpaces(_ scalars: inout Substring.UnicodeScalarView) {
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
    }

    /// Reads up to the next `;` (or `stop`), trimmed.
    static func token(
        _ scalars: inout Substring.UnicodeScalarView, stoppingAt stop: Unicode.Scalar = ";"
    ) -> String {
        skipSpaces(&scalars)
        let end = scalars.firstIndex { $0 == ";" || $0 == stop } ?? scalars.endIndex
        let token = String(Substring(scalars[..<end])).trimmingSpaces()
        scalars = scalars[end...]
        return token
    }

    /// Reads a quoted string starting at `"`, undoing backslash escapes.
    static func quoted(_ scalars: inout Substring.UnicodeScalarView) -> String {
        var result = String.UnicodeScalarView()
        scalars = scalars.dropFirst()
        var escaped = false
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if escaped {
                result.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "\"" {
                break
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Decodes an RFC 2231 value, `charset'language'percent-encoded`.
    static func extendedValue(_ raw: String) -> String {
        let parts = raw.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return raw }
        var bytes: [UInt8] = []
        var utf8 = parts[2].utf8[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return Charset(label: String(parts[0])).decode(bytes)
    }
}
