import Foundation

/// Small helpers for prose that reads like a person wrote it.
public enum Grammar {
    /// "a local authority respondent", "an NHS trust respondent".
    public static func indefinite(_ noun: String) -> String {
        guard let first = noun.first else { return noun }
        let firstWord = noun.prefix { $0 != " " }
        let isAcronym = firstWord.count > 1 && firstWord.allSatisfy { $0.isUppercase || $0.isNumber }
        let anSounds: Set<String> = ["N", "H", "F", "L", "M", "R", "S", "X", "A", "E", "I", "O"]
        let vowel = "aeiouAEIOU".contains(first)
        let useAn = isAcronym ? anSounds.contains(String(first)) : vowel
        return (useAn ? "an " : "a ") + noun
    }

    /// "one response", "3 responses": a count with the noun agreeing, numbers below ten in words.
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number(n)) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Numbers from zero to nine in words, larger ones as digits (house style for reports).
    public static func number(_ n: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return (0..<words.count).contains(n) ? words[n] : String(n)
    }

    /// "A", "A and B", "A, B and C"; items that contain "and" themselves are separated by semicolons
    /// ("A; B and C; and D") so the list still reads unambiguously.
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2 where !items.contains(where: { $0.contains(" and ") }): return items[0] + " and " + items[1]
        default:
            let separator = items.contains { $0.contains(" and ") || $0.contains(",") } ? "; " : ", "
            let last = separator == "; " ? "; and " : " and "
            return items.dropLast().joined(separator: separator) + last + (items.last ?? "")
        }
    }

    /// The text with its first letter in upper case.
    public static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension String {
    /// The text cut to `limit` characters at a word boundary, with an ellipsis when cut.
    func shortened(to limit: Int) -> String {
        guard count > limit else { return self }
        var cut = String(prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:-–".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// Lower-cases the first word unless it is an acronym ("Local authority" → "local authority", "NHS trust" stays).
    func lowercasedFirstWordUnlessAcronym() -> String {
        let firstWord = prefix { $0 != " " }
        if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "/" }) { return self }
        guard let first = first else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension Grammar {
    /// "Hackney's", "Partners'".
    public static func possessive(_ name: String) -> String {
        name.hasSuffix("s") ? name + "'" : name + "'s"
    }

    /// A naive English plural for labels: "local authority" → "local authorities", "NHS trust" → "NHS trusts".
    public static func plural(_ noun: String) -> String {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        if noun.hasSuffix("s") || noun.hasSuffix("sh") || noun.hasSuffix("ch") { return noun + "es" }
        if noun.hasSuffix(" of the public") { return noun.replacingOccurrences(of: "ember of", with: "embers of") }
        return noun + "s"
    }
}
