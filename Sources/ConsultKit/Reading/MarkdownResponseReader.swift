/// Reads a response file in Markdown: front matter between `---` lines, then one `## question` section each.
///
/// Headings may be `## q1`, `## Q1` or `## Q1. Do you agree…`; HTML comments are ignored; text
/// before the first section is reported, not silently dropped.
struct MarkdownResponseReader: Sendable {
    let vocabulary: Vocabulary

    func read(_ text: String, source: String) -> (RawResponse?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if let line = Self.unclosedComment(in: text) {
            let message = "this comment has no closing '-->', so the rest of the file is ignored; close it or delete it"
            diagnostics.append(.error(message, file: source, line: line))
        }
        let lines = Self.lines(of: Self.removingComments(text))
        var raw = RawResponse(source: source)
        var index = 0
        while index < lines.count, lines[index].trimmingSpaces().isEmpty { index += 1 }
        guard index < lines.count, lines[index].trimmingSpaces() == "---" else {
            diagnostics.append(
                .error(
                    "missing front matter; a response file starts with a '---' line, then 'respondent:', 'type:' and the other fields, then another '---' line",
                    file: source, line: min(index + 1, max(lines.count, 1))))
            return (nil, diagnostics)
        }
        raw.line = index + 1
        index += 1
        var closed = false
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.trimmingSpaces() == "---" {
                closed = true
                break
            }
            // A section heading means the closing line was forgotten: reading the sections as front
            // matter would only bury that one mistake under a message for every line.
            if line.trimmingSpaces().hasPrefix("## ") { break }
            guard !line.trimmingSpaces().isEmpty else { continue }
            guard let (key, value) = Self.field(line) else {
                diagnostics.append(
                    .error(
                        "expected 'field: value' in the front matter, found '\(line.trimmingSpaces())'", file: source,
                        line: index))
                continue
            }
            guard RawResponse.respondentFields.contains(key) else {
                diagnostics.append(
                    .warning(
                        "unknown field '\(key)' in the front matter is ignored; the fields are "
                            + Vocabulary.list(RawResponse.respondentFields), file: source, line: index))
                continue
            }
            if raw.fields[key] != nil {
                diagnostics.append(
                    .error("'\(key)' is given twice in the front matter; the first is used", file: source, line: index))
                continue
            }
            raw.fields[key] = RawResponse.Value(value, line: index)
        }
        guard closed else {
            diagnostics.append(
                .error(
                    "the front matter that starts on line \(raw.line) has no closing '---' line", file: source,
                    line: raw.line))
            return (nil, diagnostics)
        }
        readSections(lines, from: index, into: &raw, &diagnostics)
        return (raw, diagnostics)
    }

    private func readSections(
        _ lines: [String], from start: Int, into raw: inout RawResponse, _ diagnostics: inout [Diagnostic]
    ) {
        var current: RawResponse.Section?
        var inFields = false
        var textLines: [String] = []
        var seen: [String: Int] = [:]
        var skipping = false
        var strayLine: Int?

        func finish() {
            guard var section = current else { return }
            section.text = Self.paragraphs(textLines)
            raw.sections.append(section)
            current = nil
            textLines = []
        }

        for index in start..<lines.count {
            let line = lines[index]
            let number = index + 1
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("## ") || trimmed == "##" {
                finish()
                let heading = String(trimmed.dropFirst(2)).trimmingSpaces()
                guard let question = vocabulary.question(named: heading) else {
                    diagnostics.append(
                        .error(
                            "unknown question section '\(heading)'; sections are named by question id: "
                                + vocabulary.questionIDs + "."
                                + Suggestion.hint(for: heading, among: vocabulary.questionnaire.questions.map(\.id)),
                            file: raw.source, line: number))
                    skipping = true
                    continue
                }
                if let first = seen[question.id] {
                    diagnostics.append(
                        .error(
                            "duplicate section for \(question.id) (first on line \(first)); this one is ignored",
                            file: raw.source, line: number))
                    skipping = true
                    continue
                }
                seen[question.id] = number
                skipping = false
                current = RawResponse.Section(question: question.id, line: number)
                inFields = true
                continue
            }
            if skipping { continue }
            guard current != nil else {
                if !trimmed.isEmpty, !trimmed.hasPrefix("# "), strayLine == nil { strayLine = number }
                continue
            }
            if inFields {
                if trimmed.isEmpty, textLines.isEmpty { continue }
                if let (key, value) = Self.field(line), RawResponse.sectionFields.contains(key) {
                    let item = RawResponse.Value(value, line: number)
                    switch key {
                    case "answer":
                        if current?.answer != nil {
                            diagnostics.append(
                                .error(
                                    "'answer' is given twice in this section; the first is used", file: raw.source,
                                    line: number))
                        } else {
                            current?.answer = item
                        }
                    case "concerns": current?.concerns.append(item)
                    case "conditional": current?.conditional = item
                    case "inferred": current?.inferred = item
                    case "confidence": current?.confidence = item
                    default: current?.evidence.append(Self.unquoted(value))
                    }
                    continue
                }
                inFields = false
            }
            textLines.append(line)
        }
        finish()
        if let strayLine {
            diagnostics.append(
                .warning(
                    "text before the first '## question' section is not part of any answer and is ignored; move it under a section such as '## comments'",
                    file: raw.source, line: strayLine))
        }
    }

    /// `key: value` with a lower-case key made of letters only.
    static func field(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = String(line[..<colon]).trimmingSpaces().lowercased()
        guard !key.isEmpty, key.count <= 20, key.allSatisfy({ $0.isLetter }) else { return nil }
        let value = String(line[line.index(after: colon)...]).trimmingSpaces()
        return (key, unquoted(value))
    }

    private static func unquoted(_ value: String) -> String {
        if value.count >= 2, let first = value.first, let last = value.last, first == last,
            first == "\"" || first == "'"
        {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    /// Lines without their endings (LF, CRLF or CR); a leading byte-order mark is dropped.
    static func lines(of text: String) -> [String] {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        )
        .map(String.init)
    }

    /// The text with `<!-- … -->` comments blanked out, keeping line breaks so line numbers stay right.
    static func removingComments(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            output += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "-->") else {
                rest = ""
                break
            }
            output += String(
                repeating: "\n", count: after[..<close.lowerBound].filter { $0 == "\n" || $0 == "\r\n" }.count)
            rest = after[close.upperBound...]
        }
        output += rest
        return output
    }

    /// The 1-based line of a `<!--` that is never closed: everything after it would vanish without a word.
    static func unclosedComment(in text: String) -> Int? {
        var rest = Substring(text)
        var line = 1
        while let open = rest.range(of: "<!--") {
            line += rest[..<open.lowerBound].filter { $0 == "\n" || $0 == "\r\n" }.count
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "-->") else { return line }
            line += after[..<close.lowerBound].filter { $0 == "\n" || $0 == "\r\n" }.count
            rest = after[close.upperBound...]
        }
        return nil
    }

    /// Joins lines into paragraphs separated by one blank line, trimming blank lines at either end.
    static func paragraphs(_ lines: [String]) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines {
            if line.trimmingSpaces().isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line.trimmingSpaces())
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs.joined(separator: "\n\n")
    }
}
