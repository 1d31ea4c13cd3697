/// Renders one organisation's own response as a submission letter: the council that wrote its response
/// with `consult init` exports it ready to send.
public struct LetterComposer: Sendable {
    /// The questionnaire answered.
    public var questionnaire: Questionnaire
    /// The organisation's response.
    public var response: Response

    /// Creates a letter composer.
    public init(questionnaire: Questionnaire, response: Response) {
        self.questionnaire = questionnaire
        self.response = response
    }

    /// The letter. Contact details are left out.
    public func document() -> Document {
        var subtitle = ["A response to the consultation by \(questionnaire.publisher)"]
        if let submitted = response.submitted { subtitle.append("Dated \(submitted.longDescription)") }
        if let place = response.place.flatMap({ questionnaire.place(id: $0)?.label }) { subtitle.append(place) }
        var blocks: [Block] = []
        for question in questionnaire.questions {
            guard let answer = response.answers[question.id] else { continue }
            blocks.append(.heading(level: 1, text: question.heading))
            blocks.append(.paragraph([.italic(question.text)]))
            let options = questionnaire.options(for: question)
            if let choice = answer.choice, let option = options.first(where: { $0.id == choice }) {
                var label = option.shortLabel
                if answer.conditional { label += ", with conditions" }
                blocks.append(.paragraph([.bold("Our answer: "), .text(label)]))
            }
            blocks += Composer.blocks(fromEditorial: answer.text)
        }
        if blocks.isEmpty { blocks.append(.paragraph([.text("This response does not answer any question yet.")])) }
        return Document(
            title: "\(Grammar.possessive(response.respondent)) response to \(questionnaire.title)", subtitle: subtitle,
            author: response.respondent, blocks: blocks)
    }
}
