/// A sentence as lower-case words, for matching phrases the way a reader would.
///
/// Contractions are expanded ("can't" becomes "cannot", "don't" becomes "do not", "that's" becomes
/// "that is"), possessive 's is dropped, "&" reads as "and", hyphens split words, and Markdown emphasis is ignored. Commas,
/// semicolons, colons, dashes, brackets and sentence ends stay as tokens of their own, so a phrase
/// never matches across them unless it spells them out.
struct Words: Sendable, Hashable {
    /// The tokens, in order.
    let tokens: [String]

    /// Punctuation kept as tokens.
    static let marks: Set<Character> = [",", ";", ":", "(", ")", "–", "—", "?", "!", ".", "/"]

    init(_ text: String) {
        var tokens: [String] = []
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            tokens += Self.expand(word)
            word = ""
        }
        let characters = Array(text)
        for (index, raw) in characters.enumerated() {
            let character: Character = raw == "\u{2019}" || raw == "\u{2018}" ? "'" : raw
            if character.isLetter || character.isNumber {
                word += character.lowercased()
            } else if character == "'", !word.isEmpty, index + 1 < characters.count,
                characters[index + 1].isLetter
            {
                word.append("'")
            } else if character == "&" {
                flush()
                tokens.append("and")
            } else if character == "-", !word.isEmpty, index + 1 < characters.count, characters[index + 1].isLetter {
                flush()
            } else {
                flush()
                if Self.marks.contains(character) || character == "-" {
                    // A decimal point or a full stop inside "e.g." is not the end of anything.
                    if character == ".", let last = tokens.last, last.count <= 2, last.allSatisfy(\.isNumber) {
                        continue
                    }
                    tokens.append(character == "—" || character == "-" ? "–" : String(character))
                }
            }
        }
        flush()
        self.tokens = tokens
    }

    /// Words already split into tokens.
    init(tokens: [String]) { self.tokens = tokens }

    /// The token positions where `phrase` starts.
    func positions(of phrase: Phrase, in range: Range<Int>? = nil) -> [Int] {
        let range = range ?? 0..<tokens.count
        let count = phrase.words.count
        guard count > 0, range.count >= count else { return [] }
        var found: [Int] = []
        for start in range.lowerBound...(range.upperBound - count) where phrase.matches(tokens, at: start) {
            found.append(start)
        }
        return found
    }

    /// The first position of `phrase`, if it occurs.
    func first(_ phrase: Phrase, in range: Range<Int>? = nil) -> Int? { positions(of: phrase, in: range).first }

    /// Whether `phrase` occurs anywhere.
    func contains(_ phrase: Phrase) -> Bool { first(phrase) != nil }

    /// Whether any of the phrases occurs.
    func containsAny(_ phrases: [Phrase]) -> Bool { phrases.contains { contains($0) } }

    /// The number of word tokens (marks not counted).
    var wordCount: Int { tokens.filter { !Self.isMark($0) }.count }

    /// Whether a token is punctuation.
    static func isMark(_ token: String) -> Bool {
        token.count == 1 && token.first.map { marks.contains($0) || $0 == "–" } == true
    }

    /// Words whose 's is "is": "it's", "that's", "what's".
    private static let isContracted: Set<String> = [
        "it", "that", "this", "what", "there", "here", "he", "she", "who", "where", "which",
    ]

    /// One word with its contraction spelt out.
    private static func expand(_ word: String) -> [String] {
        switch word {
        case "can't", "cannot": return ["cannot"]
        case "won't": return ["will", "not"]
        case "shan't": return ["shall", "not"]
        default: break
        }
        if word.hasSuffix("n't") { return [String(word.dropLast(3)), "not"] }
        let endings: [(String, String?)] = [
            ("'re", "are"), ("'ve", "have"), ("'d", "would"), ("'ll", "will"), ("'m", "am"), ("'s", nil),
        ]
        for (ending, replacement) in endings where word.hasSuffix(ending) && word.count > ending.count {
            let stem = String(word.dropLast(ending.count))
            // "That's the one I'd pick": after a pronoun 's is "is", not a possessive.
            if ending == "'s", isContracted.contains(stem) { return [stem, "is"] }
            return replacement.map { [stem, $0] } ?? [stem]
        }
        return [word]
    }
}

/// A phrase to look for in ``Words``: its words, where a final `*` matches any ending of the last word
/// and a last word also matches its plural ("body" matches "bodies").
struct Phrase: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The lower-case words.
    let words: [String]
    /// Whether the last word matches any word that starts with it.
    let lastIsPrefix: Bool
    /// Whether the last word also matches its plural; `false` for a phrase that means one thing ("nhs body"
    /// for a model, not "NHS bodies" for its members).
    let plurals: Bool

    init(_ text: String, plurals: Bool = true) {
        var text = text.trimmingSpaces()
        lastIsPrefix = text.hasSuffix("*")
        if lastIsPrefix { text.removeLast() }
        words = Words(text).tokens
        self.plurals = plurals
    }

    init(stringLiteral value: String) { self.init(value) }

    /// Whether the phrase matches the tokens starting at `start`.
    func matches(_ tokens: [String], at start: Int) -> Bool {
        guard start + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() {
            let token = tokens[start + offset]
            if token == word { continue }
            guard offset == words.count - 1 else { return false }
            if lastIsPrefix, token.hasPrefix(word) { continue }
            guard plurals else { return false }
            if token == word + "s" || token == word + "es" { continue }
            if word.hasSuffix("y"), token == word.dropLast() + "ies" { continue }
            return false
        }
        return true
    }
}
