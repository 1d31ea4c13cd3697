/// One section per agreement question: proposed answer, tally, reasons, concerns and dissent.
extension Composer {
    func questionBlocks(for question: Question) -> [Block] {
        var blocks = opening(for: question)
        blocks += [.heading(level: 2, text: "What respondents said")] + tallyBlocks(for: question)
        var evidence: [Block] = []
        let leading = questionSummary(question.id).flatMap { $0.strength == .divided || $0.strength == .none ? nil : $0.position }
        if let leading {
            let supporters = records(on: leading, question)
            let bullets = reasonBullets(supporters, question)
            if !bullets.isEmpty {
                evidence += [.heading(level: 2, text: "Reasons given in support"), .bullets(bullets)]
            }
        }
        evidence += concernBlocks(for: question)
        evidence += conditionBlocks(for: question)
        evidence += dissentBlocks(for: question, leading: leading)
        if !evidence.isEmpty { blocks.append(.drafted(note: draftNote(answered(question).count), content: evidence)) }
        return blocks
    }

    /// Heading, question text, proposed answer and the prose (editorial or drafted).
    func opening(for question: Question) -> [Block] {
        var blocks: [Block] = [.heading(level: 1, text: question.heading), .paragraph([.italic(question.text)])]
        let proposal = proposal(for: question)
        var answer: [Inline] = [.bold("Proposed answer: ")]
        if let label = proposal.label {
            answer.append(.text(label + (proposal.isEditorial ? " (agreed by the programme office)" : "")))
        } else {
            answer.append(.text("none yet; the programme office needs to decide"))
        }
        blocks.append(.paragraph(answer))
        if let text = editorial?.sections[question.id]?.text, !text.isEmpty {
            blocks += Self.blocks(fromEditorial: text)
        } else {
            var prose = positionSentence(question)
            let top = themeGroups(for: question).prefix(3).compactMap { questionnaire.theme(id: $0.theme)?.label }
            if !top.isEmpty {
                prose += " The concerns raised most often were \(Grammar.list(top.map { $0.lowercasedFirstWordUnlessAcronym() }))."
            }
            blocks.append(.drafted(note: draftNote(answered(question).count), content: [.paragraph([.text(prose)])]))
        }
        return blocks
    }

    /// The tally table, the weighted shares and the chart.
    func tallyBlocks(for question: Question) -> [Block] {
        guard let figures = questionSummary(question.id) else { return [] }
        let options = questionnaire.options(for: question)
        let conditional = options.map { option in
            answered(question).filter { $0.response.answers[question.id]?.choice == option.id && $0.response.answers[question.id]?.conditional == true }.count
        }
        let showConditions = conditional.contains { $0 > 0 }
        var header = ["Answer", "Respondents"]
        if showConditions { header.append("Of which with conditions") }
        var rows: [[String]] = []
        for (index, option) in options.enumerated() {
            var row = [option.shortLabel, String(figures.counts[option.id] ?? 0)]
            if showConditions { row.append(String(conditional[index])) }
            rows.append(row)
        }
        if let unrecognised = figures.counts[SummaryBuilder.unrecognised] {
            rows.append(["Answer not recognised", String(unrecognised)] + (showConditions ? [""] : []))
        }
        rows.append(["No answer", String(figures.unanswered)] + (showConditions ? [""] : []))
        var blocks: [Block] = [
            .table(
                Table(
                    caption: "Answers to \(question.label)", header: header, rows: rows,
                    numericColumns: showConditions ? [1, 2] : [1]))
        ]
        let sides = SummaryBuilder.sides(of: options)
        if !figures.shares.isEmpty {
            blocks.append(
                .table(
                    Table(
                        caption: "Weighted shares for \(question.label) (see the method note)", header: ["View", "Share"],
                        rows: sides.map { [Grammar.capitalised(sideLabel($0, question)), percent(figures.shares[$0] ?? 0)] },
                        numericColumns: [1])))
        }
        let described = options.map { "\(figures.counts[$0.id] ?? 0) \($0.shortLabel.lowercasedFirstWordUnlessAcronym())" }
        blocks.append(
            .chart(
                Chart(
                    title: "Answers to \(question.label)",
                    altText: "Bar chart of the answers to \(question.label) from \(Grammar.count(records.count, "respondent")): \(Grammar.list(described)); \(figures.unanswered) gave no answer.",
                    series: options.map(\.shortLabel),
                    bars: [Chart.Bar(label: "All respondents", values: options.map { Double(figures.counts[$0.id] ?? 0) })])))
        return blocks
    }

    /// Themes raised in one question's answers, most raised first, with the records that raised them.
    func themeGroups(for question: Question) -> [(theme: String, records: [Record])] {
        var groups: [(theme: String, records: [Record])] = []
        for theme in questionnaire.themes {
            let raising = records.filter { $0.mentions.contains { $0.theme == theme.id && $0.question == question.id } }
            if !raising.isEmpty { groups.append((theme.id, raising)) }
        }
        return groups.enumerated().sorted {
            $0.element.records.count != $1.element.records.count ? $0.element.records.count > $1.element.records.count : $0.offset < $1.offset
        }.map(\.element)
    }

    /// Each theme with who raised it and up to three short quotes.
    func concernBlocks(for question: Question) -> [Block] {
        let groups = themeGroups(for: question)
        guard !groups.isEmpty else { return [] }
        var blocks: [Block] = [.heading(level: 2, text: question.scale == nil ? "Themes raised" : "Concerns and conditions")]
        var quotedInSection: Set<String> = []
        for group in groups {
            guard let theme = questionnaire.theme(id: group.theme) else { continue }
            blocks.append(.paragraph([.bold(theme.label), .text(": raised by \(namesWithOthers(group.records)).")]))
            var used: Set<String> = []
            for record in group.records {
                guard used.count < 3, let attribution = record.attribution(typeLabel: typeLabel(record.response.type)),
                    let sentence = record.mentions.first(where: { $0.theme == group.theme && $0.question == question.id })?.sentence
                else { continue }
                let quote = shorten(Redaction.redact(sentence), limit: 300)
                guard !quotedInSection.contains(quote) else { continue }
                if used.insert(quote).inserted {
                    quotedInSection.insert(quote)
                    blocks.append(.quote(text: quote, attribution: attribution))
                }
            }
        }
        return blocks
    }

    /// The conditions respondents attached to their answers.
    func conditionBlocks(for question: Question) -> [Block] {
        let conditional = answered(question).filter { $0.response.answers[question.id]?.conditional == true }
        guard !conditional.isEmpty else { return [] }
        var bullets: [[Inline]] = []
        for record in conditional {
            guard let attribution = record.attribution(typeLabel: typeLabel(record.response.type)),
                let text = record.response.answers[question.id]?.text
            else { continue }
            let sentence = Sentences.split(text).first { Self.conditionCue(in: $0) } ?? excerpt(text)
            if let sentence { bullets.append([.bold(Grammar.capitalised(attribution) + ": "), .text(shorten(Redaction.redact(sentence), limit: 300))]) }
        }
        var blocks: [Block] = [
            .heading(level: 2, text: "Conditions attached"),
            .paragraph([.text("\(Grammar.capitalised(Grammar.count(conditional.count, "respondent"))) gave \(conditional.count == 1 ? "its" : "their") answer on conditions.")]),
        ]
        if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
        return blocks
    }

    /// Respondents who took a different view from the leading side, stated fairly and attributed;
    /// when respondents are divided, the views on each side.
    func dissentBlocks(for question: Question, leading: String?) -> [Block] {
        let sides = SummaryBuilder.sides(of: questionnaire.options(for: question))
        var blocks: [Block] = []
        if let leading {
            let others = answered(question).filter { side(of: $0, question).map { $0 != leading } ?? false }
            guard !others.isEmpty else { return [] }
            blocks.append(.heading(level: 2, text: "Dissenting views"))
            var bullets: [[Inline]] = []
            for side in sides where side != leading {
                bullets += reasonBullets(records(on: side, question), question, label: sideLabel(side, question))
            }
            let unnamed = others.filter { $0.attribution(typeLabel: "") == nil }.count
            var sentence = "\(Grammar.capitalised(Grammar.count(others.count, "respondent"))) took a different view."
            if unnamed > 0 { sentence += " \(Grammar.capitalised(Grammar.count(unnamed, "of them", "of them"))) asked not to be quoted." }
            blocks.append(.paragraph([.text(sentence)]))
            if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
        } else {
            blocks.append(.heading(level: 2, text: "Views on each side"))
            for side in sides {
                let group = records(on: side, question)
                guard !group.isEmpty else { continue }
                blocks.append(.paragraph([.bold("\(Grammar.capitalised(sideLabel(side, question))): \(Grammar.count(group.count, "respondent"))")]))
                let bullets = reasonBullets(group, question)
                if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
            }
        }
        return blocks
    }

    /// One bullet per quotable respondent: who they are and the first sentence of what they said.
    func reasonBullets(_ group: [Record], _ question: Question, label: String? = nil) -> [[Inline]] {
        var bullets: [[Inline]] = []
        for record in group.prefix(10) {
            guard let attribution = record.attribution(typeLabel: typeLabel(record.response.type)),
                let text = record.response.answers[question.id]?.text, let sentence = excerpt(text)
            else { continue }
            let who = Grammar.capitalised(attribution) + (label.map { " (\($0))" } ?? "")
            bullets.append([.bold(who + ": "), .text(sentence)])
        }
        return bullets
    }

    /// Records that answered the question (any answer, including side `none`).
    func answered(_ question: Question) -> [Record] {
        records.filter { $0.response.answers[question.id].map { $0.choice != nil || $0.unrecognised != nil } ?? false }
    }

    /// Records whose answer falls on `side`, ordered by stakeholder type then name.
    func records(on side: String, _ question: Question) -> [Record] {
        let order = Dictionary(uniqueKeysWithValues: questionnaire.stakeholderTypes.enumerated().map { ($1.id, $0) })
        return answered(question).filter { self.side(of: $0, question) == side }
            .sorted { (order[$0.response.type] ?? 99, $0.response.respondent) < (order[$1.response.type] ?? 99, $1.response.respondent) }
    }

    func side(of record: Record, _ question: Question) -> String? {
        guard let choice = record.response.answers[question.id]?.choice else { return nil }
        return questionnaire.options(for: question).first { $0.id == choice }?.side
    }

    func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func conditionCue(in sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return ["provided", "subject to", "only if", "as long as", "on condition", "conditional", "so long as", "must ", "needs to", "need to"]
            .contains { lower.contains($0) }
    }
}
