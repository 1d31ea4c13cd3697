/// Adds up counted respondents into a ``Summary``.
struct SummaryBuilder {
    let questionnaire: Questionnaire
    let records: [Record]

    func summary(selection: Summary.Selection, superseded: Int, exports: [ExportReport], problems: [Diagnostic]) -> Summary {
        var byType: [String: Int] = [:]
        var byPlace: [String: Int] = [:]
        for record in records {
            byType[record.response.type, default: 0] += 1
            byPlace[record.response.place ?? "unspecified", default: 0] += 1
        }
        let inferred = records.reduce(0) { $0 + $1.response.answers.values.filter(\.inferred).count }
        return Summary(
            questionnaire: questionnaire.id, selection: selection, respondents: records.count, superseded: superseded,
            late: records.filter(\.late).count, byType: byType, byPlace: byPlace,
            questions: questionnaire.scaledQuestions.map(question), themes: themes(),
            unconfirmedInferred: inferred, exports: exports, problems: problems)
    }

    func question(_ question: Question) -> QuestionSummary {
        let options = questionnaire.options(for: question)
        var counts = Dictionary(uniqueKeysWithValues: options.map { ($0.id, 0) })
        var byType: [String: [String: Int]] = [:]
        var byPlace: [String: [String: Int]] = [:]
        var conditional: [String: Int] = [:]
        var weights: [String: Double] = [:]
        var unanswered = 0
        for record in records {
            let response = record.response
            guard let answer = response.answers[question.id], answer.choice != nil || answer.unrecognised != nil else {
                unanswered += 1
                continue
            }
            let key = answer.choice ?? Self.unrecognised
            counts[key, default: 0] += 1
            byType[response.type, default: [:]][key, default: 0] += 1
            byPlace[response.place ?? "unspecified", default: [:]][key, default: 0] += 1
            guard let option = options.first(where: { $0.id == answer.choice }), option.side != ScaleOption.noSide else {
                continue
            }
            weights[option.side, default: 0] += questionnaire.stakeholderType(id: response.type)?.weight ?? 1
            if answer.conditional { conditional[option.side, default: 0] += 1 }
        }
        let sides = Self.sides(of: options)
        let total = weights.values.reduce(0, +)
        var shares: [String: Double] = [:]
        if total > 0 {
            for side in sides { shares[side] = ((weights[side] ?? 0) / total * 100).rounded() / 100 }
        }
        let (position, strength, _) = PositionRule.position(weights: sides.map { ($0, weights[$0] ?? 0) })
        return QuestionSummary(
            id: question.id, counts: counts, unanswered: unanswered, shares: shares, position: position,
            strength: strength, conditional: conditional, byType: byType, byPlace: byPlace)
    }

    func themes() -> [ThemeSummary] {
        var summaries: [ThemeSummary] = []
        for theme in questionnaire.themes {
            let raising = records.filter { $0.mentions.contains { $0.theme == theme.id } }
            guard !raising.isEmpty else { continue }
            var questions: [String: Int] = [:]
            for record in raising {
                for question in Set(record.mentions.filter { $0.theme == theme.id }.map(\.question)) {
                    questions[question, default: 0] += 1
                }
            }
            let names = raising.compactMap(\.publicName)
            summaries.append(
                ThemeSummary(
                    id: theme.id, respondents: raising.count, organisations: Array(Set(names)).sorted(),
                    unnamed: raising.count - names.count, questions: questions))
        }
        let order = Dictionary(uniqueKeysWithValues: questionnaire.themes.enumerated().map { ($1.id, $0) })
        return summaries.sorted {
            $0.respondents != $1.respondents ? $0.respondents > $1.respondents : (order[$0.id] ?? 0) < (order[$1.id] ?? 0)
        }
    }

    /// The id under which answers that matched no option are counted.
    static let unrecognised = "unrecognised"

    /// The sides of a scale that count towards shares, in scale order.
    static func sides(of options: [ScaleOption]) -> [String] {
        var sides: [String] = []
        for option in options where option.side != ScaleOption.noSide && !sides.contains(option.side) {
            sides.append(option.side)
        }
        return sides
    }
}
