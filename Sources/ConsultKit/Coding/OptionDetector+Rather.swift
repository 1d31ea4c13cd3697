extension OptionDetector {
    /// What the writer "would rather" have, when it is one option, named or described, in the clause after "rather"
    /// and before any "than": "the Board would rather the CCG's duties passed into a new statutory NHS body for the
    /// whole system than see an accountable officer bolted on to a committee of the existing organisations", "our
    /// members would rather see the partnership put into law as a committee of the existing organisations".
    ///
    /// The weight is 2 when what follows "than" names only the other option, and 1 otherwise. Nothing is read when
    /// the clause names both options or neither, when the writer is not the one who would rather, when "rather" is
    /// negated, or when the sentence is about timing ("we would rather see a statutory body emerge later").
    func ratherChoice(in words: Words, mentions: [OptionVocabulary.Mention]) -> (option: String, weight: Double)? {
        let tokens = words.tokens
        guard
            let at = tokens.indices.first(where: { index in
                tokens[index] == "rather" && index > 0 && ["would", "d", "much"].contains(tokens[index - 1])
                    && index + 1 < tokens.count && tokens[index + 1] != "than"
            }),
            !words.containsAny(Self.timings)
        else { return nil }
        let verb = tokens[at - 1] == "much" && at >= 2 ? at - 2 : at - 1
        // Negated in its own clause: "(and several members wished it did not), the Board would rather …" is not.
        let opening = tokens[..<verb].lastIndex(where: Words.isMark).map { $0 + 1 } ?? 0
        guard Attribution.isWriters(words, verbAt: verb),
            !StancePatterns.isNegated(Array(tokens[opening...]), before: verb - opening)
        else { return nil }
        // "would rather use this response to ask that, whichever is chosen, community providers are represented on
        // the ICS board": what follows "whichever", or a "that" further on, is no choice; "would rather that the CCG
        // became …" is.
        let from = tokens[at + 1] == "that" ? at + 2 : at + 1
        let end = tokens[from...].firstIndex { Self.ratherEnds.contains($0) || $0 == "that" } ?? tokens.count
        // The option wanted is not the owner of something else ("the ICS body's powers").
        let wanted = mentions.filter {
            $0.start > at && $0.start < end && ($0.end == tokens.count || tokens[$0.end] != "s")
        }
        let option: String
        if !wanted.isEmpty {
            guard !mentions.contains(where: { $0.start > at && $0.start < end && $0.option != wanted[0].option })
            else { return nil }
            option = wanted[0].option
        } else if !mentions.contains(where: { $0.start > at && $0.start < end }),
            let described = vocabulary.described(in: Words(tokens: Array(tokens[(at + 1)..<end])))
        {
            option = described
        } else {
            return nil
        }
        let after = mentions.filter { $0.start > end }.map(\.option)
        let contrasted = end < tokens.count && tokens[end] == "than" && !after.isEmpty && !after.contains(option)
        return (option, contrasted ? 2 : 1)
    }

    /// Words that make "rather … than" a choice of timing: "emerge later than be imposed now".
    static let timings: [Phrase] = ["later", "in time", "eventually", "in due course", "over time", "emerge"]

    /// Where the clause of what the writer would rather have ends.
    static let ratherEnds: Set<String> = ["than", ";", ".", "?", "whichever", "whatever"]
}
