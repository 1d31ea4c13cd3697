/// Undoes the `format=flowed` line wrapping of RFC 3676, which Thunderbird and Apple Mail use for
/// plain text: a line ending in a space continues on the next line.
enum FlowedText {
    /// The paragraphs of `text` (with LF line breaks) joined back into single lines.
    ///
    /// - Parameters:
    ///   - text: The wrapped text.
    ///   - deleteSpace: Whether the trailing space of a wrapped line was added by the sender
    ///     (`DelSp=yes`) and must be removed when joining.
    static func unwrap(_ text: String, deleteSpace: Bool) -> String {
        var output: [String] = []
        var paragraph: (depth: Int, text: String)?
        func flush() {
            guard let current = paragraph else { return }
            let prefix = current.depth > 0 ? String(repeating: ">", count: current.depth) + " " : ""
            output.append(prefix + current.text)
            paragraph = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let depth = line.prefix { $0 == ">" }.count
            var content = line.dropFirst(depth)
            if content.hasPrefix(" ") { content = content.dropFirst() }  // space-stuffing
            let isWrapped = content.hasSuffix(" ") && content != "-- "
            if isWrapped, deleteSpace { content = content.dropLast() }
            if let current = paragraph, current.depth != depth { flush() }
            paragraph = (depth, (paragraph?.text ?? "") + content)
            if !isWrapped { flush() }
        }
        flush()
        return output.joined(separator: "\n")
    }
}
