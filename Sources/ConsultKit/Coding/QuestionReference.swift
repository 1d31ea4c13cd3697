/// A line that names a question by number: "Q4. Do you agree …?", "Question 2 – Option 2", "Q1",
/// "Question one: yes".
struct QuestionReference: Sendable, Hashable {
    /// The number the letter gives the question (which an online form may have changed).
    var number: Int
    /// What follows the number: the question's text, a topic, or the start of the answer.
    var rest: String
    /// An answer written on the same line after the question ("Q4. Do you agree …? Yes.").
    var answer: String?
    /// Whether the number is an item of a form's section ("2.1", "1.3"), which names no consultation question.
    var isSubItem = false
    /// The number of questions a form says it has, in "Question 5 of 10"; such a form puts the question's
    /// text on the next line.
    var total: Int?

    /// Reads a reference at the start of `line`, or returns `nil`.
    init?(_ line: String) {
        var text = Substring(line)
        while let first = text.first, "*#_ ".contains(first) { text.removeFirst() }
        let lower = text.lowercased()
        // A bare number ("5  Do you agree …?", as Citizen Space exports number their items) counts only
        // before a question, so that numbered paragraphs of a letter are not taken for references.
        var bare = false
        if lower.hasPrefix("question") {
            text = text.dropFirst("question".count)
        } else if lower.hasPrefix("q") {
            text = text.dropFirst()
        } else if text.first?.isNumber == true {
            bare = true
        } else {
            return nil
        }
        while let first = text.first, first == " " || first == "." { text.removeFirst() }
        let digits = text.prefix { $0.isNumber }
        if (1...2).contains(digits.count), let number = Int(digits) {
            self.number = number
            text = text.dropFirst(digits.count)
            // "2.1 Do you agree …?": an item of a form's section, named by its text, not its number.
            if text.first == ".", let sub = text.dropFirst().first, sub.isNumber {
                text = text.dropFirst().drop { $0.isNumber }
                isSubItem = true
                // "2.2.a Please tell us why": a part of the item above, which keeps that item's question.
                if text.first == ".", let part = text.dropFirst().first, part.isLetter || part.isNumber { return nil }
            }
        } else if !bare, let (word, number) = Self.numberWords.first(where: { text.lowercased().hasPrefix($0.0) }) {
            self.number = number
            text = text.dropFirst(word.count)
        } else {
            return nil
        }
        if let next = text.first, next.isLetter || next.isNumber { return nil }
        while let first = text.first, " .:)–—-".contains(first) { text.removeFirst() }
        while let last = text.last, "*_ ".contains(last) { text.removeLast() }
        rest = String(text)
        // "Question 5 of 10": the form's count, not part of the question.
        let count = Words(rest).tokens
        if count.count == 2, count[0] == "of", let total = Int(count[1]) {
            self.total = total
            rest = ""
        }
        // A form's short numbered item ("1.2 Your organisation") is a reference; a numbered paragraph is not.
        if bare, !rest.contains("?"), !(isSubItem && Words(rest).wordCount <= 6) { return nil }
        if let mark = rest.lastIndex(of: "?") {
            let after = String(rest[rest.index(after: mark)...]).trimmingSpaces()
            // "(optional)" after a form's question is a note on the question, not an answer.
            let isNote = after.hasPrefix("(") && after.hasSuffix(")")
            if !after.isEmpty, Words(String(rest[..<mark])).wordCount >= 4 {
                answer = isNote ? nil : after
                rest = String(rest[...mark])
            }
        }
    }

    /// Whether the rest is itself a question ("Do you agree …?", "What is your name?").
    var asks: Bool {
        let first = Words(rest).tokens.first ?? ""
        return rest.hasSuffix("?") || Self.interrogatives.contains(first)
    }

    /// Whether the rest is the start of an answer ("Question 1. We agree that …", "Q2 (Option 2): we disagree.")
    /// rather than a heading.
    var isContent: Bool {
        guard !asks else { return false }
        let words = Words(rest)
        if words.wordCount > 8 || (words.wordCount >= 2 && rest.hasSuffix(".")) { return true }
        guard let colon = words.tokens.firstIndex(where: { $0 == ":" || $0 == "." }) else { return false }
        return words.tokens[(colon + 1)...].contains { !Words.isMark($0) }
    }

    private static let interrogatives: Set<String> = [
        "do", "does", "is", "are", "what", "which", "how", "who", "may", "can", "would", "should", "please", "where",
        "when",
    ]
    private static let numberWords: [(String, Int)] = [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9),
        ("ten", 10),
    ]
}
