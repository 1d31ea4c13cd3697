/// The option preference: tally by stakeholder type, a chart per option, and the reasons on each side.
extension Composer {
    func optionBlocks(for question: Question) -> [Block] {
        guard let figures = questionSummary(question.id) else { return [] }
        var blocks = opening(for: question)
        let options = questionnaire.options(for: question)
        let types = questionnaire.stakeholderTypes.filter { (figures.byType[$0.id]?.values.reduce(0, +) ?? 0) > 0 }
        blocks.append(.heading(level: 2, text: "Preference by stakeholder type"))
        var rows = types.map { type in
            [type.label] + options.map { String(figures.byType[type.id]?[$0.id] ?? 0) }
                + [String(figures.byType[type.id]?.values.reduce(0, +) ?? 0)]
        }
        let all = options.map { String(figures.counts[$0.id] ?? 0) }
        rows.append(["All respondents"] + all + [String(answered(question))])
        blocks.append(
            .table(
                Table(
                    caption: "\(question.label) by stakeholder type",
                    header: ["Stakeholder type"] + options.map(\.shortLabel) + ["Total"],
                    rows: rows, numericColumns: Set(1...(options.count + 1)))))
        if figures.unanswered > 0 {
            blocks.append(
                .paragraph([
                    .text(
                        "\(Grammar.capitalised(Grammar.count(figures.unanswered, "respondent"))) did not state a preference."
                    )
                ]))
        }
        let described = options.map { option -> String in
            let parts = types.compactMap { type -> String? in
                guard let n = figures.byType[type.id]?[option.id], n > 0 else { return nil }
                return "\(n) \(type.label.lowercasedFirstWordUnlessAcronym())"
            }
            return "\(option.shortLabel) \(figures.counts[option.id] ?? 0)"
                + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
        }
        blocks.append(
            .chart(
                Chart(
                    title: "\(question.label) by stakeholder type",
                    altText:
                        "Bar chart with one bar per option, split by stakeholder type: \(described.joined(separator: "; ")).",
                    series: types.map(\.label),
                    bars: options.map { option in
                        Chart.Bar(
                            label: option.shortLabel,
                            values: types.map { Double(figures.byType[$0.id]?[option.id] ?? 0) })
                    })))
        var evidence: [Block] = [.heading(level: 2, text: "The main reasons on each side")]
        for side in SummaryBuilder.sides(of: options) {
            let group = onSide(side, question)
            guard !group.isEmpty else { continue }
            evidence.append(.heading(level: 3, text: "Respondents who \(verb(side: side, question, plural: true))"))
            var sentence =
                "\(Grammar.capitalised(Grammar.count(group.count, "respondent"))): \(namesWithOthers(group))."
            let themes = topThemes(of: group)
            if !themes.isEmpty { sentence += " They most often raised \(Grammar.list(themes))." }
            evidence.append(.paragraph([.text(sentence)]))
            let bullets = reasonBullets(group, question)
            if !bullets.isEmpty { evidence.append(.bullets(bullets)) }
        }
        evidence += concernBlocks(for: question)
        blocks.append(.drafted(note: draftNote(answered(question)), content: evidence))
        return blocks
    }

    /// The labels of the themes most raised by a group, across all their answers (at most three, raised by two or more).
    func topThemes(of group: Cohort) -> [String] {
        let counted = questionnaire.themes.enumerated().map { index, theme in
            (index, theme, group.themes[theme.id] ?? 0)
        }
        return counted.filter { $0.2 >= 2 }.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }.prefix(3)
            .map { $0.1.label.lowercasedFirstWordUnlessAcronym() }
    }

    /// A free-text question: the themes raised with quotes, then the other points made.
    func commentBlocks(for question: Question) -> [Block] {
        var blocks: [Block] = [.heading(level: 1, text: question.heading), .paragraph([.italic(question.text)])]
        if let text = editorial?.sections[question.id]?.text, !text.isEmpty {
            blocks += Self.blocks(fromEditorial: text)
        }
        let commenting = groups.commenting[question.id] ?? Cohort()
        guard !commenting.isEmpty else {
            blocks.append(.paragraph([.text("No respondent added other comments.")]))
            return blocks
        }
        var evidence: [Block] = [
            .paragraph([
                .text("\(Grammar.capitalised(Grammar.count(commenting.count, "respondent"))) added other comments.")
            ])
        ]
        evidence += concernBlocks(for: question)
        let bullets = reasonBullets(commenting, question)
        if !bullets.isEmpty { evidence += [.heading(level: 2, text: "Other points made"), .bullets(bullets)] }
        blocks.append(.drafted(note: draftNote(commenting.count), content: evidence))
        return blocks
    }
}
