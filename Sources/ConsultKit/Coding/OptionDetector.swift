/// Infers which option a letter prefers: one of the options, neither, or not stated.
///
/// An option counts when the writer states a preference for it ("we support Option 2", "our preference is
/// for a statutory joint committee", "Option 1 is our preference", "if forced to choose … Option 1"),
/// naming it by number, position or description. Preferences the letter reports from others ("the
/// document has a clear preference for option two", "some partners preferred Option 1") are not the
/// writer's. "We support neither" and "we cannot support either option" give `neither`; declining to choose
/// ("no preference", "did not reach a view") leaves it unstated.
struct OptionDetector: Sendable {
    let question: Question
    let vocabulary: OptionVocabulary

    init?(questionnaire: Questionnaire) {
        guard let question = questionnaire.questions.first(where: { Self.isPreference($0, in: questionnaire) }) else {
            return nil
        }
        self.question = question
        vocabulary = OptionVocabulary(options: questionnaire.options(for: question))
    }

    /// Whether a question asks for a choice between options rather than agreement.
    static func isPreference(_ question: Question, in questionnaire: Questionnaire) -> Bool {
        let options = questionnaire.options(for: question)
        let real = options.filter { $0.side != ScaleOption.noSide && !OptionVocabulary.isNeither($0) }
        return real.count >= 2 && !StanceDetector.isAgreement(question, in: questionnaire)
    }

    /// The preferred option, if the letter states one.
    func infer(_ sentences: [LetterSentence], formAnswer: FormAnswer?) -> Inference? {
        if let formAnswer, let option = formAnswer.option {
            return Inference(choice: option.id, confidence: .high, evidence: [formAnswer.heading, formAnswer.text])
        }
        var signals: [Signal] = []
        // "It" refers back within a paragraph; "the alternative" may answer an option named paragraphs before.
        var last: String?
        var lastInLetter: String?
        var paragraph = -1
        for (index, sentence) in sentences.enumerated() {
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                last = nil
            }
            let mentions = vocabulary.mentions(in: sentence.words, previous: lastInLetter)
            signals += self.signals(in: sentence.words, index: index, mentions: mentions, previous: last)
            last = mentions.last?.option ?? last
            lastInLetter = mentions.last?.option ?? lastInLetter
        }
        return decide(signals, sentences)
    }
}

extension OptionDetector {
    /// Something one sentence says about the options.
    struct Signal: Sendable, Hashable {
        enum Kind: Sendable, Hashable { case prefers, rejects, neither, declines, reported }
        var kind: Kind
        var option: String?
        var sentence: Int
        var weight: Double
        var naming: OptionVocabulary.Naming = .description
        /// "if forced to choose", "reluctantly": a choice that still counts, and beats rejecting both.
        var forced = false
        /// "on balance", "broadly", or stated on a supposition ("If the Government legislates, …").
        var hedged = false
    }
}

private extension OptionDetector {
    static let preferences: [Phrase] = [
        "prefer", "preferred", "preference", "favour", "favoured", "support", "supportive of", "back", "lean towards",
        "lean toward", "leaning towards", "go for", "opt for", "choose", "would pick", "endorse", "recommend",
        "in favour of", "choice is", "vote for", "content with", "comfortable with", "preferring", "favouring",
    ]
    static let comparisons: [Phrase] = [
        "makes more sense", "more coherent", "less bad", "lesser evil", "is better", "is preferable", "better option",
        "more sensible", "the better of the two", "more realistic", "is the right model", "is the right choice",
        "the better model", "the better choice", "better balance", "better suited", "best suited", "more suitable",
        "more appropriate", "is our choice",
    ]
    static let rejections: [Phrase] = ["oppose", "reject", "against"]
    static let neitherPhrases: [Phrase] = [
        "support neither", "neither option", "neither model", "neither of the options", "neither of the two",
        "neither of the models", "reject both", "oppose both", "both options are flawed", "both models are flawed",
        "not support either", "cannot support either", "not endorse either", "cannot endorse either",
        "not believe either option", "neither is acceptable", "favour neither", "prefer neither",
        "not convinced by either", "not convinced that either", "neither of these models", "neither of the proposed",
        "neither proposal", "both are flawed", "both models are unacceptable", "both options are unacceptable",
        "neither is right", "neither model is", "neither option is",
    ]
    static let declines: [Phrase] = [
        "no preference", "not expressing a preference", "not express a preference", "unable to express a preference",
        "not reach a collective view", "not reach a view", "not taken a formal position", "not taken a position",
        "not our place to choose", "either could work", "either model could work", "either option could work",
        "no view on which", "not state a preference", "no strong preference", "not have a preference",
    ]
    static let forcedChoice: [Phrase] = [
        "forced to choose", "had to choose", "have to choose", "must choose", "if pushed", "if pressed", "reluctantly",
        "pressed to choose",
    ]
    static let pronouns: Set<String> = ["it", "this", "that"]

    func signals(in words: Words, index: Int, mentions: [OptionVocabulary.Mention], previous: String?) -> [Signal] {
        let tokens = words.tokens
        var signals: [Signal] = []
        let supposes = tokens.first.map { StancePatterns.suppositions.contains($0) } ?? false
        let forced = words.containsAny(Self.forcedChoice)
        let hedged = supposes || words.containsAny(StancePatterns.hedges)
        func add(
            _ kind: Signal.Kind, _ option: String?, _ weight: Double, _ naming: OptionVocabulary.Naming = .description
        ) {
            signals.append(
                Signal(
                    kind: kind, option: option, sentence: index, weight: weight, naming: naming, forced: forced,
                    hedged: hedged && !forced))
        }
        for phrase in Self.declines {
            if let at = words.first(phrase), Attribution.isWriters(words, verbAt: at) { add(.declines, nil, 1) }
        }
        for phrase in Self.neitherPhrases {
            if let at = words.first(phrase), Attribution.isWriters(words, verbAt: at) { add(.neither, nil, 2) }
        }
        // "In favour of the committee model, members noted …; against it, …" lists arguments, not a preference.
        let listsArguments = tokens.starts(with: ["in", "favour", "of"]) || tokens.first == "against"
        for phrase in Self.preferences where !listsArguments {
            for at in words.positions(of: phrase) {
                let end = at + phrase.words.count
                guard Attribution.isWriters(words, verbAt: at), !Attribution.namesOthersAfter(words, verbEnd: end)
                else {
                    if mentions.contains(where: { $0.start >= end && $0.start < end + 12 }) { add(.reported, nil, 0) }
                    continue
                }
                let negated = StancePatterns.isNegated(tokens, before: at)
                if end < tokens.count, tokens[end] == "neither", !negated {
                    add(.neither, nil, 2)
                    continue
                }
                if end < tokens.count, ["either", "any", "both"].contains(tokens[end]), negated {
                    add(.neither, nil, 2)
                    continue
                }
                let named = Set(mentions.filter { $0.start >= end && $0.start < end + 8 }.map(\.option))
                if negated, named.count >= 2 {
                    add(.neither, nil, 2)
                    continue
                }
                if let target = vocabulary.object(after: end, in: tokens, mentions: mentions, limit: negated ? 8 : 16) {
                    add(negated ? .rejects : .prefers, target.option, 2, target.naming)
                } else if end < tokens.count, Self.pronouns.contains(tokens[end]),
                    let target = mentions.last(where: { $0.end <= at })?.option ?? previous
                {
                    add(negated ? .rejects : .prefers, target, 1, .description)
                } else if !negated, let target = subject(before: at, in: tokens, mentions: mentions) {
                    add(.prefers, target.option, 2, target.naming)
                }
            }
        }
        for phrase in Self.rejections where !listsArguments {
            for at in words.positions(of: phrase) where Attribution.isWriters(words, verbAt: at) {
                let end = at + phrase.words.count
                if let target = vocabulary.object(after: end, in: tokens, mentions: mentions, limit: 8) {
                    add(.rejects, target.option, 2, target.naming)
                }
            }
        }
        for phrase in Self.comparisons {
            for at in words.positions(of: phrase) where Attribution.isWritersJudgement(words, at: at) {
                guard !StancePatterns.isNegated(tokens, before: at) else { continue }
                // Only what stands right before the comparison is compared: "the second one makes more sense",
                // "I consider it the more coherent".
                if let target = mentions.last(where: { $0.end <= at && at - $0.end <= 3 }) {
                    add(.prefers, target.option, 1, min(target.naming, .position))
                } else if tokens[max(0, at - 3)..<at].contains(where: { Self.pronouns.contains($0) }),
                    let target = mentions.last(where: { $0.end <= at })?.option ?? previous
                {
                    add(.prefers, target, 1, .description)
                }
            }
        }
        return signals
    }

    /// "Option 1 is our preference", "the alternative, a statutory ICS body …, is the model we support": the
    /// option named before "is our …" or "is the model we …".
    func subject(before at: Int, in tokens: [String], mentions: [OptionVocabulary.Mention]) -> OptionVocabulary.Mention?
    {
        guard let mention = mentions.last(where: { $0.end <= at }) else { return nil }
        if at - mention.end <= 4 {
            let between = tokens[mention.end..<at]
            guard between.contains(where: { ["is", "remains", "be", "are"].contains($0) }) else { return nil }
            return mention
        }
        // "…, is the model we support": the clause before the verb names the option, then says it is the one.
        guard at >= 4, OptionVocabulary.followsTheModelWe(tokens, verb: at), tokens[at - 3] == "the",
            ["is", "remains"].contains(tokens[at - 4]),
            let clause = mentions.first(where: { $0.end <= at - 4 }),
            !tokens[clause.start..<(at - 4)].contains(where: { [".", ";", "not"].contains($0) })
        else { return nil }
        return clause
    }

    func decide(_ signals: [Signal], _ sentences: [LetterSentence]) -> Inference? {
        var score: [String: Double] = [:]
        for signal in signals {
            guard let option = signal.option else { continue }
            switch signal.kind {
            case .prefers: score[option, default: 0] += signal.weight
            case .rejects: score[option, default: 0] -= signal.weight / 2
            default: break
            }
        }
        let prefers = signals.filter { $0.kind == .prefers }
        let ranked = score.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if let (winner, top) = ranked.first, !prefers.isEmpty {
            let runnerUp = ranked.dropFirst().first?.value ?? 0
            if runnerUp >= top * 0.75 { return nil }
            let support = prefers.filter { $0.option == winner }.sorted { $0.weight > $1.weight }
            guard let best = support.first else { return nil }
            let reported = signals.contains { $0.kind == .reported }
            let conflicted = runnerUp > 0 || signals.contains { $0.kind == .rejects && $0.option == winner }
            let rejectsBoth = signals.contains { $0.kind == .neither }
            var confidence: Confidence = .medium
            if best.weight < 2 || conflicted {
                confidence = .low
            } else if best.naming == .number, !best.hedged, !best.forced, !reported, !rejectsBoth {
                confidence = .high
            }
            let evidence = Array(Set(support.prefix(2).map(\.sentence))).sorted().map { sentences[$0].text }
            return Inference(choice: winner, confidence: confidence, evidence: evidence)
        }
        let neither = signals.filter { $0.kind == .neither }
        if let neitherOption = vocabulary.neither, let first = neither.first {
            let declined = signals.contains { $0.kind == .declines }
            let confidence: Confidence = declined ? .low : (neither.count > 1 ? .high : .medium)
            let evidence = Array(Set(neither.prefix(2).map(\.sentence))).sorted().map { sentences[$0].text }
            _ = first
            return Inference(choice: neitherOption.id, confidence: confidence, evidence: evidence)
        }
        return nil
    }
}
