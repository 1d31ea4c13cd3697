/// Infers where a letter stands on each agree/disagree question: agree, disagree, neutral or not stated,
/// whether agreement comes with conditions, and the sentences that say so.
///
/// A sentence counts for a question when the writer takes a side in it (``StancePatterns``) and it is
/// about that question: the letter put it under the question, or its words carry the question's cues.
/// Where sentences disagree with each other the answer is left low or not stated, since a confident
/// wrong answer is worse than none.
struct StanceDetector: Sendable {
    let questionnaire: Questionnaire
    let cues: QuestionCues
    let options: OptionVocabulary?
    /// The questions answered on an agree/disagree scale.
    let questions: Set<String>
    /// The questions whose own text names an option ("Do you agree that option 2 offers …?").
    let aboutOptions: Set<String>

    init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        cues = QuestionCues(questionnaire: questionnaire)
        questions = Set(questionnaire.questions.filter { Self.isAgreement($0, in: questionnaire) }.map(\.id))
        let options = questionnaire.questions.first { OptionDetector.isPreference($0, in: questionnaire) }
            .map { OptionVocabulary(options: questionnaire.options(for: $0)) }
        self.options = options
        aboutOptions = Set(
            questionnaire.questions.filter { options?.mentions(in: Words($0.text)).isEmpty == false }.map(\.id))
    }

    /// Whether a question's scale has both an agreeing and a disagreeing side.
    static func isAgreement(_ question: Question, in questionnaire: Questionnaire) -> Bool {
        let sides = Set(questionnaire.options(for: question).map(\.side))
        return sides.contains(StancePatterns.Side.agree.rawValue)
            && sides.contains(StancePatterns.Side.disagree.rawValue)
    }

    /// The inferred answer to each agree/disagree question the letter takes a side on.
    func infer(_ sentences: [LetterSentence], formAnswers: [String: FormAnswer]) -> [String: Inference] {
        var found: [String: [Finding]] = [:]
        // A list of tick boxes read as prose would take the first label as the answer: "( ) Strongly agree (•) Agree".
        for (index, sentence) in sentences.enumerated() where !FormAnswer.isChoiceList(sentence.text) {
            guard let cue = StancePatterns.cue(in: sentence.words), !isAboutAnOption(sentence.words, cue: cue),
                let question = question(for: sentence, cue: cue, previous: index > 0 ? sentences[index - 1] : nil)
            else { continue }
            let topical = (cues.scores(for: sentence.words)[question] ?? 0) >= 2
            if cue.kind == .weak || cue.kind == .claim, !topical { continue }
            var weight = cue.weight
            if sentence.explicit || topical { weight += 1 }
            found[question, default: []].append(Finding(sentence: index, cue: cue, weight: weight))
        }
        var results: [String: Inference] = [:]
        for id in questions {
            if let answer = formAnswers[id] {
                if let option = answer.option {
                    results[id] = formInference(answer, option: option, sentences: sentences)
                }
                continue
            }
            if let findings = found[id], let inference = decide(id, findings, sentences) { results[id] = inference }
        }
        return results
    }
}

private extension StanceDetector {
    struct Finding {
        var sentence: Int
        var cue: StancePatterns.Cue
        var weight: Double
    }

    /// The question a side-taking sentence is about, if any.
    ///
    /// "I do not agree with it." is about what the sentence before it was about, when that sentence is in
    /// the same paragraph and its words carry a question's cues.
    func question(for sentence: LetterSentence, cue: StancePatterns.Cue, previous: LetterSentence?) -> String? {
        if sentence.explicit, questions.contains(sentence.question) { return sentence.question }
        if let best = cues.best(for: sentence.words, minimum: 2, among: questions) { return best }
        // "… and we have no view to offer on the choice between the two legislative options", under the membership
        // question: no view on another question, one not answered on this scale.
        // So is a side taken in a sentence about the options under a question that is not about them ("… placing a
        // binding duty on all of them to agree and deliver a single system plan", under direct commissioning).
        if !sentence.explicit, let other = cues.best(for: sentence.words, minimum: 2), !questions.contains(other),
            cue.kind == .neutral
                || (!aboutOptions.contains(sentence.question)
                    && (cues.scores(for: sentence.words)[sentence.question] ?? 0) == 0)
        {
            return nil
        }
        if questions.contains(sentence.question) { return sentence.question }
        let tokens = sentence.words.tokens
        // A side on what the sentence before said: "I do not agree with it", "we do not think the document makes
        // that case", a short "We are not convinced.", or "Our answer is yes" after the letter's own question
        // ("Would that model strengthen the incentive to collaborate …?").
        let object = tokens[cue.start..<min(tokens.count, cue.end + 2)]
        let short = tokens.filter { !Words.isMark($0) }.count <= 5
        guard let previous, previous.paragraph == sentence.paragraph,
            object.contains(where: { ["it", "this", "that"].contains($0) }) || previous.words.tokens.last == "?"
                || short
        else { return nil }
        return cues.best(for: previous.words, minimum: 2, among: questions)
    }

    /// "We support Option 2", "we support neither of them": a preference between options, not an answer to a question.
    func isAboutAnOption(_ words: Words, cue: StancePatterns.Cue) -> Bool {
        guard cue.kind == .preference || cue.kind == .weak else { return false }
        let tokens = words.tokens
        // "…, is the model we support".
        if OptionVocabulary.followsTheModelWe(tokens, verb: cue.start) { return true }
        if cue.end < tokens.count, ["neither", "either", "both"].contains(tokens[cue.end]) { return true }
        guard let options else { return false }
        return options.object(after: cue.end, in: tokens, mentions: options.mentions(in: words), limit: 8) != nil
    }

    func decide(_ id: String, _ findings: [Finding], _ sentences: [LetterSentence]) -> Inference? {
        var totals: [StancePatterns.Side: Double] = [:]
        for finding in findings { totals[finding.cue.side, default: 0] += finding.weight }
        let ranked = totals.sorted { $0.value > $1.value }
        guard let (side, total) = ranked.first else { return nil }
        let opposed = ranked.dropFirst().first?.value ?? 0
        if opposed > 0, total < opposed * 1.5 { return nil }
        let winning = findings.filter { $0.cue.side == side }.sorted { $0.weight > $1.weight }
        guard let best = winning.first, let question = questionnaire.question(id: id) else { return nil }
        let bestSentence = sentences[best.sentence]
        let hedged = winning.contains { sentences[$0.sentence].words.containsAny(StancePatterns.hedges) }
        var confidence: Confidence
        if opposed > 0 {
            confidence = .low
        } else if best.cue.kind == .verb || best.cue.kind == .neutral,
            bestSentence.explicit || (cues.scores(for: bestSentence.words)[id] ?? 0) >= 2
        {
            confidence = hedged ? .medium : .high
        } else {
            confidence = best.cue.weight >= 2 ? .medium : .low
        }
        if best.cue.kind == .judgement, winning.count == 1 { confidence = min(confidence, .medium) }
        let evidenceIndexes = Array(Set(winning.prefix(2).map(\.sentence))).sorted()
        var evidence = evidenceIndexes.map { sentences[$0].text }
        var conditional = false
        if side == .agree, let condition = conditionSentence(near: winning.map(\.sentence), in: sentences, for: id) {
            conditional = true
            if !evidence.contains(sentences[condition].text) { evidence.append(sentences[condition].text) }
        }
        let choice = Self.choice(
            for: side, in: questionnaire.options(for: question), sentences: winning.map { sentences[$0.sentence].words }
        )
        guard let choice else { return nil }
        return Inference(choice: choice, confidence: confidence, evidence: evidence, conditional: conditional)
    }

    /// A sentence that attaches a condition: one of the side-taking sentences, or the one just before or after
    /// it in the same paragraph, unless that one is about another question ("We agree with it. We also support
    /// specialised commissioning moving closer, but only where …" puts its condition on direct commissioning).
    func conditionSentence(near indexes: [Int], in sentences: [LetterSentence], for question: String) -> Int? {
        for index in indexes where StancePatterns.isConditional(sentences[index].words) { return index }
        for index in indexes {
            for neighbour in [index + 1, index - 1] where sentences.indices.contains(neighbour) {
                guard sentences[neighbour].paragraph == sentences[index].paragraph,
                    cues.best(for: sentences[neighbour].words, minimum: 2).map({ $0 == question }) ?? true
                else { continue }
                if StancePatterns.isConditional(sentences[neighbour].words) { return neighbour }
            }
            // "My agreement is, however, provided that …", a sentence or two further on, names what it qualifies.
            for neighbour in [index + 2, index + 3] where sentences.indices.contains(neighbour) {
                guard sentences[neighbour].paragraph == sentences[index].paragraph else { continue }
                let words = sentences[neighbour].words
                if words.containsAny(Self.backReferences), StancePatterns.isConditional(words) { return neighbour }
            }
        }
        return nil
    }

    private static let backReferences: [Phrase] = [
        "my agreement", "our agreement", "my support", "our support", "this agreement", "this support",
        "that agreement", "that support",
    ]

    func formInference(_ answer: FormAnswer, option: ScaleOption, sentences: [LetterSentence]) -> Inference {
        var evidence = [answer.heading, answer.text]
        var conditional = false
        if option.side == StancePatterns.Side.agree.rawValue {
            let answerSentences = sentences.filter { $0.explicit && $0.question == answer.question }
            if let condition = answerSentences.prefix(4).first(where: { StancePatterns.isConditional($0.words) }) {
                conditional = true
                if !evidence.contains(where: { $0.contains(condition.text) }) { evidence.append(condition.text) }
            }
        }
        return Inference(choice: option.id, confidence: .high, evidence: evidence, conditional: conditional)
    }

    /// The scale option for a side: the one whose label or synonym the sentences use, longest first
    /// ("strongly agree" over "agree"), or the side's plain option.
    static func choice(for side: StancePatterns.Side, in options: [ScaleOption], sentences: [Words]) -> String? {
        let candidates = options.filter { $0.side == side.rawValue }
        var best: (id: String, length: Int)?
        for option in candidates {
            for text in [option.label] + option.synonyms {
                let phrase = Phrase(text)
                guard phrase.words.count > 1 || phrase.words.first == side.rawValue else { continue }
                if sentences.contains(where: { $0.contains(phrase) }), phrase.words.count > (best?.length ?? 0) {
                    best = (option.id, phrase.words.count)
                }
            }
        }
        if let best { return best.id }
        return (candidates.first { $0.id == side.rawValue } ?? candidates.first)?.id
    }
}
