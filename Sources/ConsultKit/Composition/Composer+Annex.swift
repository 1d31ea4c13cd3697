/// The annexes: every counted respondent, and how the figures were made.
extension Composer {
    func annexBlocks() -> [Block] {
        var blocks: [Block] = [.heading(level: 1, text: "Annex A: Respondents")]
        blocks.append(
            .paragraph([
                .text(
                    "Every respondent counted in this response. Respondents who asked not to be named, and members of the public, are shown as \"Name withheld\".")
            ]))
        let questions = questionnaire.scaledQuestions
        let table = respondentTable()
        blocks.append(
            .table(
                Table(
                    caption: "Respondents and their answers", header: table.header, rows: table.rows,
                    numericColumns: [], rowHeaders: true)))
        blocks.append(.heading(level: 1, text: "Annex B: Method"))
        blocks.append(.paragraph([.text("Each respondent's answers count once. When working out where respondents stand, each answer carries the weight of the respondent's stakeholder type:")]))
        blocks.append(
            .table(
                Table(
                    caption: "Weights by stakeholder type", header: ["Stakeholder type", "Weight"],
                    rows: questionnaire.stakeholderTypes.map { [$0.label, Self.format($0.weight)] }, numericColumns: [1])))
        var method: [[Inline]] = [
            [
                .bold("Position and strength. "),
                .text(
                    "For each question, answers are grouped into views (for example agree, neutral and disagree). \"Don't know\", \"no preference\" and unanswered questions are counted but left out of the shares. The view with the largest weighted share is the position. A share of 75% or more is a clear consensus, more than 50% a majority; otherwise respondents are divided and no answer is proposed."
                ),
            ],
            [
                .bold("Concerns. "),
                .text(
                    "A respondent raises a concern if it lists it, or if its text uses one of the concern's phrases (matched as whole words, ignoring case). Each respondent counts once per concern. Quotes are the sentences that raised the concern; e-mail addresses and phone numbers are removed."
                ),
            ],
            [
                .bold("Late and revised responses. "),
                .text(
                    "Responses received after the feedback deadline are counted and marked late. When an organisation responded more than once, only its latest response counts."
                ),
            ],
            [
                .bold("Publication. "),
                .text(
                    "Respondents who asked not to be published are counted in every figure but are not named or quoted. Respondents who asked to be anonymous, and members of the public, are quoted by type only."
                ),
            ],
        ]
        let inferred = summary.unconfirmedInferred
        let inferredTotal = records.reduce(0) { $0 + $1.response.answers.values.filter { $0.confidence != nil }.count }
        if inferredTotal > 0 || inferred > 0 {
            let note = Self.inferredNote(total: max(inferredTotal, inferred), unconfirmed: inferred)
            method.append([.bold("Answers read from letters. "), .text(note)])
        }
        for campaign in campaigns {
            method.append([
                .bold("Campaign responses. "),
                .text(
                    "\(Grammar.capitalised(Grammar.count(campaign.size, "response"))) used the wording of a single campaign, beginning \"\(shorten(Redaction.redact(campaign.text), limit: 160))\". Each counts as one response."
                ),
            ])
        }
        _ = questions
        blocks.append(.bullets(method))
        return blocks
    }

    /// How many answers were inferred from letters, and how many an officer has still to confirm.
    static func inferredNote(total: Int, unconfirmed: Int) -> String {
        let inferred =
            "\(Grammar.capitalised(Grammar.count(total, "answer"))) \(total == 1 ? "was" : "were") inferred from letters "
            + "and e-mails rather than given on the form; "
        switch unconfirmed {
        case 0:
            return inferred + (total == 1 ? "an officer has confirmed it." : "an officer has confirmed each of them.")
        case total where total == 1: return inferred + "it has not yet been confirmed by an officer."
        case total: return inferred + "none has yet been confirmed by an officer."
        default:
            let verb = unconfirmed == 1 ? "has" : "have"
            return inferred + "\(Grammar.number(unconfirmed)) \(verb) not yet been confirmed by an officer."
        }
    }

    /// The respondents table shared by Annex A and `respondents.csv`.
    func respondentTable(forCSV: Bool = false) -> (header: [String], rows: [[String]]) {
        let questions = questionnaire.scaledQuestions
        var header = ["Respondent", "Type", "Place", "Submitted", "Late"] + questions.map(\.label)
        if forCSV { header.append("Themes") }
        let order = Dictionary(uniqueKeysWithValues: questionnaire.stakeholderTypes.enumerated().map { ($1.id, $0) })
        let sorted = records.sorted {
            (order[$0.response.type] ?? 99, $0.publicName ?? "~", $0.response.location)
                < (order[$1.response.type] ?? 99, $1.publicName ?? "~", $1.response.location)
        }
        let rows = sorted.map { record -> [String] in
            let response = record.response
            var row = [
                record.publicName ?? "Name withheld", typeLabel(response.type), placeLabel(response.place),
                response.submitted?.description ?? "", record.late ? "yes" : "no",
            ]
            for question in questions {
                let answer = response.answers[question.id]
                var cell = answer?.choice.flatMap { id in questionnaire.options(for: question).first { $0.id == id }?.shortLabel } ?? ""
                if let unrecognised = answer?.unrecognised { cell = forCSV ? unrecognised : "Not recognised" }
                if answer?.conditional == true { cell += " (with conditions)" }
                if answer?.inferred == true { cell += " (inferred)" }
                row.append(cell)
            }
            if forCSV { row.append(record.themes.joined(separator: "; ")) }
            return row
        }
        return (header, rows)
    }

    /// A weight as people write it: "1", "0.5".
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
