/// An answer a form gave in so many words under a question: "No", "[x] Agree", "Answer: Yes, strongly."
struct FormAnswer: Sendable, Hashable {
    /// The question id.
    var question: String
    /// The heading line that asked it, verbatim.
    var heading: String
    /// The answer as written, up to the end of its first sentence.
    var text: String
    /// The scale option it names, or `nil` when the form item was left blank.
    var option: ScaleOption?

    /// Reads the first line under a question heading; `nil` if it is not a short answer from the scale
    /// or an explicit blank ("[not answered]", all boxes empty).
    init?(line: String, heading: String, question: String, questionnaire: Questionnaire) {
        guard let found = questionnaire.question(id: question) else { return nil }
        let options = questionnaire.options(for: found)
        guard !options.isEmpty else { return nil }
        var body = Substring(line)
        if let field = LetterParts.field(line), Self.labels.contains(field.key) {
            body = Substring(field.value)
        }
        self.question = question
        self.heading = heading
        if body.contains("[") || body.contains("☐") || body.contains("☒") {
            guard let checked = Self.checkedLabel(String(body)) else {
                guard Self.isBlank(String(body)) || body.contains("[ ]") || body.contains("☐") else { return nil }
                text = line
                option = nil
                return
            }
            guard let match = options.matching(checked) else { return nil }
            text = line
            option = match
            return
        }
        // "Option 1 - a statutory ICS board …": the answer is what comes before the dash.
        var lead = body.prefix { !",.;:!(".contains($0) }
        for dash in [" - ", " – ", " — "] {
            if let range = lead.range(of: dash) { lead = lead[..<range.lowerBound] }
        }
        guard Words(String(lead)).wordCount <= 6,
            var match = options.matching(String(lead)) ?? options.matching(String(body))
        else { return nil }
        let after = Words(String(body.dropFirst(lead.count))).tokens.filter { !Words.isMark($0) }
        if after.first == "strongly",
            let strong = options.first(where: { $0.side == match.side && $0.id.matchKey.contains("strong") })
        {
            match = strong
        }
        text = LetterSentence.split(line).first ?? line
        option = match
    }

    /// The labels forms put before an answer.
    static let labels: Set<String> = ["answer", "response", "your answer", "a", "your response"]

    private static let checks = ["[x]", "[X]", "[✓]", "[✔]", "☒", "☑", "[*]"]

    /// The label after the ticked box, up to the next box.
    private static func checkedLabel(_ text: String) -> String? {
        for mark in checks {
            guard let range = text.range(of: mark) else { continue }
            let after = text[range.upperBound...]
            let label = after.prefix { $0 != "[" && $0 != "☐" && $0 != "☒" && $0 != "☑" }
            return String(label).trimmingSpaces()
        }
        return nil
    }

    private static func isBlank(_ text: String) -> Bool {
        let key = text.matchKey.filter { $0.isLetter || $0 == " " }
        return ["not answered", "no response", "no answer", "left blank", "blank", "na"].contains(key)
    }
}
