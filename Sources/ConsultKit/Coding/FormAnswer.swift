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

    /// An answer already read.
    init(question: String, heading: String, text: String, option: ScaleOption?) {
        self.question = question
        self.heading = heading
        self.text = text
        self.option = option
    }

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
        // "[not answered]": a form's own word for a blank item.
        if body.contains("["), Self.isBlank(String(body)) {
            text = line
            option = nil
            return
        }
        let boxes = Self.boxes(in: body)
        if !boxes.isEmpty {
            guard let checked = Self.checkedLabel(body, boxes: boxes) else {
                // No box ticked is a blank answer; more than one is not an answer that can be read.
                guard !boxes.contains(where: \.ticked) else { return nil }
                text = line
                option = nil
                return
            }
            guard let match = options.matching(checked) ?? options.matching(Self.beforeGloss(checked)) else {
                return nil
            }
            text = line
            option = match
            return
        }
        // "Option 1 - a statutory ICS board …": the answer is what comes before the dash.
        let lead = Self.beforeGloss(String(body.prefix { !",.;:!(".contains($0) }))
        // "The first model (statutory ICS board / joint committee …)".
        let unarticled = lead.lowercased().hasPrefix("the ") ? String(lead.dropFirst(4)) : String(lead)
        guard Words(String(lead)).wordCount <= 6,
            var match = options.matching(String(lead)) ?? options.matching(unarticled) ?? options.matching(String(body))
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

    /// What a line of tick boxes says: the ticked box's label ("On behalf of an organisation" from "[ ] An
    /// individual  [x] On behalf of an organisation"), the line itself when it has no boxes, or `nil` when no one
    /// box is ticked.
    static func ticked(_ line: String) -> String? {
        let found = boxes(in: Substring(line))
        return found.isEmpty ? line : checkedLabel(Substring(line), boxes: found)
    }

    /// Whether a line sets out a form's choices as boxes ("( ) Agree (•) Disagree"): a form's answer, never prose.
    static func isChoiceList(_ line: String) -> Bool { boxes(in: Substring(line)).count >= 2 }

    /// Whether a line holds a tick box or radio button: "[x] Agree", "Agree [ ]", "(*) Option 2", "☐".
    static func hasBoxes(_ line: String) -> Bool { !boxes(in: Substring(line)).isEmpty }

    /// The tick boxes and radio buttons in a line, in order: "[ ]", "[x]", "( )", "(*)", "☐", "☒" and the like.
    private static func boxes(in text: Substring) -> [(range: Range<Substring.Index>, ticked: Bool)] {
        var found: [(range: Range<Substring.Index>, ticked: Bool)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if let ticked = singleBoxes[character] {
                found.append((index..<next, ticked))
            } else if character == "[", let close = text[next...].prefix(4).firstIndex(of: "]") {
                // "[ ]", "[x]", "[ X ]".
                let inside = String(text[next..<close]).trimmingSpaces()
                if inside.isEmpty || bracketMarks.contains(inside) {
                    found.append((index..<text.index(after: close), !inside.isEmpty))
                    index = text.index(after: close)
                    continue
                }
            } else if character == "(", next < text.endIndex, text.index(after: next) < text.endIndex,
                text[text.index(after: next)] == ")", text[next] == " " || radioMarks.contains(text[next])
            {
                // "( )", "(*)": a radio button holds one character.
                let close = text.index(after: next)
                found.append((index..<text.index(after: close), text[next] != " "))
                index = text.index(after: close)
                continue
            }
            index = next
        }
        return found
    }

    private static let singleBoxes: [Character: Bool] = [
        "☐": false, "☒": true, "☑": true, "○": false, "◯": false, "●": true, "◉": true, "⦿": true,
    ]
    private static let bracketMarks: Set<String> = ["x", "X", "✓", "✔", "*", "•"]
    private static let radioMarks: Set<Character> = ["x", "X", "*", "•", "✓", "✔", "o"]

    /// The label of the one ticked box: after it ("[x] Agree [ ] Disagree", "(*) Option 2 - …"), or before it
    /// when the line puts labels first ("Agree [x]   Disagree [ ]"); `nil` unless exactly one box is ticked.
    private static func checkedLabel(_ text: Substring, boxes: [(range: Range<Substring.Index>, ticked: Bool)])
        -> String?
    {
        let ticked = boxes.indices.filter { boxes[$0].ticked }
        guard ticked.count == 1, let first = boxes.first, let at = ticked.first else { return nil }
        let labelsFirst = text[..<first.range.lowerBound].contains { $0.isLetter }
        let label: Substring
        if labelsFirst {
            let start = at > 0 ? boxes[at - 1].range.upperBound : text.startIndex
            label = text[start..<boxes[at].range.lowerBound]
        } else {
            let end = at + 1 < boxes.count ? boxes[at + 1].range.lowerBound : text.endIndex
            label = text[boxes[at].range.upperBound..<end]
        }
        let trimmed = String(label).trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// An answer without the gloss after its dash: "Option 2" of "Option 2 - statutory ICS body".
    private static func beforeGloss(_ text: String) -> String {
        var lead = Substring(text)
        for dash in [" - ", " – ", " — "] {
            if let range = lead.range(of: dash) { lead = lead[..<range.lowerBound] }
        }
        return String(lead)
    }

    private static func isBlank(_ text: String) -> Bool {
        let key = text.matchKey.filter { $0.isLetter || $0 == " " }
        return ["not answered", "no response", "no answer", "left blank", "blank", "na"].contains(key)
    }
}
