/// The annexes: every counted respondent, and how the figures were made.
extension Composer {
    func annexBlocks() -> [Block] {
        var blocks: [Block] = [.heading(level: 1, text: "Annex A: Respondents")]
        let summarised = groups.members > Self.listedMembersLimit
        let table = respondentTable(includingPublic: !summarised, limit: Self.listedRowsLimit)
        let listedWhole = records.filter { !summarised || !$0.response.isPublic }.count
        let listed = listedWhole + (summarised ? 0 : groups.crowd?.rows.count ?? 0)
        if summarised || listed > table.rows.count {
            var text = "Every \(summarised ? "organisation" : "respondent") counted in this response"
            if listed > table.rows.count {
                let who = summarised ? "organisations" : "respondents"
                text = "The first \(Grammar.number(table.rows.count)) of the \(Grammar.number(listed)) \(who) counted, "
                text += "by stakeholder type and name; respondents.csv lists every respondent"
            }
            text += ". Those who asked not to be named are shown as \"Name withheld\"."
            if summarised {
                text += " The \(Grammar.number(groups.members)) members of the public are counted by place"
                text += " after the table"
                text += listed > table.rows.count ? "." : "; respondents.csv lists every respondent."
            }
            blocks.append(.paragraph([.text(text)]))
        } else {
            let text =
                "Every respondent counted in this response. Respondents who asked not to be named, and members of the "
                + "public, are shown as \"Name withheld\"."
            blocks.append(.paragraph([.text(text)]))
        }
        blocks.append(
            .table(
                Table(
                    caption: "Respondents and their answers", header: table.header, rows: table.rows,
                    numericColumns: [], rowHeaders: true)))
        if summarised {
            let places = questionnaire.places.map { ($0.id, $0.label) } + [("unspecified", "No single place")]
            let counts = membersByPlace()
            let rows = places.compactMap { id, label in counts[id].map { [label, String($0)] } }
            blocks.append(
                .table(
                    Table(
                        caption: "Members of the public by place", header: ["Place", "Respondents"],
                        rows: rows + [["Total", String(groups.members)]], numericColumns: [1])))
        }
        blocks.append(.heading(level: 1, text: "Annex B: Method"))
        blocks.append(
            .paragraph([
                .text(
                    "Each respondent's answers count once. When working out where respondents stand, each answer carries the weight of the respondent's stakeholder type:"
                )
            ]))
        blocks.append(
            .table(
                Table(
                    caption: "Weights by stakeholder type", header: ["Stakeholder type", "Weight"],
                    rows: questionnaire.stakeholderTypes.map { [$0.label, Self.format($0.weight)] }, numericColumns: [1]
                )))
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
        let inferredTotal = groups.inferredTotal
        if inferredTotal > 0 || inferred > 0 {
            let note = Self.inferredNote(total: max(inferredTotal, inferred), unconfirmed: inferred)
            method.append([.bold("Answers read from letters. "), .text(note)])
        }
        for campaign in campaigns {
            method.append([.bold("Campaign responses. "), .text(Self.campaignNote(campaign))])
        }
        blocks.append(.bullets(method))
        return blocks
    }

    /// What the method note says of one campaign: how many used its wording, how it begins, and the
    /// organisations among them that may be named.
    static func campaignNote(_ campaign: CampaignSummary) -> String {
        var note =
            "\(Grammar.capitalised(Grammar.count(campaign.size, "response"))) used the wording of a single campaign"
        if !campaign.text.isEmpty { note += ", beginning \"\(campaign.opening(limit: 160))\"" }
        if !campaign.respondents.isEmpty { note += " (among them \(Grammar.list(campaign.respondents)))" }
        return note + ". Each counts as one response."
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

    /// The most members of the public Annex A lists one by one; above it they are counted by place.
    static let listedMembersLimit = 50
    /// The most rows Annex A's table lists; respondents.csv always has every respondent.
    static let listedRowsLimit = 300

    /// Whether Annex A lists every counted respondent one by one.
    var annexListsEveryone: Bool {
        groups.members <= Self.listedMembersLimit && summary.respondents <= Self.listedRowsLimit
    }

    /// Members of the public per place id (`unspecified` for none).
    func membersByPlace() -> [String: Int] {
        var counts: [String: Int] = [:]
        for record in records where record.response.isPublic {
            counts[record.response.place ?? "unspecified", default: 0] += 1
        }
        if let crowd = groups.crowd {
            for index in crowd.rows { counts[crowd.crowd.placeID(index) ?? "unspecified", default: 0] += 1 }
        }
        return counts
    }

    /// A weight as people write it: "1", "0.5".
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
