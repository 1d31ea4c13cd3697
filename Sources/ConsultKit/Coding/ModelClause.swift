/// A model described by what it does rather than named: "the model that retains the CCG and its governing body",
/// "keeping the existing organisations and binding them together", "the option in which no single organisation can
/// block a decision".
///
/// Each option's `features` in the questionnaire are words too common to name it on their own ("new
/// organisation", "keep* … veto"). Inside a clause about a model, or a phrase that starts with what is to be done,
/// they name the option when every feature and every name in the clause belongs to that one option. A clause with
/// features of two options, or a negation, names none: "the model that keeps the boards but removes their veto".
struct ModelClause: Sendable {
    /// One feature: phrases in order, each within ``gap`` words of the one before.
    struct Feature: Sendable {
        let option: String
        let parts: [Phrase]
    }

    let features: [Feature]

    /// The most words between the parts of a feature ("keeps" … "veto" in "keeps each partner's veto").
    static let gap = 4
    /// The most words a clause may run to.
    static let length = 30

    init(options: [ScaleOption]) {
        features = options.flatMap { option in
            option.features.map { text in
                let parts = text.replacingOccurrences(of: "...", with: "…").split(separator: "…")
                    .map { Phrase(String($0), plurals: false) }.filter { !$0.words.isEmpty }
                return Feature(option: option.id, parts: parts)
            }
            .filter { !$0.parts.isEmpty }
        }
    }

    /// `named` with each clause that describes one option replaced by a single mention of it, spanning the clause
    /// and any names inside it, in order.
    func merged(with named: [OptionVocabulary.Mention], in words: Words) -> [OptionVocabulary.Mention] {
        guard !features.isEmpty else { return named }
        let tokens = words.tokens
        var mentions = named
        var index = 0
        while index < tokens.count {
            guard let (start, clauseStart) = head(at: index, in: tokens),
                !mentions.contains(where: { $0.start <= start && $0.end > start || $0.end == start })
            else {
                index += 1
                continue
            }
            let end = Self.end(of: tokens, from: clauseStart)
            let inside = mentions.filter { $0.start >= clauseStart && $0.end <= end }
            let crossing = mentions.contains { $0.start < end && $0.end > end }
            let found = matches(in: tokens, from: clauseStart, to: end)
            let options = Set(found).union(inside.map(\.option))
            guard !found.isEmpty, !crossing, options.count == 1, let option = options.first,
                !tokens[clauseStart..<end].contains(where: { Self.negations.contains($0) })
            else {
                index += 1
                continue
            }
            mentions.removeAll { $0.start >= clauseStart && $0.end <= end }
            mentions.append(OptionVocabulary.Mention(option: option, start: start, end: end, naming: .description))
            index = end
        }
        return mentions.sorted { $0.start < $1.start }
    }

    /// The option a whole sentence describes without naming it, for "That is the arrangement I support" after it:
    /// at least two features, all of one option, and no "not", up to any "than" that turns to what is set aside.
    func option(describedBy tokens: [String]) -> String? {
        // "We would rather deal with one accountable NHS organisation … than with a committee of all the existing
        // bodies": what follows "than" is set aside.
        let end = Self.contrast(in: tokens) ?? tokens.count
        guard !tokens[..<end].contains(where: { Self.negations.contains($0) }) else { return nil }
        let found = matches(in: tokens, from: 0, to: end)
        guard found.count >= 2, Set(found).count == 1 else { return nil }
        return found.first
    }

    /// The options of the features found wholly within `start..<end`. A feature just after "no" or "not" is not
    /// counted ("no single NHS organisation can override the others" is no single NHS organisation), unless the
    /// feature is itself negative ("no … veto").
    func matches(in tokens: [String], from start: Int, to end: Int) -> [String] {
        features.filter { feature in
            (start..<end).contains { position in
                Self.match(feature.parts, in: tokens, at: position, before: end)
                    && !tokens[max(start, position - 2)..<position].contains { ["no", "not"].contains($0) }
            }
        }
        .map(\.option)
    }

    /// Whether the parts match in order from `position`, each within ``gap`` words of the last, all before `end`.
    static func match(_ parts: [Phrase], in tokens: [String], at position: Int, before end: Int) -> Bool {
        guard let first = parts.first, position + first.words.count <= end, first.matches(tokens, at: position)
        else { return false }
        var next = position + first.words.count
        for part in parts.dropFirst() {
            let last = min(end - part.words.count, next + gap)
            guard last >= next,
                let found = (next...last).first(where: {
                    part.matches(tokens, at: $0) && !tokens[next..<$0].contains(where: Words.isMark)
                })
            else { return false }
            next = found + part.words.count
        }
        return true
    }

    /// Where a clause about a model starts at `index`: the model's noun before "that", "which", "in which",
    /// "where", "with" or "of" ("the model that …", "the option of keeping …"), what follows "set up as" or
    /// "established as", or a verb of doing ending in "-ing" that a feature starts at or just after ("keeping the
    /// existing …", "creating a new organisation").
    /// Returns the mention's first token and the clause's first token.
    private func head(at index: Int, in tokens: [String]) -> (Int, Int)? {
        let token = tokens[index]
        if Self.nouns.contains(token), index >= 1, Self.determiners.contains(tokens[index - 1]),
            index + 1 < tokens.count
        {
            let marker = tokens[index + 1]
            // "the proposal that membership should be permissive" is what is proposed, not a model.
            if token == "proposal", !["to", "of"].contains(marker) { return nil }
            if ["that", "which", "where", "whereby", "with", "to"].contains(marker) { return (index, index + 2) }
            if ["in", "under", "by"].contains(marker), index + 2 < tokens.count, tokens[index + 2] == "which" {
                return (index, index + 3)
            }
            if marker == "of", index + 2 < tokens.count, tokens[index + 2].hasSuffix("ing") {
                return (index, index + 2)
            }
            return nil
        }
        // "ICSs to be set up as statutory partnership boards working through a joint committee": how the system is
        // to be made, after "as".
        if token == "as", index >= 1, OptionVocabulary.makings.contains(tokens[index - 1]), index + 1 < tokens.count {
            return (index + 1, index + 1)
        }
        // "in favour of keeping the organisations that already exist …", "I'd go with folding it into one
        // organisation": what is to be done, after the words of a preference.
        let preferred =
            index >= 2 && ["of", "with", "for"].contains(tokens[index - 1])
            && Self.preferring.contains(tokens[index - 2])
        guard token.hasSuffix("ing"), token.count > 5, !Self.notDoing.contains(token),
            index == 0 || !Self.beforeNouns.contains(tokens[index - 1]) || preferred
        else { return nil }
        let reach = min(tokens.count, index + 4)
        let starts = (index..<reach).prefix { $0 == index || !Words.isMark(tokens[$0]) }
        let described = starts.contains { start in
            features.contains { Self.match($0.parts, in: tokens, at: start, before: min(tokens.count, start + 12)) }
        }
        return described ? (index, index) : nil
    }

    /// Where the clause from `start` ends: at a stop, a turn to something else ("rather than", ", but"), or the
    /// sentence's main verb ("the model which retains the sovereignty of partner boards is the right one").
    private static func end(of tokens: [String], from start: Int) -> Int {
        let limit = min(tokens.count, start + length)
        var position = start
        while position < limit {
            let token = tokens[position]
            if stops.contains(token) { return position }
            if token == ",", position + 1 < tokens.count, turns.contains(tokens[position + 1]) { return position }
            if mainVerbs.contains(token), position > start, !subjects.contains(tokens[position - 1]) {
                return position
            }
            position += 1
        }
        return limit
    }

    private static let nouns: Set<String> = [
        "model", "option", "one", "approach", "arrangement", "version", "proposal", "structure", "form", "route",
    ]
    private static let determiners: Set<String> = ["the", "a", "an", "that", "this"]
    /// Words of a preference before "of", "with" or "for" and what is to be done: "in favour of keeping …".
    private static let preferring: Set<String> = [
        "favour", "go", "support", "case", "argue", "argues", "vote", "opt",
        // "we come down on the side of folding the CCG's functions into a new statutory NHS organisation".
        "side",
        // "the branch's preference lies with keeping the statutory bodies we already have".
        "lies", "rests",
    ]
    /// Words before an "-ing" word that make it a noun or an adjective: "of existing bodies", "the funding".
    private static let beforeNouns: Set<String> = [
        "the", "a", "an", "of", "our", "their", "its", "his", "her", "your", "this", "that", "these", "those", "and",
        "or", "in", "for", "from", "with", "into",
    ]
    /// Words ending in "-ing" that are not things to be done.
    private static let notDoing: Set<String> = [
        "existing", "during", "including", "nothing", "something", "anything", "everything", "according",
        "following", "remaining", "leading", "funding", "commissioning", "planning", "housing", "meeting",
        "training", "understanding", "wellbeing", "being", "thing", "things", "bring", "spring", "regarding",
        "concerning", "increasing", "growing", "ongoing", "outstanding", "surrounding", "emerging", "governing",
        "preceding", "forthcoming", "overarching", "underlying", "corresponding",
    ]
    private static let stops: Set<String> = [
        ".", ";", ":", "–", "(", ")", "?", "!", "rather", "instead", "than", "whereas", "while", "although", "though",
        "because", "unless",
    ]
    /// Words after a comma that start another clause.
    private static let turns: Set<String> = [
        "but", "which", "not", "because", "since", "although", "though", "while", "whereas", "so", "as", "if", "we",
        "i", "our", "it", "this", "and", "then", "however", "to",
    ]
    /// Verbs that end a clause about a model when they are the sentence's own: "… is the right one".
    private static let mainVerbs: Set<String> = [
        "is", "are", "was", "were", "would", "will", "seems", "appears", "remains", "should", "could", "must",
        "offers", "provides", "represents", "strikes",
    ]
    /// Words before such a verb that make it the clause's own: "the model which is", "where there is".
    private static let subjects: Set<String> = ["that", "which", "there", "it", "they", "who", "and", "or", "where"]
    private static let negations: Set<String> = ["not", "never", "nor", "neither"]
    /// Words after which what a sentence names is set aside: "… rather than create a new NHS body", "instead of",
    /// "whereas" ("rather" alone is a preference: "we would rather deal with …").
    private static let contrasts: Set<String> = ["instead", "than", "whereas"]

    /// Where the sentence first turns to what it sets aside: "than", "whereas" or "instead of", but not "instead"
    /// alone, which puts forward what follows ("Members considered instead the arrangement in which …").
    static func contrast(in tokens: [String]) -> Int? {
        tokens.indices.first { index in
            contrasts.contains(tokens[index])
                && (tokens[index] != "instead" || (index + 1 < tokens.count && tokens[index + 1] == "of"))
        }
    }
}
