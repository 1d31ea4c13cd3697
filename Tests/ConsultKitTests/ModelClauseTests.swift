import Testing

@testable import ConsultKit

/// A model named only by what it does: the questionnaire's option features, read inside a clause about a model.
@Suite struct ModelClauseTests {
    /// Clauses described with the features of the shipped questionnaire, made into one mention.
    static let clauses = ModelClause(options: Letters.questionnaire.scales["options"] ?? [])

    static func described(_ sentence: String) -> [String] {
        let words = Words(sentence)
        return clauses.merged(with: [], in: words).map(\.option)
    }

    @Test(arguments: [
        ("The LMC prefers the model that retains the CCG and its governing body.", "option-1"),
        ("We favour keeping the existing organisations and binding them together.", "option-1"),
        ("We back the option in which the CCG and the trusts remain as they are.", "option-1"),
        ("We favour creating a new organisation with its own board, chair and chief executive.", "option-2"),
        ("The model in which no single organisation can block a decision is the better basis.", "option-2"),
        ("We endorse the proposal to establish ICSs as NHS bodies by re-purposing CCGs.", "option-2"),
    ])
    func aClauseWithOneOptionsFeaturesNamesIt(sentence: String, option: String) {
        #expect(Self.described(sentence) == [option])
    }

    @Test(arguments: [
        // Features of both options.
        "We could support the model that keeps the CCG but removes the veto.",
        // Negated.
        "We could support a model that does not keep the veto.",
        // What is proposed, not a model; "NHS bodies" are its members.
        "We support the proposal that, beyond the mandatory NHS bodies, membership should be permissive.",
        // An adjective, not something to be done.
        "Existing bodies have worked together well.",
        // No feature at all.
        "We prefer the model that gives councils a real voice.",
    ])
    func otherClausesNameNone(sentence: String) {
        #expect(Self.described(sentence).isEmpty)
    }

    /// The clause ends where the sentence turns to what the model is preferred to, which is a clause of its own.
    @Test func aClauseStopsAtRatherThan() {
        let words = Words(
            "We favour creating a new organisation with its own chair, rather than relying on a committee of the existing bodies."
        )
        let mentions = Self.clauses.merged(with: [], in: words)
        #expect(mentions.map(\.option) == ["option-2", "option-1"])
        let rather = words.tokens.firstIndex(of: "rather") ?? 0
        #expect(mentions.first.map { $0.end <= rather } == true)
        #expect(mentions.last.map { words.tokens[$0.start] } == "relying")
    }

    @Test func aFeatureWithAGapMatchesOnlyWithinItsClause() {
        let parts = [Phrase("keep*", plurals: false), Phrase("veto", plurals: false)]
        let near = Words("keeps each partner's veto").tokens
        #expect(ModelClause.match(parts, in: near, at: 0, before: near.count))
        let far = Words("keeps the boards of the councils and the veto").tokens
        #expect(!ModelClause.match(parts, in: far, at: 0, before: far.count))
        let across = Words("keeps its board, and the veto").tokens
        #expect(!ModelClause.match(parts, in: across, at: 0, before: across.count))
    }

    /// End to end: letters that name the model only by what it does.
    @Test(arguments: [
        (
            "For these reasons the LMC prefers the model that retains the CCG and its governing body.",
            "option-1"
        ),
        (
            "For that reason the Network favours keeping the existing organisations and binding them together.",
            "option-1"
        ),
        (
            "We favour creating a new organisation with its own board, chair and chief executive, rather than relying on a committee of existing bodies.",
            "option-2"
        ),
        (
            "Our conclusion is that the model in which no single organisation can block a decision is the better basis for integration.",
            "option-2"
        ),
    ])
    func lettersNamingTheModelByWhatItDoes(sentence: String, option: String) {
        #expect(Letters.choice(Letters.letter(sentence), "option") == option)
    }

    @Test func aClauseThatCutsBothWaysIsNoPreference() {
        let text = Letters.letter("We would support the model that keeps the CCG but removes the veto.")
        #expect(Letters.choice(text, "option") == nil)
    }
}
