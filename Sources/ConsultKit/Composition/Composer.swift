/// Builds the consolidated response from an ``Analysis``: the document every format renders, the text
/// for the online form and the respondents table.
///
/// Every figure in the prose is read from the same ``Summary`` that fills the tables and `summary.json`.
public struct Composer: Sendable {
    /// The counted respondents and their figures.
    public var analysis: Analysis
    /// The programme office's own words, if any.
    public var editorial: Editorial?
    /// Organisations the programme office expected to hear from that have not responded.
    public var missing: [String]

    /// Creates a composer.
    public init(analysis: Analysis, editorial: Editorial? = nil, missing: [String] = []) {
        self.analysis = analysis
        self.editorial = editorial
        self.missing = missing
    }

    /// Groups of responses that used one campaign's wording.
    public var campaigns: [CampaignSummary] { analysis.summary.campaigns }

    var questionnaire: Questionnaire { analysis.questionnaire }
    var summary: Summary { analysis.summary }
    var records: [Record] { analysis.records }
    var groups: Analysis.Groups { analysis.groups }

    /// The respondents of a cohort kept whole, in the order documents list them.
    func records(_ cohort: Cohort) -> [Record] { groups.records(cohort) }

    /// The first respondents of a cohort, for quoting.
    func first(_ limit: Int, of cohort: Cohort) -> [Record] {
        cohort.members.prefix(limit).map { groups.pool[Int($0)] }
    }

    /// Who the document speaks for: the place or the responding body.
    public var respondingBody: String {
        if let place = summary.selection.place { return questionnaire.place(id: place)?.label ?? place }
        return questionnaire.respondingBody ?? "The system"
    }

    /// The document title.
    public var title: String {
        var title = "\(Grammar.possessive(respondingBody)) response to \(questionnaire.title)"
        if let type = summary.selection.type {
            title += ": the views of \(Grammar.plural(typeLabel(type).lowercasedFirstWordUnlessAcronym()))"
        }
        return title
    }

    /// The whole document.
    public func document() -> Document {
        var subtitle = ["Draft for sign-off"]
        subtitle.append("A response to the consultation by \(questionnaire.publisher)")
        if let deadline = questionnaire.submissionDeadline {
            subtitle.append("Submission deadline: \(deadline.longDescription)")
        }
        var blocks = summaryBlocks()
        blocks += gatheringBlocks()
        for question in questionnaire.questions {
            if question.scale == nil {
                blocks += commentBlocks(for: question)
            } else if isOptionQuestion(question) {
                blocks += optionBlocks(for: question)
            } else {
                blocks += questionBlocks(for: question)
            }
        }
        blocks += annexBlocks()
        return Document(title: title, subtitle: subtitle, author: respondingBody, blocks: blocks)
    }

    /// Whether a question asks respondents to choose between models rather than to agree.
    func isOptionQuestion(_ question: Question) -> Bool {
        let sides = SummaryBuilder.sides(of: questionnaire.options(for: question))
        return !sides.contains("agree") && !sides.contains("disagree")
    }

    func typeLabel(_ id: String) -> String { questionnaire.stakeholderType(id: id)?.label ?? id }

    func placeLabel(_ id: String?) -> String {
        guard let id else { return "" }
        return questionnaire.place(id: id)?.label ?? id
    }

    func questionSummary(_ id: String) -> QuestionSummary? { summary.questions.first { $0.id == id } }
}
