/// One member of the public as ``Crowd`` folds them in: what it reads of a ``Response``, by position
/// instead of by id.
///
/// An export row from a member of the public is read into one of these straight from its cells
/// (``SurveyRowBuilder/build(_:memory:folding:)``), with no ``Response``, dictionary of answers or strings
/// of ids: the crowd only counts it, and builds the response whole for the rare row it keeps for quoting.
/// A response read any other way is turned into one through ``init(_:layout:questionnaire:)``, so both
/// are folded by the same code.
struct CrowdRow: Sendable {
    /// The file the row came from, and its row there (0 when not known).
    var source = ""
    var row = 0
    /// The respondent's name, which orders the samples.
    var respondent = ""
    /// The index of the place among the questionnaire's places, or -1.
    var place = -1
    /// The day submitted as `yyyymmdd`, or 0.
    var submitted: Int32 = 0
    /// Whether they asked not to be quoted (publish: no).
    var unquotable = false
    /// Per question (by position): the answer's text, empty when there is none.
    var texts: [String] = []
    /// The themes the respondent listed, as `(question position, theme index)`, in question order and then
    /// in the order listed; repeats are allowed (the crowd counts each theme once per question).
    var concerns: [(question: Int, theme: Int)] = []
    /// Per scaled question: 0 for no answer, the option's position + 1, or ``Crowd/unrecognisedCode``.
    var codes: [UInt8] = []
    /// Per scaled question: ``Crowd/Flag`` bits.
    var flags: [UInt8] = []
    /// What was written that matched no option, by scaled question, in question order.
    var unrecognised: [(scaled: Int, text: String)] = []

    /// An empty row.
    init() {}

    /// Empties the row for the next one, keeping its storage, with room for `questions` questions of which
    /// `scaled` have a scale.
    mutating func reset(questions: Int, scaled: Int) {
        (source, row, respondent) = ("", 0, "")
        (place, submitted, unquotable) = (-1, 0, false)
        texts.removeAll(keepingCapacity: true)
        texts.append(contentsOf: repeatElement("", count: questions))
        codes.removeAll(keepingCapacity: true)
        codes.append(contentsOf: repeatElement(0, count: scaled))
        flags.removeAll(keepingCapacity: true)
        flags.append(contentsOf: repeatElement(0, count: scaled))
        concerns.removeAll(keepingCapacity: true)
        unrecognised.removeAll(keepingCapacity: true)
    }

    /// What the crowd reads of `response`, found through `layout`'s tables of `questionnaire`.
    init(_ response: Response, layout: Crowd.Layout, questionnaire: Questionnaire) {
        reset(questions: questionnaire.questions.count, scaled: layout.scaled)
        source = response.source
        row = response.row ?? 0
        respondent = response.respondent
        place = response.place.flatMap { layout.placeIndex[$0] } ?? -1
        submitted = response.submitted.map { Int32($0.year * 10_000 + $0.month * 100 + $0.day) } ?? 0
        unquotable = response.publish == .no
        for (position, question) in questionnaire.questions.enumerated() {
            guard let answer = response.answers[question.id] else { continue }
            texts[position] = answer.text
            for id in answer.concerns {
                if let theme = layout.themeIndex[id] { concerns.append((position, theme)) }
            }
            guard let scaledIndex = layout.scaledIndex[position] else { continue }
            if let choice = answer.choice, let option = layout.optionIndex[scaledIndex][choice] {
                codes[scaledIndex] = UInt8(option + 1)
            } else if let text = answer.unrecognised {
                codes[scaledIndex] = Crowd.unrecognisedCode
                unrecognised.append((scaledIndex, text))
            }
            var flag: UInt8 = 0
            if answer.conditional { flag |= Crowd.Flag.conditional }
            if answer.inferred { flag |= Crowd.Flag.inferred }
            if answer.confidence != nil { flag |= Crowd.Flag.confidence }
            flags[scaledIndex] = flag
        }
    }
}
