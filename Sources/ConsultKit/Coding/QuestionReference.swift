/// A line that names a question by number: "Q4. Do you agree …?", "Question 2 – Option 2", "Q1".
struct QuestionReference: Sendable, Hashable {
    /// The number the letter gives the question (which an online form may have changed).
    var number: Int
    /// What follows the number: the question's text, a topic, or the start of the answer.
    var rest: String

    /// Reads a reference at the start of `line`, or returns `nil`.
    init?(_ line: String) {
        var text = Substring(line)
        while let first = text.first, "*#_ ".contains(first) { text.removeFirst() }
        let lower = text.lowercased()
        if lower.hasPrefix("question") {
            text = text.dropFirst("question".count)
        } else if lower.hasPrefix("q") {
            text = text.dropFirst()
        } else {
            return nil
        }
        while let first = text.first, first == " " || first == "." { text.removeFirst() }
        let digits = text.prefix { $0.isNumber }
        guard (1...2).contains(digits.count), let number = Int(digits) else { return nil }
        text = text.dropFirst(digits.count)
        if let next = text.first, next.isLetter || next.isNumber { return nil }
        while let first = text.first, " .:)–—-".contains(first) { text.removeFirst() }
        while let last = text.last, "*_ ".contains(last) { text.removeLast() }
        self.number = number
        rest = String(text)
    }

    /// Whether the rest is itself a question ("Do you agree …?", "What is your name?").
    var asks: Bool {
        let first = Words(rest).tokens.first ?? ""
        return rest.hasSuffix("?") || Self.interrogatives.contains(first)
    }

    /// Whether the rest is the start of an answer ("Question 1. We agree that …") rather than a heading.
    var isContent: Bool { !asks && Words(rest).wordCount > 8 }

    private static let interrogatives: Set<String> = [
        "do", "does", "is", "are", "what", "which", "how", "who", "may", "can", "would", "should", "please", "where", "when",
    ]
}
