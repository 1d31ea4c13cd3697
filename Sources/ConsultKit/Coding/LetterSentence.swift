/// One sentence of a letter's body, with where it stands: its paragraph and that paragraph's section.
struct LetterSentence: Sendable, Hashable {
    /// The sentence as written (lines joined by spaces), so it can be quoted as evidence.
    var text: String
    /// The sentence as words, for matching.
    var words: Words
    /// The index of its paragraph in the segmentation.
    var paragraph: Int
    /// The section its paragraph went to.
    var question: String
    /// Whether the letter itself named that section's question.
    var explicit: Bool

    /// Every sentence of every paragraph, in order.
    static func sentences(of segmentation: Segmentation) -> [LetterSentence] {
        var sentences: [LetterSentence] = []
        for (index, paragraph) in segmentation.paragraphs.enumerated() {
            for line in logicalLines(paragraph.lines) {
                for text in split(line) {
                    sentences.append(
                        LetterSentence(
                            text: text, words: Words(text), paragraph: index, question: paragraph.question,
                            explicit: paragraph.explicit))
                }
            }
        }
        return sentences
    }

    /// Lines joined where a sentence runs on to the next line; list items and lines ending a sentence stay apart.
    static func logicalLines(_ lines: [String]) -> [String] {
        var joined: [String] = []
        for line in lines {
            let isItem = line.hasPrefix("- ") || line.hasPrefix("• ") || line.hasPrefix("* ")
            if let last = joined.last, !isItem, let end = last.last, !".?!:".contains(end), !isHeading(last) {
                joined[joined.count - 1] = last + " " + line
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    /// Splits text into sentences after `.`, `?` or `!` (and any closing quote, bracket or emphasis) followed
    /// by a space, except after abbreviations, initials and list numbers.
    static func split(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard ".?!".contains(character) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, "\"'”’)]*_".contains(characters[end]) { end += 1 }
            guard end == characters.count || characters[end].isWhitespace else {
                index = end
                continue
            }
            if character == ".", isAbbreviation(before: index, in: characters, from: start) {
                index = end
                continue
            }
            let sentence = String(characters[start..<end]).trimmingSpaces()
            if !sentence.isEmpty { sentences.append(sentence) }
            start = end
            index = end
        }
        let rest = String(characters[start...]).trimmingSpaces()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "cllr", "e.g", "i.e", "etc", "vs", "approx", "ltd", "cf", "para",
        "paras", "ref", "tel", "fig", "vol", "inc", "co",
    ]

    private static func isAbbreviation(before index: Int, in characters: [Character], from start: Int) -> Bool {
        var wordStart = index
        while wordStart > start, !characters[wordStart - 1].isWhitespace { wordStart -= 1 }
        let word = String(characters[wordStart..<index]).lowercased().filter { $0.isLetter || $0.isNumber || $0 == "." }
        if word.isEmpty { return false }
        if word.count == 1, word.first?.isLetter == true { return true }
        if wordStart == start, word.allSatisfy(\.isNumber), word.count <= 2 { return true }
        return abbreviations.contains(word)
    }

    private static func isHeading(_ line: String) -> Bool {
        Words(line).wordCount <= 10 && (line.hasSuffix("**") || QuestionReference(line) != nil)
    }
}
