/// The words and phrases that tie a passage to each question, from the questionnaire's `cues`.
struct QuestionCues: Sendable, Hashable {
    /// Each question's id and its cue phrases, in the questionnaire's order.
    let questions: [(id: String, phrases: [Phrase])]

    init(questionnaire: Questionnaire) {
        questions = questionnaire.questions.map { question in (question.id, question.cues.map { Phrase($0) }) }
    }

    /// How strongly a passage is about each question: every cue found counts once, by its number of words,
    /// so "clarity of accountability" outweighs "membership".
    func scores(for words: Words) -> [String: Int] {
        var scores: [String: Int] = [:]
        for (id, phrases) in questions {
            let score = phrases.reduce(0) { total, phrase in
                words.contains(phrase) ? total + max(1, phrase.words.count) : total
            }
            if score > 0 { scores[id] = score }
        }
        return scores
    }

    /// The question a passage is most about, if its score reaches `minimum`; ties go to the earlier question.
    func best(for words: Words, minimum: Int, among ids: Set<String>? = nil) -> String? {
        let scores = scores(for: words)
        var best: (id: String, score: Int)?
        for (id, _) in questions where ids?.contains(id) ?? true {
            guard let score = scores[id], score >= minimum, score > (best?.score ?? 0) else { continue }
            best = (id, score)
        }
        return best?.id
    }

    static func == (lhs: QuestionCues, rhs: QuestionCues) -> Bool {
        lhs.questions.map(\.id) == rhs.questions.map(\.id)
            && lhs.questions.map(\.phrases) == rhs.questions.map(\.phrases)
    }

    func hash(into hasher: inout Hasher) {
        for (id, phrases) in questions {
            hasher.combine(id)
            hasher.combine(phrases)
        }
    }
}
