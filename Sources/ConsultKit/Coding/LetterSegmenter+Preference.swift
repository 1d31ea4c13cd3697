extension LetterSegmenter {
    /// The answer a form gives in a few words to its own wording of the preference question: "Which option do
    /// you prefer?" answered "Option 2", or "Q2a. Which of the two options … do you prefer?" answered "The first
    /// (statutory ICS board / joint committee)." The question must ask the reader ("you") for a preference, so a
    /// letter's own rhetorical question ("Which model does NHS England prefer?") is not a form's; the answer must
    /// be short and name one option, or be one of the scale's answers ("Neither"). Boxes over several lines
    /// ("( ) Option 1 …", "(o) Option 2 …") are read together, as the ticked one.
    func askedPreference(_ heading: String, answers: ArraySlice<String>) -> (String, FormAnswer)? {
        guard let (question, vocabulary) = preference, let answer = answers.first else { return nil }
        let asked = heading.trimmingSpaces()
        let words = Words(asked)
        guard asked.hasSuffix("?"), words.tokens.contains(where: { ["you", "your"].contains($0) }),
            words.containsAny(Self.preferenceAsks), !words.tokens.starts(with: ["do", "you", "agree"])
        else { return nil }
        if FormAnswer.hasBoxes(answer) {
            return preferenceAnswer(Array(answers.prefix(while: FormAnswer.hasBoxes)), heading: asked)
        }
        guard Words(answer).wordCount <= 15 else { return nil }
        if let read = FormAnswer(line: answer, heading: asked, question: question, questionnaire: questionnaire),
            read.option != nil
        {
            return (question, read)
        }
        return describedAnswer(answer, heading: asked, vocabulary: vocabulary).map { (question, $0) }
    }

    /// A short answer line that names one option by what it is rather than by the scale's words: "The statutory
    /// committee with a system Accountable Officer".
    func describedAnswer(_ answer: String, heading: String, vocabulary: OptionVocabulary) -> FormAnswer? {
        guard let question = preference?.question else { return nil }
        let said = Words(answer)
        let named = Set(vocabulary.mentions(in: said).map(\.option))
        guard said.wordCount <= 15, named.count == 1, let id = named.first,
            let option = vocabulary.options.first(where: { $0.id == id }),
            !said.tokens.contains(where: { StancePatterns.negations.contains($0) })
        else { return nil }
        let text = LetterSentence.split(answer).first ?? answer
        return FormAnswer(question: question, heading: heading, text: text, option: option)
    }

    /// Words of a question that asks which option is preferred.
    static let preferenceAsks: [Phrase] = [
        "prefer", "preferred", "preference", "favour", "which option", "which model", "which of the two",
    ]
}
