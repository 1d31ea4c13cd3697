/// A sender as written in a `From:` header: an address and perhaps a display name.
struct Mailbox: Sendable, Hashable {
    /// The display name, with RFC 2047 encoded words decoded and quotes removed.
    var name: String?
    /// The address, `local@domain`.
    var address: String?

    /// Creates a mailbox.
    init(name: String?, address: String?) {
        self.name = name
        self.address = address
    }

    /// Parses the first mailbox of an address header.
    ///
    /// Understands `"Name" <address>`, `Name <address>`, `=?utf-8?Q?…?= <address>`, `<address>`,
    /// a bare `address` and the old `address (Name)`.
    init(parsing header: String) {
        if let open = Mailbox.unquotedIndex(of: "<", in: header),
            let close = header[open...].firstIndex(of: ">")
        {
            address = String(header[header.index(after: open)..<close]).trimmingSpaces()
            name = Mailbox.displayName(header[..<open])
        } else {
            let first = header.split(separator: ",").first.map(String.init) ?? header
            var comment: Substring = ""
            var bare = Substring(first)
            if let open = first.firstIndex(of: "("), let close = first.lastIndex(of: ")"), open < close {
                comment = first[first.index(after: open)..<close]
                bare = first[..<open] + first[first.index(after: close)...]
            }
            let text = String(bare).trimmingSpaces()
            if text.contains("@") {
                address = text
                name = Mailbox.displayName(comment)
            } else {
                name = Mailbox.displayName(Substring(first))  // a name with no address at all
            }
        }
        if address?.isEmpty ?? true { address = nil }
    }
}

private extension Mailbox {
    /// The index of `character` outside double quotes.
    static func unquotedIndex(of character: Character, in text: String) -> String.Index? {
        var quoted = false
        var escaped = false
        for index in text.indices {
            let current = text[index]
            if escaped {
                escaped = false
            } else if current == "\\" {
                escaped = true
            } else if current == "\"" {
                quoted.toggle()
            } else if current == character, !quoted {
                return index
            }
        }
        return nil
    }

    /// The name with quotes and escapes removed and encoded words decoded, or `nil` if empty.
    static func displayName(_ raw: Substring) -> String? {
        var unquoted = ""
        var escaped = false
        for character in raw {
            if escaped {
                unquoted.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "\"" {
                unquoted.append(character)
            }
        }
        let name = EncodedWords.decode(unquoted.trimmingSpaces()).trimmingSpaces()
        return name.isEmpty ? nil : name
    }
}
