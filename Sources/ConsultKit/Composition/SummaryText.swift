import Foundation

/// Renders an ``Analysis`` as the plain-text report printed by `consult summary`.
public enum SummaryText {
    /// The widest bar, in characters.
    static let barWidth = 30

    /// The report.
    public static func render(_ analysis: Analysis) -> String {
        let q = analysis.questionnaire
        let s = analysis.summary
        var out = "\(q.title)\n"
        if let place = s.selection.place { out += "Place: \(q.place(id: place)?.label ?? place)\n" }
        if let type = s.selection.type { out += "Stakeholder type: \(q.stakeholderType(id: type)?.label ?? type)\n" }
        out += "\(Grammar.capitalised(Grammar.count(s.respondents, "respondent"))) counted"
        out += ", \(Grammar.count(s.superseded, "response")) superseded, \(Grammar.number(s.late)) late"
        if s.unconfirmedInferred > 0 { out += ", \(s.unconfirmedInferred) inferred answers not yet confirmed" }
        out += ".\n"
        for question in s.questions {
            guard let definition = q.question(id: question.id) else { continue }
            out += "\n" + block(for: question, definition, questionnaire: q)
        }
        out += "\n" + breakdown(s, questionnaire: q)
        out += "\nConcerns raised (each respondent counted once per concern)\n"
        if s.themes.isEmpty { out += "  None.\n" }
        for (rank, theme) in s.themes.enumerated() {
            let label = q.theme(id: theme.id)?.label ?? theme.id
            var names = theme.organisations
            if theme.unnamed > 0 { names.append("\(theme.unnamed) not named") }
            out += "  \(rank + 1). \(label): \(theme.respondents) — \(Grammar.list(names))\n"
        }
        if !s.campaigns.isEmpty {
            out += "\nCampaigns (responses using near-identical wording; each still counts as one response)\n"
        }
        for (rank, campaign) in s.campaigns.enumerated() {
            out += "  \(rank + 1). \(Grammar.count(campaign.size, "response"))"
            if !campaign.respondents.isEmpty { out += ", among them \(Grammar.list(campaign.respondents))" }
            if !campaign.text.isEmpty { out += ": \"\(campaign.opening(limit: 100))\"" }
            out += "\n"
        }
        for export in s.exports {
            out +=
                "\nExport \(export.file) (\(export.encoding)): \(Grammar.count(export.rowsRead, "row")) read, "
                + "\(Grammar.count(export.responses, "response")) counted, "
            let superseded = export.superseded == 0 ? "none" : Grammar.number(export.superseded)
            out += "\(superseded) superseded, \(Grammar.count(export.rejectedCells, "rejected cell")).\n"
        }
        return out
    }

    static func block(for summary: QuestionSummary, _ question: Question, questionnaire: Questionnaire) -> String {
        var out = "\(question.label)  \(question.text)\n"
        let options = questionnaire.options(for: question)
        var rows = options.map { ($0.shortLabel, summary.counts[$0.id] ?? 0) }
        if let unrecognised = summary.counts[SummaryBuilder.unrecognised] {
            rows.append(("Unrecognised", unrecognised))
        }
        rows.append(("No answer", summary.unanswered))
        let width = rows.map { $0.0.count }.max() ?? 0
        let most = max(rows.map(\.1).max() ?? 1, 1)
        for (label, count) in rows {
            let bar = String(repeating: "█", count: Int((Double(count) / Double(most) * Double(barWidth)).rounded()))
            let number = String(count)
            out += "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
            out += String(repeating: " ", count: max(0, 4 - number.count)) + number + "  " + bar + "\n"
        }
        let sides = SummaryBuilder.sides(of: options)
        let shares = sides.map { "\(label(side: $0, options)) \(percent(summary.shares[$0] ?? 0))" }
        out += "  Position: \(positionText(summary, options))"
        if !shares.isEmpty, summary.strength != .none {
            out += " (\(shares.joined(separator: ", ")) of weighted answers)"
        }
        out += "\n"
        let conditional = sides.compactMap { side in
            summary.conditional[side].map { "\($0) \(label(side: side, options))" }
        }
        if !conditional.isEmpty { out += "  With conditions: \(conditional.joined(separator: ", "))\n" }
        return out
    }

    static func breakdown(_ s: Summary, questionnaire q: Questionnaire) -> String {
        var out = "By stakeholder type\n"
        for type in q.stakeholderTypes where (s.byType[type.id] ?? 0) > 0 {
            out += "  \(type.label) (\(s.byType[type.id] ?? 0)): " + answers(s, q) { $0.byType[type.id] } + "\n"
        }
        out += "\nBy place\n"
        let places = q.places.map { ($0.id, $0.label) } + [("unspecified", "No place given")]
        for (id, label) in places where (s.byPlace[id] ?? 0) > 0 {
            out += "  \(label) (\(s.byPlace[id] ?? 0)): " + answers(s, q) { $0.byPlace[id] } + "\n"
        }
        return out
    }

    private static func answers(_ s: Summary, _ q: Questionnaire, _ pick: (QuestionSummary) -> [String: Int]?) -> String
    {
        s.questions.map { summary -> String in
            let counts = pick(summary) ?? [:]
            let question = q.question(id: summary.id)
            let options = question.map { q.options(for: $0) } ?? []
            let parts = options.compactMap { option in counts[option.id].map { "\($0) \(option.id)" } }
            return "\(question?.label ?? summary.id) " + (parts.isEmpty ? "—" : parts.joined(separator: " "))
        }.joined(separator: "; ")
    }

    static func positionText(_ summary: QuestionSummary, _ options: [ScaleOption]) -> String {
        switch summary.strength {
        case .none: return "no answers yet"
        case .divided: return "divided"
        default: return "\(label(side: summary.position, options)) (\(summary.strength.rawValue))"
        }
    }

    /// A side's name for people: the label of its first option when the side is an option id, else the side.
    static func label(side: String, _ options: [ScaleOption]) -> String {
        options.first { $0.id == side }?.shortLabel ?? options.first { $0.side == side }?.shortLabel ?? side
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
