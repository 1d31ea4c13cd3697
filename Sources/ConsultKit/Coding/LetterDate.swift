/// Finds the date a letter was written: "4 January 2021", "04/01/2021", "28th December 2020",
/// "Monday, January 4, 2021 at 5:58 PM", "Thu 31/12/2020 12:20", "14.12.2020". Slashed and dotted dates are
/// British (day first).
enum LetterDate {
    /// The date in a line that holds little else (a weekday, a time), or `nil`.
    static func standalone(_ line: String) -> Day? {
        let tokens = tokens(of: line)
        guard let (day, used) = parse(tokens) else { return nil }
        let rest = tokens.enumerated().filter { !used.contains($0.offset) && !isFiller($0.element) }
        return rest.count <= 1 ? day : nil
    }

    /// The first date anywhere in a short text, such as an e-mail's `Sent:` value.
    static func anywhere(_ text: String) -> Day? { parse(tokens(of: text))?.0 }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu",
        "thur", "thurs", "fri", "sat", "sun",
    ]

    private static func tokens(of text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map { String($0).lowercased() }
    }

    private static func month(_ token: String) -> Int? {
        let word = token.trimmingCharacters(in: ".")
        guard word.count >= 3 else { return nil }
        return months.firstIndex { $0 == word || ($0.hasPrefix(word) && word.count <= 4) }.map { $0 + 1 }
    }

    private static func dayNumber(_ token: String) -> Int? {
        var word = token.trimmingCharacters(in: ".")
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) { word.removeLast(2) }
        guard let value = Int(word), (1...31).contains(value) else { return nil }
        return value
    }

    private static func year(_ token: String) -> Int? {
        let word = token.trimmingCharacters(in: ".")
        guard word.count == 4, let value = Int(word), (1900...2999).contains(value) else { return nil }
        return value
    }

    /// The date and the indexes of the tokens that spell it.
    private static func parse(_ tokens: [String]) -> (Day, Set<Int>)? {
        for (index, token) in tokens.enumerated() {
            let word = token.trimmingCharacters(in: ".")
            if word.contains("/") || (word.count == 10 && word.filter({ $0 == "-" }).count == 2),
                let day = Day(parsing: word)
            {
                return (day, [index])
            }
            // "14.12.2020", day first as slashed dates are.
            let dotted = word.split(separator: ".")
            if dotted.count == 3, dotted.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
                dotted[2].count == 4, let day = Day(parsing: dotted.joined(separator: "/"))
            {
                return (day, [index])
            }
            guard let month = month(token) else { continue }
            let yearIndex = (index + 1...min(index + 2, tokens.count - 1)).first { year(tokens[$0]) != nil }
            guard let yearIndex, let year = year(tokens[yearIndex]) else { continue }
            if index > 0, let day = dayNumber(tokens[index - 1]), let found = Day(year: year, month: month, day: day) {
                return (found, [index - 1, index, yearIndex])
            }
            if yearIndex == index + 2, let day = dayNumber(tokens[index + 1]),
                let found = Day(year: year, month: month, day: day)
            {
                return (found, [index, index + 1, yearIndex])
            }
        }
        return nil
    }

    private static func isFiller(_ token: String) -> Bool {
        let word = token.trimmingCharacters(in: ".")
        return weekdays.contains(word) || word.contains(":") || ["at", "am", "pm", "on"].contains(word) || word.isEmpty
    }
}
